// @ts-check
// A table of rows (a list of objects in the document): one input per cell, texts as three
// language columns, rows added, moved and removed by buttons, and spreadsheet cells taken in:
// pasted into a cell (filling from there, as a spreadsheet does), pasted or imported (CSV, XLSX)
// for the whole table, with a column-mapping step when the header row is not recognised; and
// the table out as a CSV file.
import { Papa } from '../vendor/spreadsheet.js';
import { mapColumns, parseCsv, parseTsv, readXlsx } from './grid.js';
import { getAt, moveItem, TEXT_LANGUAGES, textColumns, updateList, withText } from './model.js';
import { button, control1, h, missingMark, newId, readNumber, textInput } from './widgets.js';

/** @typedef {import('./widgets.js').EditorContext} EditorContext */
/** @typedef {import('./model.js').Path} Path */
/** @typedef {import('./model.js').Lang} Lang */
/** @typedef {import('./grid.js').Grid} Grid */

/**
 * @typedef {object} Column
 * @property {string} key the row object's key
 * @property {string} label the builder's string key for its name
 * @property {'text' | 'i18n' | 'number' | 'select'} kind
 * @property {(ctx: EditorContext) => { value: string, label: string }[]} [options] for a select
 * @property {boolean} [optional] an empty cell removes the key
 * @property {string[]} [aliases] more header names that mean this column
 */

/**
 * @typedef {object} TableSpec
 * @property {string} id unique in the editor
 * @property {Path} path the list, relative to the item
 * @property {string} caption the builder's string key for the table's name
 * @property {string} row the builder's string key for "row {n}" (a row's name)
 * @property {Column[]} columns
 * @property {(index: number, rows: any[]) => Record<string, unknown>} blank a new row
 * @property {{ label: string, value: (row: any, doc: any) => string }} [derived] a shown, computed column
 */

/** @typedef {{ column: Column, lang?: Lang }} Flat one cell column: a text column is three */

/** @param {Column[]} columns @returns {Flat[]} */
export const flatColumns = (columns) =>
  columns.flatMap((column) => (column.kind === 'i18n' ? TEXT_LANGUAGES.map((lang) => ({ column, lang })) : [{ column }]));

/**
 * A cell column's name in the editor's language: "Answer (Finnish)".
 * @param {EditorContext} ctx
 * @param {Flat} f
 */
const flatLabel = (ctx, f) => (f.lang ? `${ctx.t(f.column.label)} (${ctx.t(`lang-${f.lang}`)})` : ctx.t(f.column.label));

/**
 * Every header that names a cell column, in every language: its key (`label.fi`), its names, the
 * aliases; a text column's Finnish cell also answers to the plain name.
 * @param {EditorContext} ctx
 * @param {Flat} f
 */
function headerNames(ctx, f) {
  const names = [f.column.key, ...(f.column.aliases ?? [])];
  for (const label of ctx.tAll(f.column.label)) names.push(label);
  if (!f.lang) return names;
  const withLang = names.flatMap((n) => [`${n}.${f.lang}`, `${n} ${f.lang}`, ...ctx.tAll(`lang-${f.lang}`).map((l) => `${n} (${l})`)]);
  return f.lang === 'fi' ? [...names, ...withLang] : withLang;
}

/** Pending column mappings, by table id: they survive the form being redrawn. */
const pending = new Map();

/**
 * @param {EditorContext} ctx
 * @param {TableSpec} spec
 */
