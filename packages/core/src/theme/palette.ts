/**
 * The default series palette. Chosen by search over colours with at least 3:1 contrast on white
 * (WCAG 1.4.11, graphics) for the largest smallest difference (CIELAB ΔE) between any two, with
 * normal vision and simulated protan, deutan and tritan vision; `palette.test.ts` keeps it so.
 * Ordered so the first two or three, which most charts use, differ the most.
 */
export const SERIES_PALETTE = [
  '#0f468f', // blue
  '#d55e00', // vermillion
  '#409659', // green
  '#7d00e9', // violet
  '#7b3a0e', // brown
  '#8481b0', // lavender grey
  '#b653dd', // orchid
  '#3f353f', // near black
] as const;
