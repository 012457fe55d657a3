/**
 * Big card sets for stories, tests and the benchmark (the budget: 100 cards with
 * 3 sections of 5 points each): deterministic for a seed and valid against the format: ids
 * unique, every link to an existing card, canvas areas that never overlap (row-major on a
 * 4-column grid, some two wide), figures finite, every status kind and cards without one.
 */
import type { Card, CardLayoutKind, CardSet } from '../src/cards-types.js';
import { random } from '../../../test/support/random.js';

const TOPICS = [
  { fi: 'Neuvola', sv: 'Rådgivning', en: 'Child health clinic' },
  { fi: 'Kohtaamispaikka', sv: 'Mötesplats', en: 'Meeting place' },
  { fi: 'Perhetyö', sv: 'Familjearbete', en: 'Family work' },
  { fi: 'Palveluohjaus', sv: 'Servicehandledning', en: 'Service guidance' },
  { fi: 'Eroauttaminen', sv: 'Skilsmässohjälp', en: 'Separation support' },
];
const SECTIONS = [
  { fi: 'Nykytilanne', sv: 'Nuläge', en: 'Current state' },
  { fi: 'Kehittämistarpeet', sv: 'Utvecklingsbehov', en: 'Development needs' },
  { fi: 'Ehdotetut toimenpiteet', sv: 'Föreslagna åtgärder', en: 'Proposed actions' },
  { fi: 'Järjestöt ja seurakunnat', sv: 'Organisationer och församlingar', en: 'NGOs and parishes' },
];
const KINDS = ['done', 'ongoing', 'planned', 'not-examined', 'note'] as const;

export interface GenerateOptions {
  layout?: CardLayoutKind;
  sections?: number;
  points?: number;
  seed?: number;
}

export function generateCardSet(count: number, { layout = 'grid', sections = 3, points = 5, seed = 1 }: GenerateOptions = {}): CardSet {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const cards: Card[] = [];
  let cell = 0;
  for (let i = 0; i < count; i++) {
    const n = i + 1;
    const topic = pick(TOPICS);
    const card: Card = {
      id: `kortti-${n}`,
      n,
      title: { fi: `${topic.fi} ${n}`, sv: `${topic.sv} ${n}`, en: `${topic.en} ${n}` },
      sections: Array.from({ length: sections }, (_, s) => ({
        label: SECTIONS[s % SECTIONS.length],
        items: Array.from({ length: points }, (_, p) => ({
          fi: `Kohta ${p + 1}: ${topic.fi.toLowerCase()} kehittyy yhdessä kuntien ja järjestöjen kanssa.`,
          sv: `Punkt ${p + 1}: ${topic.sv.toLowerCase()} utvecklas tillsammans med kommunerna och organisationerna.`,
          en: `Point ${p + 1}: ${topic.en.toLowerCase()} develops together with the municipalities and NGOs.`,
        })),
      })),
    };
    const roll = rand();
    if (roll < 0.85) card.status = { kind: KINDS[Math.floor((roll / 0.85) * KINDS.length)] };
    if (rand() < 0.2) card.figure = { value: Math.round(rand() * 500_000) / 10, unit: { fi: 'asukasta', sv: 'invånare', en: 'residents' } };
    if (i > 0 && rand() < 0.2) card.links = [{ to: `kortti-${1 + Math.floor(rand() * i)}` }];
    if (layout === 'canvas') {
      // Two wide only where the row has room for it.
      const wide = cell % 4 < 3 && rand() < 0.2;
      card.area = { row: Math.floor(cell / 4) + 1, column: (cell % 4) + 1, ...(wide ? { columns: 2 } : {}) };
      cell += wide ? 2 : 1;
    }
    cards.push(card);
  }
  const set: CardSet = {
    id: `generoitu-${count}`,
    title: {
      fi: `Generoitu korttisarja (${count} korttia)`,
      sv: `Genererad kortserie (${count} kort)`,
      en: `Generated card set (${count} cards)`,
    },
    layout,
    cards,
  };
  if (layout === 'canvas') {
    const half = Math.ceil(count / 2);
    set.bands = [
      {
        id: 'a',
        label: { fi: 'Asiakkuudet ja palvelut', sv: 'Kundrelationer och tjänster', en: 'Clients and services' },
        cards: cards.slice(0, half).map((c) => c.id),
      },
      { id: 'b', label: { fi: 'Johtaminen', sv: 'Ledning', en: 'Leadership' }, cards: cards.slice(half).map((c) => c.id) },
    ];
  }
  return set;
}