export function table(ctx, spec) {
  const listPath = [...ctx.base, ...spec.path];
  const rows = /** @type {any[]} */ (Array.isArray(getAt(ctx.doc, listPath)) ? getAt(ctx.doc, listPath) : []);
  const flats = flatColumns(spec.columns);
  const captionId = newId('fe-cap');
  const head = h('tr', {}, [
    h('th', { scope: 'col' }, [ctx.t('ed-row-number')]),
    ...flats.map((f) => h('th', { scope: 'col' }, [flatLabel(ctx, f)])),
    ...(spec.derived ? [h('th', { scope: 'col' }, [spec.derived.label])] : []),
    h('th', { scope: 'col' }, [ctx.t('ed-row-actions')]),
  ]);
  const body = h('tbody');
  /** @type {(() => void)[]} */
  const derivedCells = [];
  rows.forEach((_, i) => {
    const rowPath = [...listPath, i];
    const rowName = ctx.t(spec.row, { n: i + 1 });
    const tr = h('tr', { 'data-text-group': '' });
    tr.dataset.path = ctx.pathText(rowPath);
    tr.append(h('th', { scope: 'row' }, [String(i + 1)]));
    flats.forEach((f, c) => {
      // A column without a key is the row itself (a list of texts, such as a node's duties).
      const path = f.column.key ? [...rowPath, f.column.key] : rowPath;
      const key = `c:${spec.id}:${i}:${c}`;
      const input =
        f.lang !== undefined
          ? textInput(ctx, path, f.lang, key, f.column.optional)
          : control1(
              ctx,
              path,
              { kind: f.column.kind === 'i18n' ? 'text' : f.column.kind, options: f.column.options?.(ctx), optional: f.column.optional },
              key,
            );
      input.setAttribute('aria-label', `${rowName}: ${flatLabel(ctx, f)}`);
      input.addEventListener('paste', (e) => {
        const text = /** @type {ClipboardEvent} */ (e).clipboardData?.getData('text/plain') ?? '';
        if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
        e.preventDefault();
        const grid = parseTsv(text);
        const order = pasteOrder(flats, f.lang ?? 'fi');
        const found = mapColumns(grid, targets(ctx, flats), order.slice(Math.max(0, order.indexOf(c))));
        // Cells pasted into a cell fill from it; an unknown header row there is just skipped.
        fillRows(ctx, spec, found.header ? grid.slice(1) : grid, found.mapping, i, key);
      });
      const cell = h('td', {}, [input]);
      if (f.lang) cell.append(missingMark(ctx, /** @type {HTMLInputElement} */ (input)));
      tr.append(cell);
    });
    if (spec.derived) {
      const out = h('td', { class: 'fe-derived' });
      const refresh = () => {
        out.textContent = spec.derived?.value(getAt(ctx.doc, rowPath), getAt(ctx.doc, ctx.base)) ?? '';
      };
      refresh();
      derivedCells.push(refresh);
      tr.append(out);
    }
    const move = (/** @type {1 | -1} */ by, /** @type {string} */ which) => () =>
      ctx.update(
        (doc) => updateList(doc, listPath, (list) => moveItem(list, i, i + by)),
        `b:${spec.id}:${Math.max(0, Math.min(rows.length - 1, i + by))}:${which}`,
      );
    tr.append(
      h('td', { class: 'fe-row-actions' }, [
        button(ctx.t('ed-move-up', { row: rowName }), move(-1, 'up'), { text: '↑', disabled: i === 0, key: `b:${spec.id}:${i}:up` }),
        button(ctx.t('ed-move-down', { row: rowName }), move(1, 'down'), {
          text: '↓',
          disabled: i === rows.length - 1,
          key: `b:${spec.id}:${i}:down`,
        }),
        button(
          ctx.t('ed-remove', { row: rowName }),
          () => ctx.update((doc) => updateList(doc, listPath, (list) => list.filter((_, k) => k !== i)), `add:${spec.id}`),
          { text: '✕', key: `b:${spec.id}:${i}:remove` },
        ),
      ]),
    );
    body.append(tr);
  });
  ctx.live(() => derivedCells.forEach((r) => r()));

  const scroller = h('div', { class: 'fe-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: '0' }, [
    h('table', { class: 'fe-table' }, [h('caption', { id: captionId }, [ctx.t(spec.caption)]), h('thead', {}, [head]), body]),
  ]);
  const box = h('div', { class: 'fe-table-box' }, [scroller]);
  box.dataset.table = spec.id;
  box.dataset.path = ctx.pathText(listPath);
  const add = button(
    ctx.t('ed-add-row'),
    () =>
      ctx.update((doc) => updateList(doc, listPath, (list) => [...list, spec.blank(list.length, list)]), `c:${spec.id}:${rows.length}:0`),
    { key: `add:${spec.id}` },
  );
  box.append(
    h('div', { class: 'fe-table-tools' }, [add, button(ctx.t('ed-download-csv'), () => downloadCsv(ctx, spec, rows))]),
    intake(ctx, spec, flats),
  );
  const mapping = pending.get(spec.id);
  if (mapping) box.append(mappingStep(ctx, spec, flats, mapping));
  return box;
}

/** @param {EditorContext} ctx @param {Flat[]} flats @returns {import('./grid.js').Target[]} */
const targets = (ctx, flats) => flats.map((f) => ({ names: headerNames(ctx, f), numeric: f.column.kind === 'number' }));

