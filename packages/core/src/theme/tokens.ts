import { css, unsafeCSS } from 'lit';
import { DARK_TOKENS, TOKENS } from './token-values.js';

export { TOKENS, DARK_TOKENS, DARK_SERIES_PALETTE, type TokenName } from './token-values.js';

/**
 * Each public `--fc-*` property has a private `--_fc-*` twin holding the default, so the styles
 * read one name and the default is written once. Where a browser has `light-dark()`, the default
 * follows the `color-scheme` the element inherits from the page (light unless the page says dark).
 */
const declarations = (dark: boolean) =>
  Object.entries(TOKENS)
    .map(([name, light]) => {
      const night = dark ? DARK_TOKENS[name as keyof typeof TOKENS] : undefined;
      return `${name.replace('--fc-', '--_fc-')}: var(${name}, ${night ? `light-dark(${light}, ${night})` : light});`;
    })
    .join('\n');

export const tokenStyles = css`
  :host {
    ${unsafeCSS(declarations(false))}
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      ${unsafeCSS(declarations(true))}
    }
  }
`;
