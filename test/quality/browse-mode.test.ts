/**
 * Browse mode (a screen reader's virtual cursor): every fact an element draws — each label,
 * value, N, count, status, level, relation and goal, as its text version's `facts(item, lang)`
 * lists them — is in Chromium's accessibility tree of the element, under its headings, lists,
 * tables and tree, with no key to pass through: no `role="application"` anywhere. What the element
 * shows in a details panel (a group's duties, a room's services) counts when it is one activation
 * away: the virtual cursor's Enter on the button or tree item that opens it, which screen readers
 * send as a click in browse mode (the test clicks each one and reads the tree again). Every
 * bundled item, fi, sv and en, and a generated big survey. The facts reached without opening
 * anything are counted too (the report below prints the share).
 */
import { expect } from '@open-wc/testing';
import { checkDocument, COLLECTIONS, type Collection, type CollectionItem, type Language } from '@fc-kit/core/headless.js';
import { DATASETS } from '../../packages/datasets/src/index.js';
import { TEXT_VERSIONS, type TextVersion } from '../../packages/fc-kit/src/text-version.js';
import { generateSurvey } from '../../packages/survey-chart/test/generate.js';
import { ELEMENT_OF, errorLines, quietConsole, settled, type FcEl } from './support/kit.js';
import { axNodes, axTree, type AxNode } from './support/ax-tree.js';

const LANGS: Language[] = ['fi', 'sv', 'en'];
/** White space folded, and digit groups joined: `415 000` is read out as `415000` (see localizedText). */
const squash = (s: string) =>
  s
    .replace(/(\d)[\u00A0\u202F ](?=\d{3}(?!\d))/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

interface Case {
  label: string;
  collection: Collection;
  data: unknown;
  /** The item's id, picked with `item=` from the whole document (a card set may link to another). */
  id?: string;
  item: CollectionItem[Collection];
}

const cases: Case[] = [
  ...Object.entries(DATASETS).flatMap(([docId, doc]) => {
    const checked = checkDocument(doc);
    return COLLECTIONS.flatMap((collection) =>
      checked.items[collection].flatMap((entry) =>
        entry.value ? [{ label: `${docId} ${collection}/${entry.id}`, collection, data: doc, id: entry.id, item: entry.value }] : [],
      ),
    );
  }),
  (() => {
    const survey = generateSurvey({ answers: 7, n: 123_456, seed: 9 });
    return { label: 'generated survey, N = 123 456', collection: 'surveys' as const, data: survey, item: survey };
  })(),
];

/** What the virtual cursor reads: every name, description and value in the tree, in order. */
function readOut(tree: AxNode): string {
  return squash(
    [...axNodes(tree)]
      .filter((n) => n.role !== 'InlineTextBox')
      .flatMap((n) => [n.name, n.description, n.value].filter((t) => t !== undefined && t !== '').map(String))
      .join(' '),
  );
}

describe('browse mode: every fact of every item is in the accessibility tree', function () {
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

  const reached: string[] = [];
  after(() => console.log(`fc-kit browse mode:\n  ${reached.join('\n  ')}`));

  it('covers every bundled item', () => expect(cases.length).to.be.at.least(13));

  for (const c of cases) {
    it(`${c.label}: fi, sv, en`, async () => {
      const spec = TEXT_VERSIONS[c.collection] as TextVersion<Collection>;
      for (const lang of LANGS) {
        const el = document.createElement(ELEMENT_OF[c.collection]) as FcEl;
        el.lang = lang;
        el.data = c.data;
        if (c.id) el.item = c.id;
        page.append(el);
        await settled(el);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        expect(errorLines(el)).to.equal(undefined);
        const tree = await axTree(el);
        const nodes = [...axNodes(tree)];
        expect(
          nodes.filter((n) => n.role === 'application').map((n) => n.name),
          'role="application" switches screen readers out of browse mode',
        ).to.deep.equal([]);
        expect(nodes.some((n) => n.role === 'heading')).to.equal(true);
        expect(
          nodes.some((n) => ['list', 'table', 'tree'].includes(n.role)),
          'a list, a table or a tree to move through',
        ).to.equal(true);
        const facts = spec.facts(c.item, lang).map(squash);
        expect(facts.length).to.be.greaterThan(2);
        let missing = facts.filter((f) => !readOut(tree).includes(f));
        const direct = facts.length - missing.length;
        // One activation away: each closed disclosure and each tree item, opened in turn.
        const openers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[aria-expanded="false"][aria-controls], [role="treeitem"]')];
        for (const opener of openers) {
          if (!missing.length) break;
          if (!opener.isConnected) continue;
          opener.click();
          await el.updateComplete;
          const after = readOut(await axTree(el));
          missing = missing.filter((f) => !after.includes(f));
        }
        expect(missing, `${c.label} (${lang}): facts a screen reader cannot reach`).to.deep.equal([]);
        reached.push(`${c.label} ${lang}: ${direct}/${facts.length} without opening anything`);
        el.remove();
      }
    });
  }
});
