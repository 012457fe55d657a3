// @ts-check
// The page drawn from the state: the words, the check and its problems, the choices, the preview
// and the snippet. Everything from a document is set as text or as a property, never as markup.
import { allIssues, formatPath, issueText, kitString } from './kit.js';
import { buildSnippet } from './snippet.js';
import { availableCollections, currentEmbed, currentItems, fileName, rawItem, tagFor } from './state.js';
import { applyTheme } from './themes.js';
import { dataText, t } from './text.js';

/** @typedef {import('./state.js').BuilderState} BuilderState */
/** @typedef {import('./text.js').StringKey} StringKey */

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** The page's controls and outputs. */
export const el = {
  uiLang: /** @type {HTMLSelectElement} */ ($('ui-lang')),
  dataset: /** @type {HTMLSelectElement} */ ($('dataset')),
  paste: /** @type {HTMLTextAreaElement} */ ($('paste')),
  upload: /** @type {HTMLInputElement} */ ($('upload')),
  check: $('check'),
  checkSummary: $('check-summary'),
  problemsBox: $('problems-box'),
  problems: $('problems'),
  element: /** @type {HTMLSelectElement} */ ($('element')),
  item: /** @type {HTMLSelectElement} */ ($('item')),
  lang: /** @type {HTMLSelectElement} */ ($('lang')),
  theme: /** @type {HTMLSelectElement} */ ($('theme')),
  srcField: $('src-field'),
  src: /** @type {HTMLInputElement} */ ($('src')),
  download: /** @type {HTMLAnchorElement} */ ($('download')),
  script: /** @type {HTMLInputElement} */ ($('script')),
  preview: $('preview'),
  previewStatus: $('preview-status'),
  snippet: /** @type {HTMLTextAreaElement} */ ($('snippet')),
  copy: /** @type {HTMLButtonElement} */ ($('copy')),
  copyStatus: $('copy-status'),
  guide: /** @type {HTMLAnchorElement} */ ($('guide-link')),
};

/** @type {NodeListOf<HTMLInputElement>} */
export const sourceRadios = document.querySelectorAll('input[name="source"]');
/** @type {NodeListOf<HTMLInputElement>} */
export const deliveryRadios = document.querySelectorAll('input[name="delivery"]');

/** @param {BuilderState} state */
export function render(state) {
  renderStrings(state);
  renderCheck(state);
  renderChoices(state);
  renderDelivery(state);
  renderSnippet(state);
  renderPreview(state);
}

/** @param {BuilderState} state */
export function renderStrings(state) {
  const ui = state.ui;
  document.documentElement.lang = ui;
  for (const node of document.querySelectorAll('[data-t]'))
    node.textContent = t(ui, /** @type {StringKey} */ (node.getAttribute('data-t')));
  el.uiLang.value = ui;
  el.guide.href = ui === 'fi' ? '/docs/editors/ohje.md' : '/docs/editors/guide.md';
  el.guide.hreflang = ui === 'fi' ? 'fi' : 'en';
  // Dataset titles follow the interface language.
  el.dataset.replaceChildren(...state.datasets.map((d) => option(d.id, `${dataText(d.title, ui)} (${d.file.split('/').pop()})`)));
  if (state.dataset) el.dataset.value = state.dataset;
}

/**
 * The check's summary and its problems, each with its JSON path, in the interface language.
 * @param {BuilderState} state
 * @returns {{ summary: string, problems: { path: string, message: string }[] }}
 */
export function checkReport(state) {
  const { doc, ui } = state;
  if (!doc || doc.kind === 'empty') return { summary: t(ui, 'check-empty'), problems: [] };
  if (doc.kind === 'loading') return { summary: t(ui, 'dataset-loading'), problems: [] };
  if (doc.kind === 'failed') return { summary: t(ui, doc.reason, { detail: doc.detail }), problems: [] };
  if (doc.kind === 'unparsed')
    return { summary: t(ui, 'check-fatal'), problems: [{ path: '', message: kitString(ui, doc.error.code, doc.error.params) }] };
  const issues = allIssues(doc.checked);
  const problems = issues.map((issue) => ({ path: formatPath(issue.path), message: issueText(issue, ui) }));
  if (doc.checked.issues.length) return { summary: t(ui, 'check-fatal'), problems };
  if (issues.length === 1) return { summary: t(ui, 'check-problem-one'), problems };
  if (issues.length) return { summary: t(ui, 'check-problems', { count: issues.length }), problems };
  const counts = availableCollections(state).map((c) => t(ui, `count-${c}`, { n: doc.checked.items[c].length }));
  return { summary: t(ui, 'check-ok', { summary: counts.join(', ') }), problems };
}

