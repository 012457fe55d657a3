/**
 * The house's text version in the order the house is drawn and read (`layoutHouse`'s `order`):
 * the roof, the floors from the top down, each with its rooms and their services, the door, and
 * the foundation. `houseFacts` lists what it must carry.
 */
import { pickText, type House, type Language, type Text } from '@fc-kit/core/headless.js';
import { h, headingTag, langOf, noteAndSource, textBlock, type TextNode, type TextVersionOptions } from '@fc-kit/core/text-version.js';
import { layoutHouse, hasText } from './network-house-layout.js';
import { serviceCount, t } from './strings.js';

export function houseText(house: House, lang: Language, { level = 2, source }: TextVersionOptions = {}): TextNode[] {
  const text = (value: Text | undefined) => pickText(value, lang);
  const layout = layoutHouse(house, { text });
  const sub = headingTag(level + 1);
  const described = (label: string, value: Text | undefined) => h(sub, null, `${label}: `, h('strong', langOf(value, lang), text(value)));
  const description = (value: Text | undefined) => hasText(value) && textBlock('p', value, lang);
  const out: TextNode[] = [textBlock(headingTag(level), house.title, lang)];
  for (const step of layout.order) {
    if (step.part === 'roof' && house.roof)
      out.push(described(t(lang, 'roof'), house.roof.label), ...[description(house.roof.description)].filter(isNode));
    if (step.part === 'door' && house.door)
      out.push(described(t(lang, 'door'), house.door.label), ...[description(house.door.description)].filter(isNode));
    if (step.part === 'floor') {
      const floor = layout.floors.find((f) => f.id === step.id)!;
      out.push(
        h(
          sub,
          null,
          t(lang, 'floor-name', { n: floor.number, total: layout.floorCount, label: text(floor.floor.label) }).replace(/: $/, ''),
        ),
      );
      out.push(
        floor.rooms.length
          ? h(
              'ul',
              null,
              floor.rooms.map(({ room }) =>
                h(
                  'li',
                  null,
                  h('strong', langOf(room.label, lang), text(room.label) || room.id),
                  description(room.description),
                  !!room.services?.length && [
                    h('p', null, `${serviceCount(lang, room.services.length)}:`),
                    h(
                      'ul',
                      null,
                      room.services.map((s) =>
                        h(
                          'li',
                          null,
                          s.url ? h('a', { href: s.url, ...langOf(s.label, lang) }, text(s.label)) : text(s.label),
                          hasText(s.provider) && ` (${t(lang, 'provider')}: ${text(s.provider)})`,
                        ),
                      ),
                    ),
                  ],
                ),
              ),
            )
          : h('p', null, t(lang, 'empty-floor')),
      );
    }
    if (step.part === 'foundation') {
      out.push(h(sub, null, t(lang, 'foundation')));
      out.push(
        house.foundation.length
          ? h(
              'ul',
              null,
              house.foundation.map((s) =>
                h(
                  'li',
                  null,
                  h('strong', langOf(s.label, lang), text(s.label) || s.id),
                  hasText(s.description) && ` – ${text(s.description)}`,
                ),
              ),
            )
          : h('p', null, t(lang, 'empty-foundation')),
      );
    }
  }
  return [...out, ...noteAndSource(lang, house.note, house.source ?? source)];
}

const isNode = (x: unknown): x is TextNode => typeof x === 'object' && x !== null;

/** Every label and text of the house a reader must find in its text version. */
export function houseFacts(house: House, lang: Language): string[] {
  const text = (value: Text | undefined) => pickText(value, lang);
  const out = [
    text(house.title),
    text(house.roof?.label),
    text(house.roof?.description),
    text(house.door?.label),
    text(house.door?.description),
  ];
  for (const floor of house.floors) {
    out.push(text(floor.label));
    for (const room of floor.rooms) {
      out.push(text(room.label), text(room.description));
      for (const s of room.services ?? []) out.push(text(s.label), text(s.provider));
    }
  }
  for (const stone of house.foundation) out.push(text(stone.label), text(stone.description));
  out.push(text(house.note), text(house.source?.title));
  return out.filter(Boolean);
}
