import { css, unsafeCSS, type CSSResult } from 'lit';

/** Below this container width the roadmap is a list grouped by theme (or by year). */
export const LIST_BELOW = 40;
/** From this container width up, lane labels and the goal are columns beside the track; below it, above and under. */
export const SIDE_COLUMNS_FROM = 60;
/** Mirrors of the CSS column widths (rem), to guess the track's width before it is measured. */
export const LABEL_WIDTH = { min: 8, share: 0.2, max: 13 };
export const GOAL_WIDTH = 14;

const rem = (n: number) => unsafeCSS(`${n}rem`);

// Tokens of the element, the heading, the legend and the hint. `--_rm-mode` tells the keyboard
// handler how arrows move (grid or list); `--_rm-c` is the lane's colour.
const head = css`
  :host {
    container-name: rm-host;
    --_fc-placeholder-height: var(--fc-placeholder-height, 24rem);
    --_rm-label-w: var(
      --fc-roadmap-label-width,
      clamp(${rem(LABEL_WIDTH.min)}, ${unsafeCSS(LABEL_WIDTH.share * 100)}%, ${rem(LABEL_WIDTH.max)})
    );
    --_rm-goal-w: var(--fc-roadmap-goal-width, ${rem(GOAL_WIDTH)});
    --_rm-lane-bg: var(--fc-roadmap-lane-background, var(--_fc-color-surface));
    --_rm-item-bg: var(--fc-roadmap-item-background, var(--_fc-color-background));
    --_rm-today: var(--fc-roadmap-today-color, var(--_fc-color-error));
    --_rm-grid: var(--fc-roadmap-grid-color, var(--_fc-color-border));
  }
  .rm {
    --_rm-mode: grid;
    --_rm-icon-knockout: var(--_rm-item-bg);
  }
  .rm-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 1em;
    margin-block-end: 0.5rem;
  }
  .rm-title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .rm-range {
    margin: 0;
    color: var(--_fc-color-text-muted);
  }
  .rm-legend {
    --_rm-c: var(--_fc-color-text);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1.25rem;
    margin-block-end: 0.5rem;
    font-size: 0.875em;
  }
  .rm-legend__title {
    font-weight: 600;
  }
  .rm-legend ul {
    display: contents;
  }
  .rm-legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .rm-swatch {
    position: relative;
    display: inline-block;
    width: 2.25em;
    height: 0.75em;
  }
  .rm-swatch .rm-bar {
    position: absolute;
    inset: 0;
  }
  .rm-swatch--milestone,
  .rm-swatch--today {
    width: 1.25em;
    height: 1.1em;
  }
  .rm-swatch .rm-bar--milestone {
    inset: 0.1em auto auto 50%;
  }
  .rm-swatch--today::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(50% - 1px);
    border-inline-start: 2px solid var(--_rm-today);
  }
  .rm-hint {
    margin: 0 0 0.75rem;
    font-size: 0.8125em;
    color: var(--_fc-color-text-muted);
  }
  .rm-hint__list {
    display: none;
  }
  .rm-flag {
    width: 1em;
    height: 1em;
  }
`;

