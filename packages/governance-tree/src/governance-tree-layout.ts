/**
 * Where every piece of a governance tree goes: a pure function, no DOM. All lengths are in `em`
 * of the tree's font, so the drawing scales with the reader's text size and with `fit="zoom"`.
 *
 * The shape: levels are horizontal bands from top to bottom in the order the tree lists them; each
 * node sits in its level's band, below its parent. Every subtree owns a horizontal slot of its
 * own and siblings' slots never overlap, so boxes cannot overlap; a parent is centred over its
 * children. When a node has many children that are all leaves, they are stacked in one column
 * under it (an org-chart habit) so that wide structures stay readable.
 *
 * Everything walks the tree with explicit stacks: the core accepts trees 50 levels deep.
 */
import type { GovernanceNode, GovernanceTree, Text } from '@fc-kit/core';
import { routeLinks, type LinkPath } from './link-routes.js';
import { estimateLines } from './text-estimate.js';

export { estimateLines };

export interface LayoutOptions {
  /** Ids of nodes whose children are hidden. */
  collapsed?: ReadonlySet<string>;
  /** Measured box heights (em) by node id; others are estimated from their text. */
  heights?: ReadonlyMap<string, number>;
  /** Data text → string in the reader's language (for estimates). Default: the Finnish text. */
  text?: (value: Text | undefined) => string;
  /** Box width. */
  nodeWidth?: number;
  columnGap?: number;
  rowGap?: number;
  /** Leaf children of one parent are stacked in a column from this many on. */
  stackFrom?: number;
  stackIndent?: number;
  stackGap?: number;
}

export interface NodeBox {
  id: string;
  node: GovernanceNode;
  /** Position in the visible reading order (pre-order). */
  index: number;
  /** Index of the parent box, -1 for the root. */
  parent: number;
  /** Indices of the visible children. */
  children: number[];
  /** 1-based depth in the tree: `aria-level`. */
  depth: number;
  /** 1-based position among its siblings and their count: `aria-posinset`, `aria-setsize`. */
  posInSet: number;
  setSize: number;
  /** Index of the node's own level in `tree.levels`. */
  level: number;
  /** Index of the band it is drawn in: its level, or its parent's band when the data puts a child on a higher level. */
  band: number;
  /** Whether the node has children at all; `expanded` tells whether they are shown. */
  hasChildren: boolean;
  expanded: boolean;
  /** How many nodes a collapse hides below this one. */
  hiddenCount: number;
  /** Whether this box is one of a stacked column of leaves. */
  stacked: boolean;
  /** Where the connector to the children leaves the box, from its left edge. */
  toggleX: number;
  x: number;
  y: number;
  width: number;
  /** The box's height: the tallest in its row, so a row's boxes line up. */
  height: number;
  /** The height its own text needs (measured or estimated). */
  ownHeight: number;
}

export interface LevelBand {
  id: string;
  label: Text;
  index: number;
  y: number;
  height: number;
  /** Space at the top of the band kept for its label. */
  labelHeight: number;
  /** Number of visible nodes in it. */
  count: number;
}

export type { LinkPath };

export interface GovernanceLayout {
  width: number;
  height: number;
  nodeWidth: number;
  /** Visible nodes in reading order. */
  nodes: NodeBox[];
  byId: Map<string, NodeBox>;
  bands: LevelBand[];
  /** One SVG path for every parent–child connector. */
  connectors: string;
  /** Links whose two ends are both visible. */
  links: LinkPath[];
}

const DEFAULTS = {
  nodeWidth: 16,
  columnGap: 1.5,
  rowGap: 2.5,
  stackFrom: 4,
  stackIndent: 1.5,
  stackGap: 1.1,
};

/** Kept in step with the box styles in `governance-tree-styles.ts`. */
export const BOX = {
  border: 0.125,
  paddingBlock: 0.4,
  paddingInline: 0.6,
  kindLine: 1.2,
  labelLine: 1.3,
  charWidth: 0.56,
  bandLabel: 2.25,
  bandLabelLine: 1.35,
  bandLabelChar: 0.6,
  bandLabelWidth: 24,
  bandBottom: 1.75,
  emptyBand: 1.5,
} as const;

/** A box's height before it has been measured. */
export function estimateNodeHeight(label: string, hasKind: boolean, nodeWidth = DEFAULTS.nodeWidth): number {
  const inner = nodeWidth - 2 * (BOX.border + BOX.paddingInline);
  return round(
    2 * (BOX.border + BOX.paddingBlock) + (hasKind ? BOX.kindLine : 0) + estimateLines(label, inner, BOX.charWidth) * BOX.labelLine,
  );
}

const round = (n: number) => Math.round(n * 1000) / 1000;

