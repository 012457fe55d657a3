import { expect } from '@open-wc/testing';
import type { Roadmap } from '@fc-kit/core';
import { groupByStartYear, layoutRoadmap, type ItemBox, type RoadmapLayout } from '../src/roadmap-layout.js';
import { createTimeScale, itemSpan, ticksFor } from '../src/time-scale.js';
import { formatSpan, formatTime, tickLabel } from '../src/time-labels.js';
import { moveFocus, type NavItem } from '../src/roadmap-keyboard.js';
import { clone, etelaPohjanmaaRoadmap, pohjoisPohjanmaaRoadmap, everyStatus } from './fixtures.js';
import { generateRoadmap } from './generate.js';

const ep = () => clone(etelaPohjanmaaRoadmap);
const box = (L: RoadmapLayout, id: string) => L.byId.get(id)!;

/** No two boxes in one row of a lane overlap; every box inside the track and at least as wide as asked. */
function expectSound(L: RoadmapLayout, minWidth: number) {
  for (const lane of L.lanes) {
    const rows = new Map<number, ItemBox[]>();
    for (const b of lane.items) {
      expect(b.box0, b.id).to.be.at.least(0);
      expect(b.box1, b.id).to.be.at.most(L.width + 1e-9);
      expect(b.box1 - b.box0, `${b.id} width`).to.be.at.least(Math.min(minWidth, L.width) - 0.02);
      // The bar (or milestone) lies inside its box.
      expect(b.x0, b.id).to.be.at.least(b.box0 - 1e-9);
      expect(b.x1, b.id).to.be.at.most(b.box1 + 1e-9);
      expect(b.row, b.id).to.be.below(lane.rows);
      if (!rows.has(b.row)) rows.set(b.row, []);
      rows.get(b.row)!.push(b);
    }
    for (const [row, boxes] of rows) {
      boxes.sort((a, b) => a.box0 - b.box0);
      for (let i = 1; i < boxes.length; i++) {
        expect(boxes[i].box0, `${boxes[i - 1].id} and ${boxes[i].id} overlap in row ${row} of ${lane.id}`).to.be.at.least(
          boxes[i - 1].box1,
        );
      }
    }
    // Time order: start, then end.
    for (let i = 1; i < lane.items.length; i++) {
      const [a, b] = [lane.items[i - 1], lane.items[i]];
      expect(a.start < b.start || (a.start === b.start && a.end <= b.end), `${a.id} before ${b.id}`).to.equal(true);
      expect(b.order).to.equal(i);
    }
  }
}

