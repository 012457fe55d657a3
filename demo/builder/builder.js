// @ts-check
// The embed builder: a document in (bundled, pasted or uploaded), checked with the kit's own
// validation, a live preview with the kit's own elements, and the code to paste into a CMS out.
// Static files only; everything happens in this browser. Data is only ever set as text.
// This file wires the page's events to the state (state.js) and redraws it (view.js).
import { copySnippet, copyTextVersion } from './copy.js';
import { editorPanel } from './editor.js';
import { discardDraft, loadDraft, localStore, saveDraft } from './editors/draft.js';
import { newFigure } from './editors/index.js';
import { fetchText, fromValue, latestOnly, loadCatalogue, readDocument } from './intake.js';
import { asLanguage, initialState, settleChoices, textVersionOf } from './state.js';
import { t } from './text.js';
import { loadThemeCss } from './themes.js';
import { deliveryRadios, el, render, renderSnippet, renderStrings, snippetInvalid, sourceRadios } from './view.js';

const state = initialState(location.search, location.href);
const loads = latestOnly();
const store = localStore();

let previewTimer = 0;
const editor = editorPanel({
  host: el.editor,
  status: el.undoStatus,
  state: () => state,
  changed(value, structural) {
    state.doc = fromValue(value);
    saveDraft(store, { doc: value, collection: state.collection, itemIndex: state.itemIndex });
    el.draftStatus.textContent = '';
    // The preview follows the last valid state, once typing pauses (a chart is rebuilt each time).
    if (!snippetInvalid(state)) {
      clearTimeout(previewTimer);
      const shown = { value, text: state.doc.kind === 'parsed' ? state.doc.text : '' };
      previewTimer = window.setTimeout(() => {
        state.shown = shown;
        render(state);
      }, 300);
    }
    render(state);
    void structural;
  },
});

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
  state.shown = state.doc?.kind === 'parsed' ? { value: state.doc.value, text: state.doc.text } : undefined;
  editor.reset();
  render(state);
  editor.render();
}

/** @param {string} collection */
function startNew(collection) {
  const value = newFigure(collection);
  if (!value) return;
  loads.cancel();
  state.doc = fromValue(value);
  state.collection = /** @type {import('./state.js').Collection} */ (collection);
  state.itemIndex = 0;
  newDocument();
  state.shown = undefined;
  render(state);
  saveDraft(store, { doc: value, collection, itemIndex: 0 });
}

/** The work of an earlier visit, if this browser kept one. */
function restoreDraft() {
  const draft = loadDraft(store);
  if (!draft) return false;
  state.source = 'new';
  state.doc = fromValue(draft.doc);
  state.collection = /** @type {import('./state.js').Collection} */ (draft.collection);
  state.itemIndex = draft.itemIndex;
  const keep = { collection: state.collection, itemIndex: state.itemIndex };
  newDocument();
  // A draft may be mid-edit (invalid): keep the figure being edited chosen all the same.
  state.collection = keep.collection;
  state.itemIndex = keep.itemIndex;
  render(state);
  editor.render();
  el.draftBox.hidden = false;
  el.draftText.textContent = t(state.ui, 'draft-restored', { time: new Date(draft.savedAt).toLocaleString(state.ui) });
  return true;
}

let pasteTimer = 0;

function wire() {
  el.uiLang.addEventListener('change', () => {
    state.ui = asLanguage(el.uiLang.value) ?? state.ui;
    render(state);
    editor.render();
  });
  for (const radio of sourceRadios) {
    radio.addEventListener('change', () => {
      state.source = /** @type {import('./state.js').SourceKind} */ (radio.value);
      if (state.source === 'bundled') void loadDataset(el.dataset.value);
      else if (state.source === 'paste') readPaste();
      else if (state.source === 'url' || state.source === 'new') render(state);
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
    editor.render();
  });
  el.item.addEventListener('change', () => {
    state.itemIndex = Number(el.item.value);
    render(state);
    editor.render();
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
    // An invalid figure is not copied without the editor seeing why, and saying so.
    if (snippetInvalid(state)) {
      el.copyWarning.hidden = false;
      el.copyStatus.textContent = '';
      el.copyAnyway.focus();
      return;
    }
    el.copyStatus.textContent = t(state.ui, await copySnippet(el.snippet));
  });
  el.copyAnyway.addEventListener('click', async () => {
    el.copyWarning.hidden = true;
    el.copyStatus.textContent = t(state.ui, await copySnippet(el.snippet));
  });
  el.urlLoad.addEventListener('click', async () => {
    const url = el.url.value.trim();
    if (!url) return;
    if (await take(() => fetchText(url), url, 'dataset-failed')) {
      newDocument();
      state.src = url;
      render(state);
    }
  });
  el.newStart.addEventListener('click', () => startNew(el.newKind.value));
  el.draftDiscard.addEventListener('click', () => {
    discardDraft(store);
    el.draftBox.hidden = true;
    el.draftStatus.textContent = t(state.ui, 'draft-discarded');
    state.source = 'bundled';
    if (state.datasets.length) void loadDataset(state.datasets[0].id);
    el.dataset.focus();
  });
  el.undo.addEventListener('click', () => editor.undo());
  el.redo.addEventListener('click', () => editor.redo());
  el.copyText.addEventListener('click', async () => {
    const html = textVersionOf(state, 'html');
    const text = textVersionOf(state, 'text');
    if (html && text) el.copyStatus.textContent = t(state.ui, await copyTextVersion(html, text));
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
  if (!restoreDraft() && state.source === 'bundled' && state.datasets.length) await loadDataset(state.datasets[0].id);
  document.documentElement.dataset.builderReady = 'true';
}

void start();
