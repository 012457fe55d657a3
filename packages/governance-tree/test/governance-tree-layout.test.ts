import { expect } from '@open-wc/testing';
import type { GovernanceTree } from '@fc-kit/core';
import etelaPohjanmaa from '@fc-kit/datasets/etela-pohjanmaa.json';
import thl from '@fc-kit/datasets/thl-perhekeskus.json';
import pohjoisPohjanmaa from '@fc-kit/datasets/pohjois-pohjanmaa.json';
import { withDetails } from './fixtures.js';
import {
  estimateLines,
  estimateNodeHeight,
  layoutGovernanceTree,
  type GovernanceLayout,
  type NodeBox,
} from '../src/governance-tree-layout.js';
import { deepTree, generateTree } from './generate.js';

const ep = etelaPohjanmaa.governance[0] as GovernanceTree;
const ph = thl.governance[0] as GovernanceTree;

const intersects = (a: NodeBox, b: NodeBox) =>
  a.x < b.x + b.width - 1e-6 && b.x < a.x + a.width - 1e-6 && a.y < b.y + b.height - 1e-6 && b.y < a.y + a.height - 1e-6;

/** Every property the issue asks of a layout, checked on any tree. */
function expectSound(L: GovernanceLayout, tree: GovernanceTree) {
  // No two boxes overlap (sorted sweep over x keeps this fast for 1,000 boxes).
  const byX = [...L.nodes].sort((a, b) => a.x - b.x);
  for (let i = 0; i < byX.length; i++) {
    for (let j = i + 1; j < byX.length && byX[j].x < byX[i].x + byX[i].width; j++) {
      if (intersects(byX[i], byX[j])) expect.fail(`${byX[i].id} overlaps ${byX[j].id}`);
    }
  }
  for (const n of L.nodes) {
    // Inside the drawing.
    expect(n.x, n.id).to.be.at.least(0);
    expect(n.x + n.width, n.id).to.be.at.most(L.width + 1e-6);
    expect(n.y + n.height, n.id).to.be.at.most(L.height + 1e-6);
    // In its band, and its band is its level (unless the data puts a child above its parent's level).
    const band = L.bands[n.band];
    expect(n.y, `${n.id} top in band`).to.be.at.least(band.y + band.labelHeight - 1e-6);
    expect(n.y + n.height, `${n.id} bottom in band`).to.be.at.most(band.y + band.height + 1e-6);
    expect(tree.levels[n.level].id).to.equal(n.node.level);
    if (n.parent < 0) continue;
    const p = L.nodes[n.parent];
    if (n.level >= p.band) expect(n.band, n.id).to.equal(n.level);
    // Under its parent: lower, and within the parent's subtree's span.
    expect(n.y, `${n.id} below ${p.id}`).to.be.at.least(p.y + p.height);
    expect(p.children).to.include(n.index);
  }
  for (const p of L.nodes) {
    if (!p.children.length) continue;
    const kids = p.children.map((c) => L.nodes[c]);
    if (kids[0].stacked) {
      // A stacked column hangs from the parent's left part, indented.
      for (const k of kids)
        expect(k.x)
          .to.be.greaterThan(p.x)
          .and.lessThan(p.x + p.width);
    } else {
      // The parent is centred over its first and last child.
      const mid = (kids[0].x + kids[kids.length - 1].x) / 2;
      expect(p.x, `${p.id} centred`).to.be.closeTo(mid, 1e-3);
    }
  }
  // Bands follow each other in the tree's order, without gaps.
  L.bands.forEach((b, i) => {
    expect(b.id).to.equal(tree.levels[i].id);
    if (i > 0) expect(b.y).to.be.closeTo(L.bands[i - 1].y + L.bands[i - 1].height, 1e-3);
  });
}

