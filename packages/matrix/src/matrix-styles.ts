import { css } from 'lit';

/**
 * The table reads as a table at any width: it scrolls inside its own area (with the column
 * headers and the row headers held in view), so the page never scrolls sideways. Stacked
 * sections are plain blocks. Uncertain cells have a dashed border and a worded marker, so
 * nothing depends on colour; forced colours keep the borders and the marker.
 */
export const matrixStyles = css`
  :host {
    --_mx-header-bg: var(--fc-matrix-header-background, var(--_fc-color-surface));
    --_mx-uncertain: var(--fc-matrix-uncertain-color, var(--_fc-color-accent));
    --_mx-mark: var(--fc-matrix-mark-background, #ffe9a8);
    --_fc-placeholder-height: var(--fc-placeholder-height, 16rem);
  }
  .mx-title {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .mx-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5em var(--_fc-space);
    margin-bottom: 0.5em;
  }
  .mx-views {
    display: flex;
    flex-wrap: wrap;
  }
  .mx-view,
  .mx-header,
  .mx-uncertain {
    font: inherit;
    cursor: pointer;
  }
  .mx-view {
    min-height: 2.75rem;
    padding: 0.4em 0.8em;
    border: var(--_fc-line-width) solid var(--_fc-color-accent);
    background: var(--_fc-color-background);
    color: var(--_fc-color-accent);
  }
  .mx-view + .mx-view {
    border-inline-start-width: 0;
  }
  .mx-view[aria-pressed='true'] {
    background: var(--_fc-color-accent);
    color: var(--_fc-color-accent-contrast);
    font-weight: 600;
  }
  .mx-search {
    display: flex;
    flex-direction: column;
    flex: 1 1 12em;
    min-width: 0;
    max-width: 24em;
  }
  .mx-search input {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.3em 0.5em;
    border: var(--_fc-line-width) solid var(--_fc-color-border);
    border-radius: var(--_fc-radius);
    background: var(--_fc-color-background);
    color: var(--_fc-color-text);
  }
  .mx-status:empty {
    display: none;
  }
  .mx-status,
  .mx-only,
  .mx-legend {
    margin: 0.25em 0 0.75em;
  }
  .mx-only {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .mx-legend {
    color: var(--_fc-color-text-muted);
    font-size: 0.9375em;
  }
  .mx-mark,
  .mx-uncertain {
    display: inline-block;
    padding: 0 0.4em;
    border: var(--_fc-line-width) dashed var(--_mx-uncertain);
    border-radius: var(--_fc-radius);
    color: var(--_fc-color-text);
    background: var(--_fc-color-background);
    font-size: 0.875em;
    font-weight: 600;
  }
  .mx-uncertain {
    min-height: 1.75rem;
    margin-bottom: 0.35em;
  }
  .mx-uncertain[aria-expanded='true'] {
    background: var(--_fc-color-surface);
  }
  .mx-scroll {
    max-height: var(--fc-matrix-max-height, 80vh);
    overflow: auto;
    border: var(--_fc-line-width) solid var(--_fc-color-border);
    border-radius: var(--_fc-radius);
  }
  .mx-table {
    border-collapse: separate;
    border-spacing: 0;
    min-width: 100%;
  }
  .mx-table--big {
    table-layout: fixed;
    width: max(100%, calc(10em + var(--mx-columns) * 14em));
  }
  .mx-table--big th,
  .mx-table--big td {
    width: 14em;
  }
  .mx-table--big thead td.mx-corner {
    width: 10em;
  }
  .mx-table th,
  .mx-table td {
    padding: 0.5em 0.6em;
    vertical-align: top;
    text-align: start;
    border-block-end: var(--_fc-line-width) solid var(--_fc-color-border);
    border-inline-end: var(--_fc-line-width) solid var(--_fc-color-border);
    min-width: 12em;
    max-width: 28em;
    overflow-wrap: break-word;
  }
  .mx-table thead th,
  .mx-table thead td {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_mx-header-bg);
  }
  .mx-table tbody th {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_mx-header-bg);
    min-width: 10em;
  }
  .mx-table thead td.mx-corner {
    inset-inline-start: 0;
    z-index: 3;
    min-width: 10em;
  }
  .mx-table td {
    background: var(--_fc-color-background);
  }
  .mx-cell--uncertain {
    outline: var(--_fc-line-width) dashed var(--_mx-uncertain);
    outline-offset: -4px;
  }
  .mx-header {
    display: block;
    width: 100%;
    padding: 0.25em 0.3em;
    margin: -0.25em -0.3em;
    border: 0;
    border-radius: var(--_fc-radius);
    background: transparent;
    color: inherit;
    font-weight: 700;
    text-align: inherit;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }
  .mx-header:hover {
    text-decoration-style: solid;
  }
  .mx-header[aria-pressed='true'] {
    text-decoration: underline solid 2px;
  }
  .mx-header__description {
    display: block;
    margin-top: 0.35em;
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_fc-color-text-muted);
  }
  .mx-points {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .mx-points li + li {
    margin-top: 0.3em;
  }
  .mx-empty {
    color: var(--_fc-color-text-muted);
  }
  mark {
    background: var(--_mx-mark);
    color: inherit;
  }
  .mx-stack {
    display: grid;
    gap: var(--_fc-space);
  }
  .mx-section {
    padding: 0.5em var(--_fc-space) var(--_fc-space);
    border: var(--_fc-line-width) solid var(--_fc-color-border);
    border-radius: var(--_fc-radius);
    overflow-wrap: break-word;
    min-width: 0;
  }
  .mx-section__title {
    margin: 0.25em 0 0.5em;
    font-size: 1.1em;
    line-height: 1.3;
  }
  .mx-entry {
    padding-top: 0.5em;
    border-top: var(--_fc-line-width) solid var(--_fc-color-border);
  }
  .mx-entry + .mx-entry {
    margin-top: 0.5em;
  }
  .mx-entry__title {
    margin: 0 0 0.25em;
    font-size: 1em;
    color: var(--_fc-color-text-muted);
  }
  .mx-entry > .mx-cell--uncertain {
    outline: none;
    padding-inline-start: 0.6em;
    border-inline-start: 3px dashed var(--_mx-uncertain);
  }
  .mx-details {
    margin-top: var(--_fc-space);
  }
  .mx-details__kind {
    margin: 0;
    font-size: 0.875em;
    color: var(--_fc-color-text-muted);
  }
  @media (forced-colors: active) {
    .mx-view[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .mx-mark,
    .mx-uncertain,
    .mx-cell--uncertain,
    .mx-entry > .mx-cell--uncertain {
      border-color: CanvasText;
      outline-color: CanvasText;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
  @media print {
    .mx-tools,
    .mx-status {
      display: none;
    }
    .mx-scroll {
      max-height: none;
      overflow: visible;
    }
  }
`;