describe('time scale', () => {
  it('spans from the start of the first period to the end of the last', () => {
    const s = createTimeScale('2022', '2025', 1461);
    expect(s.range).to.deep.equal({ start: Date.UTC(2022, 0, 1), end: Date.UTC(2026, 0, 1) });
    // 1461 days over 1461 px: a pixel a day.
    expect(s.x(Date.UTC(2023, 0, 1))).to.be.closeTo(365, 1e-9);
    expect(s.x(Date.UTC(2026, 0, 1))).to.be.closeTo(1461, 1e-9);
    expect(createTimeScale('2023-Q2', '2023-Q3', 100).range).to.deep.equal({ start: Date.UTC(2023, 3, 1), end: Date.UTC(2023, 9, 1) });
    expect(() => createTimeScale('2025', '2022', 100)).to.throw(RangeError);
  });

  it('gives a milestone no length and a bar its whole periods', () => {
    expect(itemSpan('2024-05')).to.deep.equal({ start: Date.UTC(2024, 4, 1), end: Date.UTC(2024, 4, 1) });
    expect(itemSpan('2023-Q3', '2024')).to.deep.equal({ start: Date.UTC(2023, 6, 1), end: Date.UTC(2025, 0, 1) });
    expect(itemSpan('2023-03-15', '2023-03-15')).to.deep.equal({ start: Date.UTC(2023, 2, 15), end: Date.UTC(2023, 2, 16) });
    expect(itemSpan('2023-13')).to.equal(undefined);
  });

  it('ticks years always, quarters and months only where their labels fit', () => {
    const narrow = ticksFor(createTimeScale('2022', '2025', 800));
    expect(narrow.years.map((t) => t.key)).to.deep.equal(['2022', '2023', '2024', '2025']);
    expect(narrow.years.every((t) => t.labelled)).to.equal(true);
    expect(narrow.quarters).to.deep.equal([]); // a quarter is 50 px
    const wide = ticksFor(createTimeScale('2022', '2025', 1200));
    expect(wide.quarters.map((t) => t.key).slice(0, 5)).to.deep.equal(['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4', '2023-Q1']);
    expect(wide.quarters).to.have.length(16);
    expect(wide.months).to.deep.equal([]);
    const oneYear = ticksFor(createTimeScale('2024', '2024', 900));
    expect(oneYear.months).to.have.length(12);
    expect(oneYear.months[4]).to.include({ key: '2024-05', start: Date.UTC(2024, 4, 1) });
    expect(oneYear.months[4].x0).to.be.closeTo((900 * (31 + 29 + 31 + 30)) / 366, 1e-6);
  });

  it('labels every n-th year when years are narrow, and cuts periods at the range', () => {
    const t = ticksFor(createTimeScale('2000', '2039', 600)); // 15 px a year
    expect(t.years).to.have.length(40);
    expect(
      t.years
        .filter((y) => y.labelled)
        .map((y) => y.key)
        .slice(0, 3),
    ).to.deep.equal(['2000', '2003', '2006']);
    const cut = ticksFor(createTimeScale('2022-11', '2023-02', 400));
    expect(cut.years.map((y) => [y.key, y.start, y.end])).to.deep.equal([
      ['2022', Date.UTC(2022, 10, 1), Date.UTC(2023, 0, 1)],
      ['2023', Date.UTC(2023, 0, 1), Date.UTC(2023, 2, 1)],
    ]);
    expect(cut.years[0].x0).to.equal(0);
    expect(cut.years[1].x1).to.be.closeTo(400, 1e-9);
  });
});

describe('time labels', () => {
  it('writes times at their precision, in each language', () => {
    expect(formatTime('2023', 'fi')).to.equal('2023');
    expect(formatTime('2023-Q2', 'fi')).to.equal('2. neljännes 2023');
    expect(formatTime('2023-Q2', 'sv')).to.equal('kvartal 2 2023');
    expect(formatTime('2023-Q2', 'en')).to.equal('Q2 2023');
    expect(formatTime('2023-05', 'fi')).to.equal('toukokuu 2023');
    expect(formatTime('2023-05', 'sv')).to.equal('maj 2023');
    expect(formatTime('2023-05', 'en')).to.equal('May 2023');
    expect(formatTime('2023-03-15', 'fi')).to.equal('15.3.2023');
    expect(formatTime('2023-03-15', 'en')).to.equal('15 Mar 2023');
  });

  it('joins a span with an en dash, spaced between phrases', () => {
    expect(formatSpan('2022', '2023', 'fi')).to.equal('2022–2023');
    expect(formatSpan('2022', '2022', 'fi')).to.equal('2022');
    expect(formatSpan('2024-05', undefined, 'en')).to.equal('May 2024');
    expect(formatSpan('2023-03', '2024-06-30', 'fi')).to.equal('maaliskuu 2023 – 30.6.2024');
    expect(formatSpan('2022', '2023-Q2', 'en')).to.equal('2022 – Q2 2023');
  });

  it('labels ticks: the year, the quarter, the month', () => {
    const t = ticksFor(createTimeScale('2024', '2024', 900));
    expect(tickLabel(t.years[0], 'fi')).to.equal('2024');
    expect(tickLabel(t.quarters[1], 'fi')).to.equal('2. nelj.');
    expect(tickLabel(t.quarters[1], 'sv')).to.equal('kv. 2');
    expect(tickLabel(t.quarters[1], 'en')).to.equal('Q2');
    expect(tickLabel(t.months[4], 'en')).to.equal('May');
    expect(tickLabel(t.months[4], 'sv')).to.match(/^maj/);
  });
});

