// @ts-check
// The governance editor: the levels, the tree as an indented outline (Tab / Shift+Tab or the
// buttons indent, ↑ ↓ move a node with everything under it), each node's level, kind, duties and
// members, and the cooperation links between nodes.
import { buildTree, flattenTree, getAt, moveRow, outlinePaths, pickLabel, setAt, shiftRow } from './model.js';
import { button, control1, field, h, missingMark, part, textField, textInput } from './widgets.js';
import { table } from './tables.js';

/** @typedef {import('./widgets.js').EditorContext} EditorContext */
/** @typedef {import('./model.js').OutlineRow} OutlineRow */

const KINDS = ['group', 'role', 'network', 'place'];

/**
 * The item with the outline's rows as its tree.
 * @param {EditorContext} ctx
 * @param {(rows: OutlineRow[]) => OutlineRow[]} change
 */
const withRows = (ctx, change) => (/** @type {any} */ doc) => {
  const rootPath = [...ctx.base, 'root'];
  return setAt(doc, rootPath, buildTree(change(flattenTree(getAt(doc, rootPath)))));
};

/** @type {import('./index.js').FigureEditor} */
export default {
  collection: 'governance',
  blank: (id) => ({
    id,
    title: { fi: '' },
    levels: [{ id: 'taso-1', label: { fi: '' } }],
    root: { id: 'solmu-1', label: { fi: '' }, level: 'taso-1' },
  }),
  render(ctx) {
    const levels = () => {
      const list = getAt(ctx.doc, [...ctx.base, 'levels']);
      return (Array.isArray(list) ? list : []).map((l) => ({
        value: String(l?.id ?? ''),
        label: pickLabel(l?.label, ctx.ui) || String(l?.id ?? ''),
      }));
    };
    const rows = flattenTree(getAt(ctx.doc, [...ctx.base, 'root']));
    const nodes = () =>
      rows.map((r) => ({ value: String(r.node.id ?? ''), label: `${pickLabel(r.node.label, ctx.ui) || r.node.id} (${r.node.id})` }));
    return [
      part(ctx.t('ed-governance'), [
        field(ctx, { path: ['id'], label: ctx.t('ed-item-id') }),
        textField(ctx, { path: ['title'], label: ctx.t('ed-title') }),
      ]),
      part(ctx.t('ed-levels'), [
        table(ctx, {
          id: 'levels',
          path: ['levels'],
          caption: 'ed-levels',
          row: 'ed-level-n',
          columns: [
            { key: 'id', label: 'ed-id', kind: 'text' },
            { key: 'label', label: 'ed-name', kind: 'i18n', aliases: ['taso', 'nivå', 'level'] },
          ],
          blank: (i) => ({ id: `taso-${i + 1}`, label: { fi: '' } }),
        }),
      ]),
      part(ctx.t('ed-outline'), [
        h('p', { class: 'builder-hint', id: 'fe-outline-hint' }, [ctx.t('ed-outline-hint')]),
        outline(ctx, rows, levels),
      ]),
      part(ctx.t('ed-links'), [
        table(ctx, {
          id: 'links',
          path: ['links'],
          caption: 'ed-links',
          row: 'ed-link-n',
          columns: [
            { key: 'from', label: 'ed-link-from', kind: 'select', options: nodes },
            { key: 'to', label: 'ed-link-to', kind: 'select', options: nodes },
            { key: 'label', label: 'ed-label', kind: 'i18n', optional: true },
          ],
          blank: () => ({ from: String(rows[1]?.node.id ?? ''), to: String(rows[2]?.node.id ?? '') }),
        }),
      ]),
    ];
  },
};

/**
 * @param {EditorContext} ctx
 * @param {OutlineRow[]} rows
 * @param {() => { value: string, label: string }[]} levels
 */
