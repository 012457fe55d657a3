/**
 * Matrix (collection `matrices`): a table of rows × columns whose cells are lists of points —
 * critical client groups × questions, risks × aspects, the law beside observed practice. A cell
 * marked `uncertain` was placed by reconstruction (the source lost its borders), and the element
 * says so. Checks that span fields are here too, with paths relative to the item.
 */
import * as v from 'valibot';
import type { Issue } from '../issues.js';
import type { PathSegment } from '../paths.js';
import { IdSchema, SourceSchema, TextSchema } from '../schema.js';

const HeaderSchema = v.object({
  id: IdSchema,
  label: TextSchema,
  description: v.optional(TextSchema),
});

export const MatrixCellSchema = v.object({
  row: IdSchema,
  column: IdSchema,
  // An empty list is an empty cell, shown as empty: a gap in the source is information too.
  items: v.array(TextSchema),
  uncertain: v.optional(v.boolean()),
});

export const MatrixSchema = v.object({
  id: IdSchema,
  title: TextSchema,
  rows: v.pipe(v.array(HeaderSchema), v.minLength(1, 'not-empty')),
  columns: v.pipe(v.array(HeaderSchema), v.minLength(1, 'not-empty')),
  cells: v.array(MatrixCellSchema),
  note: v.optional(TextSchema),
  source: v.optional(SourceSchema),
});

export type Matrix = v.InferOutput<typeof MatrixSchema>;
export type MatrixHeader = v.InferOutput<typeof HeaderSchema>;
export type MatrixCell = v.InferOutput<typeof MatrixCellSchema>;

/** A second use of an id is an issue at the later place. */
function uniqueIds(list: readonly { id: string }[], at: PathSegment): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  list.forEach(({ id }, i) => {
    if (seen.has(id)) issues.push({ path: [at, i, 'id'], code: 'duplicate-id', params: { id } });
    seen.add(id);
  });
  return issues;
}

/** One key per row × column pair, unambiguous whatever characters the ids hold. */
export const cellKey = (row: string, column: string) => JSON.stringify([row, column]);

/**
 * Unique row and column ids, every cell pointing at an existing row and column, and at most one
 * cell for each row × column pair (a second would silently hide the first's points).
 */
export function checkMatrix(matrix: Matrix): Issue[] {
  const issues = [...uniqueIds(matrix.rows, 'rows'), ...uniqueIds(matrix.columns, 'columns')];
  const rows = new Set(matrix.rows.map((r) => r.id));
  const columns = new Set(matrix.columns.map((c) => c.id));
  const placed = new Set<string>();
  matrix.cells.forEach((cell, i) => {
    let known = true;
    if (!rows.has(cell.row)) {
      issues.push({ path: ['cells', i, 'row'], code: 'unknown-reference', params: { id: cell.row } });
      known = false;
    }
    if (!columns.has(cell.column)) {
      issues.push({ path: ['cells', i, 'column'], code: 'unknown-reference', params: { id: cell.column } });
      known = false;
    }
    if (!known) return;
    const key = cellKey(cell.row, cell.column);
    if (placed.has(key)) issues.push({ path: ['cells', i], code: 'duplicate-cell', params: { row: cell.row, column: cell.column } });
    placed.add(key);
  });
  return issues;
}