describe('layoutRoadmap', () => {
  it('puts Etelä-Pohjanmaa\u2019s four themes in lanes, in theme order, each item in its own', () => {
    const L = layoutRoadmap(ep(), { width: 800 });
    expect(L.lanes.map((l) => l.id)).to.deep.equal([
      'johtaminen-organisaatio-rakenteet-ja-palveluverkko',
      'pakolliset-toteutettavat-asiat',
      'tietojarjestelmat-ja-digitalisaatio',
      'toimintamallien-kehittaminen-ja-yhtenaistaminen',
    ]);
    expect(L.lanes.map((l) => l.items.length)).to.deep.equal([3, 4, 3, 5]);
    expect(L.items).to.have.length(15);
    expect(box(L, 'lomakkeet').lane).to.equal(1);
  });

  it('places known items from the start of their start to the end of their end', () => {
    const L = layoutRoadmap(ep(), { width: 1461 }); // a pixel a day over 2022–2025
    expect(box(L, 'johtamisrakenne')).to.include({ x0: 0, x1: 730, milestone: false });
    expect(box(L, 'verkoston-johtaminen')).to.include({ x0: 365, x1: 1461 });
    expect(box(L, 'palvelupolut')).to.include({ x0: 0, x1: 1461 });
    expect(box(L, 'koordinaattoritoiminta')).to.include({ x0: 365, x1: 730 });
    expect(box(L, 'sahkoinen-perhekeskus')).to.include({ x0: 365, x1: 1096 });
    expect(box(L, 'johtamisrakenne').start).to.equal(Date.UTC(2022, 0, 1));
    expect(box(L, 'johtamisrakenne').end).to.equal(Date.UTC(2024, 0, 1));
  });

  it('draws an item without an end as a milestone at its start, one with an end as a bar', () => {
    const L = layoutRoadmap(clone(everyStatus), { width: 2000 });
    const milestone = box(L, 'i4'); // 2025-05, no end
    expect(milestone.milestone).to.equal(true);
    expect(milestone.x0).to.equal(milestone.x1);
    expect(milestone.x0).to.be.closeTo(L.scale.x(Date.UTC(2025, 4, 1)), 0.01);
    // Its box starts a little before it, so the marker is centred on its time.
    expect(milestone.box0).to.be.closeTo(milestone.x0 - 5, 0.01);
    const bar = box(L, 'i1');
    expect(bar.milestone).to.equal(false);
    expect(bar.x1 - bar.x0).to.be.closeTo(L.scale.x(Date.UTC(2023, 6, 1)), 0.01);
  });

  it('stacks overlapping items in rows and keeps items that follow each other in one row', () => {
    const L = layoutRoadmap(ep(), { width: 1200 });
    // The four mandatory tasks all take 2022: four rows.
    expect(L.lanes[1].rows).to.equal(4);
    expect(L.lanes[1].items.map((b) => b.row).sort()).to.deep.equal([0, 1, 2, 3]);
    // 2022–2023 and 2023 overlap; 2023–2025 overlaps both.
    expect(L.lanes[0].rows).to.equal(3);
    const seq = layoutRoadmap(
      {
        ...ep(),
        items: [
          { id: 'a', theme: 'pakolliset-toteutettavat-asiat', label: 'A', start: '2022', end: '2022' },
          { id: 'b', theme: 'pakolliset-toteutettavat-asiat', label: 'B', start: '2023', end: '2024' },
        ],
      },
      { width: 1200 },
    );
    expect([box(seq, 'a').row, box(seq, 'b').row]).to.deep.equal([0, 0]);
    expectSound(L, 176);
  });

  it('widens a short item\u2019s box to a legible width, inside the track', () => {
    const L = layoutRoadmap(ep(), { width: 400, minItemWidth: 150 }); // a year is 100 px
    const b = box(L, 'yhtenaiset-verkkosivut');
    expect(b.x1 - b.x0).to.be.closeTo(100, 0.1);
    expect(b.box1 - b.box0).to.be.closeTo(150, 0.01);
    // An item at the end of the road grows to the left instead.
    const end = layoutRoadmap(clone(everyStatus), { width: 400, minItemWidth: 150 });
    expect(box(end, 'i4').box1).to.equal(400);
    expect(box(end, 'i4').box0).to.equal(250);
    expectSound(L, 150);
    expectSound(end, 150);
  });

  it('sets the goal at the end of the road', () => {
    expect(layoutRoadmap(ep(), { width: 900 }).goal).to.deep.equal({
      x: 900,
      text: {
        fi: 'Kansallisten linjausten mukaisesti toimiva Perhekeskus',
        sv: 'Ett familjecenter som fungerar enligt de nationella riktlinjerna',
        en: 'A family centre working in line with the national guidelines',
      },
    });
    const { goal: _goal, ...withoutGoal } = ep();
    expect(layoutRoadmap(withoutGoal as Roadmap, { width: 900 }).goal).to.equal(undefined);
  });

  it('draws today only inside the range', () => {
    const inside = layoutRoadmap(ep(), { width: 1461, today: '2023-07-02' });
    expect(inside.today).to.deep.equal({ time: Date.UTC(2023, 6, 2), x: 365 + 182 });
    expect(layoutRoadmap(ep(), { width: 1461, today: '2022-01-01' }).today?.x).to.equal(0);
    expect(layoutRoadmap(ep(), { width: 1461, today: '2026-01-01' }).today).to.equal(undefined);
    expect(layoutRoadmap(ep(), { width: 1461, today: '2021-12-31' }).today).to.equal(undefined);
    expect(layoutRoadmap(ep(), { width: 1461 }).today).to.equal(undefined);
    expect(layoutRoadmap(ep(), { width: 1461, today: 'eilen' }).today).to.equal(undefined);
  });

  it('skips items it cannot place when called without validation', () => {
    const r = ep();
    r.items.push(
      { id: 'x', theme: 'no-such-theme', label: 'X', start: '2023' },
      { id: 'y', theme: r.themes[0].id, label: 'Y', start: '2023-13' },
    );
    const L = layoutRoadmap(r, { width: 800 });
    expect(L.items).to.have.length(15);
    expect(L.byId.has('x') || L.byId.has('y')).to.equal(false);
  });

  it('gives the same output for the same input', () => {
    const a = layoutRoadmap(generateRoadmap(300, 7), { width: 900, today: '2025-03-01' });
    const b = layoutRoadmap(generateRoadmap(300, 7), { width: 900, today: '2025-03-01' });
    const project = (L: RoadmapLayout) => L.items.map(({ item: _item, ...rest }) => rest);
    expect(project(a)).to.deep.equal(project(b));
    expect(a.lanes.map((l) => l.rows)).to.deep.equal(b.lanes.map((l) => l.rows));
  });

  it('lays out the seeds and 500 generated items soundly, 500 in a few milliseconds', () => {
    expectSound(layoutRoadmap(ep(), { width: 700 }), 176);
    expectSound(layoutRoadmap(clone(pohjoisPohjanmaaRoadmap), { width: 700 }), 176);
    const big = generateRoadmap(500, 1);
    const L = layoutRoadmap(big, { width: 900 });
    expect(L.items).to.have.length(500);
    expectSound(L, 176);
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      layoutRoadmap(big, { width: 900 + i });
      times.push(performance.now() - t0);
    }
    times.sort((x, y) => x - y);
    console.info(`layoutRoadmap, 500 items: median ${times[3].toFixed(2)} ms`);
    expect(times[3]).to.be.below(25);
  });

  it('groups items by the year they start in, in time order', () => {
    const groups = groupByStartYear(layoutRoadmap(ep(), { width: 800 }));
    expect(groups.map((g) => g.year)).to.deep.equal([2022, 2023]);
    expect(groups[0].items.map((b) => b.id)).to.deep.equal([
      'yhtenaiset-verkkosivut',
      'lomakkeet',
      'kriteeristo',
      'suunnitelmat', // 2022 only, lane 2
      'johtamisrakenne',
      'palveluohjausmalli',
      'seuranta-ja-arviointi', // 2022–2023
      'palvelupolut', // 2022–2025
    ]);
    expect(groups[1].items).to.have.length(7);
  });
});