function outline(ctx, rows, levels) {
  const paths = outlinePaths(rows);
  const list = h('ol', { class: 'fe-outline' });
  rows.forEach((row, i) => {
    const path = [...ctx.base, ...paths[i]];
    const name = ctx.t('ed-node-n', { n: i + 1 });
    const item = h('li', { class: 'fe-outline__row', 'data-text-group': '' });
    item.dataset.path = ctx.pathText(path);
    item.style.setProperty('--depth', String(row.depth));
    const depth = h('span', { class: 'fe-depth' }, [ctx.t('ed-depth', { n: row.depth + 1 })]);
    const labels = h('div', { class: 'fe-text__langs' });
    for (const lang of /** @type {const} */ (['fi', 'sv', 'en'])) {
      const input = textInput(ctx, [...path, 'label'], lang, `o:${i}:label:${lang}`);
      input.setAttribute(
        'aria-label',
        `${name}, ${ctx.t('ed-depth', { n: row.depth + 1 })}: ${ctx.t('ed-name')} (${ctx.t(`lang-${lang}`)})`,
      );
      if (lang === 'fi') {
        input.setAttribute('aria-describedby', 'fe-outline-hint');
        input.addEventListener('keydown', (e) => outlineKeys(ctx, rows, i, e, input));
        input.addEventListener('paste', (e) => {
          const text = /** @type {ClipboardEvent} */ (e).clipboardData?.getData('text/plain') ?? '';
          if (!/\n/.test(text.replace(/\r?\n$/, ''))) return;
          e.preventDefault();
          ctx.update(
            withRows(ctx, (r) => pasteOutline(r, i, text, levels())),
            `o:${i}:label:fi`,
          );
        });
      }
      labels.append(h('div', { class: 'fe-text__lang' }, [input, missingMark(ctx, input)]));
    }
    const level = control1(ctx, [...path, 'level'], { kind: 'select', options: levels() }, `o:${i}:level`);
    level.setAttribute('aria-label', `${name}: ${ctx.t('ed-level')}`);
    const change = (/** @type {(rows: OutlineRow[]) => OutlineRow[]} */ f, /** @type {string} */ focus) =>
      ctx.update(withRows(ctx, f), focus);
    const actions = h('div', { class: 'fe-row-actions' }, [
      button(ctx.t('ed-outdent', { row: name }), () => change((r) => shiftRow(r, i, -1), `o:${i}:out`), {
        text: '←',
        disabled: row.depth <= 1,
        key: `o:${i}:out`,
      }),
      button(ctx.t('ed-indent', { row: name }), () => change((r) => shiftRow(r, i, 1), `o:${i}:in`), {
        text: '→',
        disabled: i === 0 || row.depth > rows[i - 1].depth,
        key: `o:${i}:in`,
      }),
      button(ctx.t('ed-move-up', { row: name }), () => change((r) => moveRow(r, i, -1), `o:${movedTo(rows, i, -1)}:up`), {
        text: '↑',
        disabled: i === 0,
        key: `o:${i}:up`,
      }),
      button(ctx.t('ed-move-down', { row: name }), () => change((r) => moveRow(r, i, 1), `o:${movedTo(rows, i, 1)}:down`), {
        text: '↓',
        disabled: i === 0,
        key: `o:${i}:down`,
      }),
      button(ctx.t('ed-add-below', { row: name }), () => change((r) => addBelow(r, i, levels()), `o:${i + 1}:label:fi`), {
        text: '+',
        key: `o:${i}:add`,
      }),
      button(ctx.t('ed-remove', { row: name }), () => change((r) => removeRow(r, i), `o:${Math.max(0, i - 1)}:label:fi`), {
        text: '✕',
        disabled: i === 0,
        key: `o:${i}:remove`,
      }),
    ]);
    const details = h('details', { class: 'fe-node-details' }, [
      h('summary', {}, [ctx.t('ed-node-details', { row: name })]),
      ...nodeFields(ctx, paths[i]),
    ]);
    item.append(h('div', { class: 'fe-outline__line' }, [depth, labels, level, actions]), details);
    list.append(item);
  });
  return list;
}

/**
 * Tab indents and Shift+Tab lifts the row; where it cannot, or after Escape, Tab moves on as
 * everywhere else, so the outline never traps the keyboard.
 * @param {EditorContext} ctx
 * @param {OutlineRow[]} rows
 * @param {number} i
 * @param {KeyboardEvent} e
 * @param {HTMLInputElement} input
 */
function outlineKeys(ctx, rows, i, e, input) {
  if (e.key === 'Escape') {
    input.dataset.tabLeaves = 'true';
    return;
  }
  if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
  if (input.dataset.tabLeaves === 'true') {
    delete input.dataset.tabLeaves;
    return;
  }
  const next = shiftRow(rows, i, e.shiftKey ? -1 : 1);
  if (next === rows) return;
  e.preventDefault();
  ctx.update(
    withRows(ctx, () => next),
    `o:${i}:label:fi`,
  );
}

/**
 * Lines pasted into a node's name: the first names that node, the rest become nodes after it.
 * Each line's depth is its leading tabs (a spreadsheet's list of bodies, one column further right
 * per level), or two spaces, or a bullet per level, relative to the node pasted into.
 * @param {OutlineRow[]} rows
 * @param {number} i
 * @param {string} text
 * @param {{ value: string }[]} levels
 */
