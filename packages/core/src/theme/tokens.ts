import { css, unsafeCSS } from 'lit';
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
  '--fc-color-error': '#a4001d',
  '--fc-color-error-background': '#fdf0f2',
  '--fc-radius': '0.375rem',
  '--fc-space': '1rem',
  '--fc-line-width': '2px',
  ...Object.fromEntries(SERIES_PALETTE.map((c, i) => [`--fc-series-${i + 1}`, c])),
} as const;

export type TokenName = keyof typeof TOKENS;

const declarations = Object.entries(TOKENS)
  .map(([name, fallback]) => `${name.replace('--fc-', '--_fc-')}: var(${name}, ${fallback});`)
  .join('\n');

export const tokenStyles = css`
  :host {
    ${unsafeCSS(declarations)}
  }
`;
