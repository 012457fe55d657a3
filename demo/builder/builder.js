// The embed builder: a document in (bundled, pasted or uploaded), checked with the kit's own
// validation, a live preview with the kit's own elements, and the code to paste into a CMS out.
// Static files only; everything happens in this browser. Data is only ever set as text.
import { allIssues, checkDocument, COLLECTIONS, formatPath, isSafeUrl, issueText, kitString, pickText } from '/dist/index.js';
import { t, UI_LANGUAGES } from './strings.js';
import { buildSnippet, ELEMENT_FOR, fallbackText, itemDocument } from './snippet.js';

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const el = {
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

const initialUi = new URLSearchParams(location.search).get('lang');

const state = {
  ui: /** @type {'fi'|'sv'|'en'} */ (UI_LANGUAGES.includes(initialUi) ? initialUi : 'fi'),
  source: 'bundled',
  /** @type {{ id: string, file: string, title: unknown }[]} */
  datasets: [],
  /** What the current document is called where it came from: a URL or a file name. */
  origin: '',
  /** @type {undefined | { kind: 'empty' } | { kind: 'loading' } | { kind: 'failed', message: () => string } | { kind: 'parsed', text: string, value: unknown, checked: any } | { kind: 'unparsed', code: string, params: Record<string, string> }} */
  doc: undefined,
  collection: '',
  itemIndex: 0,
  delivery: 'src',
  src: '',
  /** @type {Record<string, string>} theme id → CSS text, for the snippet */
  themeCss: {},
  downloadUrl: '',
  previewOutcome: /** @type {undefined | { ok: true } | { ok: false, message: string }} */ (undefined),
};
let loadToken = 0;

// ── the document ──────────────────────────────────────────────────────────────────────────────

/** JSON text → state.doc, with the kit's words for what is wrong. */
function readText(text, origin) {
  state.origin = origin;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) {
    state.doc = { kind: 'empty' };
    return;
  }
  let value;
  try {
    value = JSON.parse(body);
  } catch (e) {
    state.doc = { kind: 'unparsed', code: 'json', params: { detail: /** @type {Error} */ (e).message, url: origin } };
    return;
  }
  state.doc = { kind: 'parsed', text: body, value, checked: checkDocument(value) };
}