/** Points along an SVG path made of M, L and C commands (what the layout writes). */
function pointsOf(d: string): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  let at = { x: 0, y: 0 };
  for (const [, cmd, args] of d.matchAll(/([MLC])([^MLC]*)/g)) {
    const n = args
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (cmd === 'M') at = { x: n[0], y: n[1] };
    else if (cmd === 'L') {
      for (let t = 0; t <= 1; t += 0.05) out.push({ x: at.x + (n[0] - at.x) * t, y: at.y + (n[1] - at.y) * t });
      at = { x: n[0], y: n[1] };
    } else {
      const [x1, y1, x2, y2, x3, y3] = n;
      for (let t = 0; t <= 1; t += 0.02) {
        const u = 1 - t;
        out.push({
          x: u * u * u * at.x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
          y: u * u * u * at.y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
        });
      }
      at = { x: x3, y: y3 };
    }
  }
  return out;
}

const plain = (L: GovernanceLayout) => JSON.stringify({ ...L, byId: undefined, nodes: L.nodes.map((n) => ({ ...n, node: n.node.id })) });

describe('layoutGovernanceTree', () => {
  it('lays out Etelä-Pohjanmaa: levels as bands, children under parents, no overlaps', () => {
    const L = layoutGovernanceTree(ep);
    expectSound(L, ep);
    expect(L.nodes.map((n) => n.id)).to.deep.equal([
      'lape-yhteistyoryhma',
      'toiminnasta-vastaava-ryhma',
      'perhekeskuskoordinaattori',
      'perhekeskuksen-ryhma',
      'perhekeskusvastaava',
    ]);
    expect(L.bands.map((b) => [b.id, b.count])).to.deep.equal([
      ['hyvinvointialue', 3],
      ['perhekeskus', 2],
    ]);
    const at = (id: string) => L.byId.get(id)!;
    expect(at('perhekeskuksen-ryhma').band).to.equal(1);
    expect(at('perhekeskuskoordinaattori').band).to.equal(0);
    // The group per family centre is on the lower level, so below the coordinator on the same parent.
    expect(at('perhekeskuksen-ryhma').y).to.be.greaterThan(at('perhekeskuskoordinaattori').y + at('perhekeskuskoordinaattori').height);
  });

  it('gives tree positions the screen reader needs', () => {
    const L = layoutGovernanceTree(ph);
    const at = (id: string) => L.byId.get(id)!;
    expect([at('lape-yhteistyoryhma').depth, at('lape-yhteistyoryhma').posInSet, at('lape-yhteistyoryhma').setSize]).to.deep.equal([
      1, 1, 1,
    ]);
    expect([
      at('perhekeskuskoordinaattori').depth,
      at('perhekeskuskoordinaattori').posInSet,
      at('perhekeskuskoordinaattori').setSize,
    ]).to.deep.equal([3, 1, 2]);
    expect([at('perhekeskuksen-ryhma').posInSet, at('perhekeskuksen-ryhma').setSize]).to.deep.equal([2, 2]);
    expect(at('perhekeskusvastaava').depth).to.equal(4);
    expect(at('perhekeskusvastaava').hasChildren).to.equal(false);
    expect(at('perhekeskuksen-ryhma').expanded).to.equal(true);
  });

  it('is stable: the same input gives the same layout', () => {
    expect(plain(layoutGovernanceTree(ep))).to.equal(plain(layoutGovernanceTree(ep)));
    const big = generateTree(1000, 7);
    expect(plain(layoutGovernanceTree(big))).to.equal(plain(layoutGovernanceTree(structuredClone(big))));
  });

  it('lays out 1,000 generated nodes soundly and fast', () => {
    const tree = generateTree(1000, 1);
    const started = performance.now();
    const L = layoutGovernanceTree(tree);
    const took = performance.now() - started;
    expect(L.nodes).to.have.length(1000);
    expectSound(L, tree);
    // Many leaves under one parent become a column, so the tree stays about as wide as it has groups of leaves.
    expect(L.nodes.some((n) => n.stacked)).to.equal(true);
    expect(took, `layout took ${took.toFixed(1)} ms`).to.be.lessThan(50);
  });

  for (const seed of [2, 3, 4, 5]) {
    it(`is sound for generated trees of other shapes (seed ${seed})`, () => {
      const tree = generateTree(20 + seed * 37, seed);
      expectSound(layoutGovernanceTree(tree), tree);
    });
  }

  it('leaves out collapsed subtrees and counts what they hide', () => {
    const L = layoutGovernanceTree(ep, { collapsed: new Set(['toiminnasta-vastaava-ryhma']) });
    expect(L.nodes.map((n) => n.id)).to.deep.equal(['lape-yhteistyoryhma', 'toiminnasta-vastaava-ryhma']);
    const group = L.byId.get('toiminnasta-vastaava-ryhma')!;
    expect(group.expanded).to.equal(false);
    expect(group.hasChildren).to.equal(true);
    expect(group.hiddenCount).to.equal(3);
    expect(L.bands[1].count).to.equal(0);
    expect(L.bands[1].height).to.be.greaterThan(0);
    expectSound(L, ep);
  });

  it('uses measured heights and lines up the boxes of a row', () => {
    const tree = generateTree(30, 3);
    const L = layoutGovernanceTree(tree, { heights: new Map([['n1', 9]]) });
    const op = L.byId.get('n1')!;
    expect(op.ownHeight).to.equal(9);
    expect(op.height).to.equal(9);
    // The coordinator is in the same row, so as tall.
    expect(L.byId.get('n2')!.y).to.equal(op.y);
    expect(L.byId.get('n2')!.height).to.equal(9);
    expectSound(L, tree);
  });

  it('draws a connector from each parent to each visible child', () => {
    const L = layoutGovernanceTree(ep);
    const segments = L.connectors.match(/M/g)!.length;
    // Per parent: the drop from the parent, and a drop to each child; a bar when the x differ.
    expect(segments).to.be.at.least(L.nodes.length - 1 + 3);
    const top = L.byId.get('perhekeskusvastaava')!;
    expect(L.connectors).to.contain(`V${top.y}`);
  });

  it('draws links between the right boxes, and not to hidden ones', () => {
    const tree: GovernanceTree = {
      ...structuredClone(ep),
      links: [
        { from: 'perhekeskuskoordinaattori', to: 'perhekeskusvastaava', label: 'Tuki' },
        { from: 'lape-yhteistyoryhma', to: 'perhekeskuksen-ryhma' },
      ],
    };
    const L = layoutGovernanceTree(tree);
    expect(L.links.map((l) => [l.from, l.to, l.index])).to.deep.equal([
      ['perhekeskuskoordinaattori', 'perhekeskusvastaava', 0],
      ['lape-yhteistyoryhma', 'perhekeskuksen-ryhma', 1],
    ]);
    for (const link of L.links) {
      const numbers = link.d.match(/-?[\d.]+/g)!.map(Number);
      const [sx, sy] = numbers.slice(0, 2);
      const [ex, ey] = numbers.slice(-2);
      const onEdge = (n: NodeBox, x: number, y: number) =>
        x >= n.x - 1e-3 && x <= n.x + n.width + 1e-3 && y >= n.y - 1e-3 && y <= n.y + n.height + 1e-3;
      expect(onEdge(L.byId.get(link.from)!, sx, sy), `${link.from} starts ${link.d}`).to.equal(true);
      expect(onEdge(L.byId.get(link.to)!, ex, ey), `${link.to} ends ${link.d}`).to.equal(true);
    }
    // The label sits where no box is.
    const label = L.links[0];
    const box = { x: label.labelX - label.labelWidth / 2, y: label.labelY - 0.6, width: label.labelWidth, height: 1.2 };
    for (const n of L.nodes) expect(intersects(n, box as NodeBox), n.id).to.equal(false);
    const collapsed = layoutGovernanceTree(tree, { collapsed: new Set(['perhekeskuksen-ryhma']) });
    expect(collapsed.links.map((l) => l.index)).to.deep.equal([1]);
  });

  it('routes links around the boxes between their ends', () => {
    for (const tree of [pohjoisPohjanmaa.governance[0] as GovernanceTree, withDetails]) {
      const L = layoutGovernanceTree(tree);
      expect(L.links.length).to.equal(tree.links!.length);
      for (const link of L.links) {
        for (const p of pointsOf(link.d)) {
          for (const n of L.nodes) {
            if (n.id === link.from || n.id === link.to) continue;
            const inside = p.x > n.x && p.x < n.x + n.width && p.y > n.y && p.y < n.y + n.height;
            expect(inside, `${link.from}→${link.to} runs through ${n.id}`).to.equal(false);
          }
        }
        expect(link.bottom).to.be.at.most(L.height);
      }
      // Two lines do not share a lane.
      const verticals = L.links.flatMap((l) => [...l.d.matchAll(/L(-?[\d.]+) (-?[\d.]+)L\1 /g)].map((m) => Number(m[1])));
      expect(new Set(verticals).size).to.equal(verticals.length);
      if (tree.id === 'pohjois-pohjanmaa-koordinaatio') expect(verticals.length).to.be.at.least(2);
    }
  });

  it('keeps two cooperation lines apart so each can be followed, and a label inside one level', () => {
    const tree = pohjoisPohjanmaa.governance[0] as GovernanceTree;
    const L = layoutGovernanceTree(tree, { text: (t) => (typeof t === 'string' ? t : (t?.fi ?? '')) });
    const [a, b] = L.links.map((l) => pointsOf(l.d));
    // Lines may cross, but not run side by side: few points of one lie near the other.
    const near = b.filter((p) => a.some((q) => Math.hypot(p.x - q.x, p.y - q.y) < 0.6));
    expect(near.length, `${L.links[0].d} / ${L.links[1].d}`).to.be.at.most(8);
    for (const link of L.links.filter((l) => l.label)) {
      const top = link.labelY - link.labelHeight / 2;
      const bottom = link.labelY + link.labelHeight / 2;
      // No level boundary runs through the label.
      for (const band of L.bands.slice(1))
        expect(band.y <= top - 1e-6 || band.y >= bottom + 1e-6, `label ${top}–${bottom} over ${band.y}`).to.equal(true);
      const box = { x: link.labelX - link.labelWidth / 2, y: top, width: link.labelWidth, height: link.labelHeight } as NodeBox;
      for (const n of L.nodes) expect(intersects(n, box), n.id).to.equal(false);
      expect(box.x).to.be.at.least(0);
      expect(box.x + box.width).to.be.at.most(L.width + 1e-6);
    }
  });

  it('walks a tree 50 levels deep without recursion trouble', () => {
    const tree = deepTree(50);
    const L = layoutGovernanceTree(tree);
    expect(L.nodes).to.have.length(50);
    expect(L.nodes[49].depth).to.equal(50);
    expectSound(L, tree);
  });

  it('keeps a child under its parent even when the data puts it on a higher level', () => {
    const tree: GovernanceTree = {
      id: 't',
      title: 'T',
      levels: [
        { id: 'ylä', label: 'Ylä' },
        { id: 'ala', label: 'Ala' },
      ],
      root: { id: 'a', label: 'A', level: 'ala', children: [{ id: 'b', label: 'B', level: 'ylä' }] },
    };
    const L = layoutGovernanceTree(tree);
    const b = L.byId.get('b')!;
    expect(b.level).to.equal(0);
    expect(b.band).to.equal(1);
    expect(b.y).to.be.greaterThan(L.byId.get('a')!.y);
    expect(L.bands[0].count).to.equal(0);
  });

  it('estimates wrapped lines and box heights from the text', () => {
    expect(estimateLines('', 10, 0.5)).to.equal(1);
    expect(estimateLines('aaaa bbbb', 10, 0.5)).to.equal(1);
    expect(estimateLines('aaaa bbbb cccc dddd eeee', 5, 0.5)).to.equal(3);
    expect(estimateLines('a'.repeat(45), 10, 0.5)).to.equal(3);
    expect(estimateNodeHeight('Lyhyt', true)).to.be.lessThan(
      estimateNodeHeight('Hyvin pitkä nimi joka ei millään mahdu yhdelle riville laatikossa', true),
    );
    expect(estimateNodeHeight('Lyhyt', false)).to.be.lessThan(estimateNodeHeight('Lyhyt', true));
  });
});
