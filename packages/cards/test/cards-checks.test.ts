import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { allIssues, checkDocument, describeIssue, type Issue } from '@fc-kit/core';
import { CardSetSchema, checkCardSet, splitLinkTarget, MAX_CANVAS_TRACKS } from '../../core/src/document/collections/cards.js';
import { fromValibotIssue } from '../../core/src/document/issues.js';
import { formatPath } from '../../core/src/document/paths.js';
import type { CardSet } from '../src/cards-types.js';
import { clone, SEED_SETS, smallCanvas, canvas, etelaPohjanmaa, pohjoisPohjanmaa, thlPerhekeskus } from './fixtures.js';
import { generateCardSet } from './generate.js';

/** Schema issues, then cross-field issues, as `path: message` in English. */
function problems(input: unknown, document?: Record<string, unknown>): string[] {
  const parsed = v.safeParse(CardSetSchema, input, { abortEarly: false });
  const issues: Issue[] = parsed.success ? checkCardSet(parsed.output, document) : parsed.issues.map((i) => fromValibotIssue(i));
  return issues.map((i) => describeIssue(i, 'en'));
}

describe('cards: schema', () => {
  it('accepts every seed set, and the checks find nothing in its own document', () => {
    for (const { set, document } of SEED_SETS) {
      expect(problems(set, document), set.id).to.deep.equal([]);
    }
  });

  it('accepts generated sets of every layout', () => {
    for (const layout of ['grid', 'canvas', 'list'] as const) {
      expect(problems(generateCardSet(100, { layout, seed: 7 })), layout).to.deep.equal([]);
    }
  });

  it('names the field and what it expected', () => {
    const set = clone(smallCanvas()) as Record<string, unknown> & CardSet;
    (set as { layout: unknown }).layout = 'mosaic';
    (set.cards[0] as { title: unknown }).title = 7;
    (set.cards[1] as { status: unknown }).status = { kind: 'finished' };
    (set.cards[2] as { url: unknown }).url = 'javascript:alert(1)';
    (set.cards[3] as { sections: unknown }).sections = [{ label: 'x', items: 'not a list' }];
    expect(problems(set)).to.have.members([
      'layout: expected one of "grid", "canvas", "list"',
      'cards[0].title: expected a text or language versions { "fi": …, "sv": …, "en": … }',
      'cards[1].status.kind: expected one of "done", "ongoing", "planned", "not-examined", "note"',
      'cards[2].url: only https, http, mailto or relative URLs are allowed',
      'cards[3].sections[0].items: expected a list [ … ]',
    ]);
  });

  it('asks for at least one card and a title', () => {
    expect(problems({ id: 'x', cards: [] })).to.have.members(['title: required value is missing', 'cards: must not be empty']);
  });

  it('takes only finite figures', () => {
    for (const value of [Infinity, -Infinity]) {
      const set = smallCanvas();
      set.cards[0].figure = { value };
      expect(problems(set)).to.deep.equal(['cards[0].figure.value: expected a finite number']);
    }
    const set = smallCanvas();
    (set.cards[0] as { figure: unknown }).figure = { value: '415 000' };
    expect(problems(set)).to.deep.equal(['cards[0].figure.value: expected a number']);
    set.cards[0].figure = { value: NaN };
    expect(problems(set)).to.deep.equal(['cards[0].figure.value: expected a number']);
  });

  it('bounds canvas areas', () => {
    const set = smallCanvas();
    set.cards[0].area = { row: 0, column: MAX_CANVAS_TRACKS + 1, rows: 1.5 };
    expect(problems(set)).to.have.members([
      'cards[0].area.row: must be at least 1',
      `cards[0].area.column: must be at most ${MAX_CANVAS_TRACKS}`,
      'cards[0].area.rows: expected a whole number',
    ]);
  });
});

