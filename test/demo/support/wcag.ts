/** The axe-core tags for WCAG 2.1 level A and AA, the bar every demo page and the builder meet. */
export const WCAG21AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