interface Work {
  box: NodeBox;
  depthInBand: number;
  /** Width of the slot the subtree owns. */
  slot: number;
  stacksChildren: boolean;
}

export function layoutGovernanceTree(tree: GovernanceTree, options: LayoutOptions = {}): GovernanceLayout {
  const o = { ...DEFAULTS, ...options };
  const text = options.text ?? ((t: Text | undefined) => (t === undefined ? '' : typeof t === 'string' ? t : (t.fi ?? t.sv ?? t.en ?? '')));
  const collapsed = options.collapsed ?? new Set<string>();
  const W = o.nodeWidth;
  const levelIndex = new Map(tree.levels.map((l, i) => [l.id, i]));

  // 1. The visible nodes in reading order, with depth, band and row.
  const work: Work[] = [];
  const stack: { node: GovernanceNode; parent: number; posInSet: number; setSize: number }[] = [
    { node: tree.root, parent: -1, posInSet: 1, setSize: 1 },
  ];
  while (stack.length) {
    const { node, parent, posInSet, setSize } = stack.pop()!;
    const index = work.length;
    const up = parent >= 0 ? work[parent] : undefined;
    const level = levelIndex.get(node.level) ?? 0;
    const band = up ? Math.max(level, up.box.band) : level;
    const kids = node.children ?? [];
    const expanded = kids.length > 0 && !collapsed.has(node.id);
    const label = text(node.label);
    const ownHeight = options.heights?.get(node.id) ?? estimateNodeHeight(label, node.kind !== undefined, W);
    const box: NodeBox = {
      id: node.id,
      node,
      index,
      parent,
      children: [],
      depth: up ? up.box.depth + 1 : 1,
      posInSet,
      setSize,
      level,
      band,
      hasChildren: kids.length > 0,
      expanded,
      hiddenCount: expanded ? 0 : countBelow(node),
      stacked: false,
      toggleX: W / 2,
      x: 0,
      y: 0,
      width: W,
      height: ownHeight,
      ownHeight,
    };
    work.push({ box, depthInBand: up && up.box.band === band ? up.depthInBand + 1 : 0, slot: W, stacksChildren: false });
    up?.box.children.push(index);
    if (expanded) {
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], parent: index, posInSet: i + 1, setSize: kids.length });
    }
  }

  // 2. Slot widths, children before parents.
  for (let i = work.length - 1; i >= 0; i--) {
    const w = work[i];
    const kids = w.box.children.map((c) => work[c]);
    if (!kids.length) continue;
    const allLeaves = kids.every((k) => k.box.children.length === 0 && k.box.band === kids[0].box.band);
    if (allLeaves && kids.length >= o.stackFrom) {
      w.stacksChildren = true;
      w.slot = o.stackIndent + W;
      w.box.toggleX = o.stackIndent / 2;
      for (const k of kids) k.box.stacked = true;
    } else {
      w.slot = Math.max(W, kids.reduce((sum, k) => sum + k.slot, 0) + o.columnGap * (kids.length - 1));
    }
  }

  // 3. x, parents before children: each child gets its part of the parent's slot.
  const slotLeft = new Float64Array(work.length);
  for (const w of work) {
    const left = slotLeft[w.box.index];
    const kids = w.box.children.map((c) => work[c]);
    if (!kids.length) {
      w.box.x = left + (w.slot - W) / 2;
    } else if (w.stacksChildren) {
      w.box.x = left;
      for (const k of kids) {
        slotLeft[k.box.index] = left + o.stackIndent;
      }
    } else {
      const total = kids.reduce((sum, k) => sum + k.slot, 0) + o.columnGap * (kids.length - 1);
      let cursor = left + (w.slot - total) / 2;
      for (const k of kids) {
        slotLeft[k.box.index] = cursor;
        cursor += k.slot + o.columnGap;
      }
    }
  }
  // A parent's x needs its children's, so centre parents children-first.
  for (let i = work.length - 1; i >= 0; i--) {
    const w = work[i];
    if (w.stacksChildren || !w.box.children.length) continue;
    const first = work[w.box.children[0]].box;
    const last = work[w.box.children[w.box.children.length - 1]].box;
    w.box.x = (first.x + last.x) / 2;
  }

  // 4. Rows: per band, one row per generation within the band.
  const rows: { height: number; extent: number; y: number }[][] = tree.levels.map(() => []);
  const rowOf = (w: Work) => (rows[w.box.band][w.depthInBand] ??= { height: 0, extent: 0, y: 0 });
  for (const w of work) {
    if (!w.box.stacked) {
      const row = rowOf(w);
      row.height = Math.max(row.height, w.box.height);
      row.extent = Math.max(row.extent, w.box.height);
    }
  }
  for (const w of work) {
    if (!w.stacksChildren) continue;
    const kids = w.box.children.map((c) => work[c]);
    const extent = kids.reduce((sum, k) => sum + k.box.height, 0) + o.stackGap * (kids.length - 1);
    const row = rowOf(kids[0]);
    row.extent = Math.max(row.extent, extent);
  }

  // 5. Bands and row positions, top to bottom.
  const bands: LevelBand[] = [];
  let top = 0;
  const width = round(work.length ? work[0].slot : W);
  const labelWidth = Math.min(BOX.bandLabelWidth, width) - 1;
  const counts = tree.levels.map(() => 0);
  for (const w of work) counts[w.box.band]++;
  tree.levels.forEach((level, b) => {
    const labelLines = estimateLines(text(level.label), labelWidth, BOX.bandLabelChar);
    const labelHeight = Math.max(BOX.bandLabel, 0.9 + labelLines * BOX.bandLabelLine);
    let cursor = top + labelHeight;
    const bandRows = rows[b];
    let used = false;
    for (let r = 0; r < bandRows.length; r++) {
      const row = bandRows[r];
      if (!row) continue;
      if (used) cursor += o.rowGap;
      row.y = cursor;
      cursor += row.extent;
      used = true;
    }
    const height = used ? cursor - top + BOX.bandBottom : labelHeight + BOX.emptyBand;
    bands.push({
      id: level.id,
      label: level.label,
      index: b,
      y: round(top),
      height: round(height),
      labelHeight: round(labelHeight),
      count: counts[b],
    });
    top += height;
  });

  for (const w of work) {
    const row = rows[w.box.band][w.depthInBand];
    if (!w.box.stacked) {
      w.box.y = row.y;
      w.box.height = row.height;
    }
  }
  for (const w of work) {
    if (!w.stacksChildren) continue;
    let y = rows[work[w.box.children[0]].box.band][work[w.box.children[0]].depthInBand].y;
    for (const c of w.box.children) {
      const box = work[c].box;
      box.y = y;
      y += box.height + o.stackGap;
    }
  }

  const nodes = work.map((w) => w.box);
  for (const box of nodes) {
    box.x = round(box.x);
    box.y = round(box.y);
    box.height = round(box.height);
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = routeLinks(tree, byId, nodes, text, { boundaries: bands.slice(1).map((b) => b.y), width });
  // An arch under the lowest boxes needs room: the last band grows to hold it.
  const lowest = Math.max(0, ...links.map((l) => l.bottom));
  if (lowest + 0.5 > top && bands.length) {
    const last = bands[bands.length - 1];
    last.height = round(last.height + lowest + 0.5 - top);
    top = lowest + 0.5;
  }
  return {
    width,
    height: round(top),
    nodeWidth: W,
    nodes,
    byId,
    bands,
    connectors: connectorPath(work, o.rowGap, o.stackIndent),
    links,
  };
}

