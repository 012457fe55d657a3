/**
 * Where the dashed cooperation lines go. Several candidate routes are tried between two boxes —
 * curves side to side, one above the other, arches over or under, and right-angled routes that
 * run along the gaps between rows and columns — and the one that crosses the fewest other boxes
 * and runs least alongside the lines already drawn wins: a line that runs behind boxes, or beside
 * another dashed line, cannot be followed. Its label goes where no box, no other label and no
 * level boundary is.
 */
import type { GovernanceTree, Text } from '@fc-kit/core';
import type { NodeBox } from './governance-tree-layout.js';
import { estimateLines } from './text-estimate.js';

export interface LinkPath {
  /** Index of the link in `tree.links`. */
  index: number;
  from: string;
  to: string;
  label?: Text;
  /** SVG path data, in em. */
  d: string;
  /** Centre of the label. */
  labelX: number;
  labelY: number;
  labelWidth: number;
  /** The label's estimated height (0 without a label). */
  labelHeight: number;
  /** The lowest point of the line. */
  bottom: number;
}

interface Point {
  x: number;
  y: number;
}

type Cubic = [Point, Point, Point, Point];

interface Route {
  d: string;
  /** Points along the route, evenly spaced, ends included. */
  samples: Point[];
  /** The straight segments of a right-angled route. */
  segments?: [Point, Point][];
}

/** How far an arch reaches beyond the boxes it passes. */
const LIFT = 1.6;
/** Half the usual gap between columns: where a right-angled route runs down. */
const LANE = 0.75;
/** Lines closer to a box than this count as crossing it. */
const MARGIN = 0.25;
/** Points of a line closer than this to another line count as running alongside it. */
const APART = 0.9;

const round = (n: number) => Math.round(n * 1000) / 1000;
const f = (n: number) => String(round(n));

/** Lanes and corridors already taken, so two lines never run on top of each other. */
class Lanes {
  private readonly xs: number[] = [];
  private readonly ys: number[] = [];
  x(want: number) {
    return free(want, this.xs);
  }
  y(want: number) {
    return free(want, this.ys);
  }
  take(route: Route) {
    for (const [p, q] of route.segments ?? []) {
      if (p.x === q.x) this.xs.push(p.x);
      else if (p.y === q.y) this.ys.push(p.y);
    }
  }
}

/** Points of the lines drawn so far, bucketed by cell so that a 1,000-box tree stays fast to route. */
class PointGrid {
  private readonly cells = new Map<number, { p: Point; owner: number }[]>();
  private key(cx: number, cy: number) {
    return cx * 65536 + cy;
  }
  add(points: Point[], owner: number) {
    for (const p of points) {
      const k = this.key(Math.floor(p.x / APART), Math.floor(p.y / APART));
      let cell = this.cells.get(k);
      if (!cell) this.cells.set(k, (cell = []));
      cell.push({ p, owner });
    }
  }
  /** True when a point (of another owner) lies within APART of `p` on both axes. */
  near(p: Point): boolean {
    const [cx, cy] = [Math.floor(p.x / APART), Math.floor(p.y / APART)];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const { p: q } of this.cells.get(this.key(cx + dx, cy + dy)) ?? []) {
          if (Math.abs(p.x - q.x) < APART && Math.abs(p.y - q.y) < APART) return true;
        }
    return false;
  }
  /** How many points of owners other than `owner` lie strictly inside the rectangle. */
  countInside(x0: number, y0: number, w: number, h: number, owner: number): number {
    let count = 0;
    for (let cx = Math.floor(x0 / APART); cx <= Math.floor((x0 + w) / APART); cx++)
      for (let cy = Math.floor(y0 / APART); cy <= Math.floor((y0 + h) / APART); cy++)
        for (const { p, owner: o } of this.cells.get(this.key(cx, cy)) ?? []) {
          if (o !== owner && p.x > x0 && p.x < x0 + w && p.y > y0 && p.y < y0 + h) count++;
        }
    return count;
  }
}

