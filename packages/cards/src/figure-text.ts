/**
 * A key figure as printed and as read out. Finnish and Swedish group thousands with a space
 * (`415 000`), which screen readers read as two numbers (“415”, “0”), so the spoken form is the
 * same number without grouping (`415000`); decimals keep the reader's comma (`15,9`).
 */
import { formatNumber, LOCALES, type Language } from '@fc-kit/core';

const ungrouped = new Map<Language, Intl.NumberFormat>();

export interface FigureText {
  /** For the eye: `415 000`, `15,9`. */
  text: string;
  /** For the ear: `415000`; equal to `text` when nothing is grouped. */
  spoken: string;
}

export function figureText(value: number, lang: Language): FigureText {
  let format = ungrouped.get(lang);
  if (!format) ungrouped.set(lang, (format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1, useGrouping: false })));
  return { text: formatNumber(value, lang), spoken: format.format(value) };
}
