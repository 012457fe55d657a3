import { css, unsafeCSS } from 'lit';

/** Below this container width the tree is drawn as an indented outline. */
export const OUTLINE_BELOW = '36rem';

/**
 * The outline: the same list of treeitems, in normal flow, indented by depth. Written once and
 * used twice: in a narrow container, and in print when the chart is too wide for paper.
 */
const outline = (scope: string) =>
  unsafeCSS(`
  ${scope} .gt-scroller { overflow: visible; }
  ${scope} .gt-canvas { position: static; width: auto; min-width: 0; height: auto; font-size: inherit; }
  ${scope} .gt-stage { position: static; width: auto; height: auto; }
  ${scope} .gt-bands, ${scope} .gt-lines, ${scope} .gt-link-labels { display: none; }
  ${scope} .gt-item { position: static; width: auto; height: auto; }
  ${scope} .gt-node {
    height: auto;
    margin-block: 0.375rem;
    margin-inline-start: calc(min(var(--d, 1) - 1, 6) * 1.25rem);
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
  }
  ${scope} .gt-node__body { flex: 1; min-width: 0; }
  ${scope} .gt-node__level, ${scope} .gt-node__body[data-links]::after { display: block; }
  ${scope} .gt-node__toggle {
    position: static;
    order: -1;
    flex: none;
    margin-block-start: 0.1em;
    transform: none;
  }
  ${scope} .gt-node__info { position: static; order: 2; flex: none; font-size: 0.7em; }
`);