/**
 * The cell columns that a sheet's columns fill by position: each text in one language only.
 * @param {Flat[]} flats
 * @param {Lang} lang
 */
const pasteOrder = (flats, lang) => flats.flatMap((f, i) => (!f.lang || f.lang === lang ? [i] : []));

/**
 * The table's own paste box and file import: the whole table from a spreadsheet.
 * @param {EditorContext} ctx
 * @param {TableSpec} spec
 * @param {Flat[]} flats
 */
function intake(ctx, spec, flats) {
  const areaId = newId('fe-paste');
  const fileId = newId('fe-file');
  const area = /** @type {HTMLTextAreaElement} */ (h('textarea', { id: areaId, rows: '4', spellcheck: 'false', class: 'fe-paste' }));
  area.dataset.key = `paste:${spec.id}`;
  const file = /** @type {HTMLInputElement} */ (h('input', { type: 'file', id: fileId, accept: '.csv,.tsv,.txt,.xlsx,text/csv' }));
  const status = h('p', { class: 'fe-status', role: 'status' });
  /** @param {Grid} grid */
  const take = (grid) => {
    if (!grid.length) return;
    const found = mapColumns(grid, targets(ctx, flats), pasteOrder(flats, 'fi'));
    if (found.unrecognised) {
      pending.set(spec.id, { grid, header: found.header, mapping: found.mapping });
      ctx.update((doc) => doc, `map:${spec.id}:0`);
    } else fillRows(ctx, spec, found.header ? grid.slice(1) : grid, found.mapping, 0, `c:${spec.id}:0:0`, true);
  };
  area.addEventListener('paste', (e) => {
    const text = /** @type {ClipboardEvent} */ (e).clipboardData?.getData('text/plain');
    if (text === undefined) return;
    e.preventDefault();
    take(parseTsv(text));
  });
  const read = button(ctx.t('ed-paste-read'), () => take(parseTsv(area.value)));
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    try {
      take(/\.xlsx$/i.test(f.name) ? await readXlsx(f) : parseCsv(await f.text()));
    } catch {
      status.textContent = ctx.t('ed-import-failed', { name: f.name });
    }
  });
  return h('details', { class: 'fe-intake' }, [
    h('summary', {}, [ctx.t('ed-from-spreadsheet')]),
    h('label', { for: areaId }, [ctx.t('ed-paste-label')]),
    h('p', { class: 'builder-hint' }, [ctx.t('ed-paste-hint')]),
    area,
    read,
    h('label', { for: fileId }, [ctx.t('ed-import-label')]),
    file,
    status,
  ]);
}

/**
 * The column-mapping step: which table column each of the sheet's columns fills.
 * @param {EditorContext} ctx
 * @param {TableSpec} spec
 * @param {Flat[]} flats
 * @param {{ grid: Grid, header: boolean, mapping: number[] }} state
 */
function mappingStep(ctx, spec, flats, state) {
  const titleId = newId('fe-map');
  const form = h('div', { class: 'fe-mapping', role: 'group', 'aria-labelledby': titleId }, [
    h('h5', { id: titleId }, [ctx.t('ed-mapping-title')]),
  ]);
  form.append(h('p', { class: 'builder-hint' }, [ctx.t('ed-mapping-hint')]));
  const headerId = newId('fe-map-h');
  const headerBox = /** @type {HTMLInputElement} */ (h('input', { type: 'checkbox', id: headerId }));
  headerBox.checked = state.header;
  headerBox.dataset.key = `map:${spec.id}:header`;
  headerBox.addEventListener('change', () => (state.header = headerBox.checked));
  form.append(h('p', {}, [headerBox, ' ', h('label', { for: headerId }, [ctx.t('ed-mapping-header')])]));
  const width = Math.max(0, ...state.grid.map((r) => r.length));
  for (let col = 0; col < width; col++) {
    const id = newId('fe-map-c');
    const sample = state.grid[0]?.[col] ?? '';
    const select = document.createElement('select');
    select.id = id;
    select.dataset.key = `map:${spec.id}:${col}`;
    select.append(new Option(ctx.t('ed-mapping-skip'), '-1'), ...flats.map((f, i) => new Option(flatLabel(ctx, f), String(i))));
    select.value = String(state.mapping[col] ?? -1);
    select.addEventListener('change', () => (state.mapping[col] = Number(select.value)));
    form.append(h('div', { class: 'fe-field' }, [h('label', { for: id }, [ctx.t('ed-mapping-column', { n: col + 1, sample })]), select]));
  }
  form.append(
    h('p', { class: 'fe-table-tools' }, [
      button(ctx.t('ed-mapping-apply'), () => {
        pending.delete(spec.id);
        fillRows(ctx, spec, state.header ? state.grid.slice(1) : state.grid, state.mapping, 0, `c:${spec.id}:0:0`, true);
      }),
      button(ctx.t('ed-mapping-cancel'), () => {
        pending.delete(spec.id);
        ctx.update((doc) => doc, `add:${spec.id}`);
      }),
    ]),
  );
  return form;
}

