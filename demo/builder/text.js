// @ts-check
// Words on the builder's page: its own (strings.js) through the kit's translator, and data texts
// from a document that may not be valid yet.
import { pickText, translator } from './kit.js';
import { STRINGS } from './strings.js';

/** @typedef {import('./kit.js').Language} Language */
/** @typedef {keyof typeof STRINGS.fi} StringKey */

const translate = translator(STRINGS);

/**
 * The builder's string for `key` in `lang`, with `{name}` replaced from `params`. The keys are
 * checked by the type-check; a key read from the page (`data-t`) is checked here, loudly, since
 * the kit's translator would show the key itself.
 * @param {Language} lang
 * @param {StringKey} key
 * @param {Record<string, string | number>} [params]
 */
export function t(lang, key, params) {
  if (!Object.hasOwn(STRINGS.fi, key)) throw new Error(`builder: no string "${key}"`);
  return translate(lang, key, params);
}

/**
 * A data text in `lang`, whatever shape it came in: the builder lists items of documents that
 * do not pass the check, so a "text" may be a number, a list or missing.
 * @param {unknown} value
 * @param {Language} lang
 */
export function dataText(value, lang) {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return String(pickText(/** @type {any} */ (value), lang) ?? '');
  return value == null ? '' : String(value);
}
