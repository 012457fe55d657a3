import type { Issue } from './issues.js';
import type { PathSegment } from './paths.js';

/**
 * Validation works on a copy of the input made of plain data only, because the input may come
 * from a hostile page as well as from JSON: `el.data` can be a Proxy, carry getters that throw,
 * refer to itself, or sit on a page whose `Object.prototype` has gained keys. The copy holds only
 * own enumerable keys, in objects without a prototype (so an inherited `fi` or `fcVersion` is not
 * seen by any later `in` check or property read); a value that cannot be read, or that contains
 * itself, is left out and named by an issue at its path. `-0` becomes `0` (it would print as
 * "-0"). The walk keeps its own stack: a 10,000-deep input must not overflow the engine's.
 */
/** No document has a list this long; a sparse `new Array(2 ** 32 - 1)` must not be walked. */
const MAX_LIST_LENGTH = 1_000_000;

export function toPlainData(input: unknown): { value: unknown; issues: Issue[] } {
  const issues: Issue[] = [];
  const unreadable = (at: PathSegment | undefined, e: unknown) =>
    issues.push({ path: pathTo(at), code: 'unreadable', params: { detail: errorText(e) } });

  const copies = new Map<object, unknown>();
  /** Objects whose copy is being filled: meeting one again means the input contains itself. */
  const open = new Set<object>();
  /** `at`: the key this object sits under in its parent; a path is made only for an issue. */
  type Frame = { from: object; to: Record<string, unknown> | unknown[]; keys: string[]; next: number; at?: PathSegment };
  const stack: Frame[] = [];
  const pathTo = (at?: PathSegment): PathSegment[] => {
    const path = stack.slice(1).map((f) => f.at!);
    return at === undefined ? path : [...path, at];
  };

  /** The copy of `value`, or `skip` when it cannot be had; objects are queued to be filled. */
  const skip = Symbol('skip');
  const copyOf = (value: unknown, at?: PathSegment): unknown => {
    if (typeof value === 'number') return Object.is(value, -0) ? 0 : value;
    if (typeof value !== 'object' || value === null) return value;
    if (open.has(value)) {
      issues.push({ path: pathTo(at), code: 'circular' });
      return skip;
    }
    const done = copies.get(value);
    if (done !== undefined) return done;
    let keys: string[];
    let to: Frame['to'];
    try {
      const list = Array.isArray(value);
      to = list ? [] : (Object.create(null) as Record<string, unknown>);
      const length = list ? value.length : 0;
      if (length > MAX_LIST_LENGTH) {
        issues.push({ path: pathTo(at), code: 'too-many', params: { limit: MAX_LIST_LENGTH } });
        return skip;
      }
      keys = list ? Array.from({ length }, (_, i) => String(i)) : Object.keys(value);
    } catch (e) {
      unreadable(at, e);
      return skip;
    }
    copies.set(value, to);
    open.add(value);
    stack.push({ from: value, to, keys, next: 0, at });
    return to;
  };

  const root = copyOf(input);
  while (stack.length) {
    const frame = stack[stack.length - 1];
    if (frame.next >= frame.keys.length) {
      open.delete(frame.from);
      stack.pop();
      continue;
    }
    const key = frame.keys[frame.next++];
    const list = Array.isArray(frame.to);
    const at = list ? Number(key) : key;
    let raw: unknown;
    try {
      raw = (frame.from as Record<string, unknown>)[key];
    } catch (e) {
      unreadable(at, e);
      if (list) (frame.to as unknown[])[Number(key)] = undefined;
      continue;
    }
    const value = copyOf(raw, at);
    if (value === skip) {
      if (list) (frame.to as unknown[])[Number(key)] = undefined;
      continue;
    }
    if (list) (frame.to as unknown[])[Number(key)] = value;
    else (frame.to as Record<string, unknown>)[key] = value;
  }
  return { value: root === skip ? undefined : root, issues };
}

function errorText(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    return '?';
  }
}
