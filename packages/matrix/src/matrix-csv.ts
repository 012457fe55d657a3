/**
 * The matrix as a CSV file, made the way the survey's is (UTF-8 with a byte-order mark, CRLF,
 * `;` in Finnish and Swedish, `,` in English, formula-looking text defused): the column labels
 * across the top, each row's label first, and each cell's points one a line inside its field.
 * An uncertain cell ends with a `*` line, explained under the table, so the file says what the
 * element says.
 */
import { pickText, type Language } from '@fc-kit/core';
import type { MatrixModel } from './matrix-layout.js';
import { t } from './strings.js';

export const CSV_SEPARATOR: Record<Language, string> = { fi: ';', sv: ';', en: ',' };

export function matrixCsv(model: MatrixModel, lang: Language): string {
  const sep = CSV_SEPARATOR[lang];
  const text = (x: Parameters<typeof pickText>[0]) => pickText(x, lang);
  const lines: string[][] = [
    ['', ...model.columns.map((c) => text(c.label))],
    ...model.rows.map((row, r) => [
      text(row.label),
      ...model.cells[r].map((cell) => [...cell.items.map(text), ...(cell.uncertain ? ['*'] : [])].join('\n')),
    ]),
  ];
  if (model.uncertain > 0) lines.push([], [t(lang, 'csv-uncertain')]);
  return '\uFEFF' + lines.map((line) => line.map((field) => csvField(field, sep)).join(sep)).join('\r\n') + '\r\n';
}

/**
 * One field: quoted when it holds the separator, a quote or a line break (quotes doubled, as
 * RFC 4180 says). Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) gets a leading
 * apostrophe, as OWASP advises for CSV exports of data others wrote.
 */
export function csvField(value: string, sep: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
