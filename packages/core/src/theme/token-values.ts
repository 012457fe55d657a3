import { SERIES_PALETTE } from './palette.js';

/**
 * The theme: every colour, size and font an element uses enters through these custom
 * properties, so a county theme is CSS on the page and nothing inside the shadow roots.
 * Each public `--fc-*` property has a private `--_fc-*` twin holding the default, so the
 * styles read one name and the default is written once.
 */
export const TOKENS = {
  '--fc-font-family': 'inherit',
  '--fc-font-size': '1em',
  '--fc-line-height': '1.5',
  '--fc-color-text': '#1b1b1b',
  '--fc-color-text-muted': '#4a4a4a',
  '--fc-color-background': '#ffffff',
  '--fc-color-surface': '#f3f5f8',
  '--fc-color-border': '#6b7078',
  '--fc-color-accent': '#0f468f',
  '--fc-color-accent-contrast': '#ffffff',
  '--fc-color-focus': '#0f468f',
  /* The focus ring's second colour, between the element and the ring: with the first it shows on any background. */
  '--fc-color-focus-contrast': '#ffffff',
  '--fc-color-error': '#a4001d',
  '--fc-color-error-background': '#fdf0f2',
  '--fc-radius': '0.375rem',
  '--fc-space': '1rem',
  '--fc-line-width': '2px',
  ...Object.fromEntries(SERIES_PALETTE.map((c, i) => [`--fc-series-${i + 1}`, c])),
} as const;

export type TokenName = keyof typeof TOKENS;

/**
 * The series for a dark page: at least 3:1 on the dark background and, like the light ones, at
 * least ΔE 20 apart for normal, protan, deutan and tritan vision (`palette.test.ts`).
 */
export const DARK_SERIES_PALETTE = ['#35caed', '#e89f26', '#8854fe', '#f01062', '#d04a9e', '#8a7105', '#d2b569', '#92c5a5'] as const;

/**
 * The defaults when the page is dark: the host page sets `color-scheme: dark` (on `:root`, or on
 * the element), which the element inherits, and these replace the light defaults. A county's own
 * `--fc-*` values still win in both.
 */
export const DARK_TOKENS: Partial<Record<TokenName, string>> = {
  '--fc-color-text': '#e8e8e8',
  '--fc-color-text-muted': '#c4c4c4',
  '--fc-color-background': '#1b1d21',
  '--fc-color-surface': '#262a30',
  '--fc-color-border': '#9aa0a8',
  '--fc-color-accent': '#8cb4ff',
  '--fc-color-accent-contrast': '#0b1a33',
  '--fc-color-focus': '#8cb4ff',
  '--fc-color-focus-contrast': '#000000',
  '--fc-color-error': '#ff8a9a',
  '--fc-color-error-background': '#3a1018',
  ...(Object.fromEntries(DARK_SERIES_PALETTE.map((c, i) => [`--fc-series-${i + 1}`, c])) as Partial<Record<TokenName, string>>),
};
