// @ts-check
// The document model the editors work on: the document itself, as parsed JSON, changed only by
// replacing the values at paths (structural sharing, never rebuilt from a schema). So a document
// opened and saved without changes is the same document, and keys the kit does not know are
// kept. Pure functions with no imports: Node tests the round trip over every bundled document.

/** @typedef {string | number} Segment */
/** @typedef {Segment[]} Path */
/** @typedef {'fi' | 'sv' | 'en'} Lang */

export const TEXT_LANGUAGES = /** @type {const} */ (['fi', 'sv', 'en']);

/** @param {unknown} v @returns {v is Record<string, any>} */
export const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The value at `path`, or undefined where the document has none.
 * @param {unknown} value
 * @param {Path} path
 * @returns {any}
 */
export function getAt(value, path) {
  let at = /** @type {any} */ (value);
  for (const segment of path) {
    // Own keys only: a document may have a key named `__proto__` (JSON.parse makes it an own key).
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, segment)) return undefined;
    at = at[segment];
  }
  return at;
}

/**
 * A copy of `value` with `next` at `path`; the objects and lists on the way are copied (their
 * other keys kept, in their order), everything else is shared. `undefined` removes an object's
 * key. A missing object on the way is created.
 * @param {unknown} value
 * @param {Path} path
 * @param {unknown} next
 * @returns {any}
 */
