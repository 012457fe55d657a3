/**
 * The card set's text version, in the reading order `layoutCards` gives: each band (when the set
 * has bands) as a heading, each card as a heading with its number, status in words, key figure
 * (digits without a thousands separator, as read out), sections as labelled lists, links and its
 * own link — then the note and the source. `cardSetFacts` lists what it must carry.
 */
import { pickText, type Card, type CardSet, type Language } from '@fc-kit/core/headless.js';
import {
  h,
  headingTag,
  langOf,
  noteAndSource,
  plainNumber,
  textBlock,
  type TextNode,
  type TextVersionOptions,
} from '@fc-kit/core/text-version.js';
import { layoutCards, type PlacedCard } from './cards-layout.js';
import { t } from './strings.js';

const STATUS = {
  done: 'status-done',
  ongoing: 'status-ongoing',
  planned: 'status-planned',
  'not-examined': 'status-not-examined',
  note: 'status-note',
} as const;

function cardText(placed: PlacedCard, set: CardSet, lang: Language, level: number): TextNode[] {
  const card = placed.card;
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, lang);
  const title = placed.number !== undefined ? `${placed.number}. ${text(card.title)}` : text(card.title);
  const figure = card.figure;
  const status = card.status;
  const linkName = (to: string) => text(set.cards.find((c) => c.id === to)?.title) || to;
  return [
    h(headingTag(level), langOf(card.title, lang), title),
    status ? h('p', null, h('strong', null, t(lang, STATUS[status.kind])), status.label ? ` ${text(status.label)}` : '') : undefined,
    figure
      ? h(
          'p',
          null,
          figure.label ? `${text(figure.label)} ` : '',
          h('strong', null, plainNumber(figure.value, lang)),
          figure.unit ? ` ${text(figure.unit)}` : '',
        )
      : undefined,
    ...(card.sections ?? []).flatMap((s) => [
      s.label ? textBlock('p', s.label, lang) : undefined,
      h(
        'ul',
        null,
        s.items.map((item) => textBlock('li', item, lang)),
      ),
    ]),
    card.links?.length
      ? h('p', null, `${t(lang, 'links')}: `, card.links.map((l) => (l.label ? text(l.label) : linkName(l.to))).join('; '))
      : undefined,
    card.url ? h('p', null, h('a', { href: card.url }, t(lang, 'read-more'))) : undefined,
  ].filter((x): x is TextNode => x !== undefined);
}

export function cardSetText(set: CardSet, lang: Language, { level = 2, source }: TextVersionOptions = {}): TextNode[] {
  const L = layoutCards(set, { width: 100_000 });
  const banded = L.groups.some((g) => g.label !== undefined);
  return [
    textBlock(headingTag(level), set.title, lang),
    ...L.groups.flatMap((g) => [
      banded && g.label !== undefined ? textBlock(headingTag(level + 1), g.label, lang) : undefined,
      ...g.cards.flatMap((c) => cardText(c, set, lang, level + (banded ? 2 : 1))),
    ]),
    ...noteAndSource(lang, set.note, set.source ?? source),
  ].filter((x): x is TextNode => x !== undefined);
}

/** The title, every band, every card's title, status, figure, section label and point, the note and the source. */
export function cardSetFacts(set: CardSet, lang: Language): string[] {
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, lang);
  const card = (c: Card) => [
    text(c.title),
    text(c.status?.label),
    c.figure ? plainNumber(c.figure.value, lang) : '',
    text(c.figure?.unit),
    text(c.figure?.label),
    ...(c.sections ?? []).flatMap((s) => [text(s.label), ...s.items.map(text)]),
  ];
  return [
    text(set.title),
    ...(set.bands ?? []).map((b) => text(b.label)),
    ...set.cards.flatMap(card),
    text(set.note),
    text(set.source?.title),
  ].filter(Boolean);
}
