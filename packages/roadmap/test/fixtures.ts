/**
 * Roadmaps the element's tests and stories share, so that what the stories show is what the tests
 * check: the two seed roadmaps as bundled, a small one with every status and a milestone, and
 * documents that each break one item.
 */
import type { Roadmap } from '@fc-kit/core';
import etelaPohjanmaa from '@fc-kit/datasets/etela-pohjanmaa.json';
import pohjoisPohjanmaa from '@fc-kit/datasets/pohjois-pohjanmaa.json';

export { etelaPohjanmaa, pohjoisPohjanmaa };

export const clone = <T>(x: T): T => structuredClone(x);

export const etelaPohjanmaaRoadmap = etelaPohjanmaa.roadmaps[0] as Roadmap;
export const pohjoisPohjanmaaRoadmap = pohjoisPohjanmaa.roadmaps.find((r) => r.id === 'pohjois-pohjanmaa-2023-2025') as Roadmap;

/** Two themes, every status, a milestone, descriptions in three languages and in one, times of every precision. */
export const everyStatus: Roadmap = {
  id: 'tilat',
  title: { fi: 'Kehittämisen tiekartta', sv: 'Färdplan för utvecklingen', en: 'Development roadmap' },
  start: '2022',
  end: '2025-Q4',
  goal: {
    fi: 'Perhekeskus toimii koko alueella',
    sv: 'Familjecentret fungerar i hela området',
    en: 'The family centre works across the area',
  },
  themes: [
    { id: 'johtaminen', label: { fi: 'Johtaminen', sv: 'Ledning', en: 'Leadership' } },
    { id: 'palvelut', label: { fi: 'Palvelut', sv: 'Tjänster', en: 'Services' } },
  ],
  items: [
    {
      id: 'i1',
      theme: 'johtaminen',
      label: { fi: 'Johtamismalli', sv: 'Ledningsmodell', en: 'Leadership model' },
      start: '2022',
      end: '2023-Q2',
      status: 'done',
      description: {
        fi: 'Johtamismalli hyväksyttiin aluehallituksessa.',
        sv: 'Ledningsmodellen godkändes av områdesstyrelsen.',
        en: 'The county board approved the leadership model.',
      },
    },
    {
      id: 'i2',
      theme: 'johtaminen',
      label: { fi: 'Koordinaattoriverkosto', sv: 'Koordinatornätverk', en: 'Coordinator network' },
      start: '2023-03',
      end: '2024-06-30',
      status: 'ongoing',
      description: 'Verkosto kokoontuu kuukausittain.',
    },
    {
      id: 'i3',
      theme: 'palvelut',
      label: { fi: 'Palvelupolut', sv: 'Servicestigar', en: 'Service paths' },
      start: '2023-Q3',
      end: '2024',
      status: 'late',
    },
    {
      id: 'i4',
      theme: 'palvelut',
      label: { fi: 'Kohtaamispaikat auki', sv: 'Mötesplatserna öppna', en: 'Meeting places open' },
      start: '2025-05',
      status: 'planned',
    },
    {
      id: 'i5',
      theme: 'palvelut',
      label: { fi: 'Sähköinen perhekeskus', sv: 'Elektroniskt familjecenter', en: 'Online family centre' },
      start: '2024-Q2',
      end: '2025-Q3',
      status: 'planned',
    },
  ],
  note: { fi: 'Esimerkki, ei lähteestä.', sv: 'Exempel, inte ur en källa.', en: 'An example, not from a source.' },
  source: { title: 'fc-kit', url: 'https://example.org/tiekartta', date: '2024-01-15' },
};

/** A document whose roadmap has one bad item of each kind among good ones. */
export function withBadItems() {
  const roadmap = clone(everyStatus);
  roadmap.items.push(
    { id: 'ends-before', theme: 'johtaminen', label: 'Päättyy ennen alkua', start: '2024', end: '2023' },
    { id: 'outside', theme: 'palvelut', label: 'Aikajanan ulkopuolella', start: '2027', end: '2028' },
    { id: 'unknown-theme', theme: 'talous', label: 'Tuntematon teema', start: '2023' },
    { id: 'bad-time', theme: 'palvelut', label: 'Huono aika', start: '2023-13' },
  );
  return { fcVersion: 1, id: 'virheet', roadmaps: [roadmap] };
}

/** A document with one bad item (its end before its start) among Etelä-Pohjanmaa's fifteen. */
export function withOneBadItem() {
  const doc = clone(etelaPohjanmaa);
  doc.roadmaps[0].items[4].end = '2021';
  return doc;
}
