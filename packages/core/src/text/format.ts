import { LOCALES, type Language } from './language.js';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.NumberFormat(LOCALES[lang], options)));
  return format;
}

export function formatNumber(value: number, lang: Language): string {
  return numberFormat(lang, { maximumFractionDigits: 1 }).format(value);
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
