/**
 * The matrix as a CSV file, made as the survey's is (the core's `csvText`: BOM, CRLF, `;` in
 * Finnish and Swedish, `,` in English, formula-looking text defused): the column labels across
 * the top, each row's label first, and each cell's points one a line inside its field. An
 * uncertain cell ends with a `*` line, explained under the table, so the file says what the
 * element says.
 */
import { csvText, pickText, type Language, type Text } from '@fc-kit/core';
import type { MatrixModel } from './matrix-layout.js';
import { t } from './strings.js';

export function matrixCsv(model: MatrixModel, lang: Language): string {
  const text = (x: Text) => pickText(x, lang);
  const lines: string[][] = [
    ['', ...model.columns.map((c) => text(c.label))],
    ...model.rows.map((row, r) => [
      text(row.label),
      ...model.cells[r].map((cell) => [...cell.items.map(text), ...(cell.uncertain ? ['*'] : [])].join('\n')),
    ]),
  ];
  if (model.uncertain > 0) lines.push([], [t(lang, 'csv-uncertain')]);
  return csvText(lines, lang);
}
