/**
 * WCAG contrast between two computed colours (`rgb(…)`/`rgba(…)`, as getComputedStyle gives
 * them), for tests that check what a reader sees after a hover, a click or a theme.
 */
const channels = (color: string) => {
  const m = color.match(/rgba?\(([^)]+)\)/);
  if (!m) throw new Error(`not a computed colour: ${color}`);
  return m[1]
    .split(/[,\s/]+/)
    .filter(Boolean)
    .map(Number);
};

const luminance = (color: string) => {
  const [r, g, b] = channels(color).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The first background up the tree that is not transparent: what text is actually drawn on. */
export function backgroundOf(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
    const bg = getComputedStyle(node).backgroundColor;
    const alpha = channels(bg)[3];
    if (alpha === undefined || alpha > 0) return bg;
  }
  return 'rgb(255, 255, 255)';
}