function free(want: number, used: number[]): number {
  for (const shift of [0, -0.35, 0.35, -0.6, 0.6]) {
    if (!used.some((u) => Math.abs(u - (want + shift)) < 0.2)) return want + shift;
  }
  return want;
}

/**
 * `boundaries`: where one level's band ends and the next begins (a label over one reads as
 * belonging to neither); `width`: the drawing's width, which labels stay inside.
 */
export function routeLinks(
  tree: GovernanceTree,
  byId: Map<string, NodeBox>,
  nodes: NodeBox[],
  text: (t: Text | undefined) => string,
  { boundaries = [], width = Infinity }: { boundaries?: number[]; width?: number } = {},
): LinkPath[] {
  const lanes = new Lanes();
  const drawn = new PointGrid();
  // All lines first, then the labels: a label may not hide a line drawn after its own.
  const routed: { link: (typeof tree.links & {})[number]; index: number; route: Route }[] = [];
  (tree.links ?? []).forEach((link, index) => {
    const a = byId.get(link.from);
    const b = byId.get(link.to);
    if (!a || !b) return;
    const route = bestRoute(a, b, nodes, lanes, drawn);
    lanes.take(route);
    drawn.add(route.samples, index);
    routed.push({ link, index, route });
  });
  const labels: { x: number; y: number; width: number; height: number }[] = [];
  return routed.map(({ link, index, route }) => {
    const label = text(link.label);
    const labelWidth = label ? Math.min(10, round(label.length * 0.5 + 1)) : 0;
    const labelHeight = label ? round(estimateLines(label, labelWidth - 0.8, 0.5) * 1.2 + 0.4) : 0;
    const { samples } = route;
    let at = samples[Math.floor(samples.length / 2)];
    if (label) {
      // On the line, else just beside it (above, below, to either side); the first spot that
      // covers nothing wins, else the one that covers least.
      const [w, h] = [labelWidth, labelHeight];
      const offsets = [
        [0, 0],
        [0, -h / 2 - 0.2],
        [0, h / 2 + 0.2],
        [-w / 2 - 0.3, 0],
        [w / 2 + 0.3, 0],
      ];
      /** What a label at (x, y) would cover, counted until `cap` (a worse spot needs no exact count). */
      const cost = (x: number, y: number, cap: number) => {
        const [x0, y0] = [x - w / 2, y - h / 2];
        if (x0 < 0 || x0 + w > width || y0 < 0) return 1000;
        let c = 0;
        for (const b of boundaries) if (b > y0 && b < y0 + h) c += 5;
        for (const l of labels) if (x0 < l.x + l.width && l.x < x0 + w && y0 < l.y + l.height && l.y < y0 + h) c += 10;
        if (c >= cap) return c;
        c += drawn.countInside(x0, y0, w, h, index);
        for (const n of nodes) {
          if (c >= cap) break;
          if (overlaps(n, x0, y0, w, h)) c += 10;
        }
        return c;
      };
      let fewest = Infinity;
      search: for (const [dx, dy] of offsets) {
        for (const share of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9]) {
          const p = samples[Math.round(share * (samples.length - 1))];
          const c = cost(p.x + dx, p.y + dy, fewest);
          if (c < fewest) {
            fewest = c;
            at = { x: p.x + dx, y: p.y + dy };
          }
          if (!c) break search;
        }
      }
      labels.push({ x: at.x - w / 2, y: at.y - h / 2, width: w, height: h });
    }
    const bottom = Math.max(...samples.map((p) => p.y), at.y + labelHeight / 2);
    return {
      index,
      from: link.from,
      to: link.to,
      label: link.label,
      d: route.d,
      labelX: round(at.x),
      labelY: round(at.y),
      labelWidth,
      labelHeight,
      bottom: round(bottom),
    };
  });
}