async function loadDataset(id) {
  const entry = state.datasets.find((d) => d.id === id);
  if (!entry) return;
  const token = ++loadToken;
  state.doc = { kind: 'loading' };
  render();
  let text;
  try {
    const response = await fetch(entry.file);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (e) {
    if (token !== loadToken) return;
    const detail = /** @type {Error} */ (e).message;
    state.doc = { kind: 'failed', message: () => t(state.ui, 'dataset-failed', { detail }) };
    render();
    return;
  }
  if (token !== loadToken) return;
  readText(text, entry.file);
  state.src = new URL(entry.file, location.href).href;
  afterNewDocument();
}

function afterNewDocument() {
  const available = availableCollections();
  if (!available.includes(state.collection)) state.collection = available[0] ?? '';
  const items = currentItems();
  if (state.itemIndex >= items.length) state.itemIndex = 0;
  if (state.source !== 'bundled') state.src = `/files/${fileName()}`;
  render();
}

function availableCollections() {
  const doc = state.doc;
  if (doc?.kind !== 'parsed' || doc.checked.issues.length) return [];
  return COLLECTIONS.filter((c) => doc.checked.items[c].length > 0);
}

/** @returns {{ index: number, id?: string, value?: unknown, issues: unknown[] }[]} */
function currentItems() {
  const doc = state.doc;
  if (doc?.kind !== 'parsed' || !state.collection) return [];
  return doc.checked.items[state.collection];
}

function rawItem(index) {
  const doc = state.doc;
  if (doc?.kind !== 'parsed') return undefined;
  return /** @type {any} */ (doc.value)[state.collection]?.[index];
}

function fileName() {
  const doc = state.doc;
  const id = doc?.kind === 'parsed' && typeof (/** @type {any} */ (doc.value).id) === 'string' ? /** @type {any} */ (doc.value).id : 'aineisto';
  return `${id.replace(/[^\w.-]+/g, '-') || 'aineisto'}.json`;
}

/** A data text, whatever shape it came in: the document may be invalid. */
function dataText(value, lang) {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return String(pickText(/** @type {any} */ (value), lang) ?? '');
  return value == null ? '' : String(value);
}

// ── rendering ─────────────────────────────────────────────────────────────────────────────────

function render() {
  renderStrings();
  renderCheck();
  renderChoices();
  renderDelivery();
  renderSnippet();
  renderPreview();
}

function renderStrings() {
  document.documentElement.lang = state.ui;
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(state.ui, /** @type {string} */ (node.getAttribute('data-t')));
  el.uiLang.value = state.ui;
  el.guide.href = state.ui === 'fi' ? '/docs/editors/ohje.md' : '/docs/editors/guide.md';
  el.guide.hreflang = state.ui === 'fi' ? 'fi' : 'en';
  // Dataset titles follow the interface language.
  const chosen = el.dataset.value;
  el.dataset.replaceChildren(
    ...state.datasets.map((d) => option(d.id, `${dataText(d.title, state.ui)} (${d.file.split('/').pop()})`)),
  );
  if (chosen) el.dataset.value = chosen;
}

function renderCheck() {
  const doc = state.doc;
  const ui = state.ui;
  /** @type {{ path: string, message: string }[]} */
  let problems = [];
  let summary;
  if (!doc || doc.kind === 'empty') summary = t(ui, 'check-empty');
  else if (doc.kind === 'loading') summary = t(ui, 'dataset-loading');
  else if (doc.kind === 'failed') summary = doc.message();
  else if (doc.kind === 'unparsed') {
    summary = t(ui, 'check-fatal');
    problems = [{ path: '', message: kitString(ui, doc.code, doc.params) }];
  } else {
    const issues = allIssues(doc.checked);
    problems = issues.map((issue) => ({ path: formatPath(issue.path), message: issueText(issue, ui) }));
    if (doc.checked.issues.length) summary = t(ui, 'check-fatal');
    else if (issues.length === 1) summary = t(ui, 'check-problem-one');
    else if (issues.length) summary = t(ui, 'check-problems', { count: issues.length });
    else {
      const counts = COLLECTIONS.filter((c) => doc.checked.items[c].length).map((c) => t(ui, `count-${c}`, { n: doc.checked.items[c].length }));
      summary = t(ui, 'check-ok', { summary: counts.join(', ') });
    }
  }
  el.checkSummary.textContent = summary;
  el.check.dataset.state = problems.length ? 'problems' : 'ok';
  el.problemsBox.hidden = problems.length === 0;
  el.problems.replaceChildren(
    ...problems.map((p) => {
      const li = document.createElement('li');
      const where = document.createElement('code');
      where.textContent = p.path || t(ui, 'document-level');
      li.append(where, `: ${p.message}`);
      return li;
    }),
  );
}

function renderChoices() {
  const ui = state.ui;
  const available = availableCollections();
  el.element.replaceChildren(
    ...(available.length
      ? available.map((c) => option(c, `${t(ui, `collection-${c}`)} <${ELEMENT_FOR[c]}>`))
      : [option('', t(ui, 'element-none'))]),
  );
  el.element.disabled = available.length === 0;
  el.element.value = state.collection;

  const items = currentItems();
  el.item.replaceChildren(
    ...items.map((item) => {
      const raw = /** @type {any} */ (rawItem(item.index));
      const title = dataText(raw?.title ?? raw?.question, ui);
      const invalid = item.value ? '' : ` (${t(ui, 'item-invalid')})`;
      return option(String(item.index), `${item.id ?? `#${item.index + 1}`}${title ? ` – ${title}` : ''}${invalid}`);
    }),
  );
  el.item.disabled = items.length === 0;
  el.item.value = String(state.itemIndex);
}

function renderDelivery() {
  for (const radio of document.querySelectorAll('input[name="delivery"]')) /** @type {HTMLInputElement} */ (radio).checked = radio.value === state.delivery;
  for (const radio of document.querySelectorAll('input[name="source"]')) /** @type {HTMLInputElement} */ (radio).checked = radio.value === state.source;
  for (const kind of ['bundled', 'paste', 'upload']) $(`panel-${kind}`).hidden = state.source !== kind;
  el.srcField.hidden = state.delivery !== 'src';
  if (el.src.value !== state.src) el.src.value = state.src;

  const doc = state.doc;
  const downloadable = state.delivery === 'src' && doc?.kind === 'parsed';
  el.download.hidden = !downloadable;
  if (!downloadable) return;
  if (state.downloadUrl) URL.revokeObjectURL(state.downloadUrl);
  state.downloadUrl = URL.createObjectURL(new Blob([doc.text], { type: 'application/json' }));
  el.download.href = state.downloadUrl;
  el.download.download = fileName();
}

/** The current choices as the snippet's inputs, or nothing when there is nothing to embed. */
function currentEmbed() {
  const doc = state.doc;
  const items = currentItems();
  const item = items.find((i) => i.index === state.itemIndex);
  if (doc?.kind !== 'parsed' || !item) return undefined;
  const lang = /** @type {'fi'|'sv'|'en'} */ (el.lang.value);
  const value = /** @type {any} */ (doc.value);
  const raw = rawItem(item.index);
  const source = value.source && typeof value.source.url === 'string' && isSafeUrl(value.source.url)
    ? { label: kitString(lang, 'source'), title: dataText(value.source.title, lang), url: value.source.url }
    : undefined;
  const theme = el.theme.value;
  return {
    collection: state.collection,
    item,
    full: value,
    options: {
      scriptUrl: el.script.value.trim(),
      tag: ELEMENT_FOR[state.collection],
      itemId: item.id ?? '',
      lang,
      delivery: /** @type {'src'|'inline'} */ (state.delivery),
      dataUrl: state.src.trim(),
      inlineDocument: itemDocument(value, state.collection, item.index),
      fallback: fallbackText(state.collection, raw, (text) => dataText(text, lang)),
      source,
      themeCss: theme ? state.themeCss[theme] ?? '' : '',
    },
  };
}

function renderSnippet() {
  const embed = currentEmbed();
  const text = embed ? buildSnippet(embed.options) : '';
  if (el.snippet.value !== text) {
    el.snippet.value = text;
    el.copyStatus.textContent = '';
  }
  el.copy.disabled = !text;
}

/** What the preview shows now, so it is rebuilt only when that changes. */
let previewKey = '';

function renderPreview() {
  const embed = currentEmbed();
  applyTheme(el.theme.value);
  const key = embed ? JSON.stringify([embed.options.tag, embed.item.index, embed.options.lang, state.doc?.kind === 'parsed' ? state.doc.text : '']) : '';
  if (key !== previewKey) {
    previewKey = key;
    state.previewOutcome = undefined;
    if (!embed) el.preview.replaceChildren();
    else {
      const figure = document.createElement(embed.options.tag);
      figure.setAttribute('lang', embed.options.lang);
      if (embed.item.id !== undefined) figure.setAttribute('item', embed.item.id);
      // The whole document, so the preview's error paths are the ones in the problem list.
      /** @type {any} */ (figure).data = embed.full;
      figure.addEventListener('fc-load', () => {
        state.previewOutcome = { ok: true };
        renderPreviewStatus();
      });
      figure.addEventListener('fc-error', (e) => {
        if (/** @type {any} */ (figure).shadowRoot?.querySelector('[part~="error"]')) {
          state.previewOutcome = { ok: false, message: /** @type {CustomEvent} */ (e).detail.message };
          renderPreviewStatus();
        }
      });
      el.preview.replaceChildren(figure);
    }
  }
  renderPreviewStatus();
}

function renderPreviewStatus() {
  const outcome = state.previewOutcome;
  const text = !previewKey ? t(state.ui, 'preview-empty') : !outcome ? '' : outcome.ok ? t(state.ui, 'preview-ready') : t(state.ui, 'preview-error', { message: outcome.message });
  if (el.previewStatus.textContent !== text) el.previewStatus.textContent = text;
}

/** The county themes are the demo's own theme files, switched on and off as stylesheets. */
function applyTheme(id) {
  for (const link of document.querySelectorAll('link[data-theme]')) /** @type {HTMLLinkElement} */ (link).disabled = link.getAttribute('data-theme') !== id;
  if (!id || document.querySelector(`link[data-theme="${id}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/demo/themes/${id}.css`;
  link.dataset.theme = id;
  document.head.append(link);
}

async function loadThemeCss(id) {
  if (!id || id in state.themeCss) return;
  const response = await fetch(`/demo/themes/${id}.css`);
  state.themeCss[id] = response.ok ? await response.text() : '';
}

function option(value, label) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

// ── copying ───────────────────────────────────────────────────────────────────────────────────

async function copySnippet() {
  const text = el.snippet.value;
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    el.copyStatus.textContent = t(state.ui, 'copied');
  } catch {
    // Without clipboard access (an insecure page, a denied permission) the code is selected so
    // that the reader's own copy command takes it.
    el.snippet.focus();
    el.snippet.select();
    el.copyStatus.textContent = t(state.ui, 'copy-manual');
  }
}

// ── events ────────────────────────────────────────────────────────────────────────────────────

let pasteTimer = 0;

function wire() {
  el.uiLang.addEventListener('change', () => {
    state.ui = /** @type {any} */ (el.uiLang.value);
    render();
  });
  for (const radio of document.querySelectorAll('input[name="source"]')) {
    radio.addEventListener('change', () => {
      state.source = /** @type {HTMLInputElement} */ (radio).value;
      // A bundled document is on a server already; a pasted one is easiest to embed as it is.
      state.delivery = state.source === 'bundled' ? 'src' : 'inline';
      if (state.source === 'bundled') void loadDataset(el.dataset.value);
      else if (state.source === 'paste') {
        readText(el.paste.value, '');
        afterNewDocument();
      } else {
        state.doc = undefined;
        loadToken++;
        if (el.upload.files?.[0]) void readUpload(el.upload.files[0]);
        else render();
      }
    });
  }
  el.dataset.addEventListener('change', () => void loadDataset(el.dataset.value));
  el.paste.addEventListener('input', () => {
    clearTimeout(pasteTimer);
    pasteTimer = window.setTimeout(() => {
      loadToken++;
      readText(el.paste.value, '');
      afterNewDocument();
    }, 250);
  });
  el.upload.addEventListener('change', () => {
    const file = el.upload.files?.[0];
    if (file) void readUpload(file);
  });
  el.element.addEventListener('change', () => {
    state.collection = el.element.value;
    state.itemIndex = 0;
    render();
  });
  el.item.addEventListener('change', () => {
    state.itemIndex = Number(el.item.value);
    render();
  });
  el.lang.addEventListener('change', render);
  el.theme.addEventListener('change', async () => {
    await loadThemeCss(el.theme.value);
    render();
  });
  for (const radio of document.querySelectorAll('input[name="delivery"]')) {
    radio.addEventListener('change', () => {
      state.delivery = /** @type {HTMLInputElement} */ (radio).value;
      render();
    });
  }
  el.src.addEventListener('input', () => {
    state.src = el.src.value;
    renderSnippet();
  });
  el.script.addEventListener('input', renderSnippet);
  el.copy.addEventListener('click', () => void copySnippet());
}

async function readUpload(file) {
  const token = ++loadToken;
  let text;
  try {
    text = await file.text();
  } catch (e) {
    if (token !== loadToken) return;
    const detail = /** @type {Error} */ (e).message;
    state.doc = { kind: 'failed', message: () => t(state.ui, 'upload-failed', { detail }) };
    render();
    return;
  }
  if (token !== loadToken) return;
  readText(text, file.name);
  afterNewDocument();
}

async function start() {
  el.script.value = new URL('/dist/fc-kit.js', location.href).href;
  el.lang.value = state.ui;
  wire();
  render();
  try {
    const response = await fetch('/demo/builder/datasets.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    state.datasets = await response.json();
  } catch (e) {
    const detail = /** @type {Error} */ (e).message;
    state.doc = { kind: 'failed', message: () => t(state.ui, 'dataset-failed', { detail }) };
    render();
    return;
  }
  renderStrings();
  if (state.source === 'bundled' && state.datasets.length) await loadDataset(state.datasets[0].id);
  document.documentElement.dataset.builderReady = 'true';
}

void start();