// The chart: columns for lane labels, the track and the goal; the axis and each lane span the
// first two as subgrids. Year lines and the today line run behind the items through every lane.
const chart = css`
  .rm-chart {
    position: relative;
    display: grid;
    grid-template-columns: [label] var(--_rm-label-w) [track] minmax(0, 1fr) [goal] 0 [end];
  }
  .rm--goal .rm-chart {
    grid-template-columns: [label] var(--_rm-label-w) [track] minmax(0, 1fr) [goal] var(--_rm-goal-w) [end];
  }
  .rm-axis,
  .rm-lane,
  .rm-details {
    grid-column: label / goal;
  }
  .rm-axis,
  .rm-lane {
    display: grid;
    grid-template-columns: subgrid;
  }
  .rm-axis__track {
    grid-column: 2;
    position: relative;
    font-size: 0.8125em;
    color: var(--_fc-color-text-muted);
    border-block-end: var(--_fc-line-width) solid var(--_fc-color-border);
  }
  .rm-ticks {
    position: relative;
    height: 1.6em;
  }
  .rm-ticks--year {
    font-weight: 700;
    color: var(--_fc-color-text);
  }
  .rm-tick {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--x0);
    width: var(--w);
    padding-inline-start: 0.3em;
    border-inline-start: 1px solid var(--_rm-grid);
    white-space: nowrap;
    overflow: hidden;
  }
  .rm-ticks--quarter .rm-tick,
  .rm-ticks--month .rm-tick {
    border-inline-start-style: dotted;
  }
  .rm-axis__today {
    position: relative;
    height: 1.5em;
  }
  .rm-today-label {
    position: absolute;
    inset-block-start: 0.1em;
    inset-inline-start: var(--x);
    transform: translateX(-50%);
    padding: 0 0.35em;
    border-radius: var(--_fc-radius);
    background: var(--_rm-today);
    color: var(--_fc-color-background);
    font-weight: 600;
    white-space: nowrap;
  }
  .rm-today-label--end {
    transform: translateX(-100%);
  }
  .rm-today-label--start {
    transform: none;
  }
  .rm-overlay {
    position: absolute;
    grid-column: track;
    inset: 0;
    pointer-events: none;
  }
  .rm-yearline,
  .rm-today {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--x);
    border-inline-start: 1px solid var(--_rm-grid);
  }
  .rm-yearline {
    opacity: 0.45;
  }
  .rm-today {
    border-inline-start: 2px solid var(--_rm-today);
    margin-inline-start: -1px;
  }
  .rm-lane {
    border-block-end: 1px solid var(--_fc-color-border);
  }
  .rm-lane__label {
    position: relative;
    z-index: 1;
    grid-column: 1;
    margin: 0;
    padding: 0.5rem 0.75rem 0.5rem 0.6rem;
    font-size: 0.9375em;
    line-height: 1.35;
    overflow-wrap: break-word;
    hyphens: auto;
    background: var(--_rm-lane-bg);
    border-inline-start: 0.375rem solid var(--_rm-c);
  }
  .rm-lane__items {
    grid-column: 2;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    min-width: 0;
    margin: 0;
    padding: 0.375rem 0;
    list-style: none;
  }
  .rm--big .rm-lane__items {
    content-visibility: auto;
    contain-intrinsic-block-size: auto var(--rm-h);
  }
  .rm-empty {
    padding: 0.5rem;
    color: var(--_fc-color-text-muted);
    font-style: italic;
  }
`;

// An item: one column per lane, the items of a row share its cell, each placed along it by its
// margin and width (so rows take the height of their tallest label). The bar (or milestone) sits
// above the label: the lane's colour, and a pattern for the status, which is also written out.
const items = css`
  .rm-item {
    position: relative;
    z-index: 1;
    grid-area: var(--r, 1) / 1;
    min-width: 0;
    margin-inline-start: calc(var(--ix) * 1%);
    width: calc(var(--iw) * 1%);
    display: flex;
    padding: 0.1875rem;
  }
  .rm-button {
    position: relative;
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.125rem;
    margin: 0;
    padding: 1.125rem 0.5rem 0.375rem;
    text-align: start;
    background: var(--_rm-item-bg);
    border: 1px solid var(--_fc-color-border);
    border-radius: var(--_fc-radius);
    cursor: pointer;
    transition: background-color 0.15s ease;
  }
  .rm-button:hover {
    background: var(--_fc-color-surface);
  }
  .rm-button[aria-expanded='true'] {
    border-color: var(--_fc-color-accent);
    box-shadow: inset 0 0 0 1px var(--_fc-color-accent);
  }
  .rm-button[aria-expanded='true']:focus-visible {
    box-shadow: inset 0 0 0 1px var(--_fc-color-accent), var(--_fc-focus-halo);
  }
  .rm-button .rm-bar {
    position: absolute;
    inset-block-start: 0.375rem;
    inset-inline-start: calc(var(--b0, 0) * 1%);
    width: max(0.25rem, calc((var(--b1, 100) - var(--b0, 0)) * 1%));
  }
  .rm-label {
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.35;
    max-width: 100%;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .rm-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.6em;
    max-width: 100%;
    font-size: 0.8125em;
    color: var(--_fc-color-text-muted);
    overflow-wrap: anywhere;
  }
  .rm-status {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    color: var(--_fc-color-text);
  }
  .rm-status[hidden],
  .rm-theme-name,
  .rm-years,
  .rm-print-notes {
    display: none;
  }
  .rm-bar {
    display: block;
    height: 0.625rem;
    border-radius: 0.125rem;
    background: var(--_rm-c);
    border: 2px solid var(--_rm-c);
  }
  .rm-bar--planned {
    background: transparent;
    border-style: dashed;
  }
  .rm-bar--ongoing {
    background: repeating-linear-gradient(135deg, var(--_rm-c) 0 3px, transparent 3px 6px);
  }
  .rm-bar--late {
    background:
      repeating-linear-gradient(45deg, var(--_rm-c) 0 1.5px, transparent 1.5px 4px),
      repeating-linear-gradient(-45deg, var(--_rm-c) 0 1.5px, transparent 1.5px 4px);
    border: 3px double var(--_rm-c);
  }
  .rm-bar--milestone {
    width: 0.875rem;
    height: 0.875rem;
    border-radius: 0;
    border-style: solid;
    transform: translateX(-50%) rotate(45deg);
  }
  .rm-button .rm-bar--milestone {
    inset-block-start: 0.2rem;
    width: 0.875rem;
  }
`;

