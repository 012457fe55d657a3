import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { checkMatrix, describeIssue, MatrixSchema, type Matrix } from '@fc-kit/core';
import etelaPohjanmaa from '@fc-kit/datasets/etela-pohjanmaa.json';
import pohjoisPohjanmaa from '@fc-kit/datasets/pohjois-pohjanmaa.json';
import kuntaliitto from '@fc-kit/datasets/kuntaliitto-tilannekatsaus.json';
import { generateMatrix } from './generate.js';

const small = (): Matrix => ({
  id: 'pieni',
  title: 'Pieni',
  rows: [
    { id: 'miksi', label: 'Miksi?' },
    { id: 'kuka', label: 'Kuka?' },
  ],
  columns: [
    { id: 'nepsy', label: 'Nepsy-asiakkaat' },
    { id: 'ero', label: 'Eroperheet' },
  ],
  cells: [
    { row: 'miksi', column: 'nepsy', items: ['Monenlaiset palvelutarpeet'] },
    { row: 'kuka', column: 'ero', items: [], uncertain: true },
  ],
});

/** Every issue as the reader sees it in English: `cells[1].row: there is no id "x"`. */
const messages = (m: unknown) => {
  const parsed = v.safeParse(MatrixSchema, m);
  if (!parsed.success) return parsed.issues.map((i) => `${i.path?.map((p) => p.key).join('.')}: ${i.message}`);
  return checkMatrix(parsed.output).map((i) => describeIssue(i, 'en'));
};

describe('matrix schema', () => {
  it('takes a matrix with empty and missing cells and texts in any shape', () => {
    expect(messages(small())).to.deep.equal([]);
    const noCells = { ...small(), cells: [] };
    expect(messages(noCells)).to.deep.equal([]);
    const texts = small();
    texts.cells[0].items = [{ fi: 'Kallista', sv: 'Dyrt' }, 'Terveysriskit'];
    expect(messages(texts)).to.deep.equal([]);
  });

  it('refuses what is not a matrix, naming the field', () => {
    const noRows = { ...small(), rows: [] };
    expect(messages(noRows)).to.deep.equal(['rows: not-empty']);
    const badItems = small() as unknown as { cells: { items: unknown }[] };
    badItems.cells[0].items = 'Monenlaiset palvelutarpeet';
    expect(messages(badItems)[0]).to.match(/^cells\.0\.items: /);
    const badUncertain = small() as unknown as { cells: { uncertain: unknown }[] };
    badUncertain.cells[1].uncertain = 'yes';
    expect(messages(badUncertain)[0]).to.match(/^cells\.1\.uncertain: /);
    const { title: _, ...noTitle } = small();
    expect(messages(noTitle)[0]).to.match(/^title: /);
  });
});

describe('checkMatrix', () => {
  it('finds nothing wrong in a sound matrix', () => {
    expect(checkMatrix(small())).to.deep.equal([]);
  });

  it('names a cell that points at a row or a column that is not there', () => {
    const m = small();
    m.cells.push({ row: 'miten', column: 'nepsy', items: ['x'] }, { row: 'kuka', column: 'paihde', items: [] });
    expect(checkMatrix(m)).to.deep.equal([
      { path: ['cells', 2, 'row'], code: 'unknown-reference', params: { id: 'miten' } },
      { path: ['cells', 3, 'column'], code: 'unknown-reference', params: { id: 'paihde' } },
    ]);
    expect(checkMatrix(m).map((i) => describeIssue(i, 'fi'))).to.deep.equal([
      'cells[2].row: tunnistetta "miten" ei ole',
      'cells[3].column: tunnistetta "paihde" ei ole',
    ]);
  });

  it('refuses a second cell for one row × column pair, in every language', () => {
    const m = small();
    m.cells.push({ row: 'miksi', column: 'nepsy', items: ['Toinen'] });
    const issues = checkMatrix(m);
    expect(issues).to.deep.equal([{ path: ['cells', 2], code: 'duplicate-cell', params: { row: 'miksi', column: 'nepsy' } }]);
    expect(describeIssue(issues[0], 'en')).to.equal('cells[2]: the cell for row "miksi" and column "nepsy" is given twice');
    expect(describeIssue(issues[0], 'fi')).to.equal('cells[2]: rivin "miksi" ja sarakkeen "nepsy" solu on jo annettu');
    expect(describeIssue(issues[0], 'sv')).to.equal('cells[2]: cellen för raden "miksi" och kolumnen "nepsy" finns redan');
  });

  it('keeps ids with odd characters apart', () => {
    const m = small();
    m.rows = [
      { id: 'a","b', label: 'A' },
      { id: 'a', label: 'B' },
    ];
    m.columns = [
      { id: 'c', label: 'C' },
      { id: 'b","c', label: 'D' },
    ];
    m.cells = [
      { row: 'a","b', column: 'c', items: [] },
      { row: 'a', column: 'b","c', items: [] },
    ];
    expect(checkMatrix(m)).to.deep.equal([]);
  });

  it('refuses a row or column id used twice, at the later one', () => {
    const m = small();
    m.rows.push({ id: 'miksi', label: 'Miksi taas?' });
    m.columns.unshift({ id: 'ero', label: 'Eroperheet' });
    expect(checkMatrix(m)).to.deep.equal([
      { path: ['rows', 2, 'id'], code: 'duplicate-id', params: { id: 'miksi' } },
      { path: ['columns', 2, 'id'], code: 'duplicate-id', params: { id: 'ero' } },
    ]);
  });

  it('does not call an unknown pair a duplicate as well', () => {
    const m = small();
    m.cells.push({ row: 'x', column: 'nepsy', items: [] }, { row: 'x', column: 'nepsy', items: [] });
    expect(checkMatrix(m).map((i) => i.code)).to.deep.equal(['unknown-reference', 'unknown-reference']);
  });
});

