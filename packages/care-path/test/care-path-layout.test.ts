import { expect } from '@open-wc/testing';
import { pickText, type CarePath } from '@fc-kit/core';
import { layoutCarePath, type CarePathLayout, type EdgeRoute, type Point } from '../src/care-path-layout.js';
import { moveTargets } from '../src/care-path-keyboard.js';
import { reach } from '../src/care-path-reach.js';
import { clone, nepsyPath, smallPath, wellbeingClinicPath } from './fixtures.js';
import { generateCarePath } from './generate.js';

type Rect = { x: number; y: number; width: number; height: number };
const EPS = 1e-6;

/** Whether an axis-parallel segment passes through the inside of a rectangle (touching its edge is not). */
function crosses([a, b]: [Point, Point], r: Rect): boolean {
  const [x0, x1] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  const [y0, y1] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  return x1 > r.x + EPS && x0 < r.x + r.width - EPS && y1 > r.y + EPS && y0 < r.y + r.height - EPS;
}
const segments = (route: EdgeRoute) => route.points.slice(1).map((p, i) => [route.points[i], p] as [Point, Point]);

/** What every layout must hold: orthogonal routes from side to side, around every box and label. */
function expectSound(L: CarePathLayout, path: CarePath) {
  const boxes = L.steps;
  const labels = L.edges.flatMap((e) => (e.label ? [e.label] : []));
  for (const e of L.edges) {
    const [from, to] = [L.byId.get(e.from)!, L.byId.get(e.to)!];
    const [first, last] = [e.points[0], e.points[e.points.length - 1]];
    expect(first[0], `${e.from}→${e.to} starts on the right side`).to.be.closeTo(from.x + from.width, EPS);
    expect(first[1]).to.be.within(from.y, from.y + from.height);
    expect(last[0], `${e.from}→${e.to} ends on the left side`).to.be.closeTo(to.x, EPS);
    expect(last[1]).to.be.within(to.y, to.y + to.height);
    // The last run is horizontal and long enough for an arrowhead.
    const before = e.points[e.points.length - 2];
    expect(before[1]).to.be.closeTo(last[1], EPS);
    expect(last[0] - before[0], `${e.from}→${e.to} arrowhead room`).to.be.at.least(0.45);
    for (const s of segments(e)) {
      expect(Math.abs(s[0][0] - s[1][0]) < EPS || Math.abs(s[0][1] - s[1][1]) < EPS, 'orthogonal').to.equal(true);
      for (const b of boxes) expect(crosses(s, b), `${e.from}→${e.to} crosses ${b.id}`).to.equal(false);
      for (const l of labels) expect(crosses(s, l), `${e.from}→${e.to} crosses an edge label`).to.equal(false);
    }
  }
  // Boxes inside their lane's band, inside the figure, not overlapping; lane headers fit.
  for (const b of boxes) {
    const lane = L.lanes[b.lane];
    expect(b.step.lane).to.equal(lane.id);
    expect(b.y, b.id).to.be.at.least(lane.y - EPS);
    expect(b.y + b.height, b.id).to.be.at.most(lane.y + lane.height + EPS);
    expect(b.x, b.id).to.be.at.least(L.headerWidth);
    expect(b.x + b.width, b.id).to.be.at.most(L.width + EPS);
    for (const c of boxes) {
      const apart = b.x + b.width <= c.x + EPS || c.x + c.width <= b.x + EPS || b.y + b.height <= c.y + EPS || c.y + c.height <= b.y + EPS;
      if (c !== b) expect(apart, `${b.id} overlaps ${c.id}`).to.equal(true);
    }
  }
  for (let i = 1; i < L.lanes.length; i++) expect(L.lanes[i].y).to.be.closeTo(L.lanes[i - 1].y + L.lanes[i - 1].height, EPS);
  expect(L.sequence.map((s) => s.id).sort()).to.deep.equal(path.steps.map((s) => s.id).sort());
}

/** Two lines on top of each other, not just crossing: overlapping collinear runs of different edges that share no end. */
function overlaps(L: CarePathLayout): string[] {
  const found: string[] = [];
  const runs = L.edges.flatMap((e) => segments(e).map((s) => ({ e, s })));
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < runs.length; j++) {
      const [a, b] = [runs[i], runs[j]];
      if (a.e === b.e || a.e.from === b.e.from || a.e.to === b.e.to) continue;
      const vertical = (s: [Point, Point]) => Math.abs(s[0][0] - s[1][0]) < EPS;
      if (vertical(a.s) !== vertical(b.s)) continue;
      const [k, m] = vertical(a.s) ? [0, 1] : [1, 0];
      if (Math.abs(a.s[0][k] - b.s[0][k]) > EPS) continue;
      const lo = Math.max(Math.min(a.s[0][m], a.s[1][m]), Math.min(b.s[0][m], b.s[1][m]));
      const hi = Math.min(Math.max(a.s[0][m], a.s[1][m]), Math.max(b.s[0][m], b.s[1][m]));
      if (hi - lo > EPS) found.push(`${a.e.from}→${a.e.to} / ${b.e.from}→${b.e.to}`);
    }
  }
  return found;
}

