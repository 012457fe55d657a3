/**
 * One document per element that fills every field the format has, so a test that rewrites
 * every text, URL or id reaches every place an element can put data on screen.
 */
export const FULL = {
  surveys: {
    fcVersion: 1,
    id: 'survey-doc',
    title: { fi: 'Kysely', sv: 'Enkät', en: 'Survey' },
    source: { title: 'Kuntaliitto', url: 'https://www.kuntaliitto.fi/', date: '2023-05' },
    surveys: [
      {
        id: 's1',
        question: { fi: 'Toimiiko perhekeskus?', sv: 'Fungerar familjecentret?', en: 'Does the family centre work?' },
        n: 21,
        type: 'single',
        chart: 'doughnut',
        answers: [
          { label: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' }, count: 18 },
          { label: 'Ei', count: 3 },
        ],
        note: { fi: 'Huomautus', sv: 'Anmärkning', en: 'Note' },
        source: { title: 'Tilannekatsaus', url: 'https://example.fi/raportti.pdf', date: '2023-05-02' },
      },
      {
        id: 's2',
        question: 'Mitä palveluja?',
        n: 40,
        type: 'multi',
        chart: 'bar',
        answers: [
          { label: 'Neuvola', count: 38 },
          { label: 'Perhetyö', count: 30 },
        ],
        note: 'N = 40',
        source: { title: 'Lähde', url: '/files/lahde.pdf' },
      },
      {
        id: 's3',
        question: 'Piirakka?',
        n: 10,
        type: 'single',
        chart: 'pie',
        answers: [
          { label: 'A', count: 4 },
          { label: 'B', count: 6 },
        ],
      },
    ],
  },
  roadmaps: {
    fcVersion: 1,
    id: 'roadmap-doc',
    title: 'Tiekartat',
    roadmaps: [
      {
        id: 'r1',
        title: { fi: 'Tiekartta', sv: 'Färdplan', en: 'Roadmap' },
        start: '2022',
        end: '2025-Q4',
        goal: { fi: 'Tavoite', en: 'Goal' },
        themes: [
          { id: 't1', label: 'Johtaminen' },
          { id: 't2', label: { fi: 'Palvelut', sv: 'Tjänster' } },
        ],
        items: [
          {
            id: 'i1',
            theme: 't1',
            label: 'Valmis',
            start: '2022',
            end: '2023-Q2',
            status: 'done',
            description: { fi: 'Kuvaus', en: 'Description' },
          },
          {
            id: 'i2',
            theme: 't1',
            label: 'Käynnissä',
            start: '2023-03',
            end: '2024-06-30',
            status: 'ongoing',
            description: 'Toinen kuvaus',
          },
          { id: 'i3', theme: 't2', label: 'Myöhässä', start: '2023-Q3', end: '2024', status: 'late' },
          { id: 'i4', theme: 't2', label: 'Virstanpylväs', start: '2025-05', status: 'planned', description: 'Merkkipaalu' },
        ],
        note: 'Huomautus',
        source: { title: 'Lähde', url: 'https://example.fi/tiekartta.pdf', date: '2022' },
      },
    ],
  },
  matrices: {
    fcVersion: 1,
    id: 'matrix-doc',
    title: 'Taulukot',
    source: { title: 'Lähde', url: 'https://example.fi/', date: '2021' },
    matrices: [
      {
        id: 'm1',
        title: { fi: 'Asiakasryhmät', sv: 'Klientgrupper', en: 'Client groups' },
        rows: [
          { id: 'r1', label: { fi: 'Miksi?', sv: 'Varför?', en: 'Why?' }, description: 'Kysymys' },
          { id: 'r2', label: 'Muuta?' },
        ],
        columns: [
          { id: 'c1', label: { fi: 'Nepsy', en: 'Nepsy' }, description: { fi: 'Kuvaus', en: 'Description' } },
          { id: 'c2', label: 'Eroperheet' },
        ],
        cells: [
          { row: 'r1', column: 'c1', items: [{ fi: 'Kohta', sv: 'Punkt', en: 'Point' }, 'Toinen kohta'] },
          { row: 'r1', column: 'c2', items: ['Päätelty'], uncertain: true },
          { row: 'r2', column: 'c2', items: [] },
        ],
        note: { fi: 'Huomautus', en: 'Note' },
        source: { title: 'Lähde', url: 'https://example.fi/taulukko.pdf', date: '2021' },
      },
    ],
  },
  paths: {
    fcVersion: 1,
    id: 'path-doc',
    title: 'Palvelupolut',
    paths: [
      {
        id: 'p1',
        title: { fi: 'Palvelupolku', sv: 'Servicestig', en: 'Service path' },
        lanes: [
          { id: 'koti', label: { fi: 'Koti', sv: 'Hem', en: 'Home' }, settings: ['Koti', { fi: 'Neuvola', sv: 'Rådgivning' }] },
          { id: 'sote', label: 'Sote-keskus' },
        ],
        stages: [
          { id: 'alku', label: { fi: 'Alku', en: 'Start' } },
          { id: 'tuki', label: 'Tuki' },
        ],
        steps: [
          {
            id: 'a',
            label: { fi: 'Tunnistaminen', sv: 'Identifiering' },
            lane: 'koti',
            stage: 'alku',
            description: { fi: 'Kuvaus', en: 'Description' },
            url: 'https://example.fi/polku',
          },
          { id: 'b', label: 'Arvio', lane: 'sote', stage: 'alku', description: 'Toinen kuvaus' },
          { id: 'c', label: 'Tuki', lane: 'sote', stage: 'tuki' },
          { id: 'd', label: 'Arki', lane: 'koti' },
        ],
        edges: [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'c', label: { fi: 'tarvittaessa', en: 'if needed' }, optional: true },
          { from: 'c', to: 'd' },
          { from: 'c', to: 'b', label: 'uusi arvio' },
        ],
        note: 'Huomautus',
        source: { title: 'Lähde', url: 'https://example.fi/polku.pdf', date: '2021' },
      },
    ],
  },
  cards: {
    fcVersion: 1,
    id: 'cards-doc',
    title: 'Kortit',
    cards: [
      {
        id: 'k1',
        title: { fi: 'Kanvas', sv: 'Kanvas', en: 'Canvas' },
        layout: 'canvas',
        bands: [
          { id: 'b1', label: { fi: 'Asiakkuudet', en: 'Clients' }, cards: ['c1', 'c2'] },
          { id: 'b2', label: 'Johtaminen', cards: ['c3'] },
        ],
        cards: [
          {
            id: 'c1',
            n: 1,
            title: 'Asiakkaat',
            status: { kind: 'done', label: { fi: 'Valmis', en: 'Done' } },
            figure: { value: 415000, unit: { fi: 'asukasta', en: 'residents' }, label: 'noin' },
            sections: [
              { items: ['Ilman otsikkoa', { fi: 'Kohta', sv: 'Punkt' }] },
              { label: { fi: 'Vahvuudet:', en: 'Strengths:' }, items: ['Yksi', 'Kaksi', 'Kolme', 'Neljä', 'Viisi', 'Kuusi', 'Seitsemän'] },
            ],
            links: [{ to: 'c3', label: 'Johtamiseen' }, { to: 'c2' }],
            url: 'https://example.fi/asiakkaat',
            area: { row: 1, column: 1, rows: 2 },
          },
          {
            id: 'c2',
            n: 2,
            title: { fi: 'Palvelut', sv: 'Tjänster' },
            status: { kind: 'not-examined', label: 'Ei tarkasteltu konseptointityössä.' },
            sections: [{ label: { fi: 'Vahvuudet', en: 'Strengths' }, items: ['Yksi'] }],
            url: '/palvelut',
            area: { row: 1, column: 2, columns: 2 },
          },
          {
            id: 'c3',
            n: 3,
            title: 'Johtaminen',
            status: { kind: 'ongoing' },
            figure: { value: 15.9, unit: 'miljoonaa euroa' },
            links: [{ to: 'c1' }],
            url: 'mailto:info@example.fi',
            area: { row: 3, column: 1 },
          },
          { id: 'c4', title: 'Ilman kaistaa', status: { kind: 'planned' } },
          { id: 'c5', title: 'Huomio', status: { kind: 'note', label: 'Huomautus' } },
        ],
        note: 'Huomautus',
        source: { title: 'Lähde', url: 'https://example.fi/kanvas.pdf', date: '2021' },
      },
    ],
  },
  governance: {
    fcVersion: 1,
    id: 'tree-doc',
    title: 'Rakenteet',
    governance: [
      {
        id: 'g1',
        title: { fi: 'Johtamisrakenne', sv: 'Ledningsstruktur', en: 'Leadership' },
        levels: [
          { id: 'l1', label: 'Hyvinvointialue' },
          { id: 'l2', label: { fi: 'Kunta', sv: 'Kommun' } },
        ],
        root: {
          id: 'n1',
          label: 'Ohjausryhmä',
          level: 'l1',
          kind: 'group',
          description: 'Kuvaus',
          duties: ['Linjaa', { fi: 'Seuraa', en: 'Follows' }],
          members: ['Johtaja', { fi: 'Edustaja' }],
          url: 'https://example.fi/ohjausryhma',
          children: [
            { id: 'n2', label: 'Koordinaattori', level: 'l1', kind: 'role', description: { fi: 'Koordinoi' }, url: '/koordinaattori' },
            {
              id: 'n3',
              label: 'Verkosto',
              level: 'l2',
              kind: 'network',
              children: [
                { id: 'n4', label: 'Kohtaamispaikka', level: 'l2', kind: 'place', duties: ['Avoin'], url: 'mailto:info@example.fi' },
              ],
            },
          ],
        },
        links: [
          { from: 'n2', to: 'n4', label: 'Yhteistyö' },
          { from: 'n2', to: 'n3' },
        ],
        note: 'Huomautus',
        source: { title: 'Lähde', url: 'https://example.fi/rakenne.pdf', date: '2021-11-04' },
      },
    ],
  },
  houses: {
    fcVersion: 1,
    id: 'house-doc',
    title: 'Talot',
    houses: [
      {
        id: 'h1',
        title: { fi: 'Perheiden talo', sv: 'Familjernas hus', en: 'House of families' },
        roof: { label: 'Katto', description: 'Yhteinen johtaminen' },
        door: { label: 'Ovi', description: 'Sisäänkäynti' },
        floors: [
          {
            id: 'f1',
            label: 'Kerros 1',
            rooms: [
              {
                id: 'r1',
                label: 'Neuvola',
                description: 'Kuvaus',
                services: [
                  { label: 'Äitiysneuvola', provider: 'Kunta', url: 'https://example.fi/neuvola' },
                  { label: 'Lastenneuvola', provider: { fi: 'Hyvinvointialue' }, url: '/lastenneuvola' },
                ],
              },
              { id: 'r2', label: 'Perhetyö' },
            ],
          },
          {
            id: 'f2',
            label: { fi: 'Kerros 2', sv: 'Våning 2' },
            rooms: [{ id: 'r3', label: 'Kohtaamispaikka', services: [{ label: 'Avoin', url: 'mailto:x@example.fi' }] }],
          },
        ],
        foundation: [
          { id: 'st1', label: 'Kunnat', description: 'Kuvaus' },
          { id: 'st2', label: 'Järjestöt' },
        ],
        note: 'Huomautus',
        source: { title: 'Lähde', url: 'https://example.fi/talo.pdf', date: '2020-Q2' },
      },
    ],
  },
};