describe('moveFocus', () => {
  const lanes: NavItem[][] = [
    [
      { id: 'a1', start: 0, end: 10 },
      { id: 'a2', start: 20, end: 30 },
      { id: 'a3', start: 50, end: 60 },
    ],
    [],
    [
      { id: 'c1', start: 5, end: 6 },
      { id: 'c2', start: 45, end: 70 },
    ],
  ];
  const key = (k: string, extra = {}) => ({ key: k, ...extra });

  it('moves in time within a lane and stays at its ends', () => {
    expect(moveFocus(lanes, 'a1', key('ArrowRight'), 'grid')).to.equal('a2');
    expect(moveFocus(lanes, 'a3', key('ArrowRight'), 'grid')).to.equal('a3');
    expect(moveFocus(lanes, 'a2', key('ArrowLeft'), 'grid')).to.equal('a1');
    expect(moveFocus(lanes, 'a1', key('ArrowLeft'), 'grid')).to.equal('a1');
    expect(moveFocus(lanes, 'a2', key('End'), 'grid')).to.equal('a3');
    expect(moveFocus(lanes, 'a2', key('Home'), 'grid')).to.equal('a1');
  });

  it('moves between lanes to the item nearest in time, over empty lanes', () => {
    expect(moveFocus(lanes, 'a3', key('ArrowDown'), 'grid')).to.equal('c2');
    expect(moveFocus(lanes, 'a2', key('ArrowDown'), 'grid')).to.equal('c1'); // |20−5| < |20−45|
    expect(moveFocus(lanes, 'c1', key('ArrowUp'), 'grid')).to.equal('a1');
    expect(moveFocus(lanes, 'c2', key('ArrowUp'), 'grid')).to.equal('a3');
    expect(moveFocus(lanes, 'c2', key('ArrowDown'), 'grid')).to.equal('c2');
    expect(moveFocus(lanes, 'a1', key('ArrowUp'), 'grid')).to.equal('a1');
    expect(moveFocus(lanes, 'a2', key('End', { ctrlKey: true }), 'grid')).to.equal('c2');
    expect(moveFocus(lanes, 'c2', key('Home', { ctrlKey: true }), 'grid')).to.equal('a1');
  });

  it('walks the list in reading order', () => {
    expect(moveFocus(lanes, 'a3', key('ArrowDown'), 'list')).to.equal('c1');
    expect(moveFocus(lanes, 'a3', key('ArrowRight'), 'list')).to.equal('c1');
    expect(moveFocus(lanes, 'c1', key('ArrowUp'), 'list')).to.equal('a3');
    expect(moveFocus(lanes, 'c2', key('ArrowDown'), 'list')).to.equal('c2');
    expect(moveFocus(lanes, 'a2', key('End'), 'list')).to.equal('c2');
    expect(moveFocus(lanes, 'c2', key('Home'), 'list')).to.equal('a1');
  });

  it('leaves other keys, modified arrows and unknown ids to the page', () => {
    expect(moveFocus(lanes, 'a1', key('Tab'), 'grid')).to.equal(undefined);
    expect(moveFocus(lanes, 'a1', key('a'), 'list')).to.equal(undefined);
    expect(moveFocus(lanes, 'a1', key('ArrowRight', { altKey: true }), 'grid')).to.equal(undefined);
    expect(moveFocus(lanes, 'a1', key('ArrowRight', { shiftKey: true }), 'grid')).to.equal(undefined);
    expect(moveFocus(lanes, 'zz', key('ArrowRight'), 'grid')).to.equal(undefined);
  });
});
