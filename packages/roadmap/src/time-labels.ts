import { LOCALES, timeSpan, type Language } from '@fc-kit/core';
import { t } from './strings.js';
import type { Tick } from './time-scale.js';

/**
 * Times as a reader says them: a year as "2023", a quarter as "2. neljännes 2023", a month as
 * "toukokuu 2023", a day as "15.3.2023"; a span from one to the other with an en dash
 * ("2022–2023", "toukokuu 2023 – kesäkuu 2024").
 */

type Style = 'month-year' | 'day' | 'month';
const OPTIONS: Record<Style, (lang: Language) => Intl.DateTimeFormatOptions> = {
  'month-year': () => ({ month: 'long', year: 'numeric' }),
  day: (lang) => ({ day: 'numeric', month: lang === 'fi' ? 'numeric' : 'short', year: 'numeric' }),
  month: () => ({ month: 'short' }),
};

// Formatters and formatted times are kept: a big roadmap repeats the same few dozen months.
const formats = new Map<string, Intl.DateTimeFormat>();
const words = new Map<string, string>();

function dateFormat(lang: Language, style: Style): Intl.DateTimeFormat {
  const key = `${lang}|${style}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], { ...OPTIONS[style](lang), timeZone: 'UTC' })));
  return f;
}

/** One time string in words, at the precision it was written with. */
export function formatTime(value: string, lang: Language): string {
  const key = `${lang}|${value}`;
  let said = words.get(key);
  if (said === undefined) {
    said = wordsFor(value, lang);
    if (words.size > 5000) words.clear();
    words.set(key, said);
  }
  return said;
}

function wordsFor(value: string, lang: Language): string {
  const span = timeSpan(value);
  if (!span) return value;
  if (value.length === 4) return value;
  if (value[5] === 'Q') return t(lang, 'quarter', { q: value[6], year: value.slice(0, 4) });
  return dateFormat(lang, value.length === 7 ? 'month-year' : 'day').format(span.start);
}

/** An item's time: its start alone for a milestone or a one-period item, else start–end. */
export function formatSpan(start: string, end: string | undefined, lang: Language): string {
  const a = formatTime(start, lang);
  if (end === undefined || end === start) return a;
  const b = formatTime(end, lang);
  // An unspaced dash between single words (2022–2023), a spaced one between phrases.
  return /\s/.test(a) || /\s/.test(b) ? `${a} – ${b}` : `${a}–${b}`;
}

/** A date shown on its own (the today line). */
export function formatDay(time: number, lang: Language): string {
  return dateFormat(lang, 'day').format(time);
}

export function tickLabel(tick: Tick, lang: Language): string {
  if (tick.kind === 'year') return tick.key;
  if (tick.kind === 'quarter') return t(lang, 'quarter-tick', { q: tick.key.slice(6) });
  return dateFormat(lang, 'month').format(tick.start);
}

/**
 * Makes the first date formatter while the page is idle (e.g. while the data loads): a page's
 * first Intl formatter loads locale data, some 15 ms that would otherwise fall on the first render.
 */
export function prepareFormats(lang: Language): void {
  const run = () => dateFormat(lang, 'month-year');
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}
