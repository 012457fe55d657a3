import { css, unsafeCSS } from 'lit';

/** The eight fills the canvas draws (chart.ts), for the swatches: solid, /, —, |, \, dots, ×, +. */
const line = (deg: number, w = 1.5, gap = 5) => `repeating-linear-gradient(${deg}deg,var(--sc-ink) 0 ${w}px,#0000 ${w}px ${gap}px)`;
const PATTERNS = [
  'none',
  line(-45),
  line(0, 2, 6),
  line(90, 2, 6),
  line(45),
  'radial-gradient(var(--sc-ink) 1.5px,#0000 2px) 0 0/5px 5px',
  `${line(-45)},${line(45)}`,
  `${line(0, 2, 6)},${line(90, 2, 6)}`,
];
const patternRules = (attribute: string) =>
  PATTERNS.map((p, i) => `.sc-swatch[${attribute}='${i}']{background:${p};background-color:var(--sc-ground)}`).join('');
// Beyond the eighth answer colours repeat with a pattern; in forced colours every answer has its own.
const patterns = unsafeCSS(`${patternRules('data-p')}@media (forced-colors:active){${patternRules('data-fp')}}`);

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
    }
    .sc-n,
    .sc-hint {
      margin: 0.25em 0 0;
      color: var(--_fc-color-text-muted);
    }
    .sc-hint {
      font-size: 0.875em;
    }
    .sc-body,
    .sc-actions,
    .sc-answer {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-top: 0.75em;
    }
    .sc-body {
      align-items: center;
      column-gap: var(--_fc-space);
    }
    /* The figure has its height before Chart.js arrives, so nothing moves when it does; the canvas is
       absolutely placed so that it never widens its box. */
    .sc-figure {
      position: relative;
      flex: 1 1 14em;
      max-width: 24em;
      height: var(--sc-h);
      overflow: hidden;
    }
    .sc--bar .sc-figure {
      flex-basis: 100%;
      max-width: none;
    }
    canvas {
      position: absolute;
    }
    .sc-failed {
      display: grid;
      place-items: center;
      height: 100%;
      margin: 0;
      text-align: center;
      background: var(--_fc-color-surface);
    }
    .sc-legend {
      flex: 1 1 14em;
      max-width: 28em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .sc-answer {
      align-items: baseline;
      column-gap: 0.5em;
      width: 100%;
      min-height: 2.75rem;
      margin: 0;
      padding: 0.45em 0.5em;
      border: 1px solid #0000;
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
    }
    .sc-answer__value {
      margin-inline-start: auto;
      font-weight: 700;
      white-space: nowrap;
    }
    .sc-swatch {
      align-self: flex-start;
      width: 1em;
      height: 1em;
      margin-top: 0.25em;
      border: 1px solid var(--_fc-color-text);
      --sc-ground: var(--sc-color);
      --sc-ink: var(--_fc-color-background);
    }
    .sc-actions .fc-button:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }
    table {
      width: 100%;
      margin-top: 0.75em;
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font-weight: 600;
    }
    th,
    td {
      padding: 0.35em 0.25em;
      border-bottom: 1px solid var(--_fc-color-border);
      text-align: start;
      vertical-align: top;
    }
    td,
    thead th + th {
      text-align: end;
    }
    tfoot * {
      font-weight: 600;
      border: 0;
    }
    .sc-title,
    caption,
    tbody th,
    .sc-answer__label {
      overflow-wrap: anywhere;
    }
    .sc-probe {
      forced-color-adjust: none;
    }
    /* In a narrow column an answer's figures go under its label rather than squeezing it. */
    @container (max-width: 30em) {
      .sc-figure,
      .sc-legend {
        max-width: none;
      }
      table {
        font-size: 0.875em;
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
      .sc-answer {
        border-color: Canvas;
      }
      .sc-answer:hover {
        border-color: Highlight;
      }
    }
    /* Print: no buttons; without a drawn chart (.sc--drawn) the table prints in the chart's place. */
    @media print {
      .sc-actions,
      .sc-failed,
      .sc:not(.sc--drawn) .sc-figure {
        display: none;
      }
      .sc:not(.sc--drawn) .sc-table {
        position: static;
        width: auto;
        height: auto;
        margin: 0;
        overflow: visible;
        clip-path: none;
        white-space: normal;
      }
      .sc-answer {
        min-height: 0;
      }
      canvas {
        max-width: 100%;
        object-fit: contain;
      }
    }
  `,
];