function bestRoute(a: NodeBox, b: NodeBox, nodes: NodeBox[], lanes: Lanes, drawn: PointGrid): Route {
  const candidates = candidateRoutes(a, b, nodes, lanes);
  let best = candidates[0];
  let fewest = Infinity;
  for (const route of candidates) {
    // Behind a box a line is lost; beside another it is only hard to follow: crossings weigh more.
    const crossings = crossed(route, a, b, nodes) * 4;
    if (crossings >= fewest) continue;
    const cost = crossings + alongside(route, drawn, fewest - crossings);
    if (cost < fewest) {
      best = route;
      fewest = cost;
    }
    if (fewest === 0) break;
  }
  return best;
}

/** How many points of a route run close to lines already drawn (a crossing counts a few, a parallel run many), counted up to `enough`. */
function alongside(route: Route, drawn: PointGrid, enough: number): number {
  let count = 0;
  for (const p of route.samples) if (drawn.near(p) && ++count >= enough) break;
  return count;
}

function candidateRoutes(a: NodeBox, b: NodeBox, nodes: NodeBox[], lanes: Lanes): Route[] {
  const out: Route[] = [];
  const [left, right] = a.x <= b.x ? [a, b] : [b, a];
  const ordered = <T extends Point[]>(points: T, first: NodeBox): T => (first === a ? points : (points.slice().reverse() as T));
  const mid = (n: NodeBox) => n.y + n.height / 2;

  // Side to side, when there is room between them.
  if (right.x - (left.x + left.width) > 0.2) {
    const p0 = { x: left.x + left.width, y: mid(left) };
    const p3 = { x: right.x, y: mid(right) };
    const bend = Math.max(1, (p3.x - p0.x) / 2);
    out.push(curveRoute(ordered<Cubic>([p0, { x: p0.x + bend, y: p0.y }, { x: p3.x - bend, y: p3.y }, p3], left)));
  }

  // One above the other.
  const upper = a.y + a.height <= b.y ? a : b.y + b.height <= a.y ? b : undefined;
  if (upper) {
    const lower = upper === a ? b : a;
    const p0 = { x: upper.x + upper.width * 0.8, y: upper.y + upper.height };
    const p3 = { x: lower.x + lower.width * 0.8, y: lower.y };
    const bend = Math.max(1, (p3.y - p0.y) / 2);
    out.push(curveRoute(ordered<Cubic>([p0, { x: p0.x, y: p0.y + bend }, { x: p3.x, y: p3.y - bend }, p3], upper)));
    // Right angles: down out of the upper box, along the gap under it, down the lane beside the
    // lower box, into its side.
    const exitX = upper.x + upper.width * (lower.x >= upper.x ? 0.8 : 0.2);
    const corridor = lanes.y(upper.y + upper.height + 0.6);
    const laneX = lanes.x(lower.x >= exitX ? lower.x - LANE : lower.x + lower.width + LANE);
    const sideX = lower.x >= exitX ? lower.x : lower.x + lower.width;
    out.push(
      polyRoute(
        ordered(
          [
            { x: exitX, y: upper.y + upper.height },
            { x: exitX, y: corridor },
            { x: laneX, y: corridor },
            { x: laneX, y: mid(lower) },
            { x: sideX, y: mid(lower) },
          ],
          upper,
        ),
      ),
    );
    // Right angles into the lower box's top, away from the middle where its connector arrives.
    for (const share of [0.8, 0.2]) {
      const topX = lanes.x(lower.x + lower.width * share);
      out.push(
        polyRoute(
          ordered(
            [
              { x: exitX, y: upper.y + upper.height },
              { x: exitX, y: corridor },
              { x: topX, y: corridor },
              { x: topX, y: lower.y },
            ],
            upper,
          ),
        ),
      );
    }
  }

  // Arches over the top and under the bottom, clearing the boxes between their ends; anchors
  // towards each other, away from the middle where connectors and knobs are.
  const ax = (box: NodeBox, other: NodeBox) => box.x + box.width * (other.x >= box.x ? 0.8 : 0.2);
  const [xa, xb] = [ax(a, b), ax(b, a)];
  const spanTop = Math.min(a.y, b.y);
  const spanBottom = Math.max(a.y + a.height, b.y + b.height);
  const between = nodes.filter(
    (n) => n !== a && n !== b && n.x < Math.max(xa, xb) && n.x + n.width > Math.min(xa, xb) && n.y < spanBottom && n.y + n.height > spanTop,
  );
  const ceiling = Math.min(spanTop, ...between.map((n) => n.y)) - LIFT;
  const floor = Math.max(spanBottom, ...between.map((n) => n.y + n.height)) + LIFT;
  // A cubic's middle is an eighth of each end and three eighths of each control point.
  const control = (target: number, y0: number, y1: number) => (target - (y0 + y1) / 8) / 0.75;
  const up = Math.max(0, control(ceiling, a.y, b.y));
  out.push(
    curveRoute([
      { x: xa, y: a.y },
      { x: xa, y: up },
      { x: xb, y: up },
      { x: xb, y: b.y },
    ]),
  );
  const down = control(floor, a.y + a.height, b.y + b.height);
  out.push(
    curveRoute([
      { x: xa, y: a.y + a.height },
      { x: xa, y: down },
      { x: xb, y: down },
      { x: xb, y: b.y + b.height },
    ]),
  );
  // The same with right angles, just over the top row of the two.
  const over = lanes.y(Math.max(0.3, spanTop - 0.8));
  out.push(
    polyRoute([
      { x: xa, y: a.y },
      { x: xa, y: over },
      { x: xb, y: over },
      { x: xb, y: b.y },
    ]),
  );
  return out;
}

