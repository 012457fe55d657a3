/**
 * The roadmap's geometry, pure (no DOM, no language): one lane per theme in theme order; each item
 * a bar from the start of its start to the end of its end, or a milestone at its start; the
 * items of a lane packed into rows so that no two overlap; the goal at the end of the road; the
 * today line when today is inside the range. All x positions are pixels of the time track.
 *
 * An item's box is wider than its bar when the bar is too short for a legible label (a quarter
 * on a narrow screen): the box is what may not overlap, so packing uses it.
 */
import { timeSpan, type Roadmap, type RoadmapItem, type Text } from '@fc-kit/core';
import { createTimeScale, itemSpan, ticksFor, type Ticks, type TimeScale } from './time-scale.js';

export interface LayoutOptions {
  /** Width of the time track in pixels. */
  width: number;
  /** A date (`YYYY-MM-DD`, or any time string: its first day) for the today line; none without it. */
  today?: string;
  /** The narrowest an item's box may be (px), so its label stays legible. Default 176 (11rem). */
  minItemWidth?: number;
  /** A milestone's marker is centred on its time: its box starts this much (px) earlier. Default 10. */
  markerWidth?: number;
}

export interface ItemBox {
  id: string;
  item: RoadmapItem;
  /** Index of the lane (theme) in `lanes`. */
  lane: number;
  /** Position in its lane's time order (the order arrow keys follow). */
  order: number;
  /** Row within the lane, from 0. */
  row: number;
  milestone: boolean;
  /** The item's time in UTC ms: [start, end); a milestone has start === end. */
  start: number;
  end: number;
  /** The bar (or the milestone's instant, x0 === x1) in pixels. */
  x0: number;
  x1: number;
  /** The box that holds the bar and its label; boxes in one row never overlap. */
  box0: number;
  box1: number;
}

export interface LaneLayout {
  index: number;
  id: string;
  label: Text;
  /** Items in time order (start, then end, then as listed). */
  items: ItemBox[];
  rows: number;
}

export interface RoadmapLayout {
  width: number;
  scale: TimeScale;
  ticks: Ticks;
  lanes: LaneLayout[];
  /** Every item, lane by lane, each lane in time order. */
  items: ItemBox[];
  byId: Map<string, ItemBox>;
  /** Where the road ends and the goal stands (the end of the track), when there is a goal. */
  goal?: { text: Text; x: number };
  /** The today line, when today falls inside the range. */
  today?: { time: number; x: number };
  /**
   * Every item is a bar over the whole range: timing tells the items apart no more than their
   * order does, so the roadmap is shown as a list grouped by theme, without an axis.
   */
  wholeRange: boolean;
}

export const DEFAULT_MIN_ITEM_WIDTH = 176;

/** Rounds pixel edges so that equal edges computed two ways become one column line. */
const snap = (x: number) => Math.round(x * 100) / 100;

export function layoutRoadmap(roadmap: Roadmap, options: LayoutOptions): RoadmapLayout {
  const width = Math.max(0, options.width);
  const minWidth = Math.min(options.minItemWidth ?? DEFAULT_MIN_ITEM_WIDTH, width);
  const marker = options.markerWidth ?? 10;
  const scale = createTimeScale(roadmap.start, roadmap.end, width);
  const laneOf = new Map(roadmap.themes.map((t, i) => [t.id, i]));
  const lanes: LaneLayout[] = roadmap.themes.map((t, index) => ({ index, id: t.id, label: t.label, items: [], rows: 0 }));
  const listed = new Map<ItemBox, number>();

  roadmap.items.forEach((item, i) => {
    const lane = laneOf.get(item.theme);
    const span = itemSpan(item.start, item.end);
    // Validation has dropped such items already; a layout called directly skips them too.
    if (lane === undefined || !span) return;
    const milestone = item.end === undefined;
    const start = Math.max(span.start, scale.range.start);
    const end = milestone ? start : Math.min(span.end, scale.range.end);
    const x0 = snap(scale.x(start));
    const x1 = snap(scale.x(end));
    let box0 = Math.max(0, milestone ? x0 - marker / 2 : x0);
    let box1 = Math.max(x1, box0 + minWidth);
    if (box1 > width) {
      box1 = width;
      box0 = Math.max(0, Math.min(box0, width - minWidth));
    }
    box0 = snap(box0);
    box1 = snap(box1);
    const box: ItemBox = { id: item.id, item, lane, order: 0, row: 0, milestone, start, end, x0, x1, box0, box1 };
    listed.set(box, i);
    lanes[lane].items.push(box);
  });

  for (const lane of lanes) {
    lane.items.sort((a, b) => a.start - b.start || a.end - b.end || listed.get(a)! - listed.get(b)!);
    lane.items.forEach((b, i) => (b.order = i));
    lane.rows = packRows(lane.items, listed);
  }

  const items = lanes.flatMap((l) => l.items);
  const todaySpan = options.today ? timeSpan(options.today) : undefined;
  const inRange = todaySpan && todaySpan.start >= scale.range.start && todaySpan.start < scale.range.end;
  return {
    width,
    scale,
    ticks: ticksFor(scale),
    lanes,
    items,
    byId: new Map(items.map((b) => [b.id, b])),
    goal: roadmap.goal !== undefined ? { text: roadmap.goal, x: width } : undefined,
    today: inRange ? { time: todaySpan.start, x: snap(scale.x(todaySpan.start)) } : undefined,
    wholeRange: items.length > 0 && items.every((b) => !b.milestone && b.start <= scale.range.start && b.end >= scale.range.end),
  };
}

/**
 * Greedy interval packing: boxes by left edge, each into the first row whose last box has ended.
 * For intervals this uses the fewest rows possible. Returns the number of rows.
 */
function packRows(boxes: ItemBox[], listed: Map<ItemBox, number>): number {
  const byLeft = [...boxes].sort((a, b) => a.box0 - b.box0 || a.box1 - b.box1 || listed.get(a)! - listed.get(b)!);
  const rowEnds: number[] = [];
  for (const b of byLeft) {
    let row = rowEnds.findIndex((end) => end <= b.box0);
    if (row < 0) row = rowEnds.push(0) - 1;
    b.row = row;
    rowEnds[row] = b.box1;
  }
  return rowEnds.length;
}

export interface YearGroup {
  year: number;
  /** In time order; items starting together keep their lanes' order. */
  items: ItemBox[];
}

/** The narrow list by year: each item under the year it starts in. */
export function groupByStartYear(layout: RoadmapLayout): YearGroup[] {
  const sorted = [...layout.items].sort((a, b) => a.start - b.start || a.end - b.end || a.lane - b.lane || a.order - b.order);
  const groups: YearGroup[] = [];
  for (const box of sorted) {
    const year = new Date(box.start).getUTCFullYear();
    if (groups[groups.length - 1]?.year !== year) groups.push({ year, items: [] });
    groups[groups.length - 1].items.push(box);
  }
  return groups;
}
