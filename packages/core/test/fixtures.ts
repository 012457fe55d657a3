/**
 * Small documents the core's tests and stories share: one valid item of every collection, so
 * each test can break exactly one thing. Data from the Kuntaliitto status review (seed 000).
 */
export const survey = {
  id: 'perhekeskus-toiminnassa',
  question: 'Toimiiko alueellanne perhekeskus?',
  n: 21,
  type: 'single',
  answers: [
    { label: 'Kyllä', count: 18 },
    { label: 'Ei', count: 3 },
  ],
};

export const roadmap = {
  id: 'tiekartta',
  title: 'Tiekartta',
  start: '2022',
  end: '2025',
  themes: [{ id: 'a', label: 'Johtaminen' }],
  items: [
    { id: 'i1', theme: 'a', label: 'Ensimmäinen', start: '2022', end: '2023-Q2' },
    { id: 'i2', theme: 'a', label: 'Toinen', start: '2024-05' },
  ],
};

export const tree = {
  id: 'puu',
  title: 'Puu',
  levels: [
    { id: 'hva', label: 'Hyvinvointialue' },
    { id: 'kunta', label: 'Kunta' },
  ],
  root: {
    id: 'ohjausryhma',
    label: 'Ohjausryhmä',
    level: 'hva',
    children: [
      { id: 'tiimi-a', label: 'Tiimi A', level: 'kunta' },
      { id: 'tiimi-b', label: 'Tiimi B', level: 'kunta' },
    ],
  },
  links: [{ from: 'tiimi-a', to: 'tiimi-b', label: 'yhteistyö' }],
};

export const house = {
  id: 'talo',
  title: 'Perheiden talo',
  floors: [{ id: 'k1', label: 'Kerros 1', rooms: [{ id: 'neuvola', label: 'Neuvola' }] }],
  foundation: [{ id: 'kunta', label: 'Kunnat' }],
};

export const documentOf = (extra: Record<string, unknown> = {}) =>
  clone({
    fcVersion: 1,
    id: 'testi',
    title: { fi: 'Testi', sv: 'Test', en: 'Test' },
    surveys: [survey, { ...survey, id: 'toinen', question: { fi: 'Toinen kysymys?', sv: 'Andra frågan?', en: 'Second question?' } }],
    roadmaps: [roadmap],
    governance: [tree],
    houses: [house],
    ...extra,
  });

/** A fresh copy to break. */
export function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x));
}