// The goal at the end of the road (the arrowhead points at it; a tall roadmap keeps its text in
// view while it scrolls past), and the opened item's details under its lane.
const panels = css`
  .rm-goal {
    position: relative;
    z-index: 2;
    grid-column: goal;
    grid-row: 1 / span var(--rm-rows);
    display: flex;
    flex-direction: column;
    justify-content: center;
    margin-inline-start: 1.25rem;
    padding: 0.75rem;
    border: var(--_fc-line-width) solid var(--_fc-color-accent);
    border-radius: var(--_fc-radius);
    background: var(--_fc-color-background);
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .rm-goal::before {
    content: '';
    position: absolute;
    inset-inline-start: -1.25rem;
    inset-block-start: calc(50% - 0.75rem);
    width: 1rem;
    height: 1.5rem;
    background: var(--_fc-color-accent);
    clip-path: polygon(0 0, 100% 50%, 0 100%);
  }
  .rm-goal__inner {
    position: sticky;
    inset-block: 0.75rem;
  }
  .rm-goal__label {
    display: flex;
    align-items: center;
    gap: 0.35em;
    margin: 0 0 0.25rem;
    font-size: 0.8125em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_fc-color-accent);
  }
  .rm-goal__text {
    margin: 0;
    font-weight: 700;
    line-height: 1.35;
  }
  .rm-details {
    position: relative;
    z-index: 2;
    margin: 0.25rem 0 0.75rem;
    overflow-wrap: anywhere;
  }
  .rm-details dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25rem 1rem;
    margin: 0 0 0.5rem;
  }
  .rm-details dt {
    font-weight: 600;
  }
  .rm-details dd {
    margin: 0;
  }
  .rm-details p {
    margin: 0.25rem 0 0;
    white-space: pre-line;
  }
  .rm-details__empty {
    color: var(--_fc-color-text-muted);
    font-style: italic;
  }
`;

