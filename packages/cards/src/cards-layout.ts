/**
 * Where each card of a set goes, pure (no DOM): the element renders the groups in this order,
 * and that order is the reading order, for eyes, keyboards and screen readers alike.
 *
 * - `grid`: one group, equal cards in as many columns as fit.
 * - `canvas`: one group per band (then the cards no band names), each card at its `area`
 *   rebased to its band's first row, so that every band is its own grid with the same columns.
 *   A card without an area takes the next free cell of its band. Too narrow for the canvas's
 *   columns (plus the band labels): one column, in band order.
 * - `list`: one group, one column, each card numbered (its `n`, else its place).
 */
import type { Card, CardLayoutKind, CardSet, Text } from './cards-types.js';

export interface LayoutOptions {
  /** The element's content width in pixels. */
  width: number;
  /** The narrowest a card may be (px). Default 192 (12rem). */
  minCardWidth?: number;
  /** Space between cards (px). Default 16. */
  gap?: number;
  /** Width of a canvas band's side label (px). Default 40. */
  bandLabelWidth?: number;
  /** The most columns a grid gets, however wide. Default 4. */
  maxColumns?: number;
}

export interface PlacedCard {
  card: Card;
  /** Index in `set.cards` (the JSON path). */
  index: number;
  /** Position in reading order, from 0. */
  order: number;
  /** Grid lines within the card's group, from 1. */
  row: number;
  column: number;
  rows: number;
  columns: number;
  /** The number shown on the card: its `n`, or in a list its place from 1. */
  number?: number;
}

export interface CardGroup {
  /** The band's id and label; none for a grid, a list, or the cards no band names. */
  id?: string;
  label?: Text;
  rows: number;
  cards: PlacedCard[];
}

export interface CardsLayout {
  kind: CardLayoutKind;
  /** A canvas that did not fit and reads as one column. */
  narrow: boolean;
  columns: number;
  groups: CardGroup[];
  /** Every card once, in reading order. */
  order: PlacedCard[];
  byId: Map<string, PlacedCard>;
}

export const DEFAULTS = { minCardWidth: 192, gap: 16, bandLabelWidth: 40, maxColumns: 4 };

/** How many columns of at least `min` px, `gap` apart, fit in `width` (at least one). */
export function columnsThatFit(width: number, min: number, gap: number): number {
  return Math.max(1, Math.floor((Math.max(0, width) + gap) / (min + gap)));
}

/** The grid columns a canvas needs: as many as its rightmost placement reaches. */
export function canvasColumns(set: CardSet): number {
  let columns = 0;
  for (const c of set.cards) if (c.area) columns = Math.max(columns, c.area.column + (c.area.columns ?? 1) - 1);
  return columns;
}

/** The narrowest width (px) at which a canvas of `columns` shows as a canvas. */
export function canvasMinWidth(columns: number, o: Required<Omit<LayoutOptions, 'width'>>): number {
  return o.bandLabelWidth + o.gap + columns * o.minCardWidth + (columns - 1) * o.gap;
}

export function layoutCards(set: CardSet, options: LayoutOptions): CardsLayout {
  const o = { ...DEFAULTS, ...stripUndefined(options) };
  const kind: CardLayoutKind = set.layout ?? 'grid';
  const fit = Math.min(o.maxColumns, columnsThatFit(options.width, o.minCardWidth, o.gap));
  let groups: CardGroup[];
  let columns: number;
  let narrow = false;
  if (kind === 'list') {
    columns = 1;
    groups = [
      flow(
        set.cards.map((card, index) => ({ card, index })),
        1,
        true,
      ),
    ];
  } else if (kind === 'grid') {
    columns = Math.min(fit, set.cards.length);
    groups = [
      flow(
        set.cards.map((card, index) => ({ card, index })),
        columns,
        false,
      ),
    ];
  } else {
    const placed = canvasColumns(set);
    columns = placed || Math.min(fit, set.cards.length);
    narrow = options.width < canvasMinWidth(columns, o);
    if (narrow) columns = 1;
    groups = bandsOf(set).map((band) =>
      narrow ? { ...band, ...flow(band.members, 1, false) } : { ...band, ...canvasGroup(band.members, columns) },
    );
  }
  const order: PlacedCard[] = [];
  for (const g of groups) for (const p of g.cards) order.push(Object.assign(p, { order: order.length }));
  return { kind, narrow, columns, groups, order, byId: new Map(order.map((p) => [p.card.id, p])) };
}

type Member = { card: Card; index: number };

/** Bands in their order with their members in band order, then the cards no band names. */
function bandsOf(set: CardSet): { id?: string; label?: Text; members: Member[] }[] {
  const index = new Map(set.cards.map((card, i) => [card.id, i]));
  const taken = new Set<string>();
  const groups: { id?: string; label?: Text; members: Member[] }[] = [];
  for (const band of set.bands ?? []) {
    const members: Member[] = [];
    for (const id of band.cards) {
      const i = index.get(id);
      // Unknown or repeated members are reported by the checks; the layout just skips them.
      if (i === undefined || taken.has(id)) continue;
      taken.add(id);
      members.push({ card: set.cards[i], index: i });
    }
    groups.push({ id: band.id, label: band.label, members });
  }
  const rest = set.cards.flatMap((card, i) => (taken.has(card.id) ? [] : [{ card, index: i }]));
  if (rest.length || !groups.length) groups.push({ members: rest });
  return groups;
}

/** Cards one after another, `columns` to a row. */
function flow(members: Member[], columns: number, numbered: boolean): { rows: number; cards: PlacedCard[] } {
  const cards = members.map(({ card, index }, i) => ({
    card,
    index,
    order: 0,
    row: Math.floor(i / columns) + 1,
    column: (i % columns) + 1,
    rows: 1,
    columns: 1,
    number: card.n ?? (numbered ? i + 1 : undefined),
  }));
  return { rows: Math.ceil(members.length / columns), cards };
}

/** A band's cards at their areas, rows rebased to the band's first; the rest in free cells after. */
function canvasGroup(members: Member[], columns: number): { rows: number; cards: PlacedCard[] } {
  const top = Math.min(...members.flatMap(({ card }) => (card.area ? [card.area.row] : [])));
  const cards: PlacedCard[] = [];
  const taken = new Set<string>();
  let rows = 0;
  for (const { card, index } of members) {
    if (!card.area) continue;
    const a = card.area;
    const p = {
      card,
      index,
      order: 0,
      row: a.row - top + 1,
      column: a.column,
      rows: a.rows ?? 1,
      columns: Math.min(a.columns ?? 1, columns - a.column + 1),
      number: card.n,
    };
    for (let r = p.row; r < p.row + p.rows; r++) for (let c = p.column; c < p.column + p.columns; c++) taken.add(`${r},${c}`);
    rows = Math.max(rows, p.row + p.rows - 1);
    cards.push(p);
  }
  let cell = 0;
  for (const { card, index } of members) {
    if (card.area) continue;
    while (taken.has(`${Math.floor(cell / columns) + 1},${(cell % columns) + 1}`)) cell++;
    const p = {
      card,
      index,
      order: 0,
      row: Math.floor(cell / columns) + 1,
      column: (cell % columns) + 1,
      rows: 1,
      columns: 1,
      number: card.n,
    };
    rows = Math.max(rows, p.row);
    cards.push(p);
    cell++;
  }
  // Reading order is the band's order, not the order of placement.
  const rank = new Map(members.map((m, i) => [m.index, i]));
  cards.sort((a, b) => rank.get(a.index)! - rank.get(b.index)!);
  return { rows, cards };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
