/**
 * The matrix as the element draws it, with no DOM: headers, one cell for every row × column pair
 * in reading order (a pair the data leaves out is an empty cell, kept, because a gap in a source
 * table is information too), the stacked sections a narrow screen shows, and the reading aids
 * (one row or column alone, a text filter). Pure functions, so they are tested without a browser.
 */
import { cellKey, type Matrix, type MatrixHeader, type Text } from '@fc-kit/core';

export type Axis = 'row' | 'column';

export interface HeaderModel extends MatrixHeader {
  /** Position in the data's `rows` or `columns`, whatever is filtered out. */
  index: number;
}

export interface CellModel {
  row: HeaderModel;
  column: HeaderModel;
  items: Text[];
  uncertain: boolean;
  /** Position in the data's `cells`; -1 for a pair the data leaves out. */
  source: number;
}

export interface MatrixModel {
  rows: HeaderModel[];
  columns: HeaderModel[];
  /** `cells[r][c]`: row `rows[r]`, column `columns[c]`. */
  cells: CellModel[][];
  /** Points shown, and cells shown that are marked uncertain. */
  points: number;
  uncertain: number;
}

/** The whole matrix. Assumes a checked item; a cell naming an unknown row or column is left out. */
export function matrixModel(matrix: Matrix): MatrixModel {
  const rows = matrix.rows.map((h, index) => ({ ...h, index }));
  const columns = matrix.columns.map((h, index) => ({ ...h, index }));
  const given = new Map<string, number>();
  matrix.cells.forEach((cell, i) => {
    const key = cellKey(cell.row, cell.column);
    if (!given.has(key)) given.set(key, i);
  });
  const cells = rows.map((row) =>
    columns.map((column): CellModel => {
      const source = given.get(cellKey(row.id, column.id)) ?? -1;
      const cell = source >= 0 ? matrix.cells[source] : undefined;
      return { row, column, items: cell?.items ?? [], uncertain: cell?.uncertain === true, source };
    }),
  );
  return withCounts(rows, columns, cells);
}

function withCounts(rows: HeaderModel[], columns: HeaderModel[], cells: CellModel[][]): MatrixModel {
  let points = 0;
  let uncertain = 0;
  for (const line of cells) {
    for (const cell of line) {
      points += cell.items.length;
      if (cell.uncertain) uncertain++;
    }
  }
  return { rows, columns, cells, points, uncertain };
}

/** Rows become columns: for reading a matrix the other way round, or stacking it by column. */
export function transpose(model: MatrixModel): MatrixModel {
  const cells = model.columns.map((_, c) => model.rows.map((_, r) => model.cells[r][c]));
  return { ...model, rows: model.columns, columns: model.rows, cells };
}

/** One row or one column alone; an id that is not there leaves the model as it was. */
export function showOnly(model: MatrixModel, axis: Axis, id: string): MatrixModel {
  if (axis === 'row') {
    const r = model.rows.findIndex((h) => h.id === id);
    return r < 0 ? model : withCounts([model.rows[r]], model.columns, [model.cells[r]]);
  }
  const c = model.columns.findIndex((h) => h.id === id);
  return c < 0
    ? model
    : withCounts(
        model.rows,
        [model.columns[c]],
        model.cells.map((line) => [line[c]]),
      );
}

export interface FilterResult {
  model: MatrixModel;
  /** Points that contain the query, and the cells they are in. */
  matches: number;
  cells: number;
}

/** Lower case, composed: `Ä` typed on one keyboard finds `ä` typed on another. */
export const foldCase = (text: string, locale: string) => text.normalize('NFC').toLocaleLowerCase(locale);

/**
 * Only the points that contain `query` (case ignored), and only the rows and columns that still
 * hold one; an empty query keeps everything. `textOf` gives a point in the reader's language,
 * which is what the reader searched.
 */
export function filterPoints(model: MatrixModel, query: string, textOf: (text: Text) => string, locale: string): FilterResult {
  const needle = foldCase(query.trim(), locale);
  if (!needle) return { model, matches: model.points, cells: model.cells.flat().filter((c) => c.items.length).length };
  let cellCount = 0;
  const filtered = model.cells.map((line) =>
    line.map((cell) => {
      const items = cell.items.filter((item) => foldCase(textOf(item), locale).includes(needle));
      if (items.length) cellCount++;
      return { ...cell, items };
    }),
  );
  const keepRow = filtered.map((line) => line.some((cell) => cell.items.length > 0));
  const keepColumn = model.columns.map((_, c) => filtered.some((line) => line[c].items.length > 0));
  const rows = model.rows.filter((_, r) => keepRow[r]);
  const columns = model.columns.filter((_, c) => keepColumn[c]);
  const cells = filtered.filter((_, r) => keepRow[r]).map((line) => line.filter((_, c) => keepColumn[c]));
  const result = withCounts(rows, columns, cells);
  return { model: result, matches: result.points, cells: cellCount };
}

/**
 * A point cut where it matches the query, so the element can mark the matches without HTML.
 * Where folding the case changes the length of the text (rare outside fi/sv/en), nothing is cut.
 */
export function splitMatches(text: string, query: string, locale: string): { text: string; match: boolean }[] {
  const needle = foldCase(query.trim(), locale);
  const source = text.normalize('NFC');
  const folded = foldCase(source, locale);
  if (!needle || folded.length !== source.length) return [{ text, match: false }];
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (let i = folded.indexOf(needle); i >= 0; i = folded.indexOf(needle, i + needle.length)) {
    if (i > at) parts.push({ text: source.slice(at, i), match: false });
    parts.push({ text: source.slice(i, i + needle.length), match: true });
    at = i + needle.length;
  }
  if (at < source.length) parts.push({ text: source.slice(at), match: false });
  return parts.length ? parts : [{ text, match: false }];
}

export interface Section {
  header: HeaderModel;
  /** The other axis's headers with this section's cell under each, in reading order. */
  entries: { header: HeaderModel; cell: CellModel }[];
}

/**
 * The narrow form: one section per row (each column's points under the column's label) or one
 * per column (each row's points under the row's label), as the reader chooses.
 */
export function stackedSections(model: MatrixModel, by: Axis): Section[] {
  const m = by === 'row' ? model : transpose(model);
  return m.rows.map((header, r) => ({
    header,
    entries: m.columns.map((other, c) => ({ header: other, cell: m.cells[r][c] })),
  }));
}
