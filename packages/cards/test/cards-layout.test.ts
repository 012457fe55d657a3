import { expect } from '@open-wc/testing';
import { canvasColumns, canvasMinWidth, columnsThatFit, DEFAULTS, layoutCards, type CardsLayout } from '../src/cards-layout.js';
import { figureText } from '../src/figure-text.js';
import { canvas, guidelines, keyFigures, serviceAreas, smallCanvas, tasks } from './fixtures.js';
import { generateCardSet } from './generate.js';

const ids = (L: CardsLayout) => L.order.map((p) => p.card.id);

/** No two cards of a group share a cell, and every card lies inside the grid. */
function expectNoOverlap(L: CardsLayout) {
  for (const g of L.groups) {
    const cells = new Map<string, string>();
    for (const p of g.cards) {
      expect(p.column + p.columns - 1, p.card.id).to.be.at.most(L.columns);
      expect(p.row + p.rows - 1, p.card.id).to.be.at.most(g.rows);
      for (let r = p.row; r < p.row + p.rows; r++) {
        for (let c = p.column; c < p.column + p.columns; c++) {
          const key = `${r},${c}`;
          expect(cells.get(key), `${p.card.id} on ${cells.get(key)} at ${key}`).to.equal(undefined);
          cells.set(key, p.card.id);
        }
      }
    }
  }
}