/** Keys whose values are texts (a string or language versions), and lists of texts. */
export const TEXT_KEYS = new Set([
  'title',
  'label',
  'question',
  'note',
  'goal',
  'description',
  'provider',
  'duties',
  'members',
  'settings',
  'unit',
]);
/** A list of texts under a key that elsewhere holds objects (a matrix cell's `items`, not a roadmap's). */
const isTextList = (v: unknown) =>
  Array.isArray(v) &&
  v.every(
    (x) => typeof x === 'string' || (x && typeof x === 'object' && Object.keys(x).every((k) => k === 'fi' || k === 'sv' || k === 'en')),
  );
/** Keys that hold a list of ids in one place (a band's `cards`) and a list of objects in another (the collection). */
const ID_LIST_KEYS = new Set(['cards']);
/** Keys that hold an id or point at one. */
export const ID_KEYS = new Set(['id', 'level', 'theme', 'from', 'to', 'row', 'column', 'lane', 'stage']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A copy with every text, URL and id rewritten by `text`, `url` and `id` (each given the value
 * and a running number). Language versions and lists of texts are rewritten one by one.
 */
export function rewrite(
  doc: unknown,
  fns: { text?: (v: string, n: number) => string; url?: (v: string, n: number) => string; id?: (v: string) => string },
): unknown {
  let n = 0;
  const textValue = (v: Json): Json => {
    if (typeof v === 'string') return fns.text ? fns.text(v, n++) : v;
    if (Array.isArray(v)) return v.map(textValue);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, textValue(x)]));
    return v;
  };
  const walk = (v: Json, key?: string): Json => {
    if (key && (TEXT_KEYS.has(key) || (key === 'items' && isTextList(v)))) return textValue(v);
    if (key && ID_LIST_KEYS.has(key) && Array.isArray(v) && v.every((x) => typeof x === 'string'))
      return v.map((x) => (fns.id ? fns.id(x as string) : x));
    if (key === 'url' && typeof v === 'string') return fns.url ? fns.url(v, n++) : v;
    if (key && ID_KEYS.has(key) && typeof v === 'string') return fns.id ? fns.id(v) : v;
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(JSON.parse(JSON.stringify(doc)) as Json);
}