export const governanceTreeStyles = css`
  :host {
    container-name: gt-host;
    --_fc-placeholder-height: var(--fc-placeholder-height, 24rem);
    --_gt-band-1: var(--fc-governance-band-1, var(--_fc-color-surface));
    --_gt-band-2: var(--fc-governance-band-2, var(--_fc-color-background));
    --_gt-link: var(--fc-governance-link-color, var(--_fc-color-accent));
    --_gt-line: var(--fc-governance-line-color, var(--_fc-color-border));
  }
  .gt-title {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .gt-toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .gt-button {
    min-height: 2.75rem;
    padding: 0.3em 0.9em;
    border: var(--_fc-line-width) solid var(--_fc-color-accent);
    border-radius: var(--_fc-radius);
    background: var(--_fc-color-background);
    color: var(--_fc-color-accent);
    cursor: pointer;
  }
  .gt-button:hover {
    background: var(--_fc-color-surface);
  }
  .gt-body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_fc-space);
    align-items: start;
  }
  @container gt-host (min-width: 56rem) {
    .gt-body--open {
      grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
    }
    .gt-body--open .gt-details {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow-y: auto;
    }
  }

  /* ---- the chart ---------------------------------------------------------------------------- */
  .gt-scroller {
    container: gt-scroller / inline-size;
    overflow-x: auto;
    overflow-y: hidden;
    padding-block-end: 0.75em;
  }
  .gt-canvas {
    position: relative;
    isolation: isolate;
    width: calc(var(--gt-w) * 1em);
    min-width: 100%;
    height: calc(var(--gt-h) * 1em);
  }
  /* The drawing, centred when the element is wider than it; the bands span the whole width. */
  .gt-stage {
    position: relative;
    width: calc(var(--gt-w) * 1em);
    height: 100%;
    margin-inline: auto;
  }
  .gt--zoom .gt-canvas {
    /* Everything is measured in em, so one font size scales the whole drawing to the width; below
       three quarters the boxes' text is too small to read, and the chart scrolls instead. */
    font-size: max(0.75em, min(1em, 100cqi / var(--gt-w)));
  }
  .gt-chart {
    min-width: 0;
  }
  .gt-scroll-hint {
    margin: 0 0 0.25em;
    font-size: 0.875em;
    color: var(--_fc-color-text-muted);
  }
  .gt-band {
    position: absolute;
    left: 0;
    width: 100%;
    top: calc(var(--y) * 1em);
    height: calc(var(--h) * 1em);
    background: var(--_gt-band-1);
    border-block-start: 1px solid var(--_gt-line);
  }
  .gt-band:nth-child(even) {
    background: var(--_gt-band-2);
  }
  .gt-band__label {
    position: sticky;
    left: 0;
    /* Above the lines that pass through the band's top, in the band's own colour. */
    z-index: 2;
    background: inherit;
    display: inline-block;
    max-width: min(100%, 24em);
    padding: 0.45em 0.6em;
    font-weight: 700;
    line-height: 1.35;
    color: var(--_fc-color-text);
  }
  .gt-lines {
    position: absolute;
    left: 0;
    top: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
    pointer-events: none;
  }
  .gt-connectors {
    fill: none;
    stroke: var(--_gt-line);
    stroke-width: 0.125;
  }
  .gt-link {
    fill: none;
    stroke: var(--_gt-link);
    stroke-width: 0.125;
    stroke-dasharray: 0.45 0.3;
  }
  .gt-link-labels {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .gt-link-label {
    position: absolute;
    left: calc(var(--x) * 1em);
    top: calc(var(--y) * 1em);
    max-width: calc(var(--w) * 1em);
    transform: translate(-50%, -50%);
    z-index: 1;
  }
  .gt-link-label span {
    display: block;
    padding: 0.1em 0.4em;
    font-size: 0.8em;
    line-height: 1.2;
    text-align: center;
    overflow-wrap: anywhere;
    color: var(--_gt-link);
    background: var(--_fc-color-background);
    border: 1px dashed var(--_gt-link);
    border-radius: var(--_fc-radius);
  }

  /* ---- the tree and its boxes ------------------------------------------------------------- */
  .gt-tree {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .gt-item {
    position: absolute;
    left: calc(var(--x) * 1em);
    top: calc(var(--y) * 1em);
    width: calc(var(--gt-node-w) * 1em);
    /* Room under the box for its knob. */
    height: calc(var(--h) * 1em + 1.1em);
  }
  /*
   * A big tree draws only the rows on screen: the others keep their place, and stay in the
   * accessibility tree and findable in the page, but cost no style or layout work.
   */
  .gt--big .gt-item {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 4.5em;
  }
  .gt--big .gt-item:focus-visible > .gt-node {
    outline-offset: -3px;
  }
  .gt-item:focus {
    outline: none;
  }
  .gt-item:focus-visible > .gt-node {
    outline: var(--_fc-focus-outline);
    outline-offset: 2px;
    box-shadow: var(--_fc-focus-halo);
  }
  .gt-item[aria-selected='true']:focus-visible > .gt-node {
    box-shadow: inset 0 0 0 2px var(--_fc-color-accent), var(--_fc-focus-halo);
  }
  .gt-node {
    position: relative;
    height: calc(var(--h) * 1em);
    border: var(--_fc-line-width) solid var(--_fc-color-border);
    border-radius: var(--_fc-radius);
    background: var(--_fc-color-background);
    color: var(--_fc-color-text);
    cursor: pointer;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .gt-node:hover {
    border-color: var(--_fc-color-accent);
  }
  .gt-node__body {
    display: flex;
    flex-direction: column;
    padding: 0.4em 0.6em;
  }
  /* Kinds differ in outline as well as in icon and name, never in colour alone. */
  .gt-node--role {
    border-radius: 1.25em;
  }
  .gt-node--role .gt-node__body {
    padding-inline: 0.75em;
  }
  .gt-node--network {
    border-style: double;
    border-width: 4px;
  }
  .gt-node--place {
    border-radius: 0;
    border-block-end-width: 5px;
  }
  [aria-selected='true'] > .gt-node {
    border-color: var(--_fc-color-accent);
    box-shadow: inset 0 0 0 2px var(--_fc-color-accent);
    background: var(--_fc-color-surface);
  }
  .gt-node__kind {
    /* Read after the name (the name comes first in the accessible name), seen above it. */
    order: -1;
    display: flex;
    align-items: center;
    gap: 0.35em;
    font-size: 0.75em;
    line-height: 1.4;
    min-height: 1.4em;
    margin-block-end: 0.2em;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_fc-color-text-muted);
  }
  .gt-icon {
    width: 1.35em;
    height: 1.35em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .gt-node__label {
    display: block;
    font-weight: 600;
    line-height: 1.3;
  }
  .gt-node__level,
  .gt-node__body[data-links]::after {
    display: none;
    font-size: 0.85em;
    line-height: 1.35;
    color: var(--_fc-color-text-muted);
  }
  /* Links as text: shown in the outline, where no lines are drawn. */
  .gt-node__body[data-links]::after {
    content: attr(data-links);
    white-space: pre-line;
  }
  .gt-node__info {
    position: absolute;
    top: 0.45em;
    right: 0.5em;
    width: 1.5em;
    height: 1.5em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font: 700 0.7em/1.2 Georgia, 'Times New Roman', serif;
    text-align: center;
    color: var(--_fc-color-accent);
  }
  .gt-node__info::before {
    content: 'i';
  }
  .gt-node__toggle::before {
    content: attr(data-label);
  }
  .gt-node [hidden] {
    display: none !important;
  }
  .gt-node__toggle {
    position: absolute;
    left: var(--tx, 50%);
    bottom: 0;
    transform: translate(-50%, 60%);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    /* In em, so that it scales with the drawing (fit="zoom"); 24 px at the normal size. */
    font-size: 0.85em;
    min-width: 1.75em;
    height: 1.75em;
    padding-inline: 0.35em;
    border: var(--_fc-line-width) solid var(--_gt-line);
    border-radius: 0.875em;
    background: var(--_fc-color-background);
    color: var(--_fc-color-text);
    font-weight: 700;
    line-height: 1;
    cursor: pointer;
    user-select: none;
    z-index: 1;
  }
  .gt-node__toggle:hover {
    border-color: var(--_fc-color-accent);
    color: var(--_fc-color-accent);
  }

  /* ---- details, note and source ---------------------------------------------------------- */
  .gt-details__subtitle {
    margin: 0.9em 0 0.25em;
    font-size: 1em;
  }
  .gt-details ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .gt-details p {
    margin: 0.5em 0 0;
  }
  .gt-details dl {
    margin: 0.4em 0 0;
    font-size: 0.9em;
  }
  .gt-details dt {
    margin-block-start: 0.4em;
    font-weight: 600;
  }
  .gt-details dd {
    margin: 0;
  }
  .gt-details__kind {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .gt-goto {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_fc-color-accent);
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
    min-height: 1.5rem;
    /* A wrapped button's first line sits with the list bullet. */
    vertical-align: top;
  }

  /* ---- narrow: the outline ------------------------------------------------------------------ */
  @container gt-host (max-width: ${unsafeCSS(OUTLINE_BELOW)}) {
    ${outline('.gt')}
  }

  @media (forced-colors: active) {
    .gt-connectors,
    .gt-link {
      stroke: CanvasText;
    }
    .gt-node,
    .gt-node__toggle,
    .gt-details,
    .gt-link-label span,
    .gt-band {
      border-color: CanvasText;
    }
    .gt-band__label {
      color: CanvasText;
    }
    [aria-selected='true'] > .gt-node {
      border-color: Highlight;
      border-style: double;
      border-width: 6px;
    }
    .gt-item:focus-visible > .gt-node {
      outline-color: Highlight;
    }
    .gt-node__info,
    .gt-icon {
      color: CanvasText;
    }
  }

  @media print {
    .gt-toolbar,
    .gt-node__toggle,
    .gt-node__info {
      display: none;
    }
    .gt-scroller {
      overflow: visible;
    }
    .gt-canvas {
      font-size: max(0.4em, min(1em, 100cqi / var(--gt-w)));
    }
    .gt-band {
      background: none;
      border-block-start: 1px solid #000;
    }
    .gt-node,
    .gt-details {
      break-inside: avoid;
      box-shadow: none;
    }
    .gt-body--open {
      grid-template-columns: minmax(0, 1fr);
    }
    ${outline('.gt.gt--print-outline')}
  }
`;