/**
 * Fills rows from `startRow` with the grid's cells; `mapping[col]` is the cell column (index in
 * the flat columns) the grid's column `col` fills, -1 for none. `replace` makes the grid the
 * whole table (rows after it are removed); existing rows keep their other keys.
 * @param {EditorContext} ctx
 * @param {TableSpec} spec
 * @param {Grid} grid
 * @param {number[]} mapping
 * @param {number} startRow
 * @param {string} focus
 * @param {boolean} [replace]
 */
export function fillRows(ctx, spec, grid, mapping, startRow, focus, replace = false) {
  const flats = flatColumns(spec.columns);
  const listPath = [...ctx.base, ...spec.path];
  ctx.update(
    (doc) =>
      updateList(doc, listPath, (list) => {
        const out = replace ? list.slice(0, startRow) : [...list];
        grid.forEach((cells, r) => {
          const at = startRow + r;
          let row = list[at] ?? spec.blank(at, out);
          cells.forEach((raw, col) => {
            const f = flats[mapping[col] ?? -1];
            if (f) row = withCell(ctx, row, f, raw);
          });
          out[at] = row;
        });
        return out;
      }),
    focus,
  );
}

/**
 * @param {EditorContext} ctx
 * @param {any} row
 * @param {Flat} f
 * @param {string} raw
 */
function withCell(ctx, row, f, raw) {
  const { key, kind, optional } = f.column;
  const text = raw.trim();
  if (!key) return f.lang ? withText(row, f.lang, text) : text;
  /** @type {unknown} */
  let value;
  if (f.lang) value = withText(row[key], f.lang, text);
  else if (kind === 'number') value = readNumber(text);
  else if (kind === 'select') {
    const options = f.column.options?.(ctx) ?? [];
    const name = text.toLowerCase();
    value =
      options.find((o) => o.value.toLowerCase() === name || o.label.toLowerCase() === name)?.value ??
      optionInAnyLanguage(ctx, f.column, name) ??
      text;
  } else value = text;
  const copy = { ...row };
  if ((value === '' || value === undefined) && (optional || kind === 'number')) delete copy[key];
  else copy[key] = value;
  return copy;
}

/**
 * A select's value from its name in any interface language (a status "käynnissä" or "ongoing").
 * @param {EditorContext} ctx
 * @param {Column} column
 * @param {string} name lower case
 */
function optionInAnyLanguage(ctx, column, name) {
  for (const o of column.options?.(ctx) ?? []) if (ctx.tAll(`ed-option-${o.value}`).some((l) => l.toLowerCase() === name)) return o.value;
  return undefined;
}

/**
 * The table as a CSV file, one column per cell column, named in the editor's language.
 * @param {EditorContext} ctx
 * @param {TableSpec} spec
 * @param {any[]} rows
 */
export function tableCsv(ctx, spec, rows) {
  const flats = flatColumns(spec.columns);
  const lines = [flats.map((f) => flatLabel(ctx, f))];
  for (const row of rows) {
    lines.push(
      flats.map((f) => {
        const value = f.column.key ? row?.[f.column.key] : row;
        return f.lang ? textColumns(value)[f.lang] : String(value ?? '');
      }),
    );
  }
  // Semicolons, and a byte-order mark: what Excel opens directly in Finnish and Swedish settings.
  return '\ufeff' + Papa.unparse(lines, { delimiter: ';', newline: '\r\n' });
}

/**
 * @param {EditorContext} ctx
 * @param {TableSpec} spec
 * @param {any[]} rows
 */
function downloadCsv(ctx, spec, rows) {
  const url = URL.createObjectURL(new Blob([tableCsv(ctx, spec, rows)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${spec.id}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