function curveRoute(c: Cubic): Route {
  const samples: Point[] = [];
  for (let i = 0; i <= 32; i++) samples.push(bezier(c, i / 32));
  return { d: `M${f(c[0].x)} ${f(c[0].y)}C${f(c[1].x)} ${f(c[1].y)} ${f(c[2].x)} ${f(c[2].y)} ${f(c[3].x)} ${f(c[3].y)}`, samples };
}

function polyRoute(points: Point[]): Route {
  const samples: Point[] = [points[0]];
  for (let i = 1; i < points.length; i++) {
    const [p, q] = [points[i - 1], points[i]];
    const steps = Math.max(1, Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) / 0.5));
    for (let s = 1; s <= steps; s++) samples.push({ x: p.x + ((q.x - p.x) * s) / steps, y: p.y + ((q.y - p.y) * s) / steps });
  }
  const segments = points.slice(1).map((q, i) => [points[i], q] as [Point, Point]);
  return { d: points.map((p, i) => `${i ? 'L' : 'M'}${f(p.x)} ${f(p.y)}`).join(''), samples, segments };
}

/** How many points of a route lie in (or skim) boxes other than its two ends. */
function crossed(route: Route, a: NodeBox, b: NodeBox, nodes: NodeBox[]): number {
  const xs = route.samples.map((p) => p.x);
  const ys = route.samples.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs) - MARGIN, Math.max(...xs) + MARGIN, Math.min(...ys) - MARGIN, Math.max(...ys) + MARGIN];
  const near = nodes.filter((n) => n !== a && n !== b && overlaps(n, x0, y0, x1 - x0, y1 - y0));
  if (!near.length) return 0;
  let count = 0;
  for (const p of route.samples) {
    if (near.some((n) => p.x > n.x - MARGIN && p.x < n.x + n.width + MARGIN && p.y > n.y - MARGIN && p.y < n.y + n.height + MARGIN))
      count++;
  }
  return count;
}

function bezier([p0, p1, p2, p3]: Cubic, t: number): Point {
  const u = 1 - t;
  const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return { x: w[0] * p0.x + w[1] * p1.x + w[2] * p2.x + w[3] * p3.x, y: w[0] * p0.y + w[1] * p1.y + w[2] * p2.y + w[3] * p3.y };
}

function overlaps(n: NodeBox, x: number, y: number, w: number, h: number): boolean {
  return x < n.x + n.width && n.x < x + w && y < n.y + n.height && n.y < y + h;
}