/** @param {BuilderState} state */
function renderCheck(state) {
  const { summary, problems } = checkReport(state);
  el.checkSummary.textContent = summary;
  el.check.dataset.state = problems.length ? 'problems' : 'ok';
  el.problemsBox.hidden = problems.length === 0;
  el.problems.replaceChildren(
    ...problems.map((p) => {
      const li = document.createElement('li');
      const where = document.createElement('code');
      where.textContent = p.path || t(state.ui, 'document-level');
      li.append(where, `: ${p.message}`);
      return li;
    }),
  );
}

/** @param {BuilderState} state */
function renderChoices(state) {
  const ui = state.ui;
  const available = availableCollections(state);
  el.element.replaceChildren(
    ...(available.length
      ? available.map((c) => option(c, `${t(ui, `collection-${c}`)} <${tagFor(c)}>`))
      : [option('', t(ui, 'element-none'))]),
  );
  el.element.disabled = available.length === 0;
  el.element.value = state.collection;

  const items = currentItems(state);
  el.item.replaceChildren(
    ...items.map((item) => {
      const raw = /** @type {any} */ (rawItem(state, item.index));
      const title = dataText(raw?.title ?? raw?.question, ui);
      const invalid = item.value ? '' : ` (${t(ui, 'item-invalid')})`;
      return option(String(item.index), `${item.id ?? `#${item.index + 1}`}${title ? ` – ${title}` : ''}${invalid}`);
    }),
  );
  el.item.disabled = items.length === 0;
  el.item.value = String(state.itemIndex);
  el.lang.value = state.lang;
  el.theme.value = state.theme;
}

let downloadUrl = '';

/** @param {BuilderState} state */
function renderDelivery(state) {
  for (const radio of deliveryRadios) radio.checked = radio.value === state.delivery;
  for (const radio of sourceRadios) radio.checked = radio.value === state.source;
  for (const kind of ['bundled', 'paste', 'upload']) $(`panel-${kind}`).hidden = state.source !== kind;
  el.srcField.hidden = state.delivery !== 'src';
  if (el.src.value !== state.src) el.src.value = state.src;
  if (el.script.value !== state.scriptUrl) el.script.value = state.scriptUrl;

  const doc = state.doc;
  const downloadable = state.delivery === 'src' && doc?.kind === 'parsed';
  el.download.hidden = !downloadable;
  if (!downloadable) return;
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([doc.text], { type: 'application/json' }));
  el.download.href = downloadUrl;
  el.download.download = fileName(state);
}

/** @param {BuilderState} state */
export function renderSnippet(state) {
  const embed = currentEmbed(state);
  const text = embed ? buildSnippet(embed.options) : '';
  if (el.snippet.value !== text) {
    el.snippet.value = text;
    el.copyStatus.textContent = '';
  }
  el.copy.disabled = !text;
}

/** What the preview shows now, so that it is rebuilt only when that changes. */
let previewKey = '';
/** @type {undefined | { ok: true } | { ok: false, message: string }} */
let previewOutcome;

/** @param {BuilderState} state */
function renderPreview(state) {
  const embed = currentEmbed(state);
  applyTheme(document, state.theme);
  const key = embed
    ? JSON.stringify([embed.options.tag, embed.item.index, embed.options.lang, state.doc?.kind === 'parsed' ? state.doc.text : ''])
    : '';
  if (key !== previewKey) {
    previewKey = key;
    previewOutcome = undefined;
    if (!embed) el.preview.replaceChildren();
    else {
      const figure = document.createElement(embed.options.tag);
      figure.setAttribute('lang', embed.options.lang);
      if (embed.item.id !== undefined) figure.setAttribute('item', embed.item.id);
      // The whole document, so the preview's error paths are the ones in the problem list.
      /** @type {HTMLElement & { data?: unknown }} */ (figure).data = embed.full;
      figure.addEventListener('fc-load', () => {
        previewOutcome = { ok: true };
        renderPreviewStatus(state);
      });
      figure.addEventListener('fc-error', (e) => {
        if (figure.shadowRoot?.querySelector('[part~="error"]')) {
          previewOutcome = { ok: false, message: /** @type {CustomEvent<{ message: string }>} */ (e).detail.message };
          renderPreviewStatus(state);
        }
      });
      el.preview.replaceChildren(figure);
    }
  }
  renderPreviewStatus(state);
}

/** @param {BuilderState} state */
function renderPreviewStatus(state) {
  const ui = state.ui;
  const outcome = previewOutcome;
  const text = !previewKey
    ? t(ui, 'preview-empty')
    : !outcome
      ? ''
      : outcome.ok
        ? t(ui, 'preview-ready')
        : t(ui, 'preview-error', { message: outcome.message });
  if (el.previewStatus.textContent !== text) el.previewStatus.textContent = text;
}

/**
 * @param {string} value
 * @param {string} label
 */
function option(value, label) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}
