/**
 * The `cards` collection: a CardSet is a set of titled cards shown as a grid, a canvas (cards
 * placed by `area`, grouped in labelled bands) or a numbered list. The schema says what each
 * field may hold; `checkCardSet` checks what spans fields: unique ids, band members and links
 * that point at existing cards (or at `collection:item` in the same document), and canvas
 * placements that do not overlap.
 *
 * The checks get the document the card set is in as a second argument (validation passes the
 * document as given when it checks a whole one, nothing for a card set on its own), so a link
 * to `roadmaps:ep-tiekartta` is checked against the document's roadmaps.
 */
import * as v from 'valibot';
import type { Issue } from '../issues.js';
import type { PathSegment } from '../paths.js';
import { IdSchema, TextSchema, UrlSchema, common, record } from '../shared.js';
import { defineCollection } from './define-collection.js';
import { uniqueIds } from './item-checks.js';

/** A canvas larger than this is a typo, not a layout: it would paint thousands of empty tracks. */
export const MAX_CANVAS_TRACKS = 100;

const track = () => v.pipe(v.number(), v.integer(), v.minValue(1, 'min-value'), v.maxValue(MAX_CANVAS_TRACKS, 'max-value'));

export const CARD_STATUS_KINDS = ['done', 'ongoing', 'planned', 'not-examined', 'note'] as const;
export const CARD_LAYOUTS = ['grid', 'canvas', 'list'] as const;

export const CardStatusSchema = record({
  kind: v.picklist(CARD_STATUS_KINDS),
  label: v.optional(TextSchema),
});

export const CardFigureSchema = record({
  // JSON cannot write NaN or Infinity, but `el.data = …` can.
  value: v.pipe(v.number(), v.finite('not-finite')),
  unit: v.optional(TextSchema),
  label: v.optional(TextSchema),
});

/**
 * `label` names the list ("Erityisen hyvää:"); cards with equal labels can be compared side by
 * side. A section without a label is the card's own text (a canvas block's bullets).
 */
export const CardSectionSchema = record({
  label: v.optional(TextSchema),
  items: v.array(TextSchema),
});

export const CardLinkSchema = record({
  /** A card of this set, or `collection:item` elsewhere in the document (`roadmaps:ep-tiekartta`). */
  to: IdSchema,
  label: v.optional(TextSchema),
});

export const CardAreaSchema = record({
  row: track(),
  column: track(),
  rows: v.optional(track()),
  columns: v.optional(track()),
});

export const CardSchema = record({
  id: IdSchema,
  n: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0, 'min-value'))),
  title: TextSchema,
  status: v.optional(CardStatusSchema),
  figure: v.optional(CardFigureSchema),
  sections: v.optional(v.array(CardSectionSchema)),
  links: v.optional(v.array(CardLinkSchema)),
  url: v.optional(UrlSchema),
  area: v.optional(CardAreaSchema),
});

export const CardBandSchema = record({
  id: IdSchema,
  label: TextSchema,
  cards: v.array(IdSchema),
});

export const CardSetSchema = record({
  id: IdSchema,
  title: TextSchema,
  layout: v.optional(v.picklist(CARD_LAYOUTS)),
  bands: v.optional(v.array(CardBandSchema)),
  cards: v.pipe(v.array(CardSchema), v.minLength(1, 'not-empty')),
  ...common,
});

export type CardSet = v.InferOutput<typeof CardSetSchema>;
export type Card = CardSet['cards'][number];
export type CardBand = NonNullable<CardSet['bands']>[number];
export type CardArea = NonNullable<Card['area']>;
export type CardStatusKind = (typeof CARD_STATUS_KINDS)[number];
export type CardLayoutKind = (typeof CARD_LAYOUTS)[number];

/** The collection name and item id of `collection:item`; undefined when `to` has no such shape. */
export function splitLinkTarget(to: string): { collection: string; item: string } | undefined {
  const colon = to.indexOf(':');
  if (colon <= 0 || colon === to.length - 1) return undefined;
  return { collection: to.slice(0, colon), item: to.slice(colon + 1) };
}

/**
 * Where a link goes: a card of the set (its index) when one has exactly that id, so that a card
 * id may itself contain a colon; else `collection:item`; else nowhere.
 */
export function resolveLink(set: CardSet, to: string): { card: number } | { collection: string; item: string } | undefined {
  const card = set.cards.findIndex((c) => c.id === to);
  return card >= 0 ? { card } : splitLinkTarget(to);
}

/**
 * The document a card set sits in, as far as links need it: each collection a list of items
 * with ids. Anything else (a missing or malformed collection) simply has no such item.
 */
export type LinkDocument = Readonly<Record<string, unknown>>;

function hasItem(document: LinkDocument, collection: string, item: string): boolean {
  const list = Object.prototype.hasOwnProperty.call(document, collection) ? document[collection] : undefined;
  return Array.isArray(list) && list.some((x) => typeof x === 'object' && x !== null && (x as { id?: unknown }).id === item);
}

/** The rows and columns a placement covers, as half-open ranges. */
function rect(area: CardArea) {
  return { r0: area.row, r1: area.row + (area.rows ?? 1), c0: area.column, c1: area.column + (area.columns ?? 1) };
}

/**
 * Checks a schema-valid card set. Without `document` (a card set given on its own), a
 * `collection:item` link cannot be checked and is accepted; with it, the item must exist there.
 * Paths are relative to the card set.
 */
export function checkCardSet(set: CardSet, document?: LinkDocument): Issue[] {
  const issues: Issue[] = [
    ...uniqueIds(set.cards.map((c, i) => ({ id: c.id, path: ['cards', i] }))),
    ...uniqueIds((set.bands ?? []).map((b, i) => ({ id: b.id, path: ['bands', i] }))),
  ];
  const cardIds = new Set(set.cards.map((c) => c.id));
  const bandOf = new Map<string, string>();
  (set.bands ?? []).forEach((band, i) => {
    band.cards.forEach((id, j) => {
      const path: PathSegment[] = ['bands', i, 'cards', j];
      if (!cardIds.has(id)) issues.push({ path, code: 'unknown-reference', params: { id } });
      else if (bandOf.has(id)) issues.push({ path, code: 'in-two-bands', params: { id, band: bandOf.get(id)! } });
      else bandOf.set(id, band.id);
    });
  });
  set.cards.forEach((card, i) => {
    (card.links ?? []).forEach((link, j) => {
      const path: PathSegment[] = ['cards', i, 'links', j, 'to'];
      if (link.to === card.id) return issues.push({ path, code: 'self-link' });
      if (cardIds.has(link.to)) return;
      const target = splitLinkTarget(link.to);
      // Without the document, a link elsewhere in it cannot be checked, and is accepted.
      if (target ? document && !hasItem(document, target.collection, target.item) : true) {
        issues.push({ path, code: 'unknown-reference', params: { id: link.to } });
      }
    });
  });
  // Pairwise is enough: a canvas has tens of cards, and MAX_CANVAS_TRACKS bounds the grid.
  const placed: { id: string; r: ReturnType<typeof rect> }[] = [];
  set.cards.forEach((card, i) => {
    if (!card.area) return;
    const r = rect(card.area);
    const other = placed.find((p) => p.r.r0 < r.r1 && r.r0 < p.r.r1 && p.r.c0 < r.c1 && r.c0 < p.r.c1);
    if (other) issues.push({ path: ['cards', i, 'area'], code: 'overlapping-area', params: { id: other.id } });
    placed.push({ id: card.id, r });
  });
  return issues;
}

export default defineCollection({ name: 'cards', schema: CardSetSchema, check: checkCardSet });