export function setAt(value, path, next) {
  if (!path.length) return next;
  const [head, ...rest] = path;
  const inner = setAt(getAt(value, [head]), rest, next);
  if (typeof head === 'number') {
    const list = Array.isArray(value) ? [...value] : [];
    list[head] = inner;
    return list;
  }
  const copy = isObject(value) ? { ...value } : {};
  if (inner === undefined) delete copy[head];
  else Object.defineProperty(copy, head, { value: inner, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * A copy of `value` with the list at `path` replaced by `change(list)`.
 * @param {unknown} value
 * @param {Path} path
 * @param {(list: any[]) => any[]} change
 */
export function updateList(value, path, change) {
  const list = getAt(value, path);
  return setAt(value, path, change(Array.isArray(list) ? [...list] : []));
}

/** @param {any[]} list @param {number} from @param {number} to */
export function moveItem(list, from, to) {
  if (to < 0 || to >= list.length || from === to) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

// ── texts in three languages ─────────────────────────────────────────────────────────────────

/**
 * A data text as the editor's three columns. A plain string is one text for every language
 * (the kit shows it whatever the language): it fills the Finnish column and the other two are
 * marked as not translated, never filled with a copy.
 * @param {unknown} text
 * @returns {{ fi: string, sv: string, en: string, missing: Lang[] }}
 */
export function textColumns(text) {
  /** @type {Record<Lang, string>} */
  const out = { fi: '', sv: '', en: '' };
  if (typeof text === 'string') out.fi = text;
  else if (isObject(text)) for (const l of TEXT_LANGUAGES) out[l] = typeof text[l] === 'string' ? text[l] : '';
  const missing = TEXT_LANGUAGES.filter((l) => out[l] === '');
  return { ...out, missing };
}

/**
 * The text with its `lang` column set to `value` ('' removes that language). A plain string
 * stays plain while only Finnish is written; other languages make it an object with Finnish. A
 * new text names its language (`{ fi: … }`), so that no language is claimed for all three.
 * @param {unknown} text
 * @param {Lang} lang
 * @param {string} value
 * @returns {unknown}
 */
export function withText(text, lang, value) {
  if (text === undefined || text === null || text === '') return value ? { [lang]: value } : '';
  if (typeof text === 'string') {
    if (lang === 'fi') return value;
    return value ? { fi: text, [lang]: value } : text;
  }
  if (!isObject(text)) return lang === 'fi' ? value : { [lang]: value };
  const copy = { ...text };
  if (value) copy[lang] = value;
  else delete copy[lang];
  return Object.keys(copy).some((k) => TEXT_LANGUAGES.includes(/** @type {Lang} */ (k))) ? copy : '';
}

/**
 * A text's words in `lang` or, missing that, in any language: for naming rows in lists.
 * @param {unknown} text
 * @param {import('./model.js').Lang} lang
 */
export function pickLabel(text, lang) {
  const c = textColumns(text);
  return c[lang] || c.fi || c.sv || c.en;
}

// ── documents ────────────────────────────────────────────────────────────────────────────────

/**
 * Opening a document for editing: a copy the editor may change freely (JSON values only).
 * @param {unknown} value
 */
export const openDocument = (value) => JSON.parse(JSON.stringify(value));

/**
 * The document as a file: two-space JSON, the layout of the bundled documents.
 * @param {unknown} value
 */
export const saveDocument = (value) => JSON.stringify(value, null, 2) + '\n';

// ── the governance tree as an outline ──────────────────────────────────────────────────────────

/**
 * @typedef {{ node: Record<string, any>, depth: number }} OutlineRow
 * A node without its children (`node.children` is ignored) at a depth, 0 for the root.
 */

/**
 * The tree as rows in reading order, depth first, without recursion (trees may be deep).
 * @param {unknown} root
 * @returns {OutlineRow[]}
 */
export function flattenTree(root) {
  /** @type {OutlineRow[]} */
  const rows = [];
  if (!isObject(root)) return rows;
  /** @type {OutlineRow[]} */
  const stack = [{ node: root, depth: 0 }];
  while (stack.length) {
    const row = /** @type {OutlineRow} */ (stack.pop());
    rows.push(row);
    const children = Array.isArray(row.node.children) ? row.node.children : [];
    for (let i = children.length - 1; i >= 0; i--) if (isObject(children[i])) stack.push({ node: children[i], depth: row.depth + 1 });
  }
  return rows;
}

/**
 * The rows back as a tree. Each node keeps its own keys in their order; `children` is written
 * where the node had it or now has children (an empty list it had stays). A row deeper than one
 * below its parent is read as the parent's child. The first row is the root.
 * @param {OutlineRow[]} rows
 * @returns {Record<string, any> | undefined}
 */
export function buildTree(rows) {
  if (!rows.length) return undefined;
  /** @type {{ node: Record<string, any>, kids: any[], depth: number }[]} */
  const made = rows.map((r) => ({ node: r.node, kids: [], depth: r.depth }));
  /** @type {typeof made} */
  const stack = [];
  const [root, ...rest] = made;
  root.depth = 0;
  stack.push(root);
  for (const entry of rest) {
    while (stack.length > 1 && stack[stack.length - 1].depth >= entry.depth) stack.pop();
    const parent = stack[stack.length - 1];
    entry.depth = parent.depth + 1;
    parent.kids.push(entry);
    stack.push(entry);
  }
  // Children first, so every parent is built from finished children.
  /** @type {Map<object, Record<string, any>>} */
  const built = new Map();
  for (let i = made.length - 1; i >= 0; i--) {
    const { node, kids } = made[i];
    const children = kids.map((k) => built.get(k));
    /** @type {Record<string, any>} */
    let out;
    if ('children' in node || children.length) {
      out = { ...node, children };
    } else out = { ...node };
    built.set(made[i], out);
  }
  return built.get(root);
}

/**
 * The rows with row `i` and the rows under it (its subtree) one level deeper or shallower; the
 * root stays the root, and a row can go only one deeper than the row above it.
 * @param {OutlineRow[]} rows
 * @param {number} i
 * @param {1 | -1} by
 */
export function shiftRow(rows, i, by) {
  if (i <= 0 || i >= rows.length) return rows;
  const depth = rows[i].depth;
  if (by === 1 && depth > rows[i - 1].depth) return rows;
  if (by === -1 && depth <= 1) return rows;
  const end = subtreeEnd(rows, i);
  return rows.map((r, k) => (k >= i && k < end ? { node: r.node, depth: r.depth + by } : r));
}

/**
 * The rows with row `i` and its subtree moved above its previous sibling (-1) or below its next
 * one (+1); at the end of its siblings it stays.
 * @param {OutlineRow[]} rows
 * @param {number} i
 * @param {1 | -1} by
 */
export function moveRow(rows, i, by) {
  if (i <= 0) return rows;
  const depth = rows[i].depth;
  const end = subtreeEnd(rows, i);
  if (by === -1) {
    let prev = i - 1;
    while (prev > 0 && rows[prev].depth > depth) prev--;
    if (prev <= 0 || rows[prev].depth !== depth) return rows;
    return [...rows.slice(0, prev), ...rows.slice(i, end), ...rows.slice(prev, i), ...rows.slice(end)];
  }
  if (end >= rows.length || rows[end].depth !== depth) return rows;
  const nextEnd = subtreeEnd(rows, end);
  return [...rows.slice(0, i), ...rows.slice(end, nextEnd), ...rows.slice(i, end), ...rows.slice(nextEnd)];
}

/**
 * Where row `i`'s subtree ends (the index of the first row after it).
 * @param {OutlineRow[]} rows
 * @param {number} i
 */
export function subtreeEnd(rows, i) {
  let end = i + 1;
  while (end < rows.length && rows[end].depth > rows[i].depth) end++;
  return end;
}

/**
 * The JSON path of each row's node, in the order of the rows: `['root', 'children', 0, …]`.
 * @param {OutlineRow[]} rows
 * @returns {Path[]}
 */
export function outlinePaths(rows) {
  /** @type {Path[]} */
  const paths = [];
  /** @type {{ depth: number, path: Path, next: number }[]} */
  const stack = [];
  rows.forEach((row, i) => {
    if (i === 0) {
      paths.push(['root']);
      stack.push({ depth: 0, path: ['root'], next: 0 });
      return;
    }
    while (stack.length > 1 && stack[stack.length - 1].depth >= row.depth) stack.pop();
    const parent = stack[stack.length - 1];
    const path = [...parent.path, 'children', parent.next++];
    paths.push(path);
    stack.push({ depth: parent.depth + 1, path, next: 0 });
  });
  return paths;
}
