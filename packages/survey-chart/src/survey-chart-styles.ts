import { css, unsafeCSS } from 'lit';

/** The eight fills the canvas draws (chart.ts), for the swatches: solid, /, —, |, \\, dots, ×, +. */
const line = (deg: number, w = 1.5, gap = 5) => `repeating-linear-gradient(${deg}deg, var(--sc-ink) 0 ${w}px, transparent ${w}px ${gap}px)`;
const PATTERNS = [
  'none',
  line(-45),
  line(0, 2, 6),
  line(90, 2, 6),
  line(45),
  'radial-gradient(circle, var(--sc-ink) 1.5px, transparent 2px) 0 0 / 5px 5px',
  `${line(-45)}, ${line(45)}`,
  `${line(0, 2, 6)}, ${line(90, 2, 6)}`,
];
const patternRules = (attribute: string) => PATTERNS.map((p, i) => `.sc-swatch[${attribute}='${i}'] { background: ${p}; background-color: var(--sc-ground); }`).join('\n');
// Beyond the eighth answer colours repeat with a pattern; in forced colours every answer has its own.
const patterns = unsafeCSS(`${patternRules('data-p')}\n@media (forced-colors: active) {\n${patternRules('data-fp')}\n}`);

export const surveyChartStyles = [
  patterns,
  css`
  :host {
    --_fc-placeholder-height: var(--fc-placeholder-height, 24rem);
  }
  .sc-title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .sc-n,
  .sc-hint {
    margin: 0.25em 0 0;
    color: var(--_fc-color-text-muted);
  }
  .sc-hint {
    font-size: 0.875em;
  }
  .sc-body {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--_fc-space);
    margin-top: 0.5em;
  }
  /* The chart's box has its height before Chart.js arrives, so nothing moves when it does. */
  .sc-figure {
    position: relative;
    flex: 1 1 14em;
    max-width: 24em;
    min-width: 0;
    height: var(--sc-h, 15em);
    overflow: hidden;
  }
  .sc--bar .sc-figure {
    flex-basis: 100%;
    max-width: none;
  }
  canvas {
    position: absolute;
    inset: 0 auto auto 0;
  }
  .sc-failed {
    display: grid;
    place-items: center;
    height: 100%;
    margin: 0;
    padding: var(--_fc-space);
    text-align: center;
    background: var(--_fc-color-surface);
    border-radius: var(--_fc-radius);
  }
  .sc-legend {
    flex: 1 1 14em;
    max-width: 28em;
    min-width: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sc-answer {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.45em 0.5em;
    border: 1px solid transparent;
    border-radius: var(--_fc-radius);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .sc-answer:hover,
  .sc-answer:focus-visible {
    background: var(--_fc-color-surface);
    border-color: var(--_fc-color-border);
  }
  .sc-answer__label {
    flex: 1 1 8em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* In a narrow column the figures go under the label rather than squeezing it. */
  .sc-answer__value {
    flex: none;
    margin-inline-start: auto;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .sc-swatch {
    flex: none;
    align-self: flex-start;
    margin-top: 0.25em;
    width: 1em;
    height: 1em;
    border: 1px solid var(--_fc-color-text);
    border-radius: 2px;
    --sc-ground: var(--sc-color);
    --sc-ink: var(--_fc-color-background);
    background-color: var(--sc-ground);
  }
  .sc-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.75em;
  }
  .sc-actions .fc-button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* Collapsed, the table is out of sight but still read by screen readers (never display: none). */
  .sc-table:not(.sc-table--open) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .sc-table--open {
    margin-top: 0.75em;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
    overflow-wrap: anywhere;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_fc-color-border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  td,
  thead th:not(:first-child) {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
    border-bottom: 0;
  }
  .sc-probe {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
    forced-color-adjust: none;
  }
  @container (max-width: 30em) {
    .sc-figure {
      max-width: none;
    }
    .sc-legend {
      max-width: none;
    }
    th,
    td {
      padding-inline: 0.25em;
    }
  }
  @media (forced-colors: active) {
    .sc-swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
      --sc-ground: Canvas;
      --sc-ink: CanvasText;
    }
    .sc-swatch[data-fp='0'] {
      --sc-ground: CanvasText;
    }
    .sc-answer:hover,
    .sc-answer:focus-visible {
      border-color: Highlight;
    }
  }
  @media print {
    .sc-actions,
    .sc-failed {
      display: none;
    }
    canvas {
      max-width: 100%;
    }
    /* Without a drawn chart the page would print an empty box: the table prints instead. */
    .sc:not(.sc--drawn) .sc-figure {
      display: none;
    }
    .sc:not(.sc--drawn) .sc-table {
      position: static;
      width: auto;
      height: auto;
      margin: 0.75em 0 0;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
    .sc-answer {
      min-height: 0;
      padding-block: 0.1em;
    }
  }
`,
];
