/**
 * `matrices`: a table of rows × columns whose cells are lists of points — critical client groups
 * × questions, risks × aspects, the law beside observed practice. A cell marked `uncertain` was
 * placed by reconstruction (the source lost its borders), and the element says so.
 */
import * as v from 'valibot';
import type { Issue } from '../issues.js';
import { IdSchema, TextSchema, common, record } from '../shared.js';
import { defineCollection } from './define-collection.js';
import { uniqueIds } from './item-checks.js';

const MatrixHeaderSchema = record({
  id: IdSchema,
  label: TextSchema,
  description: v.optional(TextSchema),
});

export const MatrixCellSchema = record({
  row: IdSchema,
  column: IdSchema,
  // An empty list is an empty cell, shown as empty: a gap in a source table is information too.
  items: v.array(TextSchema),
  uncertain: v.optional(v.boolean()),
});

export const MatrixSchema = record({
  id: IdSchema,
  title: TextSchema,
  rows: v.pipe(v.array(MatrixHeaderSchema), v.minLength(1, 'not-empty')),
  columns: v.pipe(v.array(MatrixHeaderSchema), v.minLength(1, 'not-empty')),
  cells: v.array(MatrixCellSchema),
  ...common,
});

export type Matrix = v.InferOutput<typeof MatrixSchema>;
export type MatrixHeader = v.InferOutput<typeof MatrixHeaderSchema>;
export type MatrixCell = v.InferOutput<typeof MatrixCellSchema>;

/** One key per row × column pair, unambiguous whatever characters the ids hold. */
export const cellKey = (row: string, column: string) => JSON.stringify([row, column]);

/**
 * Unique row and column ids, every cell pointing at an existing row and column, and at most one
 * cell for each row × column pair (a second would silently hide the first's points).
 */
export function checkMatrix(matrix: Matrix): Issue[] {
  const issues = [
    ...uniqueIds(matrix.rows.map((r, i) => ({ id: r.id, path: ['rows', i] }))),
    ...uniqueIds(matrix.columns.map((c, i) => ({ id: c.id, path: ['columns', i] }))),
  ];
  const rows = new Set(matrix.rows.map((r) => r.id));
  const columns = new Set(matrix.columns.map((c) => c.id));
  const placed = new Set<string>();
  matrix.cells.forEach((cell, i) => {
    const badRow = !rows.has(cell.row);
    const badColumn = !columns.has(cell.column);
    if (badRow) issues.push({ path: ['cells', i, 'row'], code: 'unknown-reference', params: { id: cell.row } });
    if (badColumn) issues.push({ path: ['cells', i, 'column'], code: 'unknown-reference', params: { id: cell.column } });
    if (badRow || badColumn) return;
    const key = cellKey(cell.row, cell.column);
    if (placed.has(key)) issues.push({ path: ['cells', i], code: 'duplicate-cell', params: { row: cell.row, column: cell.column } });
    placed.add(key);
  });
  return issues;
}

export default defineCollection({ name: 'matrices', schema: MatrixSchema, check: checkMatrix, droppable: ['cells'] });
