/**
 * CSV files a spreadsheet opens right, the same for every element: UTF-8 with a byte-order mark
 * (without it Excel reads ä and ö as Windows-1252), CRLF line ends, and the separator of the
 * reader's Excel: Finnish and Swedish Excel split on semicolons (their decimal separator is the
 * comma), English Excel on commas. Numbers are plain digits so they stay numbers.
 */
import type { Language } from './language.js';

export const CSV_SEPARATOR: Record<Language, string> = { fi: ';', sv: ';', en: ',' };

/** The whole file: `rows` of fields, in the reader's language's separator. */
export function csvText(rows: readonly (readonly (string | number)[])[], lang: Language): string {
  const sep = CSV_SEPARATOR[lang];
  return '\uFEFF' + rows.map((row) => row.map((cell) => csvField(cell, sep)).join(sep)).join('\r\n') + '\r\n';
}

/**
 * One field: quoted when it holds the separator, a quote or a line break (quotes doubled, as
 * RFC 4180 says). Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) gets a
 * leading apostrophe, as OWASP advises for CSV exports of data others wrote.
 */
export function csvField(value: string | number, sep: string): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A file name from an id: no path separators or characters Windows refuses. */
export function fileName(id: string, extension: string, fallback = 'fc-kit'): string {
  const safe = id.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^[.\s-]+|[.\s]+$/g, '');
  return `${safe || fallback}.${extension}`;
}