describe('the bundled matrices', () => {
  const bundled = [...etelaPohjanmaa.matrices, ...pohjoisPohjanmaa.matrices, ...kuntaliitto.matrices] as unknown[];

  it('are valid and pass every check', () => {
    expect(bundled.length).to.equal(5);
    for (const m of bundled) expect(messages(m), (m as Matrix).id).to.deep.equal([]);
  });

  it('are the seed tables: five columns and a Muuta? row, four risks’ aspects, eight goals, law beside practice', () => {
    const [groups, paths] = etelaPohjanmaa.matrices as Matrix[];
    expect(groups.columns.map((c) => (c.label as { fi: string }).fi)).to.deep.equal([
      'Nepsy-asiakkaat',
      'Päihdeasiakkaat',
      'Mt-asiakkaat',
      'Eroperheet',
      'Vaikeat huoltoriidat',
    ]);
    expect((groups.rows.at(-1)!.label as { fi: string }).fi).to.equal('Muuta?');
    expect(groups.cells.every((c) => c.uncertain)).to.equal(true);
    expect(groups.cells.reduce((n, c) => n + c.items.length, 0)).to.equal(26 + 13 + 19 + 2);
    expect(paths.columns).to.have.length(4);
    expect(paths.cells.reduce((n, c) => n + c.items.length, 0)).to.equal(41 + 16 + 21);
    const [risks, goals] = pohjoisPohjanmaa.matrices as Matrix[];
    expect(risks.rows).to.have.length(5);
    expect(risks.columns.map((c) => (c.label as { fi: string }).fi)).to.deep.equal(['Todennäköisyys', 'Vaikutus', 'Riskien hallinta']);
    // Sentences, never ratings, and never uncertain: the cell borders survived.
    expect(risks.cells.every((c) => c.items.length === 1 && !c.uncertain)).to.equal(true);
    expect(goals.rows).to.have.length(8);
    expect(goals.cells.reduce((n, c) => n + c.items.length, 0)).to.equal(21);
    const [law] = kuntaliitto.matrices as Matrix[];
    expect(law.cells.find((c) => c.row === 'tehtavat' && c.column === 'kaytanto')!.items).to.deep.equal([]);
    for (const m of bundled as Matrix[]) expect(m.note, m.id).to.have.keys(['fi', 'sv', 'en']);
  });

  it('include a generated 50 × 10 matrix that passes too', () => {
    const big = generateMatrix(50, 10, 5, { empty: 0.1, uncertain: 0.1 });
    expect(messages(big)).to.deep.equal([]);
    expect(big.rows).to.have.length(50);
    expect(generateMatrix(50, 10, 5)).to.deep.equal(generateMatrix(50, 10, 5));
    expect(generateMatrix(50, 10, 5).cells).to.have.length(500);
  });
});
