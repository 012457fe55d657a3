/**
 * Run-time validation: the schema, then the cross-field checks, item by item, so that a document
 * valid except for one item renders the rest. Within an item, entries of the lists its collection
 * calls `droppable` (a roadmap's items, a tree's links) can be dropped on their own: the item
 * renders without them and shows what was dropped and why. What each collection checks is in
 * `collections/`.
 */
import * as v from 'valibot';
import { fromValibotIssue, type Issue } from './issues.js';
import type { PathSegment } from './paths.js';
import { DocumentHeadSchema } from './schema.js';
import { toPlainData } from './plain-data.js';
import { COLLECTIONS, COLLECTION_SPECS, type Collection, type CollectionItem } from './collections/index.js';
import type { CollectionSpec } from './collections/define-collection.js';
import type { Source, Text } from './types.js';

export interface CheckedItem<C extends Collection = Collection> {
  index: number;
  /** The item's id as given, when it is a string. */
  id?: string;
  /** Present when the item can be rendered. */
  value?: CollectionItem[C];
  /** Why the item cannot be rendered (empty when it can). */
  issues: Issue[];
  /** Entries left out of a rendered item, and why. */
  dropped: Issue[];
}

export interface CheckedDocument {
  /** Problems with the document as a whole: nothing in it can be shown. */
  issues: Issue[];
  id?: string;
  title?: Text;
  /** The document's own source, for items that do not name theirs. */
  source?: Source;
  items: { [C in Collection]: CheckedItem<C>[] };
}

/** A collection's spec with its item type forgotten: validation handles raw input of any collection. */
const specOf = (c: Collection) => COLLECTION_SPECS[c] as CollectionSpec;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const emptyItems = () => Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as CheckedDocument['items'];

/**
 * Checks a parsed JSON value. `collection` lets an element be given one item instead of a whole
 * document (`el.data = survey`); issue paths are then relative to the item.
 */
export function checkDocument(input: unknown, collection?: Collection): CheckedDocument {
  try {
    return checkPlain(toPlainData(input), collection);
  } catch (e) {
    // The copy is plain data walked without recursion, so little can land here; an engine's
    // stack overflow is "too deep", anything else is said as it is, not hidden behind depth.
    const tooDeep = e instanceof RangeError;
    const issue: Issue = tooDeep
      ? { path: [], code: 'too-deep', params: { limit: '—' } }
      : { path: [], code: 'check-failed', params: { detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) } };
    return { issues: [issue], items: emptyItems() };
  }
}

const has = (x: object, key: string) => Object.hasOwn(x, key);

function checkPlain({ value: input, issues: readIssues }: ReturnType<typeof toPlainData>, collection?: Collection): CheckedDocument {
  if (!isObject(input)) {
    return { issues: readIssues.length ? readIssues : [{ path: [], code: 'not-a-document' }], items: emptyItems() };
  }
  const itemOnly =
    collection !== undefined && !has(input, 'fcVersion') && !COLLECTIONS.some((c) => has(input, c) && !ownList(input, c, collection));
  if (itemOnly) {
    const items = emptyItems();
    (items[collection] as CheckedItem[]) = [checkItem(collection, input, 0, [], readIssues)];
    return { issues: [], items };
  }
  // What could not be read outside any item leaves nothing to trust.
  const inItem = (i: Issue) => COLLECTIONS.includes(i.path[0] as Collection) && typeof i.path[1] === 'number';
  const headIssues = readIssues.filter((i) => !inItem(i));
  if (headIssues.length) return { issues: headIssues, items: emptyItems() };
  if (has(input, 'fcVersion') && input.fcVersion !== 1 && typeof input.fcVersion === 'number') {
    return { issues: [{ path: ['fcVersion'], code: 'unsupported-version', params: { version: input.fcVersion } }], items: emptyItems() };
  }
  const head = v.safeParse(DocumentHeadSchema, input, { abortEarly: false });
  if (!head.success) {
    return { issues: head.issues.map((i) => fromValibotIssue(i)), items: emptyItems() };
  }
  const items = emptyItems();
  for (const c of COLLECTIONS) {
    const raw = head.output[c] ?? [];
    const checked = raw.map((item, i) =>
      checkItem(
        c,
        item,
        i,
        [c, i],
        readIssues.filter((r) => r.path[0] === c && r.path[1] === i).map((r) => ({ ...r, path: r.path.slice(2) })),
        head.output,
      ),
    );
    markDuplicateItemIds(checked, c);
    (items[c] as CheckedItem[]) = checked;
  }
  return { issues: [], id: head.output.id, title: head.output.title, source: head.output.source, items };
}

