/**
 * The table as a CSV file (the core's `csvText`: BOM, CRLF, the reader's separator), the header
 * in the reader's language. Numbers are plain digits so they stay numbers.
 */
import { csvText, fileName as coreFileName, type Language } from '@fc-kit/core';
import type { SurveyLayout } from './survey-chart-layout.js';
import { t } from './strings.js';

export { CSV_SEPARATOR, csvField } from '@fc-kit/core';

export function surveyCsv(layout: SurveyLayout, lang: Language): string {
  return csvText(
    [
      [t(lang, 'col-answer'), t(lang, 'col-count'), `${t(lang, 'col-percent')} (%)`],
      ...layout.rows.map((r) => [r.label, r.count, r.percent]),
      [t(lang, 'total'), layout.n, ''],
    ],
    lang,
  );
}

/** A file name from an id: no path separators or characters Windows refuses. */
export const fileName = (id: string, extension: string) => coreFileName(id, extension, 'survey');