describe('cards: checks across fields', () => {
  it('finds a card id used twice, and a band id used twice', () => {
    const set = smallCanvas();
    set.cards[3].id = 'a';
    set.bands![1].id = 'yla';
    set.bands![1].cards = ['e'];
    expect(problems(set)).to.have.members(['cards[3].id: id "a" is used twice', 'bands[1].id: id "yla" is used twice']);
  });

  it('finds band members that are no card, and a card in two bands', () => {
    const set = smallCanvas();
    set.bands![0].cards.push('zz');
    set.bands![1].cards.push('a');
    expect(problems(set)).to.have.members([
      'bands[0].cards[3]: there is no id "zz"',
      'bands[1].cards[2]: card "a" is already in band "yla"',
    ]);
  });

  it('finds links to no card, and a link from a card to itself', () => {
    const set = smallCanvas();
    set.cards[0].links = [{ to: 'b' }, { to: 'nope' }, { to: 'a' }];
    expect(problems(set)).to.deep.equal([
      'cards[0].links[1].to: there is no id "nope"',
      'cards[0].links[2].to: a link cannot go from a node to itself',
    ]);
  });

  it('checks collection:item links against the document it is given, and accepts them without one', () => {
    const set = clone(canvas);
    set.cards[7].links = [{ to: 'roadmaps:etela-pohjanmaa-2022-2025' }, { to: 'roadmaps:ei-ole' }, { to: 'matrices:x' }];
    expect(problems(set, etelaPohjanmaa)).to.deep.equal([
      'cards[7].links[1].to: there is no id "roadmaps:ei-ole"',
      'cards[7].links[2].to: there is no id "matrices:x"',
    ]);
    expect(problems(set)).to.deep.equal([]);
    // A document whose collection is not a list, or whose items have no ids, has no such item.
    const onCard7 = (doc: Record<string, unknown>) => problems(set, doc).filter((p) => p.startsWith('cards[7]'));
    expect(onCard7({ roadmaps: 'x' })).to.have.length(3);
    expect(onCard7({ roadmaps: [null, 3, { id: 'ei-ole' }] })).to.deep.equal([
      'cards[7].links[0].to: there is no id "roadmaps:etela-pohjanmaa-2022-2025"',
      'cards[7].links[2].to: there is no id "matrices:x"',
    ]);
    // Not an own property: `constructor` is not a collection.
    set.cards[7].links = [{ to: 'constructor:x' }];
    expect(onCard7({})).to.deep.equal(['cards[7].links[0].to: there is no id "constructor:x"']);
  });

  it('tells a card id from a collection:item link', () => {
    expect(splitLinkTarget('roadmaps:ep')).to.deep.equal({ collection: 'roadmaps', item: 'ep' });
    expect(splitLinkTarget('cards:a:b')).to.deep.equal({ collection: 'cards', item: 'a:b' });
    expect(splitLinkTarget('asiakkaat')).to.equal(undefined);
    expect(splitLinkTarget(':x')).to.equal(undefined);
    expect(splitLinkTarget('x:')).to.equal(undefined);
  });

  it('finds overlapping areas, naming the card placed first, and lets touching ones be', () => {
    const set = smallCanvas();
    expect(problems(set)).to.deep.equal([]);
    set.cards[3].area = { row: 2, column: 3 }; // inside c (row 2, columns 1–3)
    set.cards[4].area = { row: 1, column: 1, rows: 3 }; // a at row 1, then c at row 2
    expect(problems(set)).to.deep.equal(['cards[3].area: the area overlaps card "c"', 'cards[4].area: the area overlaps card "a"']);
  });

  it('puts the issue at the JSON path of the card set', () => {
    const set = smallCanvas();
    set.cards[1].links = [{ to: 'nope' }];
    const [issue] = checkCardSet(set);
    expect(formatPath(['cards', 0, ...issue.path])).to.equal('cards[0].cards[1].links[0].to');
  });

  it('translates the new messages', () => {
    const issue: Issue = { path: ['cards', 3, 'area'], code: 'overlapping-area', params: { id: 'c' } };
    expect(describeIssue(issue, 'fi')).to.equal('cards[3].area: paikka menee päällekkäin kortin "c" kanssa');
    expect(describeIssue(issue, 'sv')).to.equal('cards[3].area: platsen överlappar kortet "c"');
    expect(describeIssue({ path: [], code: 'in-two-bands', params: { id: 'a', band: 'b' } }, 'sv')).to.equal(
      'kortet "a" finns redan i bandet "b"',
    );
    expect(describeIssue({ path: [], code: 'not-finite' }, 'fi')).to.equal('odotettiin äärellistä lukua');
    expect(describeIssue({ path: [], code: 'max-value', params: { limit: 100 } }, 'fi')).to.equal('suurin sallittu arvo on 100');
  });
});

describe('cards: in the document', () => {
  it('checks the bundled documents whole, links to their other figures included', () => {
    for (const document of [etelaPohjanmaa, pohjoisPohjanmaa, thlPerhekeskus]) {
      expect(
        allIssues(checkDocument(document)).map((i) => describeIssue(i, 'en')),
        document.id,
      ).to.deep.equal([]);
    }
  });

  it('takes a card set on its own, although its cards sit under the collection’s name', () => {
    const checked = checkDocument(smallCanvas(), 'cards');
    expect(checked.issues).to.deep.equal([]);
    expect(checked.items.cards.map((i) => i.id)).to.deep.equal(['pieni-kanvas']);
    // A document that lists card sets is a document, and needs its version.
    const withoutVersion = { id: 'x', cards: [smallCanvas()] };
    expect(allIssues(checkDocument(withoutVersion, 'cards')).map((i) => describeIssue(i, 'en'))).to.deep.equal([
      'fcVersion: required value is missing',
    ]);
    // Other collections keep the old rule: their key makes a document.
    expect(allIssues(checkDocument({ id: 'x', surveys: [] }, 'surveys')).map((i) => describeIssue(i, 'en'))).to.deep.equal([
      'fcVersion: required value is missing',
    ]);
  });
});