/** Nodes below a node, counted without recursion. */
function countBelow(node: GovernanceNode): number {
  let count = 0;
  const stack = [...(node.children ?? [])];
  while (stack.length) {
    const n = stack.pop()!;
    count++;
    if (n.children) stack.push(...n.children);
  }
  return count;
}

const f = (n: number) => String(round(n));

function connectorPath(work: Work[], rowGap: number, indent: number): string {
  const parts: string[] = [];
  for (const w of work) {
    const p = w.box;
    if (!p.children.length) continue;
    const bottom = p.y + p.height;
    if (w.stacksChildren) {
      const trunk = p.x + indent / 2;
      const kids = p.children.map((c) => work[c].box);
      const last = kids[kids.length - 1];
      parts.push(`M${f(trunk)} ${f(bottom)}V${f(last.y + last.height / 2)}`);
      for (const k of kids) parts.push(`M${f(trunk)} ${f(k.y + k.height / 2)}H${f(k.x)}`);
      continue;
    }
    const px = p.x + p.width / 2;
    // Close under the parent, so that a bar to children in the next band stays in the parent's band.
    const bar = bottom + Math.min(rowGap / 2, BOX.bandBottom - 0.5);
    const kids = p.children.map((c) => work[c].box);
    const xs = kids.map((k) => k.x + k.width / 2);
    parts.push(`M${f(px)} ${f(bottom)}V${f(bar)}`);
    const lo = Math.min(px, ...xs);
    const hi = Math.max(px, ...xs);
    if (hi - lo > 0.001) parts.push(`M${f(lo)} ${f(bar)}H${f(hi)}`);
    kids.forEach((k, i) => parts.push(`M${f(xs[i])} ${f(bar)}V${f(k.y)}`));
  }
  return parts.join('');
}
