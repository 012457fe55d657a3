import { expect } from '@open-wc/testing';
import { pickText, type Matrix, type Text } from '@fc-kit/core';
import etelaPohjanmaa from '@fc-kit/datasets/etela-pohjanmaa.json';
import pohjoisPohjanmaa from '@fc-kit/datasets/pohjois-pohjanmaa.json';
import { filterPoints, matrixModel, showOnly, splitMatches, stackedSections, transpose, type MatrixModel } from '../src/matrix-layout.js';
import { matrixCsv } from '../src/matrix-csv.js';
import { generateMatrix } from './generate.js';

const groups = etelaPohjanmaa.matrices[0] as Matrix;
const risks = pohjoisPohjanmaa.matrices[0] as Matrix;
const fi = (t: Text) => pickText(t, 'fi');
const en = (t: Text) => pickText(t, 'en');

/** Three rows × two columns: one cell left out, one given empty, one uncertain, given out of order. */
const sample: Matrix = {
  id: 'kolme',
  title: { fi: 'Kolme kysymystä', en: 'Three questions' },
  rows: [
    { id: 'a', label: { fi: 'Miksi?', en: 'Why?' } },
    { id: 'b', label: { fi: 'Kuka?', en: 'Who?' } },
    { id: 'c', label: 'Muuta?' },
  ],
  columns: [
    { id: 'x', label: { fi: 'Nepsy', en: 'Nepsy' } },
    { id: 'y', label: { fi: 'Ero', en: 'Separation' } },
  ],
  cells: [
    { row: 'b', column: 'y', items: [{ fi: 'Sosiaalityö', en: 'Social work' }, 'Pene'], uncertain: true },
    { row: 'a', column: 'x', items: [{ fi: 'Kallista', en: 'Costly' }] },
    { row: 'a', column: 'y', items: [] },
    { row: 'c', column: 'x', items: [{ fi: 'Kallista yhteiskunnalle', en: 'Costly for society' }, 'Uusperheet'] },
  ],
};

const grid = (m: MatrixModel, textOf = fi) => m.cells.map((line) => line.map((c) => c.items.map(textOf).join(' | ')));

describe('matrix model', () => {
  it('puts every row × column pair in reading order, keeping empty cells', () => {
    const m = matrixModel(sample);
    expect(m.rows.map((h) => h.id)).to.deep.equal(['a', 'b', 'c']);
    expect(m.columns.map((h) => h.id)).to.deep.equal(['x', 'y']);
    expect(grid(m)).to.deep.equal([
      ['Kallista', ''],
      ['', 'Sosiaalityö | Pene'],
      ['Kallista yhteiskunnalle | Uusperheet', ''],
    ]);
    // Given empty and left out are both empty; only the given one has a source.
    expect(m.cells[0][1].source).to.equal(2);
    expect(m.cells[1][0].source).to.equal(-1);
    expect(m.cells[1][1]).to.include({ uncertain: true, source: 0 });
    expect(m.cells[1][1].row.id).to.equal('b');
    expect(m.cells[1][1].column.id).to.equal('y');
    expect(m.points).to.equal(5);
    expect(m.uncertain).to.equal(1);
  });

  it('reads the seed matrix in the order of its table: questions down, five groups across', () => {
    const m = matrixModel(groups);
    expect(m.rows).to.have.length(4);
    expect(m.columns).to.have.length(5);
    expect(fi(m.cells[0][0].items[0])).to.equal('Monenlaiset palvelutarpeet – verkostossa useita toimijoita');
    expect(fi(m.cells[0][4].items.at(-1)!)).to.equal('Kallista yhteiskunnalle');
    // The Muuta? row has points in two columns; the other three are empty and shown so.
    expect(m.cells[3].map((c) => c.items.length)).to.deep.equal([1, 0, 0, 1, 0]);
    expect(m.uncertain).to.equal(groups.cells.length);
  });

  it('transposes, keeping each cell its own row and column', () => {
    const t = transpose(matrixModel(sample));
    expect(t.rows.map((h) => h.id)).to.deep.equal(['x', 'y']);
    expect(grid(t)).to.deep.equal([
      ['Kallista', '', 'Kallista yhteiskunnalle | Uusperheet'],
      ['', 'Sosiaalityö | Pene', ''],
    ]);
    expect(t.cells[1][1].row.id).to.equal('b');
    expect(transpose(t)).to.deep.equal(matrixModel(sample));
  });

  it('shows one row or one column alone, and ignores an id that is not there', () => {
    const m = matrixModel(sample);
    const column = showOnly(m, 'column', 'y');
    expect(column.columns.map((h) => h.id)).to.deep.equal(['y']);
    expect(grid(column)).to.deep.equal([[''], ['Sosiaalityö | Pene'], ['']]);
    expect(column.points).to.equal(2);
    const row = showOnly(m, 'row', 'c');
    expect(grid(row)).to.deep.equal([['Kallista yhteiskunnalle | Uusperheet', '']]);
    expect(row.rows[0].index).to.equal(2);
    expect(showOnly(m, 'row', 'nope')).to.equal(m);
  });
});

