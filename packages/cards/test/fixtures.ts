/**
 * The card sets the tests (and later the examples) share: the five seed sets as bundled, with
 * the document each sits in, so links to `collection:item` can be checked against it.
 */
import etelaPohjanmaa from '@fc-kit/datasets/etela-pohjanmaa.json';
import pohjoisPohjanmaa from '@fc-kit/datasets/pohjois-pohjanmaa.json';
import thlPerhekeskus from '@fc-kit/datasets/thl-perhekeskus.json';
import type { CardSet } from '../src/cards-types.js';

export { etelaPohjanmaa, pohjoisPohjanmaa, thlPerhekeskus };

export const clone = <T>(x: T): T => structuredClone(x);

const find = (doc: { cards: unknown[] }, id: string) => {
  const set = doc.cards.find((s) => (s as CardSet).id === id) as CardSet | undefined;
  if (!set) throw new Error(`no card set ${id}`);
  return set;
};

export const canvas = find(etelaPohjanmaa, 'perhekeskuskonsepti-kanvas');
export const guidelines = find(etelaPohjanmaa, 'kansalliset-linjaukset');
export const tasks = find(pohjoisPohjanmaa, 'perhekeskuksen-tehtavat');
export const serviceAreas = find(pohjoisPohjanmaa, 'palvelualueiden-nykytila');
export const keyFigures = find(pohjoisPohjanmaa, 'pohjois-pohjanmaa-lukuina');
export const guidelinePurpose = find(thlPerhekeskus, 'kansallisten-linjausten-tarkoitus');

/** Every seed set with its document. */
export const SEED_SETS = [
  { set: canvas, document: etelaPohjanmaa },
  { set: guidelines, document: etelaPohjanmaa },
  { set: tasks, document: pohjoisPohjanmaa },
  { set: serviceAreas, document: pohjoisPohjanmaa },
  { set: keyFigures, document: pohjoisPohjanmaa },
  { set: guidelinePurpose, document: thlPerhekeskus },
];

/** A small canvas of two bands on a 3-column grid, for checks and layout. */
export const smallCanvas = (): CardSet => ({
  id: 'pieni-kanvas',
  title: 'Pieni kanvas',
  layout: 'canvas',
  bands: [
    { id: 'yla', label: 'Ylä', cards: ['a', 'b', 'c'] },
    { id: 'ala', label: 'Ala', cards: ['d', 'e'] },
  ],
  cards: [
    { id: 'a', n: 1, title: 'A', area: { row: 1, column: 1 } },
    { id: 'b', n: 2, title: 'B', area: { row: 1, column: 2, columns: 2 } },
    { id: 'c', n: 3, title: 'C', area: { row: 2, column: 1, columns: 3 } },
    { id: 'd', n: 4, title: 'D', area: { row: 3, column: 2 } },
    { id: 'e', n: 5, title: 'E' },
  ],
});
