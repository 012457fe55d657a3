import { expect } from '@open-wc/testing';
import { allIssues, checkDocument, describeIssue, formatPath, isSafeUrl, timeSpan, type CheckedDocument } from '@fc-kit/core';
import { clone, documentOf, roadmap, survey, tree } from './fixtures.js';

const messages = (checked: CheckedDocument, lang: 'fi' | 'sv' | 'en' = 'en') => allIssues(checked).map((i) => describeIssue(i, lang));

describe('checkDocument', () => {
  it('accepts a valid document and keeps every item', () => {
    const checked = checkDocument(documentOf());
    expect(messages(checked)).to.deep.equal([]);
    expect(checked.items.surveys.map((i) => i.value?.id)).to.deep.equal(['perhekeskus-toiminnassa', 'toinen']);
    expect(checked.items.governance[0].value?.root.children?.length).to.equal(2);
  });

  it('names the JSON path of a wrong type, in each language', () => {
    const doc = documentOf();
    (doc.surveys[0] as { answers: unknown[] }).answers = [
      { label: 'Kyllä', count: 18 },
      { label: 'Ei', count: 'kolme' },
    ];
    const checked = checkDocument(doc);
    expect(messages(checked, 'en')).to.deep.equal(['surveys[0].answers[1].count: expected a number']);
    expect(messages(checked, 'fi')).to.deep.equal(['surveys[0].answers[1].count: odotettiin lukua']);
    expect(messages(checked, 'sv')).to.deep.equal(['surveys[0].answers[1].count: förväntade ett tal']);
  });

  it('renders the rest when one item is invalid', () => {
    const doc = documentOf();
    delete (doc.surveys[0] as Partial<typeof survey>).question;
    const checked = checkDocument(doc);
    expect(checked.items.surveys[0].value).to.equal(undefined);
    expect(checked.items.surveys[1].value?.id).to.equal('toinen');
    expect(messages(checked)).to.deep.equal(['surveys[0].question: required value is missing']);
  });

  it('reports every problem, not just the first', () => {
    const bad = { ...clone(survey), n: 0, chart: 'radar', answers: [] };
    expect(messages(checkDocument(documentOf({ surveys: [bad] })))).to.have.members([
      'surveys[0].n: must be at least 1',
      'surveys[0].answers: must not be empty',
      'surveys[0].chart: expected one of "doughnut", "pie", "bar"',
    ]);
  });

  it('checks survey sums and counts over n', () => {
    const over = { ...clone(survey), type: 'multi', answers: [{ label: 'a', count: 22 }] };
    const sum = {
      ...clone(survey),
      id: 's2',
      answers: [
        { label: 'a', count: 18 },
        { label: 'b', count: 2 },
      ],
    };
    expect(messages(checkDocument(documentOf({ surveys: [over, sum] })))).to.deep.equal([
      'surveys[0].answers[0].count: count 22 is more than the respondents (n = 21)',
      'surveys[1].answers: counts add up to 20, but n = 21',
    ]);
  });

  it('checks governance references and unique ids', () => {
    const t = clone(tree);
    t.root.children[1].id = 'tiimi-a';
    t.root.children[0].level = 'maakunta';
    expect(messages(checkDocument(documentOf({ governance: [t] })))).to.deep.equal([
      'governance[0].root.children[1].id: id "tiimi-a" is used twice',
      'governance[0].root.children[0].level: there is no id "maakunta"',
      'governance[0].links[0].to: there is no id "tiimi-b"',
    ]);
  });

  it('drops a dangling link and keeps the tree', () => {
    const t = clone(tree);
    t.links.push({ from: 'tiimi-a', to: 'ei-ole', label: 'x' }, { from: 'ohjausryhma', to: 'tiimi-a', label: 'y' });
    const checked = checkDocument(documentOf({ governance: [t] }));
    expect(checked.items.governance[0].value?.links).to.have.length(1);
    expect(checked.items.governance[0].dropped.map((i) => describeIssue(i, 'en'))).to.deep.equal([
      'governance[0].links[1].to: there is no id "ei-ole"',
      'governance[0].links[2]: a link may not repeat a parent–child line',
    ]);
  });

  it('drops bad roadmap items, keeps the rest and points at the original index', () => {
    const r = clone(roadmap) as typeof roadmap & { items: Record<string, unknown>[] };
    r.items.unshift({ id: 'x', theme: 'a', label: 'Väärin', start: '2024', end: '2023' });
    r.items.push({ id: 'y', theme: 'nope', label: 'Tuntematon', start: '2023' });
    r.items.push({ id: 'z', theme: 'a', label: 'Aika', start: '2023-13' });
    r.items.push({ id: 'w', theme: 'a', label: 'Ulkona', start: '2021' });
    const checked = checkDocument(documentOf({ roadmaps: [r] }));
    const item = checked.items.roadmaps[0];
    expect(item.value?.items.map((i) => i.id)).to.deep.equal(['i1', 'i2']);
    expect(item.dropped.map((i) => describeIssue(i, 'en'))).to.have.members([
      'roadmaps[0].items[0].end: ends (2023) before it starts (2024)',
      'roadmaps[0].items[3].theme: there is no id "nope"',
      'roadmaps[0].items[4].start: expected a time as YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD',
      'roadmaps[0].items[5].start: lies outside the timeline 2022–2025',
    ]);
  });

  it('fails the roadmap when every item is dropped', () => {
    const r = clone(roadmap);
    r.items = [{ id: 'x', theme: 'b', label: 'x', start: '2023' }] as typeof r.items;
    const item = checkDocument(documentOf({ roadmaps: [r] })).items.roadmaps[0];
    expect(item.value).to.equal(undefined);
    expect(item.issues.map((i) => describeIssue(i, 'en'))).to.include('roadmaps[0].items: must not be empty');
  });

  it('refuses unsafe URLs and accepts safe ones', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      ' javascript:x',
      'java\tscript:x',
      'ftp://x',
    ]) {
      expect(isSafeUrl(url), url).to.equal(false);
    }
    for (const url of ['https://thl.fi/a?b#c', 'http://x.fi', 'mailto:info@kunta.fi', '/files/a.pdf', 'a/b.html', '#top', '?q=1']) {
      expect(isSafeUrl(url), url).to.equal(true);
    }
    const t = clone(tree) as typeof tree & { root: { url?: string } };
    t.root.url = 'javascript:alert(1)';
    expect(messages(checkDocument(documentOf({ governance: [t] })))).to.deep.equal([
      'governance[0].root.url: only https, http, mailto or relative URLs are allowed',
    ]);
  });

  it('answers a 10,000-deep tree with a clear error, fast', () => {
    const deep = clone(tree) as Record<string, any>;
    let node = deep.root;
    for (let i = 0; i < 10_000; i++) {
      const child = { id: `n${i}`, label: 'x', level: 'kunta' };
      node.children = [child];
      node = child;
    }
    const checked = checkDocument(documentOf({ governance: [deep] }));
    expect(checked.items.governance[0].value).to.equal(undefined);
    expect(messages(checked)[0]).to.match(/^governance\[0\]\.root(\.children\[\d+\])+: nested too deeply \(at most 50 levels\)$/);
  });

  it('takes one item instead of a document, with paths relative to it', () => {
    const checked = checkDocument({ ...clone(survey), n: '21' }, 'surveys');
    expect(messages(checked)).to.deep.equal(['n: expected a number']);
    expect(checkDocument(clone(survey), 'surveys').items.surveys[0].value?.n).to.equal(21);
  });

  it('rejects what is not a document, and other format versions', () => {
    expect(messages(checkDocument([]))).to.deep.equal(['expected a JSON object { … }']);
    expect(messages(checkDocument('x'))).to.deep.equal(['expected a JSON object { … }']);
    expect(messages(checkDocument({ fcVersion: 2, id: 'x' }))).to.deep.equal([
      'fcVersion: format version 2 is not supported; version 1 is',
    ]);
    expect(messages(checkDocument({ id: 'x', surveys: [] }))).to.deep.equal(['fcVersion: required value is missing']);
    expect(messages(checkDocument({ fcVersion: 1, id: 'x', surveys: {} }))).to.deep.equal(['surveys: expected a list [ … ]']);
  });

  it('marks a second item with the same id', () => {
    const checked = checkDocument(documentOf({ surveys: [survey, survey] }));
    expect(checked.items.surveys[1].value).to.equal(undefined);
    expect(messages(checked)).to.deep.equal(['surveys[1].id: id "perhekeskus-toiminnassa" is used twice']);
  });

  it('is not polluted by __proto__ keys', () => {
    const doc = JSON.parse(
      `{"fcVersion":1,"id":"x","__proto__":{"polluted":true},"surveys":[${JSON.stringify(survey).replace('{', '{"__proto__":{"polluted":true},')}]}`,
    );
    const checked = checkDocument(doc);
    expect(messages(checked)).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((checked.items.surveys[0].value as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('time strings', () => {
  it('spans a year, a quarter, a month and a day', () => {
    const iso = (s: string) => {
      const t = timeSpan(s)!;
      return [new Date(t.start).toISOString().slice(0, 10), new Date(t.end).toISOString().slice(0, 10)];
    };
    expect(iso('2023')).to.deep.equal(['2023-01-01', '2024-01-01']);
    expect(iso('2023-Q2')).to.deep.equal(['2023-04-01', '2023-07-01']);
    expect(iso('2023-12')).to.deep.equal(['2023-12-01', '2024-01-01']);
    expect(iso('2024-02-29')).to.deep.equal(['2024-02-29', '2024-03-01']);
    expect(timeSpan('2023-02-30')).to.equal(undefined);
    expect(timeSpan('2023-Q5')).to.equal(undefined);
    expect(timeSpan('23')).to.equal(undefined);
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and odd keys quoted', () => {
    expect(formatPath(['surveys', 0, 'answers', 2, 'count'])).to.equal('surveys[0].answers[2].count');
    expect(formatPath(['a b', 1])).to.equal('["a b"][1]');
  });
});