export function pasteOutline(rows, i, text, levels) {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => l.trim());
  const parsed = lines.map((line) => {
    const lead = /^[\t ]*/.exec(line)?.[0] ?? '';
    const depth = (lead.match(/\t/g)?.length ?? 0) + Math.floor((lead.match(/ /g)?.length ?? 0) / 2);
    return {
      depth,
      label: line
        .trim()
        .replace(/^[-*•–]\s+/, '')
        .split('\t')[0]
        .trim(),
    };
  });
  const base = parsed[0]?.depth ?? 0;
  const ids = new Set(rows.map((r) => r.node.id));
  let n = rows.length;
  const fresh = () => {
    do n++;
    while (ids.has(`solmu-${n}`));
    ids.add(`solmu-${n}`);
    return `solmu-${n}`;
  };
  const out = rows.map((r, k) =>
    k === i ? { node: { ...r.node, label: withFi(r.node.label, parsed[0]?.label ?? '') }, depth: r.depth } : r,
  );
  /** @type {OutlineRow[]} */
  const added = [];
  let previous = rows[i].depth;
  for (const line of parsed.slice(1)) {
    const depth = Math.max(1, Math.min(previous + 1, rows[i].depth + line.depth - base));
    const level = levels[Math.min(depth, levels.length - 1)]?.value ?? '';
    added.push({ node: { id: fresh(), label: { fi: line.label }, level }, depth });
    previous = depth;
  }
  const end = i + 1;
  return [...out.slice(0, end), ...added, ...out.slice(end)];
}

/** @param {unknown} label @param {string} fi */
const withFi = (label, fi) => (label && typeof label === 'object' ? { ...label, fi } : typeof label === 'string' && !label ? fi : { fi });

/** Where row `i` is after moving it by one sibling. @param {OutlineRow[]} rows @param {number} i @param {1 | -1} by */
function movedTo(rows, i, by) {
  const moved = moveRow(rows, i, by);
  return moved === rows ? i : moved.indexOf(rows[i]);
}

/** @param {OutlineRow[]} rows @param {number} i @param {{ value: string }[]} levels */
function addBelow(rows, i, levels) {
  const ids = new Set(rows.map((r) => r.node.id));
  let n = rows.length + 1;
  while (ids.has(`solmu-${n}`)) n++;
  const depth = Math.max(1, rows[i].depth);
  const level = i === 0 ? (levels[1]?.value ?? levels[0]?.value ?? '') : rows[i].node.level;
  const at = i === 0 ? 1 : i + 1;
  return [...rows.slice(0, at), { node: { id: `solmu-${n}`, label: { fi: '' }, level }, depth }, ...rows.slice(at)];
}

/** The row goes; the rows under it move up a level with it gone. @param {OutlineRow[]} rows @param {number} i */
function removeRow(rows, i) {
  if (i === 0) return rows;
  const depth = rows[i].depth;
  let end = i + 1;
  while (end < rows.length && rows[end].depth > depth) end++;
  return [...rows.slice(0, i), ...rows.slice(i + 1, end).map((r) => ({ node: r.node, depth: r.depth - 1 })), ...rows.slice(end)];
}

/**
 * A node's other fields: id, kind, description, duties, members and a link.
 * @param {EditorContext} ctx
 * @param {import('./model.js').Path} nodePath relative to the item
 */
function nodeFields(ctx, nodePath) {
  const textList = (/** @type {'duties' | 'members'} */ key) =>
    table(ctx, {
      id: `${key}:${ctx.pathText(nodePath)}`,
      path: [...nodePath, key],
      caption: `ed-${key}`,
      row: `ed-${key}-n`,
      columns: [{ key: '', label: `ed-${key}-one`, kind: 'i18n' }],
      blank: () => ({ fi: '' }),
    });
  return [
    field(ctx, { path: [...nodePath, 'id'], label: ctx.t('ed-id') }),
    field(ctx, {
      path: [...nodePath, 'kind'],
      label: ctx.t('ed-kind'),
      kind: 'select',
      optional: true,
      options: KINDS.map((k) => ({ value: k, label: ctx.t(`ed-option-${k}`) })),
    }),
    textField(ctx, { path: [...nodePath, 'description'], label: ctx.t('ed-description'), optional: true }),
    textList('duties'),
    textList('members'),
    field(ctx, { path: [...nodePath, 'url'], label: ctx.t('ed-url'), optional: true }),
  ];
}