describe('care path layout', () => {
  it('lays the Nepsy path out as four bands with the reconstructed flow left to right', () => {
    const L = layoutCarePath(nepsyPath);
    expectSound(L, nepsyPath);
    expect(L.lanes.map((l) => l.id)).to.deep.equal(['oma-elinymparisto', 'sote-keskus', 'erikoissairaanhoito', 'muu-verkosto']);
    const col = (id: string) => L.byId.get(id)!.column;
    expect(col('palvelutarpeen-tunnistaminen')).to.equal(0);
    expect(col('moniammatillinen-arvio')).to.equal(1);
    expect(col('hoitosuunnitelma')).to.equal(3);
    for (const b of ['tutkimukset-ja-hoito-esh', 'terapiat', 'kevyet-tukitoimet', 'pedagoginen-tuki', 'kelan-kuntoutustuet'])
      expect(col(b), b).to.equal(4);
    expect(col('jatkohoito-ja-seuranta')).to.equal(5);
    expect(col('sujuva-arki')).to.equal(6);
    // Two support steps share the child's own lane in one column: the lane stacks them.
    expect(L.lanes[0].rows).to.equal(2);
    expect(overlaps(L)).to.deep.equal([]);
  });

  it('reads the Nepsy path in flow order and puts the step without arrows last', () => {
    const L = layoutCarePath(nepsyPath);
    const order = L.sequence.map((s) => s.id);
    expect(order.slice(0, 4)).to.deep.equal([
      'palvelutarpeen-tunnistaminen',
      'moniammatillinen-arvio',
      'diagnostiset-tutkimukset',
      'hoitosuunnitelma',
    ]);
    expect(order.at(-1)).to.equal('palveluihin-ohjaaminen');
    expect(L.next.get('hoitosuunnitelma')).to.have.length(5);
    expect(L.previous.get('jatkohoito-ja-seuranta')).to.have.length(5);
    expect(L.next.get('sujuva-arki')).to.deep.equal([]);
    // The branches are listed lane by lane, as a reader scans them.
    expect(L.next.get('hoitosuunnitelma')![0]).to.equal('kevyet-tukitoimet');
  });

  it('draws the wellbeing clinic loop back, dashed and labelled, without layering it', () => {
    const L = layoutCarePath(wellbeingClinicPath);
    expectSound(L, wellbeingClinicPath);
    const loop = L.edges.find((e) => e.from === 'sovitaan-etenemisesta' && e.to === 'verkosto-kootaan')!;
    expect(loop.back).to.equal(true);
    expect(loop.optional).to.equal(true);
    expect(loop.label, 'label placed').to.not.equal(undefined);
    expect(L.byId.get('verkosto-kootaan')!.column).to.be.below(L.byId.get('sovitaan-etenemisesta')!.column);
    expect(L.edges.filter((e) => e.back)).to.have.length(1);
  });

  it('puts stages as groups of columns, in order, and steps inside their stage', () => {
    const L = layoutCarePath(smallPath);
    expectSound(L, smallPath);
    expect(L.stages.map((s) => s.id)).to.deep.equal(['alku', 'tuki']);
    expect(L.stageHeight).to.be.above(0);
    for (const b of L.steps) {
      const stage = L.stages.find((s) => s.id === b.step.stage)!;
      expect(b.x, b.id).to.be.at.least(stage.x - EPS);
      expect(b.x + b.width, b.id).to.be.at.most(stage.x + stage.width + EPS);
      expect(b.y).to.be.at.least(L.stageHeight);
    }
    // Within a stage the flow still orders: perhetyö before arki.
    expect(L.byId.get('arki')!.column).to.be.above(L.byId.get('perhetyo')!.column);
  });

  it('keeps a stage without steps as a column and places a step without a stage after what leads to it', () => {
    const p = clone(smallPath);
    p.stages!.splice(1, 0, { id: 'tyhja', label: 'Tyhjä vaihe' });
    delete p.steps[4].stage;
    const L = layoutCarePath(p);
    expectSound(L, p);
    expect(L.stages[1].width).to.be.above(0);
    expect(L.byId.get('arki')!.x).to.be.at.least(L.stages[2].x);
  });

  it('wraps long labels into taller boxes and taller rows, and takes measured heights', () => {
    const p = clone(smallPath);
    p.steps[1].label = 'Moniammatillinen arvio ja verkostoneuvottelu perheen kanssa yhdessä sovittuna aikana';
    const L = layoutCarePath(p, { text: (t) => pickText(t, 'fi') });
    const short = L.byId.get('huoli')!;
    const long = L.byId.get('arvio')!;
    expect(long.lines).to.be.above(2);
    expect(long.height).to.be.above(short.height);
    // A word longer than a line breaks rather than overflowing the box.
    p.steps[0].label = 'Sosiaalihuoltolain mukainen palvelutarpeenarviointikeskustelu';
    expect(layoutCarePath(p).byId.get('huoli')!.lines).to.be.at.least(2);
    const measured = layoutCarePath(p, { heights: new Map([['huoli', 9]]) });
    expect(measured.byId.get('huoli')!.height).to.equal(9);
    expectSound(measured, p);
  });

  it('makes lanes tall enough for their label and settings', () => {
    const L = layoutCarePath(nepsyPath);
    // Lapsen/nuoren oma elinympäristö + four settings: at least five lines.
    expect(L.lanes[0].height).to.be.at.least(5 * 1.3);
  });

  it('shrinks boxes to the width given, down to a floor', () => {
    const wide = layoutCarePath(nepsyPath);
    const fitted = layoutCarePath(nepsyPath, { width: 120 });
    const floor = layoutCarePath(nepsyPath, { width: 20 });
    expect(wide.boxWidth).to.equal(12);
    expect(fitted.width).to.be.at.most(120 + EPS);
    expect(floor.boxWidth).to.equal(9.5);
  });

  it('translates labels for wrapping with the text function', () => {
    const en = layoutCarePath(nepsyPath, { text: (t) => pickText(t, 'en') });
    const pedagogical = en.byId.get('pedagoginen-tuki')!;
    expect(pedagogical.lines).to.be.at.least(4);
  });

  it('survives what only a document that was not checked has: unknown ends, self-links, no edges', () => {
    const p = clone(smallPath);
    p.edges!.push({ from: 'x', to: 'arki' }, { from: 'arki', to: 'arki' });
    const L = layoutCarePath(p);
    expect(L.edges).to.have.length(smallPath.edges!.length);
    const none = clone(smallPath);
    delete none.edges;
    const M = layoutCarePath(none);
    expect(M.edges).to.deep.equal([]);
    // Without arrows: stage by stage, lane by lane.
    expect(M.sequence.map((s) => s.id)).to.deep.equal(['huoli', 'arvio', 'arki', 'perhetyo', 'ryhma']);
  });

  it('routes a generated path of 200 steps and 400 edges soundly, with and without stages', () => {
    for (const p of [generateCarePath(200, 400, 1), generateCarePath(80, 160, 7, true), generateCarePath(30, 120, 2)]) {
      const L = layoutCarePath(p);
      expectSound(L, p);
      expect(L.edges).to.have.length(p.edges!.length);
      expect(overlaps(L), p.id).to.deep.equal([]);
    }
  });
});

