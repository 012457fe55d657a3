/** Times in the format: `YYYY`, `YYYY-Qn`, `YYYY-MM` or `YYYY-MM-DD`. */
export const TIME_PATTERN = '^\\d{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$';

const timeRe = new RegExp(TIME_PATTERN);

/** A half-open interval [start, end) in UTC milliseconds. */
export interface TimeSpan {
  start: number;
  end: number;
}

/**
 * The period a time string names: a year spans the whole year, a quarter three months, a month
 * the month, a day the day. Returns undefined for a string that is not a time or names a day that
 * does not exist (2023-02-30).
 */
export function timeSpan(value: string): TimeSpan | undefined {
  if (!timeRe.test(value)) return undefined;
  const year = Number(value.slice(0, 4));
  if (value.length === 4) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  if (value[5] === 'Q') {
    const q = Number(value[6]) - 1;
    return { start: Date.UTC(year, q * 3, 1), end: Date.UTC(year, q * 3 + 3, 1) };
  }
  const month = Number(value.slice(5, 7)) - 1;
  if (value.length === 7) return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) };
  const day = Number(value.slice(8, 10));
  const start = Date.UTC(year, month, day);
  if (new Date(start).getUTCMonth() !== month) return undefined;
  return { start, end: Date.UTC(year, month, day + 1) };
}

/** The span from the start of `from` to the end of `to` (or of `from` when `to` is absent). */
export function spanBetween(from: string, to?: string): TimeSpan | undefined {
  const a = timeSpan(from);
  const b = to === undefined ? a : timeSpan(to);
  return a && b ? { start: a.start, end: b.end } : undefined;
}
