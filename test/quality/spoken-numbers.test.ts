/**
 * Numbers for the ear: no accessible name, description or value in Chromium's accessibility tree
 * groups digits with a space (`11 700`, as Intl writes Finnish and Swedish), which screen readers
 * read as two numbers. Over every bundled item in fi, sv and en, and generated items with large
 * counts. What is shown may stay grouped; what is read out is not.
 */
import { expect } from '@open-wc/testing';
import { COLLECTIONS, SPLIT_NUMBER, type Collection } from '@fc-kit/core';
import { DATASETS } from '../../packages/datasets/src/index.js';
import { generateSurvey } from '../../packages/survey-chart/test/generate.js';
import { generateHouse } from '../../packages/network-house/test/generate.js';
import { ELEMENT_OF, errorLines, quietConsole, settled, type FcEl } from './support/kit.js';
import { axStrings, axTree } from './support/ax-tree.js';

const LANGS = ['fi', 'sv', 'en'] as const;

interface Case {
  label: string;
  collection: Collection;
  data: unknown;
  item?: string;
}

const bundled: Case[] = Object.entries(DATASETS).flatMap(([docId, doc]) =>
  COLLECTIONS.flatMap(
    (collection) =>
      ((doc as Record<string, unknown>)[collection] as { id: string }[] | undefined)?.map((item) => ({
        label: `${docId} ${collection}/${item.id}`,
        collection,
        data: doc,
        item: item.id,
      })) ?? [],
  ),
);

function bigHouse() {
  const house = generateHouse(2, 3, 7);
  const room = house.floors[0].rooms[0];
  room.services = Array.from({ length: 1234 }, (_, i) => ({ label: `Palvelu ${i + 1}` }));
  return house;
}

const generated: Case[] = [
  { label: 'generated survey, N = 123 456', collection: 'surveys', data: generateSurvey({ answers: 6, n: 123_456, seed: 3 }) },
  {
    label: 'generated multi survey, N = 11 700',
    collection: 'surveys',
    data: generateSurvey({ answers: 5, n: 11_700, type: 'multi', seed: 4 }),
  },
  { label: 'generated house, a room with 1 234 services', collection: 'houses', data: bigHouse() },
];

export async function render(c: Case, lang: string, parent: HTMLElement): Promise<FcEl> {
  const el = document.createElement(ELEMENT_OF[c.collection]) as FcEl;
  el.lang = lang;
  if (c.item) el.item = c.item;
  el.data = c.data;
  parent.append(el);
  await settled(el);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return el;
}

describe('numbers for the ear: no space-grouped number in any accessible name or description', function () {
  this.timeout(120_000);
  let page: HTMLElement;
  let quiet: ReturnType<typeof quietConsole>;
  beforeEach(() => {
    quiet = quietConsole();
    page = document.createElement('div');
    page.style.width = '900px';
    document.body.append(page);
  });
  afterEach(() => {
    page.remove();
    quiet.restore();
  });

  it('covers every bundled item', () => {
    expect(bundled.length).to.be.at.least(12);
  });

  for (const c of [...bundled, ...generated]) {
    it(`${c.label}: fi, sv, en`, async () => {
      for (const lang of LANGS) {
        const el = await render(c, lang, page);
        expect(errorLines(el), `${c.label} (${lang})`).to.equal(undefined);
        const strings = axStrings(await axTree(el));
        expect(strings.length, `${c.label} (${lang}): an accessibility tree with names`).to.be.greaterThan(3);
        const split = strings.filter((s) => SPLIT_NUMBER.test(s.text)).map((s) => `${s.role} ${s.field}: "${s.text}"`);
        expect(split, `${c.label} (${lang})`).to.deep.equal([]);
        el.remove();
      }
    });
  }

  it('a grouped number is still shown grouped, and read out whole', async () => {
    const el = await render(generated[0], 'fi', page);
    const n = el.shadowRoot!.querySelector('[part~="n"]')!;
    expect(n.textContent).to.include('123\u00a0456');
    const names = axStrings(await axTree(el)).map((s) => s.text);
    expect(names.some((t) => t.includes('123456'))).to.equal(true);
  });
});
