/**
 * The care path's geometry, pure (no DOM, no language of its own), in em so that it follows the
 * reader's font and zoom. Lanes are horizontal bands, top to bottom as listed; steps sit in
 * columns along the flow (longest-path layering; with stages, each stage is a group of columns);
 * steps of one lane in one column stack into rows of that lane.
 *
 * Arrows never cross a box or a label because they only run where there are none: out of a box's
 * right side into the vertical gutter after its column, along a horizontal channel between rows,
 * down the gutter before the target's column and into the target's left side. Parallel lines in
 * one gutter or channel get their own tracks. Edge labels sit in a band of a channel over a
 * column, where no line runs. A cycle is kept and drawn; only the layering ignores its back edge.
 */
import { estimateLines, pickText, type CarePath, type CarePathEdge, type CarePathLane, type CarePathStep, type Text } from '@fc-kit/core';

export interface LayoutOptions {
  /** A data text as the reader will see it (default: the Finnish text). */
  text?: (text: Text) => string;
  /** Width available (em): boxes shrink to fit it, down to `minBoxWidth`. Default: no limit. */
  width?: number;
  /** Widest and narrowest a step's box may be (em). Defaults 12 and 9.5 (a long Finnish word still fits a line). */
  boxWidth?: number;
  minBoxWidth?: number;
  /** Width of the lane labels on the left (em). Default 10. */
  headerWidth?: number;
  /** Average character width and line height (em) for estimating wrapped labels. */
  charWidth?: number;
  lineHeight?: number;
  /** Inside a box or a label, each side (em). Default 0.5. */
  padding?: number;
  /** Narrowest gutter between columns and lowest channel between rows (em). Defaults 1.5 and 1. */
  gutter?: number;
  channel?: number;
  /** Distance between parallel lines (em). Default 0.5. */
  track?: number;
  /** How far below (out) and above (in) a box's middle its lines meet it (em). Default 0.35. */
  port?: number;
  /** Heights of drawn boxes (em) by step id, to correct the estimate once they are measured. */
  heights?: ReadonlyMap<string, number>;
}

export type Point = [x: number, y: number];

export interface StepBox {
  id: string;
  step: CarePathStep;
  /** Position in `steps` as written. */
  index: number;
  /** Index of its lane in `lanes`. */
  lane: number;
  column: number;
  /** Row in the whole figure, and the row within its lane and column (the stack). */
  row: number;
  slot: number;
  /** Position in the reading order (`sequence`). */
  order: number;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: number;
}

export interface LaneBand {
  index: number;
  id: string;
  lane: CarePathLane;
  y: number;
  height: number;
  /** Rows of the figure this lane holds: [first, first + rows). */
  firstRow: number;
  rows: number;
}

export interface StageBand {
  id: string;
  label: Text;
  x: number;
  width: number;
}

export interface EdgeRoute {
  /** Position in `edges` as written. */
  index: number;
  from: string;
  to: string;
  edge: CarePathEdge;
  optional: boolean;
  /** Goes against the flow, to a column no later than its own (closes a cycle). */
  back: boolean;
  /** Orthogonal polyline from the source's right side to the target's left side. */
  points: Point[];
  label?: { x: number; y: number; width: number; height: number; lines: number };
}

export interface CarePathLayout {
  width: number;
  height: number;
  headerWidth: number;
  boxWidth: number;
  /** Height of the stage headings above the lanes (0 without stages). */
  stageHeight: number;
  columns: number;
  lanes: LaneBand[];
  stages: StageBand[];
  /** Every step, as written. */
  steps: StepBox[];
  byId: Map<string, StepBox>;
  edges: EdgeRoute[];
  /** Reading order, for the list and the narrow view: column by column, lane by lane. */
  sequence: StepBox[];
  /** Where each step leads and what leads to it, in reading order (edges to unknown steps left out). */
  next: Map<string, string[]>;
  previous: Map<string, string[]>;
}

interface Segment {
  edge: number;
  lo: number;
  hi: number;
  track: number;
}

const defaults = {
  boxWidth: 12,
  minBoxWidth: 9.5,
  headerWidth: 10,
  charWidth: 0.55,
  lineHeight: 1.3,
  padding: 0.5,
  gutter: 1.5,
  channel: 1,
  track: 0.5,
  port: 0.35,
};

