// @ts-check
// Cells from a spreadsheet, as a grid of strings: pasted (tab-separated, as Excel, LibreOffice
// and Google Sheets put it on the clipboard, quoted cells with line breaks included), a CSV file
// (comma or semicolon, whichever it uses) or an XLSX file; then which table column each of its
// columns fills, from a header row the builder recognises or by position. Parsing is papaparse's
// and XLSX is read-excel-file's (vendor/spreadsheet.js), not hand-written.
import { Papa, readSheet } from '../vendor/spreadsheet.js';

/** @typedef {string[][]} Grid */

/**
 * A clipboard's text as rows of cells. A single line without tabs is one cell.
 * @param {string} text
 * @returns {Grid}
 */
export function parseTsv(text) {
  return clean(Papa.parse(text.replace(/\r?\n$/, ''), { delimiter: '\t', quoteChar: '"' }).data);
}

/**
 * A CSV file's text as rows of cells, comma, semicolon (Finnish Excel) or tab separated.
 * @param {string} text
 * @returns {Grid}
 */
export function parseCsv(text) {
  const body = text.replace(/^\ufeff/, '');
  // The header line decides (papaparse's own guess is thrown by a quoted separator in the data).
  const head = body.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const delimiter = [';', ',', '\t'].reduce((best, d) => (head.split(d).length > head.split(best).length ? d : best), ',');
  return clean(Papa.parse(body, { delimiter }).data);
}

/**
 * The first sheet of an XLSX file as rows of cells; dates as ISO dates (the kit's times).
 * @param {Blob} file
 * @returns {Promise<Grid>}
 */
export async function readXlsx(file) {
  const rows = await readSheet(file);
  return clean(
    rows.map((row) => row.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell == null ? '' : String(cell)))),
  );
}

/**
 * Rows of trimmed-right cells without the empty rows a sheet's end leaves.
 * @param {unknown[][]} rows
 * @returns {Grid}
 */
function clean(rows) {
  return rows.map((r) => r.map((c) => String(c ?? ''))).filter((r) => r.some((c) => c.trim() !== ''));
}

/** @param {string} s */
export const normalise = (s) =>
  s
    .toLowerCase()
    .normalize('NFC')
    .replace(/[()[\]:.,_\-–%]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * @typedef {object} Target one column of a table a grid's column can fill
 * @property {string[]} names every header that names it, any language (normalised here)
 * @property {boolean} numeric whether its values are numbers
 */

/**
 * Which target each of the grid's columns fills (-1: none) and whether the first row is a
 * header. A recognised header maps by name; a first row that is text where the first data rows
 * have numbers is a header the builder does not know (`unrecognised`: ask the editor); otherwise
 * the columns fill the targets `order` lists, in that order (a text's other languages are not
 * in it: cells copied side by side are different fields, not translations).
 * @param {Grid} grid
 * @param {Target[]} targets
 * @param {number[]} order the targets, by index, that columns fill by position
 * @returns {{ header: boolean, mapping: number[], unrecognised: boolean }}
 */
export function mapColumns(grid, targets, order) {
  const width = Math.max(0, ...grid.map((r) => r.length));
  const first = grid[0] ?? [];
  const byName = first.map((cell) => {
    const name = normalise(cell);
    return name ? targets.findIndex((t) => t.names.some((n) => normalise(n) === name)) : -1;
  });
  const named = byName.filter((i) => i >= 0).length;
  const positional = Array.from({ length: width }, (_, i) => order[i] ?? -1);
  if (named && named === first.filter((c) => c.trim()).length) return { header: true, mapping: pad(byName, width), unrecognised: false };
  if (named) return { header: true, mapping: pad(byName, width), unrecognised: true };
  const looksLikeHeader =
    grid.length > 1 &&
    positional.some((t, col) => t >= 0 && targets[t].numeric && !isNumber(first[col] ?? '') && isNumber(grid[1][col] ?? ''));
  return { header: looksLikeHeader, mapping: positional, unrecognised: looksLikeHeader || width > order.length };
}

/** @param {number[]} list @param {number} width */
const pad = (list, width) => [...list, ...Array(Math.max(0, width - list.length)).fill(-1)];

/** @param {string} s a number as a spreadsheet may write it: `1 234`, `12,5`, `-3` */
export const isNumber = (s) => /^-?\d+([.,]\d+)?$/.test(s.trim().replace(/[\s\u00a0\u202f]/g, ''));