describe('cards layout: grid', () => {
  it('fits as many equal columns as the width allows, at most four', () => {
    expect(columnsThatFit(320, 192, 16)).to.equal(1);
    expect(columnsThatFit(400, 192, 16)).to.equal(2);
    expect(columnsThatFit(0, 192, 16)).to.equal(1);
    expect(layoutCards(serviceAreas, { width: 1600 }).columns).to.equal(4);
    expect(layoutCards(serviceAreas, { width: 700 }).columns).to.equal(3);
    expect(layoutCards(serviceAreas, { width: 320 }).columns).to.equal(1);
  });

  it('keeps the data order as reading order and fills rows left to right', () => {
    const L = layoutCards(serviceAreas, { width: 700 });
    expect(ids(L)).to.deep.equal(['oulu', 'koillismaa', 'oulunkaari', 'lakeus', 'rannikko', 'oulun-etelainen']);
    expect(L.order.map((p) => [p.row, p.column])).to.deep.equal([
      [1, 1],
      [1, 2],
      [1, 3],
      [2, 1],
      [2, 2],
      [2, 3],
    ]);
    expect(L.groups).to.have.length(1);
    expect(L.groups[0].label).to.equal(undefined);
    expectNoOverlap(L);
  });

  it('never makes more columns than cards', () => {
    expect(layoutCards({ id: 'x', title: 'x', cards: [{ id: 'a', title: 'a' }] }, { width: 2000 }).columns).to.equal(1);
  });

  it('numbers a card only when the data does', () => {
    expect(layoutCards(tasks, { width: 900 }).order.map((p) => p.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(layoutCards(serviceAreas, { width: 900 }).order.every((p) => p.number === undefined)).to.equal(true);
  });
});

describe('cards layout: list', () => {
  it('is one numbered column: n where given, else the place', () => {
    const L = layoutCards(guidelines, { width: 1200 });
    expect(L.columns).to.equal(1);
    expect(L.order.map((p) => p.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    const unnumbered = layoutCards(
      {
        id: 'x',
        title: 'x',
        layout: 'list',
        cards: [
          { id: 'a', title: 'a' },
          { id: 'b', title: 'b', n: 9 },
          { id: 'c', title: 'c' },
        ],
      },
      { width: 1200 },
    );
    expect(unnumbered.order.map((p) => p.number)).to.deep.equal([1, 9, 3]);
  });
});

describe('cards layout: canvas', () => {
  it('places the seed canvas in two bands on four columns when wide', () => {
    const L = layoutCards(canvas, { width: 1200 });
    expect(L.narrow).to.equal(false);
    expect(L.columns).to.equal(4);
    expect(L.groups.map((g) => g.id)).to.deep.equal(['asiakkuudet-ja-palvelut', 'johtaminen']);
    expect(L.groups.map((g) => g.rows)).to.deep.equal([2, 1]);
    // The Johtaminen band's row 3 becomes its own first row.
    expect(L.byId.get('johtaminen')).to.include({ row: 1, column: 1 });
    expect(L.byId.get('verkosto')).to.include({ row: 2, column: 3, columns: 2 });
    expect(ids(L)).to.deep.equal(canvas.cards.map((c) => c.id));
    expect(L.order.map((p) => p.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expectNoOverlap(L);
  });

  it('reads as one column in band order when too narrow for its columns', () => {
    const min = canvasMinWidth(4, DEFAULTS);
    expect(layoutCards(canvas, { width: min }).narrow).to.equal(false);
    const L = layoutCards(canvas, { width: min - 1 });
    expect(L.narrow).to.equal(true);
    expect(L.columns).to.equal(1);
    expect(ids(L)).to.deep.equal(canvas.cards.map((c) => c.id));
    expect(L.groups[0].cards.map((p) => [p.row, p.column])).to.deep.equal([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
      [6, 1],
      [7, 1],
    ]);
    expect(layoutCards(canvas, { width: 320 }).narrow).to.equal(true);
  });

  it('reads in band order, not in placement order', () => {
    const set = smallCanvas();
    set.bands![0].cards = ['c', 'a', 'b'];
    const L = layoutCards(set, { width: 1000 });
    expect(ids(L)).to.deep.equal(['c', 'a', 'b', 'd', 'e']);
    expect(L.order.map((p) => p.order)).to.deep.equal([0, 1, 2, 3, 4]);
  });

  it('gives a card without an area the next free cell of its band', () => {
    const L = layoutCards(smallCanvas(), { width: 1000 });
    expect(L.columns).to.equal(3);
    expect(L.byId.get('d')).to.include({ row: 1, column: 2 });
    expect(L.byId.get('e')).to.include({ row: 1, column: 1 });
    expect(L.groups[1].rows).to.equal(1);
    expectNoOverlap(L);
  });

  it('puts cards no band names after the bands, unlabelled', () => {
    const set = smallCanvas();
    set.bands![1].cards = ['d'];
    const L = layoutCards(set, { width: 1000 });
    expect(L.groups.map((g) => g.id)).to.deep.equal(['yla', 'ala', undefined]);
    expect(L.groups[2].cards.map((p) => p.card.id)).to.deep.equal(['e']);
  });

  it('skips band members that are no card or already placed (the checks report them)', () => {
    const set = smallCanvas();
    set.bands![1].cards = ['zz', 'a', 'd', 'e'];
    const L = layoutCards(set, { width: 1000 });
    expect(ids(L)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
  });

  it('without areas or bands is a grid of what fits', () => {
    const L = layoutCards({ id: 'x', title: 'x', layout: 'canvas', cards: serviceAreas.cards }, { width: 700 });
    expect(canvasColumns(serviceAreas)).to.equal(0);
    expect(L.groups).to.have.length(1);
    expect(L.columns).to.equal(3);
    expectNoOverlap(L);
  });

  it('lays out 100 generated cards without overlap, in every layout', () => {
    for (const layout of ['grid', 'canvas', 'list'] as const) {
      const set = generateCardSet(100, { layout });
      const L = layoutCards(set, { width: 1400 });
      expect(L.order, layout).to.have.length(100);
      expect(new Set(L.order.map((p) => p.card.id)).size).to.equal(100);
      expectNoOverlap(L);
    }
  });
});

describe('cards: key figures', () => {
  it('prints numbers for the reader and says them without the space separator', () => {
    expect(figureText(415000, 'fi')).to.deep.equal({ text: '415\u00a0000', spoken: '415000' });
    expect(figureText(415000, 'sv').spoken).to.equal('415000');
    expect(figureText(415000, 'sv').text.replace(/\s/g, ' ')).to.equal('415 000');
    expect(figureText(415000, 'en')).to.deep.equal({ text: '415,000', spoken: '415000' });
    expect(figureText(15.9, 'fi')).to.deep.equal({ text: '15,9', spoken: '15,9' });
    expect(figureText(15.9, 'en')).to.deep.equal({ text: '15.9', spoken: '15.9' });
    expect(figureText(24, 'fi')).to.deep.equal({ text: '24', spoken: '24' });
  });

  it('has a figure on every key-figure card but the one the source gives without a number', () => {
    expect(keyFigures.cards.filter((c) => !c.figure).map((c) => c.id)).to.deep.equal(['lapset']);
  });
});