describe('care path keyboard', () => {
  const L = layoutCarePath(nepsyPath);
  it('Right and Left follow the arrows; a branch offers every next step', () => {
    expect(moveTargets(L, 'palvelutarpeen-tunnistaminen', 'next')).to.deep.equal(['moniammatillinen-arvio']);
    expect(moveTargets(L, 'moniammatillinen-arvio', 'previous')).to.deep.equal(['palvelutarpeen-tunnistaminen']);
    expect(moveTargets(L, 'hoitosuunnitelma', 'next')).to.have.length(5);
    expect(moveTargets(L, 'sujuva-arki', 'next')).to.deep.equal([]);
  });

  it('Up and Down go to the nearest step in the next lane that has one, through a stack first', () => {
    expect(moveTargets(L, 'terapiat', 'down')).to.deep.equal(['tutkimukset-ja-hoito-esh']);
    expect(moveTargets(L, 'tutkimukset-ja-hoito-esh', 'down')).to.deep.equal(['kelan-kuntoutustuet']);
    expect(moveTargets(L, 'kelan-kuntoutustuet', 'down')).to.deep.equal([]);
    const stacked = L.steps
      .filter((s) => s.lane === 0 && s.column === 4)
      .sort((a, b) => a.slot - b.slot)
      .map((s) => s.id);
    expect(moveTargets(L, stacked[0], 'down')).to.deep.equal([stacked[1]]);
    expect(moveTargets(L, 'terapiat', 'up')).to.deep.equal([stacked[1]]);
  });

  it('Home and End go to the first and last step in reading order', () => {
    expect(moveTargets(L, 'terapiat', 'first')).to.deep.equal(['palvelutarpeen-tunnistaminen']);
    expect(moveTargets(L, 'terapiat', 'last')).to.deep.equal(['palveluihin-ohjaaminen']);
  });
});

describe('care path reach', () => {
  it('finds everything upstream and downstream of a step', () => {
    const L = layoutCarePath(nepsyPath);
    const { up, down } = reach(L, 'terapiat');
    expect([...up].sort()).to.deep.equal([
      'diagnostiset-tutkimukset',
      'hoitosuunnitelma',
      'moniammatillinen-arvio',
      'palvelutarpeen-tunnistaminen',
    ]);
    expect([...down].sort()).to.deep.equal(['jatkohoito-ja-seuranta', 'sujuva-arki']);
    const loose = reach(L, 'palveluihin-ohjaaminen');
    expect(loose.up.size + loose.down.size).to.equal(0);
  });

  it('in a loop, a step is both up- and downstream', () => {
    const L = layoutCarePath(wellbeingClinicPath);
    const { up, down } = reach(L, 'verkosto-kootaan');
    expect(up.has('sovitaan-etenemisesta') && down.has('sovitaan-etenemisesta')).to.equal(true);
    expect(up.has('verkosto-kootaan'), 'itself, through the loop').to.equal(true);
    expect(down.has('tuen-tarve')).to.equal(false);
  });
});