/**
 * A card set keeps its cards under `cards`, the name of its own collection. Where an item has a
 * field named like its collection, that key makes a document only when it lists items of the
 * collection (card sets, each with its own `cards`), not when it is the item's own list (cards).
 */
function ownList(input: Record<string, unknown>, key: Collection, collection: Collection): boolean {
  if (key !== collection) return false;
  const fields = (specOf(collection).schema as { entries?: Record<string, unknown> }).entries;
  const list = input[key];
  return !!fields && key in fields && Array.isArray(list) && !list.some((x) => isObject(x) && has(x, key));
}

function markDuplicateItemIds(items: CheckedItem[], c: Collection) {
  const seen = new Set<string>();
  for (const item of items) {
    if (item.id === undefined) continue;
    if (seen.has(item.id)) {
      item.value = undefined;
      item.issues.push({ path: [c, item.index, 'id'], code: 'duplicate-id', params: { id: item.id } });
    }
    seen.add(item.id);
  }
}

type Parsed = { value?: unknown; issues: Issue[] };

function parseItem(c: Collection, raw: unknown, document?: Record<string, unknown>): Parsed {
  const spec = specOf(c);
  const result = v.safeParse(spec.schema, raw, { abortEarly: false });
  if (!result.success) return { issues: result.issues.map((i) => fromValibotIssue(i)) };
  return { value: result.output, issues: spec.check?.(result.output, document) ?? [] };
}

/** `readIssues`: what of the raw item could not be read (paths relative to the item); such an item is not shown. */
function checkItem(
  c: Collection,
  raw: unknown,
  index: number,
  prefix: PathSegment[],
  readIssues: Issue[] = [],
  document?: Record<string, unknown>,
): CheckedItem {
  const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
  const withPrefix = (list: Issue[]) => list.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
  if (readIssues.length) return { index, id, issues: withPrefix(readIssues), dropped: [] };
  const limitIssues = specOf(c).limits?.(raw) ?? [];
  if (limitIssues.length) return { index, id, issues: withPrefix(limitIssues), dropped: [] };

  const droppable = specOf(c).droppable ?? [];
  const kept: Record<string, number[]> = {};
  const dropped: Issue[] = [];
  let current = raw;
  // Each pass may reveal issues the previous one could not reach (a reference check runs only
  // once the schema passes), so drop in a few rounds.
  for (let pass = 0; pass < 4; pass++) {
    const parsed = parseItem(c, current, document);
    const issues = parsed.issues.map((i) => remap(i, kept));
    if (!issues.length) return { index, id, value: parsed.value as CollectionItem[Collection], issues: [], dropped: withPrefix(dropped) };
    const isDroppable = (i: Issue) => droppable.includes(i.path[0] as string) && typeof i.path[1] === 'number';
    const fatal = issues.filter((i) => !isDroppable(i));
    if (fatal.length || !isObject(raw)) return { index, id, issues: withPrefix([...dropped, ...issues]), dropped: [] };
    dropped.push(...issues);
    const next: Record<string, unknown> = { ...(current as Record<string, unknown>) };
    for (const key of droppable) {
      const original = raw[key];
      if (!Array.isArray(original)) continue;
      const remove = new Set(issues.filter((i) => i.path[0] === key).map((i) => i.path[1] as number));
      kept[key] = (kept[key] ?? original.map((_, k) => k)).filter((k) => !remove.has(k));
      next[key] = kept[key].map((k) => original[k]);
    }
    current = next;
  }
  return { index, id, issues: withPrefix(dropped), dropped: [] };
}

/** Paths of a pass over a shortened list point back at the entries as the author wrote them. */
function remap(issue: Issue, kept: Record<string, number[]>): Issue {
  const [key, k] = issue.path;
  const map = typeof key === 'string' ? kept[key] : undefined;
  if (!map || typeof k !== 'number') return issue;
  return { ...issue, path: [key, map[k], ...issue.path.slice(2)] };
}

/** Every issue in a checked document, in document order: for tools such as the validator CLI. */
export function allIssues(checked: CheckedDocument): Issue[] {
  return [
    ...checked.issues,
    ...COLLECTIONS.flatMap((c) => (checked.items[c] as CheckedItem[]).flatMap((i) => [...i.issues, ...i.dropped])),
  ];
}
