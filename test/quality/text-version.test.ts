/**
 * The text version of every figure (fc-kit/src/text-version.ts), over every bundled item and every
 * item the robustness corpus lets render, in fi, sv and en: it carries every label, number and
 * note of the item (the element's `facts` list), as HTML and as plain text; the HTML uses only
 * the allow-list's tags and no script, and passes axe on a page.
 */
import { expect } from '@open-wc/testing';
import { DATASETS } from '@fc-kit/datasets';
import {
  checkDocument,
  COLLECTIONS,
  LANGUAGES,
  parseJson,
  type Collection,
  type CollectionItem,
  type Language,
  type Source,
} from '@fc-kit/core/headless.js';
import { TEXT_VERSION_TAGS } from '@fc-kit/core/text-version.js';
import { itemTextVersion, TEXT_VERSIONS, type TextVersion } from '../../packages/fc-kit/src/text-version.js';
import manifestJson from '../corpus/manifest.json';

interface Case {
  label: string;
  collection: Collection;
  item: CollectionItem[Collection];
  source?: Source;
}

function casesOf(label: string, input: unknown): Case[] {
  const checked = checkDocument(input);
  return COLLECTIONS.flatMap((collection) =>
    checked.items[collection].flatMap((entry) =>
      entry.value ? [{ label: `${label} ${collection}[${entry.index}]`, collection, item: entry.value, source: checked.source }] : [],
    ),
  );
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const ALLOWED = new Set<string>(TEXT_VERSION_TAGS);
const ATTRIBUTES = new Set(['href', 'lang', 'scope']);

function parsed(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** What is wrong with one item's text version in one language. */
function problemsOf(c: Case, lang: Language): string[] {
  const spec = TEXT_VERSIONS[c.collection] as TextVersion<Collection>;
  const facts = spec.facts(c.item, lang).map(squash);
  const html = itemTextVersion(c.collection, c.item, lang, 'html', { source: c.source });
  const text = squash(itemTextVersion(c.collection, c.item, lang, 'text', { source: c.source }));
  const shown = squash(parsed(html).textContent ?? '');
  const wrong: string[] = [];
  for (const fact of facts) {
    if (!shown.includes(fact)) wrong.push(`${c.label} ${lang}: the HTML lacks "${fact}"`);
    if (!text.includes(fact)) wrong.push(`${c.label} ${lang}: the plain text lacks "${fact}"`);
  }
  for (const el of parsed(html).querySelectorAll('*')) {
    const tag = el.localName;
    if (!ALLOWED.has(tag)) wrong.push(`${c.label} ${lang}: <${tag}> is not on the allow-list`);
    for (const a of el.getAttributeNames()) if (!ATTRIBUTES.has(a)) wrong.push(`${c.label} ${lang}: <${tag} ${a}>`);
  }
  return wrong;
}

const datasetCases = Object.entries(DATASETS).flatMap(([id, doc]) => casesOf(id, doc));
const manifest = manifestJson as Record<string, unknown>;

describe('text version', () => {
  it('the bundled datasets have an item of every collection', () => {
    expect([...new Set(datasetCases.map((c) => c.collection))].sort()).to.deep.equal([...COLLECTIONS].sort());
  });

  it('carries every label, number and note of every bundled item, in fi, sv and en, in allowed tags only', () => {
    const wrong = datasetCases.flatMap((c) => LANGUAGES.flatMap((lang) => problemsOf(c, lang)));
    expect(wrong).to.deep.equal([]);
  });

  it('carries every label, number and note of every item the corpus lets render', async () => {
    const cases: Case[] = [];
    for (const file of Object.keys(manifest)) {
      const response = await fetch(`/test/corpus/${file}`);
      const result = parseJson(await response.text(), file);
      if (result.ok) cases.push(...casesOf(file, result.value));
    }
    expect(cases.length).to.be.greaterThan(20);
    const wrong = cases.flatMap((c) => LANGUAGES.flatMap((lang) => problemsOf(c, lang)));
    expect(wrong).to.deep.equal([]);
  });

  it('passes axe on a page, for every bundled item', async function () {
    this.timeout(180_000);
    for (const c of datasetCases) {
      for (const lang of LANGUAGES) {
        const host = document.createElement('article');
        host.lang = lang;
        host.innerHTML = itemTextVersion(c.collection, c.item, lang, 'html', { source: c.source });
        document.body.append(host);
        try {
          await expect(host, `${c.label} ${lang}`).to.be.accessible();
        } finally {
          host.remove();
        }
      }
    }
  });

  it('has no script and no markup from the data: a label that looks like HTML stays text', () => {
    const survey = {
      id: 's',
      question: '<script>alert(1)</script> & <b>bold</b>?',
      n: 2,
      type: 'single' as const,
      answers: [
        { label: '<img src=x onerror=alert(1)>', count: 1 },
        { label: '"quoted" \'single\'', count: 1 },
      ],
      note: '</p><p>',
    };
    const html = itemTextVersion('surveys', survey, 'en');
    const fragment = parsed(html);
    expect(fragment.querySelectorAll('script, img, b')).to.have.length(0);
    expect(fragment.querySelector('h2')!.textContent).to.equal(survey.question);
    expect([...fragment.querySelectorAll('tbody th')].map((th) => th.textContent)).to.deep.equal([
      survey.answers[0].label,
      survey.answers[1].label,
      'Respondents (N)',
    ]);
    expect(fragment.querySelectorAll('p')).to.have.length(2);
  });

  it('starts at the heading level asked for (h2 by default, never h1, at most h6)', () => {
    const survey = DATASETS['kuntaliitto-tilannekatsaus'].surveys[0] as CollectionItem['surveys'];
    expect(parsed(itemTextVersion('surveys', survey, 'fi')).firstElementChild!.localName).to.equal('h2');
    expect(parsed(itemTextVersion('surveys', survey, 'fi', 'html', { level: 4 })).firstElementChild!.localName).to.equal('h4');
    expect(parsed(itemTextVersion('surveys', survey, 'fi', 'html', { level: 1 })).firstElementChild!.localName).to.equal('h2');
  });
});

describe('text version: the shape of each figure', () => {
  const first = <C extends Collection>(c: C, doc: keyof typeof DATASETS, id: string) =>
    (DATASETS[doc] as unknown as Record<C, CollectionItem[C][]>)[c].find((i) => (i as { id: string }).id === id)!;

  it('a tree: the levels in order, then the bodies as nested lists with level, duties and cooperation', () => {
    const tree = first('governance', 'pohjois-pohjanmaa', 'pohjois-pohjanmaa-koordinaatio');
    const f = parsed(itemTextVersion('governance', tree, 'en'));
    expect([...f.querySelectorAll('h3')].map((x) => x.textContent)).to.deep.equal(['Levels', 'Structure']);
    expect([...f.querySelectorAll('ol > li')].map((x) => x.textContent)).to.deep.equal(
      tree.levels.map((l) => (l.label as { en: string }).en),
    );
    const structure = [...f.children].find((x) => x.localName === 'ul')!;
    const root = structure.children[0];
    expect(root.querySelector('strong')!.textContent).to.equal((tree.root.label as { en: string }).en);
    // The children come last in a body's item, as the list of its sub-bodies.
    const child = [...root.children].filter((x) => x.localName === 'ul').at(-1)!.children[0];
    expect(child.querySelector('strong')!.textContent).to.equal((tree.root.children![0].label as { en: string }).en);
    expect(child.textContent).to.include('Duties:').and.include('Cooperation:');
  });

  it('a house: roof, floors from the top down, door, foundation, each under its own heading', () => {
    const house = first('houses', 'etela-pohjanmaa', 'perheiden-talo');
    const headings = [...parsed(itemTextVersion('houses', house, 'en')).querySelectorAll('h3')].map((x) => x.textContent!);
    const floors = house.floors.map((_, i) => `Floor ${house.floors.length - i} of ${house.floors.length}`);
    const expected = [...(house.roof ? ['Roof'] : []), ...floors, ...(house.door ? ['Door'] : []), 'Foundation'];
    expect(headings.map((x) => x.split(':')[0])).to.deep.equal(expected);
  });

  it('a survey: a table of answers with counts and percents, and N', () => {
    const survey = first('surveys', 'kuntaliitto-tilannekatsaus', 'perhekeskus-toiminnassa');
    const f = parsed(itemTextVersion('surveys', survey, 'fi'));
    expect([...f.querySelectorAll('thead th')].map((x) => x.textContent)).to.deep.equal(['Vastaus', 'Lukumäärä', 'Osuus vastaajista']);
    const rows = [...f.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((x) => squash(x.textContent!)));
    expect(rows).to.deep.equal([
      ['Kyllä', '18', '86 %'],
      ['Ei', '3', '14 %'],
      ['Vastaajia (N)', '21', ''],
    ]);
  });

  it('a roadmap: a table per theme, items in time order with their status in words', () => {
    const roadmap = {
      id: 'r',
      title: 'Plan',
      start: '2023',
      end: '2024',
      themes: [{ id: 'a', label: 'Theme A' }],
      items: [
        { id: '2', theme: 'a', label: 'Second', start: '2024-Q2', end: '2024-Q3', status: 'late' as const },
        { id: '1', theme: 'a', label: 'First', start: '2023-03', status: 'done' as const },
      ],
    };
    const f = parsed(itemTextVersion('roadmaps', roadmap, 'en'));
    expect(f.querySelector('h3')!.textContent).to.equal('Theme A');
    const rows = [...f.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((x) => squash(x.textContent!)));
    expect(rows).to.deep.equal([
      ['March 2023', 'First', 'Done, Milestone'],
      ['Q2 2024 – Q3 2024', 'Second', 'Late'],
    ]);
  });
});
