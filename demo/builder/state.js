// @ts-check
// What the editor has chosen (the document, element, item, language and options) and what follows
// from it, as plain data and functions of it: the view draws it, the events change it.
import { elementFor, isSafeUrl, kitString, VISUAL_ELEMENTS } from './kit.js';
import { fallbackText, itemDocument } from './snippet.js';
import { UI_LANGUAGES } from './strings.js';
import { dataText } from './text.js';

/** @typedef {import('./kit.js').Language} Language */
/** @typedef {import('./kit.js').Collection} Collection */
/** @typedef {import('./kit.js').CheckedItem} CheckedItem */
/** @typedef {'bundled' | 'paste' | 'upload'} SourceKind */
/** @typedef {'src' | 'inline'} Delivery */

/**
 * @typedef {object} BuilderState
 * @property {Language} ui the interface language
 * @property {SourceKind} source where the document comes from
 * @property {import('./intake.js').Dataset[]} datasets the bundled documents on offer
 * @property {string} dataset the chosen bundled document's id
 * @property {import('./intake.js').Intake | undefined} doc the document, once there is one
 * @property {Collection | ''} collection the chosen element's collection
 * @property {number} itemIndex the chosen item's index in its collection
 * @property {Language} lang the figure's language
 * @property {string} theme the chosen county theme's id, '' for the kit's own look
 * @property {Record<string, string>} themeCss theme id → its CSS text, for the snippet
 * @property {Delivery} delivery how the snippet carries the data
 * @property {string} src the data URL in the snippet, as typed
 * @property {string} scriptUrl the kit script's URL in the snippet, as typed
 */

/**
 * The state a fresh page starts in: `?lang=sv` chooses the interface language.
 * @param {string} search the page's query string
 * @param {string} pageUrl the page's URL, to make the kit script's address absolute
 * @returns {BuilderState}
 */
export function initialState(search, pageUrl) {
  const ui = asLanguage(new URLSearchParams(search).get('lang')) ?? 'fi';
  return {
    ui,
    source: 'bundled',
    datasets: [],
    dataset: '',
    doc: undefined,
    collection: '',
    itemIndex: 0,
    lang: ui,
    theme: '',
    themeCss: {},
    delivery: 'src',
    src: '',
    scriptUrl: new URL('/dist/fc-kit.js', pageUrl).href,
  };
}

/**
 * @param {unknown} value
 * @returns {Language | undefined}
 */
export function asLanguage(value) {
  return UI_LANGUAGES.find((l) => l === value);
}

/**
 * The collections of a usable document that have items and an element to show them, in the
 * kit's order of elements.
 * @param {BuilderState} state
 * @returns {Collection[]}
 */
export function availableCollections(state) {
  const doc = state.doc;
  if (doc?.kind !== 'parsed' || doc.checked.issues.length) return [];
  return VISUAL_ELEMENTS.flatMap((e) => (e.collection && doc.checked.items[e.collection]?.length ? [e.collection] : []));
}

/**
 * The chosen collection's items as checked: also the invalid ones, so the editor sees them.
 * @param {BuilderState} state
 * @returns {CheckedItem[]}
 */
export function currentItems(state) {
  const doc = state.doc;
  if (doc?.kind !== 'parsed' || !state.collection) return [];
  return doc.checked.items[state.collection] ?? [];
}

/**
 * The item as written in the document, valid or not.
 * @param {BuilderState} state
 * @param {number} index
 * @returns {unknown}
 */
export function rawItem(state, index) {
  const doc = state.doc;
  if (doc?.kind !== 'parsed' || !state.collection) return undefined;
  const list = field(doc.value, state.collection);
  return Array.isArray(list) ? list[index] : undefined;
}

/** @param {Collection | ''} collection */
export const tagFor = (collection) => (collection && elementFor(collection)?.tag) || '';

/**
 * The file name to save the document as: its id, made safe for a file system.
 * @param {BuilderState} state
 */
export function fileName(state) {
  const id = state.doc?.kind === 'parsed' ? field(state.doc.value, 'id') : undefined;
  return `${(typeof id === 'string' ? id : '').replace(/[^\w.-]+/g, '-') || 'aineisto'}.json`;
}

/**
 * After a new document: keep the element and item chosen if it has them, else take the first;
 * a document not from the bundle is linked where the editor will put its file.
 * @param {BuilderState} state
 */
export function settleChoices(state) {
  const available = availableCollections(state);
  if (!state.collection || !available.includes(state.collection)) state.collection = available[0] ?? '';
  if (state.itemIndex >= currentItems(state).length) state.itemIndex = 0;
  if (state.source !== 'bundled') state.src = `/files/${fileName(state)}`;
}

/**
 * The current choices as the snippet's inputs, or nothing when there is nothing to embed.
 * @param {BuilderState} state
 */
export function currentEmbed(state) {
  const doc = state.doc;
  const item = currentItems(state).find((i) => i.index === state.itemIndex);
  if (doc?.kind !== 'parsed' || !item || !state.collection) return undefined;
  const { lang, collection } = state;
  // A document with an item to show passed the document-level check: it is an object.
  const value = /** @type {Record<string, any>} */ (doc.value);
  const source =
    value.source && typeof value.source.url === 'string' && isSafeUrl(value.source.url)
      ? { label: kitString(lang, 'source'), title: dataText(value.source.title, lang), url: value.source.url }
      : undefined;
  return {
    collection,
    item,
    /** The whole document, for the preview. */
    full: value,
    /** @type {import('./snippet.js').SnippetOptions} */
    options: {
      scriptUrl: state.scriptUrl.trim(),
      tag: tagFor(collection),
      itemId: item.id ?? '',
      lang,
      delivery: state.delivery,
      dataUrl: state.src.trim(),
      inlineDocument: itemDocument(value, collection, item.index),
      fallback: fallbackText(collection, rawItem(state, item.index), (text) => dataText(text, lang)),
      source,
      themeCss: state.theme ? (state.themeCss[state.theme] ?? '') : '',
    },
  };
}

/**
 * `value[key]` when `value` is an object: a pasted document may be `null`, a number or a list.
 * @param {unknown} value
 * @param {string} key
 * @returns {unknown}
 */
function field(value, key) {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? /** @type {Record<string, unknown>} */ (value)[key]
    : undefined;
}
