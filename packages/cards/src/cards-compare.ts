/**
 * Comparing cards: sections with the same label (the six areas' «Erityisen hyvää:», the tasks'
 * «Nykytilanne:» → «Kehittämistarpeet:» → «Ehdotetut toimenpiteet:») are one column of a
 * comparison. Labels are matched on their Finnish text (else whatever text there is), trimmed,
 * without a final colon and case-folded, so a heading printed once without its colon
 * («Kehittämiskohteena») still lines up, whatever the reader's language.
 */
import type { Card, CardSet, Text } from './cards-types.js';

type Section = NonNullable<Card['sections']>[number];

const baseText = (t: Text): string => (typeof t === 'string' ? t : (t.fi ?? t.sv ?? t.en ?? ''));

/** The key a section is compared under; undefined for a section without a label. */
export function sectionKey(label: Text | undefined): string | undefined {
  if (label === undefined) return undefined;
  const key = baseText(label).trim().replace(/\s*:$/, '').toLocaleLowerCase('fi');
  return key || undefined;
}

export interface ComparableSection {
  key: string;
  /** The label as the first card that has it writes it. */
  label: Text;
  /** How many cards have it. */
  cards: number;
}

/** Labels that at least two cards share, in the order they first appear. */
export function comparableSections(set: CardSet): ComparableSection[] {
  const found = new Map<string, ComparableSection>();
  for (const card of set.cards) {
    const seen = new Set<string>();
    for (const section of card.sections ?? []) {
      const key = sectionKey(section.label);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = found.get(key);
      if (entry) entry.cards++;
      else found.set(key, { key, label: section.label!, cards: 1 });
    }
  }
  return [...found.values()].filter((s) => s.cards > 1);
}

/** A card's sections under one key (usually one). */
export function sectionsOf(card: Card, key: string): Section[] {
  return (card.sections ?? []).filter((s) => sectionKey(s.label) === key);
}

/**
 * Items that every card having the section lists in it (by their text): what all six areas
 * name as a development target. Empty when fewer than two cards have the section.
 */
export function sharedItems(set: CardSet, key: string): string[] {
  const lists = set.cards.map((c) => sectionsOf(c, key).flatMap((s) => s.items.map(baseText))).filter((l) => l.length);
  if (lists.length < 2) return [];
  const [first, ...rest] = lists;
  const others = rest.map((l) => new Set(l));
  return [...new Set(first)].filter((item) => others.every((s) => s.has(item)));
}

/** The Finnish (else first) text of an item, the way `sharedItems` names it. */
export const itemKey = baseText;
