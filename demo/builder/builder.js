// @ts-check
// The embed builder: a document in (bundled, pasted or uploaded), checked with the kit's own
// validation, a live preview with the kit's own elements, and the code to paste into a CMS out.
// Static files only; everything happens in this browser. Data is only ever set as text.
// This file wires the page's events to the state (state.js) and redraws it (view.js).
import { copySnippet } from './copy.js';
import { fetchText, latestOnly, loadCatalogue, readDocument } from './intake.js';
import { asLanguage, initialState, settleChoices } from './state.js';
import { t } from './text.js';
import { loadThemeCss } from './themes.js';
import { deliveryRadios, el, render, renderSnippet, renderStrings, sourceRadios } from './view.js';

const state = initialState(location.search, location.href);
const loads = latestOnly();

/**
 * Takes the document's text (or why there is none) once it arrives, unless another document was
 * chosen meanwhile.
 * @param {() => Promise<string>} read
 * @param {string} origin where the text comes from, for error messages
 * @param {'dataset-failed' | 'upload-failed'} reason what to say when it cannot be read
 */
async function take(read, origin, reason) {
  const current = loads.begin();
  let text;
  try {
    text = await read();
  } catch (e) {
    if (!current()) return false;
    state.doc = { kind: 'failed', reason, detail: /** @type {Error} */ (e).message };
    render(state);
    return false;
  }
  if (!current()) return false;
  state.doc = readDocument(text, origin);
  return true;
}

/** @param {string} id */
async function loadDataset(id) {
  const entry = state.datasets.find((d) => d.id === id);
  if (!entry) return;
  state.dataset = id;
  state.doc = { kind: 'loading' };
  const loaded = take(() => fetchText(entry.file), entry.file, 'dataset-failed');
  render(state);
  if (!(await loaded)) return;
  // A bundled document is on a server already: the snippet links it where it is.
  state.src = new URL(entry.file, location.href).href;
  newDocument();
}

/** @param {File} file */
async function loadUpload(file) {
  if (await take(() => file.text(), file.name, 'upload-failed')) newDocument();
}

function readPaste() {
  loads.cancel();
  state.doc = readDocument(el.paste.value);
  newDocument();
}

function newDocument() {
  settleChoices(state);
  render(state);
}

let pasteTimer = 0;

function wire() {
  el.uiLang.addEventListener('change', () => {
    state.ui = asLanguage(el.uiLang.value) ?? state.ui;
    render(state);
  });
  for (const radio of sourceRadios) {
    radio.addEventListener('change', () => {
      state.source = /** @type {import('./state.js').SourceKind} */ (radio.value);
      // A bundled document is on a server already; a pasted one is easiest to embed as it is.
      state.delivery = state.source === 'bundled' ? 'src' : 'inline';
      if (state.source === 'bundled') void loadDataset(el.dataset.value);
      else if (state.source === 'paste') readPaste();
      else {
        loads.cancel();
        state.doc = undefined;
        const file = el.upload.files?.[0];
        if (file) void loadUpload(file);
        else render(state);
      }
    });
  }
  el.dataset.addEventListener('change', () => void loadDataset(el.dataset.value));
  el.paste.addEventListener('input', () => {
    clearTimeout(pasteTimer);
    pasteTimer = window.setTimeout(readPaste, 250);
  });
  el.upload.addEventListener('change', () => {
    const file = el.upload.files?.[0];
    if (file) void loadUpload(file);
  });
  el.element.addEventListener('change', () => {
    state.collection = /** @type {import('./state.js').Collection} */ (el.element.value);
    state.itemIndex = 0;
    render(state);
  });
  el.item.addEventListener('change', () => {
    state.itemIndex = Number(el.item.value);
    render(state);
  });
  el.lang.addEventListener('change', () => {
    state.lang = asLanguage(el.lang.value) ?? state.lang;
    render(state);
  });
  el.theme.addEventListener('change', async () => {
    state.theme = el.theme.value;
    await loadThemeCss(state.themeCss, state.theme);
    render(state);
  });
  for (const radio of deliveryRadios) {
    radio.addEventListener('change', () => {
      state.delivery = /** @type {import('./state.js').Delivery} */ (radio.value);
      render(state);
    });
  }
  el.src.addEventListener('input', () => {
    state.src = el.src.value;
    renderSnippet(state);
  });
  el.script.addEventListener('input', () => {
    state.scriptUrl = el.script.value;
    renderSnippet(state);
  });
  el.copy.addEventListener('click', async () => {
    el.copyStatus.textContent = t(state.ui, await copySnippet(el.snippet));
  });
}

async function start() {
  wire();
  render(state);
  try {
    state.datasets = await loadCatalogue();
  } catch (e) {
    state.doc = { kind: 'failed', reason: 'dataset-failed', detail: /** @type {Error} */ (e).message };
    render(state);
    return;
  }
  renderStrings(state);
  if (state.source === 'bundled' && state.datasets.length) await loadDataset(state.datasets[0].id);
  document.documentElement.dataset.builderReady = 'true';
}

void start();
