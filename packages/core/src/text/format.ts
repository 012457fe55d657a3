import { LOCALES, type Language } from './language.js';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.NumberFormat(LOCALES[lang], options)));
  return format;
}

/** How the kit rounds every number it shows: to one decimal. Chart, table, CSV and text all use it. */
export const NUMBER_OPTIONS = { maximumFractionDigits: 1 } as const;

/** A number as the reader's locale writes it for the eye: `11 700` in Finnish and Swedish, `11,700` in English. */
export function formatNumber(value: number, lang: Language): string {
  return numberFormat(lang, NUMBER_OPTIONS).format(value);
}

/**
 * The same number for the ear: rounded the same way, but with no group separator. Screen readers
 * read the space Finnish and Swedish group digits with (`11 700`) as two numbers, "eleven, seven
 * hundred"; `11700` is read as one. Every accessible name and description uses this form.
 */
export function spokenNumber(value: number, lang: Language): string {
  return numberFormat(lang, { ...NUMBER_OPTIONS, useGrouping: false }).format(value);
}

/**
 * The share `count / n` rounded to a whole percent, as the status review prints it: `86 %`. A
 * share that is not nothing but rounds to 0 is `< 1 %` (`<1%` in English): "0 %" would say no one.
 */
export function formatPercent(count: number, n: number, lang: Language): string {
  const format = numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const whole = wholePercent(count, n);
  if (whole === 0 && count > 0 && n > 0) return `<${lang === 'en' ? '' : '\u00a0'}${format.format(0.01)}`;
  return format.format(whole / 100);
}

/** Whole percent of n, rounded half up on exact integers so 18/21 is 86 and never 85.71428… */
export function wholePercent(count: number, n: number): number {
  return n > 0 ? Math.round((count * 100) / n) : 0;
}

/** A pattern that finds digits grouped with a space, the way screen readers split them. */
export const SPLIT_NUMBER = /\d[\u00A0\u202F ]\d{3}/;