// Medium: lane labels above their items, the goal under the lanes (the shadow covers the lines in
// the gap the arrowhead points down through). Narrow: the same lanes as a list by theme, each
// item's bar on a strip that stands for the whole road; or, by year, the list by year instead.
// A roadmap whose every item spans the whole range (\`.rm--list\`) is that list at any width: the
// rules take the scope they apply in (\`.rm\` inside the container queries).
const belowSideColumns = (scope: CSSResult) => css`
    ${scope} .rm-chart,
    ${scope}.rm--goal .rm-chart {
      grid-template-columns: [label] 0 [track] minmax(0, 1fr) [goal] 0 [end];
    }
    ${scope} .rm-lane__label {
      grid-column: 1 / -1;
      padding-block: 0.375rem;
    }
    ${scope} .rm-goal {
      grid-column: label / end;
      grid-row: auto;
      margin: 1.25rem 0 0;
      box-shadow: 0 -1.25rem 0 0 var(--_fc-color-background);
    }
    ${scope} .rm-goal::before {
      inset-inline-start: calc(50% - 0.75rem);
      inset-block-start: -1.25rem;
      width: 1.5rem;
      height: 1rem;
      clip-path: polygon(0 0, 100% 0, 50% 100%);
    }
`;
const asList = (scope: CSSResult) => css`
    .rm${scope} {
      --_rm-mode: list;
    }
    ${scope} .rm-hint__chart {
      display: none;
    }
    ${scope} .rm-hint__list {
      display: inline;
    }
    ${scope} .rm-chart,
    ${scope} .rm-lane {
      display: block;
    }
    ${scope} .rm-axis,
    ${scope} .rm-overlay,
    ${scope}.rm--by-year .rm-chart {
      display: none;
    }
    ${scope}.rm--by-year .rm-years {
      display: block;
    }
    ${scope} .rm-lane {
      margin-block-end: 0.75rem;
      border: 0;
    }
    ${scope} .rm-lane__items,
    ${scope} .rm-years ul {
      display: flex;
      flex-direction: column;
      gap: 0.375rem;
      margin: 0;
      padding: 0.375rem 0 0;
      list-style: none;
    }
    ${scope} .rm-item {
      padding: 0;
      margin: 0;
      width: auto;
    }
    ${scope} .rm-button {
      padding-block-start: 1.375rem;
    }
    ${scope} .rm-button::before {
      content: '';
      position: absolute;
      inset: 0.5rem 0.5rem auto;
      height: 0.375rem;
      border-radius: 0.25rem;
      background: var(--_fc-color-surface);
      border: 1px solid var(--_rm-grid);
    }
    ${scope} .rm-button .rm-bar {
      inset-block-start: 0.375rem;
      inset-inline-start: calc(0.5rem + (100% - 1rem) * (var(--ix) + var(--iw) * var(--b0, 0) / 100) / 100);
      width: max(0.375rem, calc((100% - 1rem) * var(--iw) * (var(--b1, 100) - var(--b0, 0)) / 10000));
    }
    ${scope} .rm-button .rm-bar--milestone {
      inset-block-start: 0.25rem;
      width: 0.875rem;
    }
    ${scope} .rm-years__title {
      margin: 0.75rem 0 0.25rem;
      font-size: 1em;
    }
    ${scope} .rm-years .rm-item {
      border-inline-start: 0.375rem solid var(--_rm-c);
      border-radius: var(--_fc-radius);
    }
    ${scope} .rm-years .rm-theme-name {
      display: block;
      font-size: 0.8125em;
      color: var(--_fc-color-text-muted);
    }
`;
// :where() adds no specificity: the rules weigh what they weighed unscoped.
const rmScope = unsafeCSS(':where(.rm)');
const listScope = unsafeCSS(':where(.rm--list)');
const narrow = css`
  @container rm-host (max-width: ${rem(SIDE_COLUMNS_FROM)}) {
    ${belowSideColumns(rmScope)}
  }
  @container rm-host (max-width: ${rem(LIST_BELOW)}) {
    ${asList(rmScope)}
  }
  ${belowSideColumns(listScope)}
  ${asList(listScope)}
  /* Bars over the whole road would all be the same: the period is said once above the list. */
  .rm--list .rm-button {
    padding-block-start: 0.375rem;
  }
  .rm--list .rm-button::before,
  .rm--list .rm-button .rm-bar,
  .rm--list .rm-time {
    display: none;
  }
  .rm-whole-range {
    margin: 0 0 0.5rem;
  }
  @container rm-host (min-width: ${rem(LIST_BELOW)}) {
    .rm--list .rm-lane__items {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: 0.5rem;
    }
    /* The rows that kept overlapping bars apart mean nothing here: the items flow into the columns. */
    .rm--list .rm-item {
      grid-area: auto;
    }
  }
`;

// Forced colours: bars, patterns and arrowheads in system colours (kept with
// forced-color-adjust: none, which also keeps the gradients). Print: the patterns print, items are
// not split, descriptions are written out, the hint is left out (the close button: the core's detailsStyles).
const media = css`
  @media (forced-colors: active) {
    .rm-bar,
    .rm-swatch,
    .rm-goal::before {
      forced-color-adjust: none;
      --_rm-c: CanvasText;
      --_rm-today: CanvasText;
    }
    .rm-goal::before {
      background: CanvasText;
    }
    .rm-lane__label,
    .rm-years .rm-item {
      border-inline-start-color: CanvasText;
    }
    .rm-today {
      border-inline-start-color: Highlight;
    }
    .rm-today-label {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .rm-button {
      border-color: ButtonText;
    }
    .rm-button[aria-expanded='true'] {
      outline: 3px solid Highlight;
    }
  }
  @media print {
    .rm,
    .rm * {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .rm-hint {
      display: none;
    }
    .rm-button,
    .rm-lane__label,
    .rm-goal {
      break-inside: avoid;
    }
    .rm-button:hover {
      background: var(--_rm-item-bg);
    }
    .rm--big .rm-lane__items {
      content-visibility: visible;
    }
    .rm-print-notes {
      display: block;
      margin-block-start: 1rem;
      font-size: 0.875em;
    }
    .rm-print-notes__title {
      font-size: 1em;
      margin: 0 0 0.25rem;
    }
    .rm-print-notes dt {
      font-weight: 600;
      break-after: avoid;
    }
    .rm-print-notes dd {
      margin: 0 0 0.4rem;
    }
  }
`;

export const roadmapStyles = [head, chart, items, panels, narrow, media];
