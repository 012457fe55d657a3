/** Pieces of the cross-field checks that more than one collection uses. */
import type { Issue } from '../issues.js';
import type { PathSegment } from '../paths.js';
import { spanBetween, timeSpan } from '../time.js';

/** Records ids in order; a second use of one is an issue at the later place. */
export function uniqueIds(entries: Iterable<{ id: string; path: PathSegment[] }>): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const { id, path } of entries) {
    if (seen.has(id)) issues.push({ path: [...path, 'id'], code: 'duplicate-id', params: { id } });
    seen.add(id);
  }
  return issues;
}

/** Checks that `start` and `end` are real times in order; returns the span when they are. */
export function checkSpan(entry: { start: string; end?: string }, path: PathSegment[], issues: Issue[]) {
  let ok = true;
  for (const field of ['start', 'end'] as const) {
    const value = entry[field];
    if (value !== undefined && !timeSpan(value)) {
      issues.push({ path: [...path, field], code: 'bad-time' });
      ok = false;
    }
  }
  if (!ok) return undefined;
  const span = spanBetween(entry.start, entry.end)!;
  if (entry.end !== undefined && timeSpan(entry.end)!.end <= timeSpan(entry.start)!.start) {
    issues.push({ path: [...path, 'end'], code: 'end-before-start', params: { start: entry.start, end: entry.end } });
    return undefined;
  }
  return span;
}
