import { css } from 'lit';

/**
 * Cards are equal boxes in a CSS grid whose columns the layout decides (`--_cols`); on a canvas
 * each card sits at its own lines (`--_r`, `--_c`, spans `--_rs`, `--_cs`, set through the
 * CSSOM), beside its band's label written vertically like the seed's. Narrow, a canvas is one
 * column with the band label above its cards. Every section prints expanded.
 */
export const cardsStyles = css`
  :host {
    --_fc-placeholder-height: var(--fc-placeholder-height, 16rem);
    --_cd-card-background: var(--fc-cards-card-background, var(--_fc-color-background));
    --_cd-band-background: var(--fc-cards-band-background, var(--_fc-color-surface));
    --_cd-accent: var(--fc-cards-accent, var(--_fc-color-accent));
    --_cd-gap: var(--fc-cards-gap, var(--_fc-space));
  }
  .cards__title {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .cards__tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-block-end: var(--_cd-gap);
  }
  .cards__choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    align-items: center;
  }
  .cards__choice,
  .cards__compare,
  .card__toggle {
    min-height: 2.75em;
    padding: 0.375em 0.75em;
    background: var(--_cd-card-background);
    border: var(--_fc-line-width) solid var(--_fc-color-border);
    border-radius: var(--_fc-radius);
    cursor: pointer;
  }
  .cards__choice[aria-pressed='true'],
  .cards__compare[aria-pressed='true'] {
    color: var(--_fc-color-accent-contrast);
    background: var(--_cd-accent);
    border-color: var(--_cd-accent);
    font-weight: 700;
  }
  .cards__choice[aria-pressed='true']::before,
  .cards__compare[aria-pressed='true']::before {
    content: '✓ ';
  }
  .cards__groups {
    display: grid;
    gap: var(--_cd-gap);
  }
  .cards__group {
    display: grid;
    gap: 0.5em;
  }
  .cards__band-label {
    margin: 0;
    padding: 0.375em 0.5em;
    font-size: 1em;
    background: var(--_cd-band-background);
    border-radius: var(--_fc-radius);
  }
  .cards__list {
    display: grid;
    grid-template-columns: repeat(var(--_cols, 1), minmax(0, 1fr));
    gap: var(--_cd-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards--canvas:not(.cards--narrow) .cards__group[part='band'] {
    grid-template-columns: 2.5rem minmax(0, 1fr);
    gap: var(--_cd-gap);
  }
  .cards--canvas:not(.cards--narrow) .cards__band-label {
    writing-mode: vertical-rl;
    transform: rotate(180deg);
    text-align: center;
    padding: 0.5em 0.25em;
  }
  .cards--canvas:not(.cards--narrow) .cards__list {
    grid-template-rows: repeat(var(--_rows, 1), auto);
  }
  .cards--canvas:not(.cards--narrow) .cards__cell {
    grid-row: var(--_r) / span var(--_rs);
    grid-column: var(--_c) / span var(--_cs);
  }
  /* A canvas without bands still lines its cards up with the banded ones. */
  .cards--canvas:not(.cards--narrow) .cards__group[part='group'] {
    padding-inline-start: calc(2.5rem + var(--_cd-gap));
  }
  .cards__cell {
    display: grid;
    min-width: 0;
  }
  /* A big set lays out only the cards on screen (and those scrolled to): 100 cards paint in a fraction of the time. */
  .cards--many .cards__cell {
    content-visibility: auto;
    contain-intrinsic-size: auto 20rem;
  }
  @media print {
    .cards--many .cards__cell {
      content-visibility: visible;
    }
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    min-width: 0;
    padding: 0.75em 1em;
    background: var(--_cd-card-background);
    border: 1px solid var(--_fc-color-border);
    border-block-start: 0.25em solid var(--_cd-accent);
    border-radius: var(--_fc-radius);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .card:focus {
    outline: 3px solid var(--_fc-color-focus);
    outline-offset: 2px;
  }
  .card--not-examined {
    border-block-start-style: dashed;
    border-block-start-color: var(--_fc-color-border);
  }
  .card__title {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.3;
  }
  .card__number {
    color: var(--_cd-accent);
  }
  .card__status {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0;
    font-size: 0.9em;
  }
  .card__badge {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
    padding: 0 0.5em;
    font-weight: 700;
    border: 1px solid currentColor;
    border-radius: 1em;
  }
  .card__status-label {
    color: var(--_fc-color-text-muted);
  }
  .card__figure {
    margin: 0;
    line-height: 1.2;
  }
  .card__value {
    font-size: 2em;
    font-weight: 700;
    color: var(--_cd-accent);
  }
  .card__unit {
    font-weight: 700;
  }
  .card__figure-label {
    display: block;
    color: var(--_fc-color-text-muted);
  }
  .card__section-label {
    margin: 0;
    font-size: 0.95em;
  }
  .card__items,
  .card__links ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .card__items li + li {
    margin-block-start: 0.25em;
  }
  .card__toggle {
    align-self: flex-start;
    min-height: 2.75em;
    font-size: 0.9em;
  }
  .card__shared {
    display: inline-block;
    padding: 0 0.4em;
    font-size: 0.8em;
    font-weight: 700;
    border: 1px solid currentColor;
    border-radius: 1em;
  }
  .card__shared::before {
    content: '★ ';
  }
  .card__links-label {
    margin: 0;
    font-weight: 700;
    font-size: 0.9em;
  }
  .card__links a,
  .card__more a {
    display: inline-block;
    padding-block: 0.35em;
    color: var(--_cd-accent);
  }
  .card__absent {
    color: var(--_fc-color-text-muted);
  }
  .card__more {
    margin: 0;
  }
  .cards__compare-table {
    overflow-x: auto;
  }
  .cards__compare-table table {
    border-collapse: collapse;
    min-width: 100%;
  }
  .cards__compare-table th,
  .cards__compare-table td {
    padding: 0.5em;
    text-align: start;
    vertical-align: top;
    border: 1px solid var(--_fc-color-border);
    min-width: 12rem;
  }
  .cards__compare-table thead th {
    background: var(--_cd-band-background);
  }
  .cards__compare-table ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  @media (forced-colors: active) {
    .card {
      border-block-start-color: CanvasText;
    }
    .cards__choice[aria-pressed='true'],
    .cards__compare[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
    .card__value,
    .card__number {
      color: CanvasText;
    }
  }
  @media print {
    .cards__tools,
    .card__toggle {
      display: none;
    }
    .card__items li[hidden] {
      display: list-item;
    }
    .card {
      break-inside: avoid;
    }
  }
`;