const sum = (list: number[], from = 0, to = list.length) => {
  let s = 0;
  for (let i = from; i < to; i++) s += list[i];
  return s;
};

export function layoutCarePath(path: CarePath, options: LayoutOptions = {}): CarePathLayout {
  const o = { ...defaults, ...options };
  const text = options.text ?? ((t: Text) => pickText(t, 'fi'));
  const laneOf = new Map(path.lanes.map((l, i) => [l.id, i]));
  const stageOf = new Map((path.stages ?? []).map((s, i) => [s.id, i]));
  const indexOf = new Map<string, number>();
  path.steps.forEach((s, i) => {
    if (!indexOf.has(s.id)) indexOf.set(s.id, i);
  });
  const n = path.steps.length;

  // ---- The graph: usable edges only (the layout may meet a document that was not checked).
  const edges = (path.edges ?? [])
    .map((edge, index) => ({ edge, index, u: indexOf.get(edge.from), v: indexOf.get(edge.to) }))
    .filter((e): e is { edge: CarePathEdge; index: number; u: number; v: number } => e.u !== undefined && e.v !== undefined && e.u !== e.v);
  const out: number[][] = Array.from({ length: n }, () => []);
  edges.forEach((e, k) => out[e.u].push(k));
  const back = findBackEdges(n, edges, out);

  // ---- Columns: longest path over the forward edges; with stages, within each stage.
  const order = topologicalOrder(n, edges, back);
  const stageCount = path.stages?.length ?? 0;
  const stage = new Array<number>(n).fill(0);
  const layer = new Array<number>(n).fill(0);
  for (const v of order) {
    const given = stageOf.get(path.steps[v].stage ?? '');
    if (given !== undefined) stage[v] = given;
  }
  // A step without a stage follows the latest stage that leads to it. Stages first, then layers:
  // a step's stage may still grow after one of its predecessors has been seen.
  for (const u of order) {
    for (const k of out[u]) {
      const v = edges[k].v;
      if (!back.has(k) && !stageOf.has(path.steps[v].stage ?? '')) stage[v] = Math.max(stage[v], stage[u]);
    }
  }
  for (const u of order) {
    for (const k of out[u]) {
      const v = edges[k].v;
      if (!back.has(k) && stage[v] === stage[u]) layer[v] = Math.max(layer[v], layer[u] + 1);
    }
  }
  const perStage = new Array<number>(Math.max(1, stageCount)).fill(1);
  for (let v = 0; v < n; v++) perStage[stage[v]] = Math.max(perStage[stage[v]], layer[v] + 1);
  const stageStart = perStage.map((_, i) => sum(perStage, 0, i));
  const columns = sum(perStage);
  const column = layer.map((l, v) => stageStart[stage[v]] + l);

  // ---- Rows: each lane stacks its steps of one column; a lane has at least one row.
  const laneCount = path.lanes.length;
  const lane = path.steps.map((s) => laneOf.get(s.lane) ?? 0);
  const slot = new Array<number>(n).fill(0);
  const filled = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    const cell = lane[v] * columns + column[v];
    slot[v] = filled.get(cell) ?? 0;
    filled.set(cell, slot[v] + 1);
  }
  const laneRows = new Array<number>(laneCount).fill(1);
  for (let v = 0; v < n; v++) laneRows[lane[v]] = Math.max(laneRows[lane[v]], slot[v] + 1);
  const firstRow = laneRows.map((_, i) => sum(laneRows, 0, i));
  const rows = sum(laneRows);
  const row = slot.map((s, v) => firstRow[lane[v]] + s);

  // ---- Routes in grid units: rows and channels alternate (channel k above row k), as do
  // gutters and columns (gutter g left of column g). A segment is an interval along one of them.
  const gutterSegments: Segment[][] = Array.from({ length: columns + 1 }, () => []);
  const channelSegments: Segment[][] = Array.from({ length: rows + 1 }, () => []);
  type Plan =
    | { kind: 'straight' }
    | { kind: 'step'; g: Segment }
    | { kind: 'channel'; a: Segment; c: Segment; b: Segment; k: number; ga: number; gb: number };
  const plans: Plan[] = edges.map((e, k) => {
    const [cu, cv, ru, rv] = [column[e.u], column[e.v], row[e.u], row[e.v]];
    const labelled = e.edge.label !== undefined && text(e.edge.label) !== '';
    if (!labelled && cv === cu + 1 && ru === rv) return { kind: 'straight' };
    if (!labelled && cv === cu + 1) {
      const g = { edge: k, lo: Math.min(2 * ru + 1, 2 * rv + 1), hi: Math.max(2 * ru + 1, 2 * rv + 1), track: 0 };
      gutterSegments[cu + 1].push(g);
      return { kind: 'step', g };
    }
    const forward = cv > cu;
    const channel = rv > ru ? rv : rv < ru ? rv + 1 : forward ? ru + 1 : ru;
    const [ga, gb] = [cu + 1, cv];
    const a = { edge: k, lo: Math.min(2 * ru + 1, 2 * channel), hi: Math.max(2 * ru + 1, 2 * channel), track: 0 };
    const b = { edge: k, lo: Math.min(2 * rv + 1, 2 * channel), hi: Math.max(2 * rv + 1, 2 * channel), track: 0 };
    const c = { edge: k, lo: Math.min(2 * ga, 2 * gb), hi: Math.max(2 * ga, 2 * gb), track: 0 };
    gutterSegments[ga].push(a);
    gutterSegments[gb].push(b);
    channelSegments[channel].push(c);
    return { kind: 'channel', a, b, c, k: channel, ga, gb };
  });
  const gutterTracks = gutterSegments.map(assignTracks);
  const channelTracks = channelSegments.map(assignTracks);

  // ---- Sizes: boxes from their wrapped labels (or as measured), lanes tall enough for their
  // heading and settings, gutters wide enough for their tracks.
  const gutterWidth = gutterTracks.map((t) => Math.max(o.gutter, (t + 1) * o.track));
  const fit = o.width === undefined ? o.boxWidth : (o.width - o.headerWidth - sum(gutterWidth)) / Math.max(1, columns);
  const boxWidth = Math.max(o.minBoxWidth, Math.min(o.boxWidth, fit));
  const inner = boxWidth - 2 * o.padding;
  const lines = path.steps.map((s) => estimateLines(text(s.label), inner, o.charWidth));
  const boxHeight = path.steps.map((s, v) => options.heights?.get(s.id) ?? lines[v] * o.lineHeight + 2 * o.padding);
  const rowHeight = new Array<number>(rows).fill(o.lineHeight + 2 * o.padding);
  for (let v = 0; v < n; v++) rowHeight[row[v]] = Math.max(rowHeight[row[v]], boxHeight[v]);

  // Edge labels: in the band on top of their channel, over a column the channel runs past
  // (or over the target's column when it runs past none); labels over one column stack.
  const labelPlace = new Map<number, { channel: number; column: number; lines: number; stack: number }>();
  const stacks = new Map<string, number>();
  const band = new Array<number>(rows + 1).fill(0);
  plans.forEach((p, k) => {
    if (p.kind !== 'channel') return;
    const label = edges[k].edge.label;
    if (label === undefined || text(label) === '') return;
    const [lo, hi] = [Math.min(p.ga, p.gb), Math.max(p.ga, p.gb)];
    const col = hi > lo ? Math.floor((lo + hi - 1) / 2) : Math.min(columns - 1, column[edges[k].v]);
    const labelLines = estimateLines(text(label), inner, o.charWidth);
    const key = `${p.k}:${col}`;
    const stack = stacks.get(key) ?? 0;
    stacks.set(key, stack + labelLines);
    labelPlace.set(k, { channel: p.k, column: col, lines: labelLines, stack });
    band[p.k] = Math.max(band[p.k], (stack + labelLines) * o.lineHeight + o.padding);
  });
  const channelHeight = channelTracks.map((t, k) => Math.max(o.channel, (t + 1) * o.track) + band[k]);

  // Lanes as tall as their heading: the lane's last row takes what is missing.
  const headerInner = o.headerWidth - 2 * o.padding;
  path.lanes.forEach((l, i) => {
    const headingLines =
      estimateLines(text(l.label), headerInner, o.charWidth) +
      (l.settings ?? []).reduce((s, t) => s + estimateLines(text(t), headerInner - 1, o.charWidth), 0);
    const need = headingLines * o.lineHeight + 2 * o.padding;
    const from = firstRow[i];
    const to = from + laneRows[i];
    const have = sum(rowHeight, from, to) + sum(channelHeight, from + 1, to);
    if (have < need) rowHeight[to - 1] += need - have;
  });

  const stageLines = (path.stages ?? []).map((s, i) =>
    estimateLines(text(s.label), perStage[i] * boxWidth + (perStage[i] - 1) * o.gutter - 2 * o.padding, o.charWidth),
  );
  const stageHeight = stageCount ? Math.max(...stageLines) * o.lineHeight + 2 * o.padding : 0;

  // ---- Positions.
  const gutterX: number[] = [];
  let x = o.headerWidth;
  for (let g = 0; g <= columns; g++) {
    gutterX.push(x);
    x += gutterWidth[g] + (g < columns ? boxWidth : 0);
  }
  const width = x;
  const columnX = (c: number) => gutterX[c] + gutterWidth[c];
  const channelY: number[] = [];
  const rowY: number[] = [];
  let y = stageHeight;
  for (let k = 0; k <= rows; k++) {
    channelY.push(y);
    y += channelHeight[k];
    if (k < rows) {
      rowY.push(y);
      y += rowHeight[k];
    }
  }
  const height = y;
  const trackX = (g: number, t: number) => gutterX[g] + ((t + 1) * gutterWidth[g]) / (gutterTracks[g] + 1);
  const trackY = (k: number, t: number) => channelY[k] + band[k] + ((t + 1) * (channelHeight[k] - band[k])) / (channelTracks[k] + 1);
  const centreY = (r: number) => rowY[r] + rowHeight[r] / 2;

  const steps: StepBox[] = path.steps.map((step, v) => ({
    id: step.id,
    step,
    index: v,
    lane: lane[v],
    column: column[v],
    row: row[v],
    slot: slot[v],
    order: 0,
    x: columnX(column[v]),
    y: centreY(row[v]) - boxHeight[v] / 2,
    width: boxWidth,
    height: boxHeight[v],
    lines: lines[v],
  }));

  const routes: EdgeRoute[] = edges.map((e, k) => {
    const p = plans[k];
    // Lines leave a box a little below its middle and enter a little above it, so that in one
    // gutter a line leaving one box never runs on top of a line entering the next.
    const port = p.kind === 'straight' ? 0 : o.port;
    const start: Point = [steps[e.u].x + boxWidth, centreY(row[e.u]) + port];
    const end: Point = [steps[e.v].x, centreY(row[e.v]) - port];
    let points: Point[];
    if (p.kind === 'straight') points = [start, end];
    else if (p.kind === 'step') {
      const gx = trackX(column[e.u] + 1, p.g.track);
      points = [start, [gx, start[1]], [gx, end[1]], end];
    } else {
      const [xa, xb, yk] = [trackX(p.ga, p.a.track), trackX(p.gb, p.b.track), trackY(p.k, p.c.track)];
      points = [start, [xa, start[1]], [xa, yk], [xb, yk], [xb, end[1]], end];
    }
    const route: EdgeRoute = {
      index: e.index,
      from: e.edge.from,
      to: e.edge.to,
      edge: e.edge,
      optional: e.edge.optional === true,
      back: column[e.v] <= column[e.u],
      points,
    };
    const place = labelPlace.get(k);
    if (place) {
      route.label = {
        x: columnX(place.column),
        y: channelY[place.channel] + o.padding / 2 + place.stack * o.lineHeight,
        width: boxWidth,
        height: place.lines * o.lineHeight,
        lines: place.lines,
      };
    }
    return route;
  });

  const lanes: LaneBand[] = path.lanes.map((l, i) => {
    const top = i === 0 ? 0 : channelY[firstRow[i]] + channelHeight[firstRow[i]] / 2;
    const last = firstRow[i] + laneRows[i];
    const bottom = i === laneCount - 1 ? height : channelY[last] + channelHeight[last] / 2;
    const y0 = i === 0 ? stageHeight : top;
    return { index: i, id: l.id, lane: l, y: y0, height: bottom - y0, firstRow: firstRow[i], rows: laneRows[i] };
  });

  const stages: StageBand[] = (path.stages ?? []).map((s, i) => {
    const x0 = columnX(stageStart[i]);
    const x1 = columnX(stageStart[i] + perStage[i] - 1) + boxWidth;
    return { id: s.id, label: s.label, x: x0, width: x1 - x0 };
  });

  // Reading order: along the flow, lanes top to bottom within a column. Steps joined to nothing
  // (in a path that has arrows) come last: they are not part of the flow.
  const joined = new Set<number>();
  for (const e of edges) joined.add(e.u).add(e.v);
  const loose = (v: number) => (edges.length > 0 && !joined.has(v) ? 1 : 0);
  const sequence = [...steps].sort((a, b) => loose(a.index) - loose(b.index) || a.column - b.column || a.row - b.row || a.index - b.index);
  sequence.forEach((s, i) => (s.order = i));

  const next = new Map<string, string[]>(steps.map((s) => [s.id, []]));
  const previous = new Map<string, string[]>(steps.map((s) => [s.id, []]));
  const byOrder = [...edges].sort((a, b) => steps[a.v].order - steps[b.v].order || steps[a.u].order - steps[b.u].order);
  for (const e of byOrder) {
    const [from, to] = [path.steps[e.u].id, path.steps[e.v].id];
    if (!next.get(from)!.includes(to)) next.get(from)!.push(to);
  }
  byOrder.sort((a, b) => steps[a.u].order - steps[b.u].order);
  for (const e of byOrder) {
    const [from, to] = [path.steps[e.u].id, path.steps[e.v].id];
    if (!previous.get(to)!.includes(from)) previous.get(to)!.push(from);
  }

  const byId = new Map<string, StepBox>();
  for (const s of steps) if (!byId.has(s.id)) byId.set(s.id, s);
  return {
    width,
    height,
    headerWidth: o.headerWidth,
    boxWidth,
    stageHeight,
    columns,
    lanes,
    stages,
    steps,
    byId,
    edges: routes,
    sequence,
    next,
    previous,
  };
}

