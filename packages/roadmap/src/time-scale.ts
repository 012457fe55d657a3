import { spanBetween, timeSpan, type TimeSpan } from '@fc-kit/core';

/**
 * The roadmap's time axis: a linear map from UTC milliseconds to pixels of the track, built on the
 * core's `timeSpan` (a year spans the whole year, `2023-Q2` April–June, `2023-05` May…). Ticks
 * are years, and quarters and months only where their labels fit at the track's width.
 */
export interface TimeScale {
  /** The whole road: from the start of `start` to the end of `end`. */
  range: TimeSpan;
  width: number;
  /** Pixels from the start of the track; times outside the range land outside [0, width]. */
  x(time: number): number;
}

export type TickKind = 'year' | 'quarter' | 'month';

export interface Tick {
  kind: TickKind;
  /** The period as a time string: `2023`, `2023-Q2`, `2023-05`. Labels are made from it. */
  key: string;
  /** The part of the period inside the range, in UTC ms and in pixels. */
  start: number;
  end: number;
  x0: number;
  x1: number;
  /** Whether the label is drawn (when years are too narrow, only every n-th is). */
  labelled: boolean;
}

export interface Ticks {
  years: Tick[];
  /** Empty when a quarter's label does not fit at this width. */
  quarters: Tick[];
  /** Empty when a month's label does not fit at this width. */
  months: Tick[];
}

/** The narrowest a period may be (px) for its label to be drawn: "2023", "2. nelj.", "tammik.". */
export const MIN_TICK_WIDTH: Record<TickKind, number> = { year: 40, quarter: 56, month: 56 };

export function createTimeScale(start: string, end: string, width: number): TimeScale {
  const range = spanBetween(start, end);
  if (!range || range.end <= range.start) throw new RangeError(`Not a time range: ${start}–${end}`);
  const w = Math.max(0, width);
  const k = w / (range.end - range.start);
  return { range, width: w, x: (time) => (time - range.start) * k };
}

/** The span of an item: start to end, or for a milestone (no end) the instant it starts. */
export function itemSpan(start: string, end?: string): TimeSpan | undefined {
  if (end === undefined) {
    const s = timeSpan(start);
    return s && { start: s.start, end: s.start };
  }
  return spanBetween(start, end);
}

export function ticksFor(scale: TimeScale): Ticks {
  const { range } = scale;
  const first = new Date(range.start).getUTCFullYear();
  const last = new Date(range.end - 1).getUTCFullYear();
  const years: Tick[] = [];
  const quarters: Tick[] = [];
  const months: Tick[] = [];
  for (let y = first; y <= last; y++) {
    push(years, 'year', String(y), Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1), scale);
    for (let q = 0; q < 4; q++) push(quarters, 'quarter', `${y}-Q${q + 1}`, Date.UTC(y, q * 3, 1), Date.UTC(y, q * 3 + 3, 1), scale);
    for (let m = 0; m < 12; m++)
      push(months, 'month', `${y}-${String(m + 1).padStart(2, '0')}`, Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1), scale);
  }
  // A year is always a tick; when years are narrow, label every n-th so labels never collide.
  const yearWidth = (scale.width * 365.25 * 864e5) / (range.end - range.start);
  const step = Math.max(1, Math.ceil(MIN_TICK_WIDTH.year / Math.max(yearWidth, 1e-9)));
  // A sliver of a year at either end of the range (a road from 2022-11) goes unlabelled.
  const whole = (t: Tick) => t.end - t.start >= 365 * 864e5;
  years.forEach((t, i) => (t.labelled = i % step === 0 && (whole(t) || t.x1 - t.x0 >= MIN_TICK_WIDTH.year * 0.75)));
  return {
    years,
    quarters: fits(quarters, 'quarter', (scale.width * 91.3 * 864e5) / (range.end - range.start)),
    months: fits(months, 'month', (scale.width * 30.4 * 864e5) / (range.end - range.start)),
  };
}

/** All of a kind's ticks when a whole period's label fits; then the cut-off ones at the ends only where theirs does. */
function fits(ticks: Tick[], kind: TickKind, fullWidth: number): Tick[] {
  if (fullWidth < MIN_TICK_WIDTH[kind]) return [];
  for (const t of ticks) t.labelled = t.x1 - t.x0 >= MIN_TICK_WIDTH[kind] * 0.9;
  return ticks;
}

function push(list: Tick[], kind: TickKind, key: string, start: number, end: number, scale: TimeScale) {
  const s = Math.max(start, scale.range.start);
  const e = Math.min(end, scale.range.end);
  if (e <= s) return;
  list.push({ kind, key, start: s, end: e, x0: scale.x(s), x1: scale.x(e), labelled: true });
}