describe('text filter', () => {
  it('keeps only the points that contain the word, and the rows and columns that still hold one', () => {
    const { model, matches, cells } = filterPoints(matrixModel(sample), 'kallista', fi, 'fi');
    expect(matches).to.equal(2);
    expect(cells).to.equal(2);
    expect(model.rows.map((h) => h.id)).to.deep.equal(['a', 'c']);
    expect(model.columns.map((h) => h.id)).to.deep.equal(['x']);
    expect(grid(model)).to.deep.equal([['Kallista'], ['Kallista yhteiskunnalle']]);
  });

  it('searches the language the reader reads, ignoring case and surrounding spaces', () => {
    expect(filterPoints(matrixModel(sample), '  COSTLY ', en, 'en').matches).to.equal(2);
    expect(filterPoints(matrixModel(sample), 'costly', fi, 'fi').matches).to.equal(0);
    // A Finnish-only point is searched in Finnish on an English page, as it is shown.
    expect(filterPoints(matrixModel(sample), 'pene', en, 'en').matches).to.equal(1);
    // ä typed decomposed finds ä.
    expect(filterPoints(matrixModel(groups), 'pa\u0308ihde', fi, 'fi').matches).to.be.above(0);
  });

  it('finds nothing without hiding that it searched, and an empty query keeps all', () => {
    const none = filterPoints(matrixModel(sample), 'xyz', fi, 'fi');
    expect(none).to.deep.include({ matches: 0, cells: 0 });
    expect(none.model.rows).to.deep.equal([]);
    const all = filterPoints(matrixModel(sample), '   ', fi, 'fi');
    expect(all.model).to.deep.equal(matrixModel(sample));
    expect(all).to.deep.include({ matches: 5, cells: 3 });
  });

  it('counts the seed matches the reader would count', () => {
    // «Kallista», «Kallista yhteiskunnalle» in the why row.
    expect(filterPoints(matrixModel(groups), 'kallista', fi, 'fi').matches).to.equal(2);
    expect(filterPoints(matrixModel(risks), 'lape', fi, 'fi')).to.deep.include({ matches: 2, cells: 2 });
  });

  it('cuts a point where it matches, for marking', () => {
    expect(splitMatches('Kallista yhteiskunnalle, kallista', 'KALLISTA', 'fi')).to.deep.equal([
      { text: 'Kallista', match: true },
      { text: ' yhteiskunnalle, ', match: false },
      { text: 'kallista', match: true },
    ]);
    expect(splitMatches('Sosiaalityö', '', 'fi')).to.deep.equal([{ text: 'Sosiaalityö', match: false }]);
    expect(splitMatches('Sosiaalityö', 'x', 'fi')).to.deep.equal([{ text: 'Sosiaalityö', match: false }]);
  });
});

describe('stacked sections (narrow screens)', () => {
  it('by row: one section per row, each column’s points under its label, empty ones kept', () => {
    const s = stackedSections(matrixModel(sample), 'row');
    expect(s.map((x) => x.header.id)).to.deep.equal(['a', 'b', 'c']);
    expect(s[0].entries.map((e) => [e.header.id, e.cell.items.length])).to.deep.equal([
      ['x', 1],
      ['y', 0],
    ]);
  });

  it('by column: one section per column, each row’s points under its label', () => {
    const s = stackedSections(matrixModel(sample), 'column');
    expect(s.map((x) => x.header.id)).to.deep.equal(['x', 'y']);
    expect(s[1].entries.map((e) => [e.header.id, e.cell.items.length, e.cell.uncertain])).to.deep.equal([
      ['a', 0, false],
      ['b', 2, true],
      ['c', 0, false],
    ]);
  });

  it('stack the seed groups five sections by column, four by row', () => {
    expect(stackedSections(matrixModel(groups), 'column')).to.have.length(5);
    expect(stackedSections(matrixModel(groups), 'row')).to.have.length(4);
  });
});

describe('CSV', () => {
  it('writes labels across, row labels first, one point a line in its cell, like the survey’s CSV', () => {
    const csv = matrixCsv(matrixModel(sample), 'fi');
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    expect(csv.slice(1).split('\r\n')).to.deep.equal([
      ';Nepsy;Ero',
      'Miksi?;Kallista;',
      'Kuka?;;"Sosiaalityö\nPene\n*"',
      'Muuta?;"Kallista yhteiskunnalle\nUusperheet";',
      '',
      '* sijainti on päätelty (ks. huomautus)',
      '',
    ]);
  });

  it('uses commas and the reader’s language in English, and defuses formulas', () => {
    const m = structuredClone(sample);
    m.cells[1].items = ['=HYPERLINK("x")', 'a, b'];
    const lines = matrixCsv(matrixModel(m), 'en').slice(1).split('\r\n');
    expect(lines[0]).to.equal(',Nepsy,Separation');
    expect(lines[1]).to.equal(`Why?,"'=HYPERLINK(""x"")\na, b",`);
    expect(lines.at(-2)).to.equal('* placement inferred (see the note)');
  });

  it('writes the filtered view when filtered, and no footnote without uncertain cells', () => {
    const { model } = filterPoints(matrixModel(sample), 'kallista', fi, 'fi');
    expect(matrixCsv(model, 'fi').slice(1).split('\r\n')).to.deep.equal([
      ';Nepsy',
      'Miksi?;Kallista',
      'Muuta?;Kallista yhteiskunnalle',
      '',
    ]);
  });
});

describe('generated matrix', () => {
  it('models 50 × 10 × 5 quickly with every cell filled', () => {
    const big = generateMatrix(50, 10, 5);
    const t0 = performance.now();
    const m = matrixModel(big);
    const ms = performance.now() - t0;
    expect(m.points).to.equal(2500);
    expect(ms).to.be.below(50);
    const holes = matrixModel(generateMatrix(20, 5, 2, { empty: 0.5, seed: 3 }));
    expect(holes.cells.flat()).to.have.length(100);
    expect(holes.cells.flat().filter((c) => c.source < 0).length).to.be.within(30, 70);
  });
});
