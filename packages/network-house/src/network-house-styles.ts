import { css, unsafeCSS } from 'lit';
import { DOOR_MIN_WIDTH, GAP, STACKED_BELOW, WALL_INSET } from './network-house-layout.js';

// The layout's geometry, so that what it counts on is what is drawn (numbers of our own, not data).
const wallInset = unsafeCSS(`${WALL_INSET * 100}%`);
const gap = unsafeCSS(`${GAP}em`);
const doorWidth = unsafeCSS(`${DOOR_MIN_WIDTH}em`);
const stackedBelow = unsafeCSS(`${STACKED_BELOW}em`);

/*
 * The house is drawn by CSS boxes (walls, floors, rooms, door, stones) and one SVG triangle (the
 * roof), all sized by the container; every text is HTML on top. Widths that decide how many rooms
 * sit side by side come from the layout as `--cols`; the stacked list below 34em (the layout's
 * STACKED_BELOW) is the same markup with one column.
 */
export const networkHouseStyles = css`
  :host {
    container-name: nh-host;
    --_fc-placeholder-height: var(--fc-placeholder-height, 30rem);
    --_nh-roof: var(--fc-house-roof-color, var(--_fc-color-surface));
    --_nh-wall: var(--fc-house-wall-color, var(--_fc-color-background));
    --_nh-line: var(--fc-house-line-color, var(--_fc-color-border));
    --_nh-stone: var(--fc-house-stone-color, var(--_fc-color-surface));
    --_nh-door: var(--fc-house-door-color, var(--_fc-color-accent));
    --_nh-gap: ${gap};
  }
  .nh {
    /* Long Finnish compounds: hyphenated where the browser has the language's rules, else broken anywhere, never overflowing. */
    hyphens: auto;
    overflow-wrap: anywhere;
  }
  .nh-title {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .nh-body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_fc-space);
    align-items: start;
  }
  .nh-house {
    width: 100%;
    max-width: 75em;
    margin-inline: auto;
  }
  p {
    margin: 0;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* ---- buttons that open a part ---- */
  .nh-openable {
    cursor: pointer;
    transition: transform 0.15s ease;
  }
  .nh-openable:hover {
    transform: translateY(-1px);
  }
  .nh-openable[aria-expanded='true'] {
    background: var(--_fc-color-accent);
    color: var(--_fc-color-accent-contrast);
    border-color: var(--_fc-color-accent);
    /* Not by colour alone: the opened part also gets a thicker frame. */
    box-shadow: 0 0 0 2px var(--_fc-color-background), 0 0 0 4px var(--_fc-color-accent);
  }

  /* ---- roof ---- */
  .nh-roof {
    position: relative;
    /* The label's top corners stay under the slopes: a label 56 % of the roof wide needs the roof
       about 2.3 times the label's height (--_nh-label-h is measured; 3em until it is). */
    padding: calc((var(--_nh-label-h, 3em) + 0.75em) * 1.35 + 0.5em) 22% 0.75em;
    text-align: center;
  }
  .nh-roof--bare {
    padding: 0;
    height: clamp(3rem, 12cqi, 7rem);
  }
  .nh-roof__shape {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .nh-roof__shape polygon,
  .nh-roof__chimney {
    fill: var(--_nh-roof);
    stroke: var(--_nh-line);
    stroke-width: var(--_fc-line-width);
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .nh-roof__label {
    position: relative;
    display: block;
    width: 100%;
    margin: 0;
    padding: 0.25em 0.5em;
    font-weight: 700;
    line-height: 1.3;
    text-align: center;
    background: none;
    border: var(--_fc-line-width) solid transparent;
    border-radius: var(--_fc-radius);
  }
  button.nh-roof__label {
    min-height: 2.75rem;
    border-color: var(--_nh-line);
    background: var(--_nh-wall);
  }
  button.nh-roof__label:hover {
    background: var(--_fc-color-surface);
  }

  /* ---- walls and floors (FLOOR_INSET: the walls' border and a floor's padding) ---- */
  .nh-walls {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    margin-inline: ${wallInset};
    background: var(--_nh-wall);
    border-inline: 0.25em solid var(--_nh-line);
  }
  .nh-walls--door {
    grid-template-columns: minmax(0, 1fr) auto;
  }
  .nh-floor {
    grid-column: 1 / -1;
    min-width: 0;
    padding: 0.75em;
    border-top: var(--_fc-line-width) solid var(--_nh-line);
  }
  .nh-walls--door .nh-floor--ground {
    grid-column: 1;
  }
  .nh-floor__head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
    margin-bottom: 0.6em;
    line-height: 1.3;
  }
  .nh-floor__number {
    flex: none;
    padding: 0.1em 0.5em;
    font-size: 0.8em;
    font-weight: 700;
    color: var(--_fc-color-text);
    border: 1px solid var(--_nh-line);
    border-radius: 999px;
    hyphens: manual;
  }
  .nh-floor__label {
    flex: 1 1 12em;
    min-width: 0;
    font-weight: 700;
  }
  .nh-rooms,
  .nh-stones {
    display: grid;
    grid-template-columns: repeat(var(--cols, 1), minmax(0, 1fr));
    gap: var(--_nh-gap);
  }
  .nh-rooms__item,
  .nh-stones__item {
    display: flex;
    min-width: 0;
  }
  .nh-room {
    display: flex;
    flex: 1;
    flex-direction: column;
    justify-content: center;
    gap: 0.15em;
    min-width: 0;
    min-height: 3.5em;
    padding: 0.5em 0.75em;
    text-align: start;
    line-height: 1.3;
    background: var(--_nh-wall);
    border: var(--_fc-line-width) solid var(--_nh-line);
    border-radius: var(--_fc-radius);
  }
  .nh-room:hover,
  .nh-stone:hover {
    background: var(--_fc-color-surface);
  }
  .nh-room__label {
    font-weight: 600;
  }
  .nh-room__count {
    font-size: 0.85em;
    color: var(--_fc-color-text-muted);
  }
  .nh-openable[aria-expanded='true'] .nh-room__count {
    color: inherit;
  }
  .nh-empty {
    padding: 0.5em 0.75em;
    font-style: italic;
    color: var(--_fc-color-text-muted);
    border: var(--_fc-line-width) dashed var(--_nh-line);
    border-radius: var(--_fc-radius);
  }
  .nh-print {
    display: none;
  }

  /* ---- door ---- */
  .nh-doorway {
    grid-column: 2;
    display: flex;
    align-items: flex-end;
    /* The layout's door width, for the label's longest word. */
    width: var(--nh-door-w, ${doorWidth});
    padding: 0.75em 0.75em 0;
    border-top: var(--_fc-line-width) solid var(--_nh-line);
  }
  .nh-door {
    position: relative;
    display: flex;
    align-items: center;
    justify-content: center;
    width: 100%;
    min-height: 7.5em;
    margin: 0;
    /* Room on both sides for the knob, so the label stays centred. */
    padding: 1.5em 1.1em 0.75em;
    font-size: 0.95em;
    font-weight: 700;
    line-height: 1.25;
    text-align: center;
    color: var(--_fc-color-accent-contrast);
    background: var(--_nh-door);
    border: var(--_fc-line-width) solid var(--_nh-line);
    border-bottom: 0;
    /* An arched door. */
    border-radius: 4.5em 4.5em 0 0;
  }
  .nh-door::after {
    /* The knob. */
    content: '';
    position: absolute;
    inset-inline-end: 0.45em;
    top: 55%;
    width: 0.45em;
    height: 0.45em;
    border-radius: 50%;
    background: currentColor;
  }
  button.nh-door:hover {
    background: var(--_nh-door);
    filter: brightness(1.15);
  }
  .nh-door[aria-expanded='true'] {
    box-shadow: 0 0 0 2px var(--_fc-color-background), 0 0 0 4px var(--_nh-door);
  }

  /* ---- foundation ---- */
  .nh-foundation {
    padding: 0.6em;
    background: var(--_nh-wall);
    /* FOUNDATION_INSET: this border and padding. */
    border: 0.25em solid var(--_nh-line);
    border-radius: 0 0 var(--_fc-radius) var(--_fc-radius);
  }
  .nh-foundation__head {
    margin-bottom: 0.4em;
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    hyphens: manual;
  }
  .nh-stone {
    flex: 1;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0.4em 0.6em;
    line-height: 1.25;
    background: var(--_nh-stone);
    border: var(--_fc-line-width) solid var(--_nh-line);
    border-radius: calc(var(--_fc-radius) / 2);
  }

  /* ---- details ---- */
  .nh-details__kind {
    font-size: 0.85em;
    color: var(--_fc-color-text-muted);
  }
  .nh-details__description {
    margin-bottom: 0.75em;
  }
  .nh-details__services-title {
    margin: 0.5em 0 0.25em;
    font-size: 1em;
  }
  .nh-details__services {
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .nh-details__services li + li {
    margin-top: 0.35em;
  }
  .nh-service__provider {
    display: block;
    font-size: 0.9em;
    color: var(--_fc-color-text-muted);
  }
  .nh-details__empty {
    font-style: italic;
    color: var(--_fc-color-text-muted);
  }

  /* Wide enough for the panel beside the house (the house keeps at least 40em). */
  @container nh-host (min-width: 64em) {
    .nh-body--open {
      grid-template-columns: minmax(0, 1fr) minmax(16em, 22em);
    }
    .nh-body--open .nh-details {
      position: sticky;
      top: var(--_fc-space);
      max-height: calc(100vh - 2 * var(--_fc-space));
      overflow: auto;
    }
  }

  /* ---- narrow: the same house as a stacked list ---- */
  @container nh-host (max-width: ${stackedBelow}) {
    .nh-roof {
      padding: 2.5em 0 0;
    }
    .nh-roof__shape {
      height: 2.5em;
      inset: 0 0 auto 0;
    }
    .nh-roof--bare {
      height: 2.5em;
    }
    .nh-roof__label,
    button.nh-roof__label {
      padding: 0.5em 0.75em;
      background: var(--_nh-roof);
      border: var(--_fc-line-width) solid var(--_nh-line);
      border-radius: 0;
    }
    .nh-walls {
      margin-inline: 0;
      border-inline-width: var(--_fc-line-width);
    }
    .nh-walls--door {
      grid-template-columns: minmax(0, 1fr);
    }
    .nh-walls--door .nh-floor--ground,
    .nh-doorway {
      grid-column: 1;
    }
    .nh-floor {
      padding: 0.5em;
    }
    .nh-rooms,
    .nh-stones {
      grid-template-columns: minmax(0, 1fr);
    }
    .nh-doorway {
      width: auto;
      padding: 0.5em 0.5em 0;
    }
    .nh-door {
      min-height: 3.5em;
      padding: 0.75em 2em 0.75em 0.75em;
      border-radius: 1.75em 1.75em 0 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .nh-openable:hover {
      transform: none;
    }
  }

  @media (forced-colors: active) {
    .nh-roof__shape polygon,
    .nh-roof__chimney {
      fill: Canvas;
      stroke: CanvasText;
    }
    .nh-walls,
    .nh-floor,
    .nh-doorway,
    .nh-foundation,
    .nh-empty,
    .nh-floor__number {
      border-color: CanvasText;
    }
    .nh-room,
    .nh-stone,
    .nh-door,
    button.nh-roof__label {
      border-color: ButtonText;
    }
    .nh-door::after {
      background: ButtonText;
    }
    .nh-openable[aria-expanded='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
      outline: 2px solid CanvasText;
      outline-offset: 2px;
      box-shadow: none;
    }
    .nh-openable[aria-expanded='true'] .nh-room__count {
      color: HighlightText;
    }
    .nh-openable[aria-expanded='true']:focus-visible {
      outline: 3px solid CanvasText;
    }
  }

  @media print {
    .nh {
      color: #000;
    }
    .nh-body,
    .nh-body--open {
      display: block;
    }
    .nh-details {
      display: none;
    }
    .nh-roof__shape polygon,
    .nh-roof__chimney {
      fill: #fff;
      stroke: #000;
    }
    .nh-roof,
    .nh-floor,
    .nh-foundation,
    .nh-rooms__item,
    .nh-stones__item {
      break-inside: avoid;
    }
    .nh-walls,
    .nh-floor,
    .nh-doorway,
    .nh-foundation,
    .nh-room,
    .nh-stone,
    .nh-door,
    button.nh-roof__label {
      border-color: #000;
      background: #fff;
      color: #000;
      box-shadow: none;
    }
    .nh-door::after {
      background: #000;
    }
    .nh-rooms__item,
    .nh-stones__item {
      flex-direction: column;
      border: 1px solid #000;
    }
    .nh-room,
    .nh-stone {
      border: 0;
      min-height: 0;
    }
    .nh-print {
      display: block;
      padding: 0 0.75em 0.5em;
      font-size: 0.85em;
    }
    .nh-print ul {
      padding-inline-start: 1em;
      list-style: disc;
    }
    .nh-print a {
      color: inherit;
    }
    .nh-room__count {
      display: none;
    }
  }
`;