/**
 * Edges that close a cycle, by a depth-first walk from the steps in written order (so the first
 * written step of a loop comes first). Kept iterative: a path may be long.
 */
function findBackEdges(n: number, edges: { u: number; v: number }[], out: number[][]): Set<number> {
  const state = new Uint8Array(n); // 0 new, 1 on the walk, 2 done
  const back = new Set<number>();
  for (let root = 0; root < n; root++) {
    if (state[root]) continue;
    const stack: [node: number, next: number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1];
      const [u, i] = top;
      if (i >= out[u].length) {
        state[u] = 2;
        stack.pop();
        continue;
      }
      top[1]++;
      const k = out[u][i];
      const v = edges[k].v;
      if (state[v] === 1) back.add(k);
      else if (state[v] === 0) {
        state[v] = 1;
        stack.push([v, 0]);
      }
    }
  }
  return back;
}

/** Kahn's order over the forward edges; ties in written order. */
function topologicalOrder(n: number, edges: { u: number; v: number }[], back: Set<number>): number[] {
  const indegree = new Array<number>(n).fill(0);
  const out: number[][] = Array.from({ length: n }, () => []);
  edges.forEach((e, k) => {
    if (back.has(k)) return;
    indegree[e.v]++;
    out[e.u].push(e.v);
  });
  const ready: number[] = [];
  for (let v = 0; v < n; v++) if (indegree[v] === 0) ready.push(v);
  const order: number[] = [];
  // A min-heap would keep written order strictly; a sorted queue is enough at these sizes.
  while (ready.length) {
    ready.sort((a, b) => a - b);
    const u = ready.shift()!;
    order.push(u);
    for (const v of out[u]) if (--indegree[v] === 0) ready.push(v);
  }
  return order;
}

/**
 * Gives each segment the lowest track free along its whole interval (interval partitioning);
 * returns how many tracks the gutter or channel needs.
 */
function assignTracks(segments: Segment[]): number {
  const sorted = [...segments].sort((a, b) => a.lo - b.lo || a.hi - b.hi || a.edge - b.edge);
  const ends: number[] = [];
  for (const s of sorted) {
    let t = ends.findIndex((end) => end < s.lo);
    if (t === -1) {
      t = ends.length;
      ends.push(s.hi);
    } else ends[t] = s.hi;
    s.track = t;
  }
  return ends.length;
}
