// @ts-check
// The editor panel: the form for the chosen figure (from the editors' registry, keyed by
// collection), every change checked with the kit's checkDocument at once and each problem shown
// at its field, cell or row, with the field in words and its JSON path, in the editor's language;
// undo and redo (Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z) one field or table change at a time.
import { editorFor } from './editors/index.js';
import { history } from './editors/history.js';
import { setAt } from './editors/model.js';
import { field, h, part, textField } from './editors/widgets.js';
import { pathWords } from './editors/words.js';
import { allIssues, formatPath, issueText } from './kit.js';
import { STRINGS } from './strings.js';
import { t } from './text.js';

/** @typedef {import('./state.js').BuilderState} BuilderState */
/** @typedef {import('./editors/widgets.js').EditorContext} EditorContext */
/** @typedef {import('./kit.js').Language} Language */

/**
 * @param {Language} ui
 * @param {string} key
 * @param {Record<string, string | number>} [params]
 */
const word = (ui, key, params) => (Object.hasOwn(STRINGS.fi, key) ? t(ui, /** @type {any} */ (key), params) : undefined);

/**
 * A path in words, then as the kit spells it: "answer 2 › count (surveys[0].answers[1].count)".
 * @param {readonly (string | number)[]} path
 * @param {Language} ui
 */
export function whereText(path, ui) {
  if (!path.length) return t(ui, 'document-level');
  return `${pathWords(path, (k, p) => word(ui, k, p))} (${formatPath(path)})`;
}

/**
 * @param {object} o
 * @param {HTMLElement} o.host where the form goes
 * @param {HTMLElement} o.status where undo and redo are announced
 * @param {() => BuilderState} o.state
 * @param {(doc: unknown, structural: boolean) => void} o.changed the document after an edit
 */
export function editorPanel({ host, status, state, changed }) {
  const steps = history();
  /** @type {(() => void)[]} */
  let refreshers = [];
  /** @type {EditorContext | undefined} */
  let ctx;

  /** The document now, as the form edits it. */
  const current = () => {
    const doc = state().doc;
    return doc?.kind === 'parsed' ? doc.value : undefined;
  };

  /**
   * @param {unknown} next
   * @param {boolean} structural
   * @param {string} [focus]
   */
  function apply(next, structural, focus) {
    if (ctx) ctx.doc = next;
    changed(next, structural);
    if (structural) render(focus);
    else afterChange();
  }

  function afterChange() {
    for (const r of refreshers) r();
    markProblems();
  }

  /**
   * Draws the form for the chosen item; focus goes back to the control with key `focus` (or
   * the one that had it), so redrawing after a table change leaves the editor where they were.
   * @param {string} [focus]
   */
  function render(focus) {
    const s = state();
    const doc = current();
    const editor = s.collection ? editorFor(s.collection) : undefined;
    const active = /** @type {HTMLElement | null} */ (host.contains(document.activeElement) ? document.activeElement : null);
    const key = focus ?? active?.dataset.key;
    const selection = active instanceof HTMLInputElement ? [active.selectionStart, active.selectionEnd] : undefined;
    refreshers = [];
    if (doc === undefined || !s.collection) {
      host.replaceChildren(h('p', { class: 'builder-hint' }, [t(s.ui, 'ed-nothing')]));
      ctx = undefined;
      return;
    }
    if (!editor) {
      host.replaceChildren(h('p', { class: 'builder-hint' }, [t(s.ui, 'ed-no-editor')]));
      ctx = undefined;
      return;
    }
    const ui = s.ui;
    /** @type {EditorContext} */
    const made = {
      ui,
      doc,
      base: [s.collection, s.itemIndex],
      t: (k, p) => word(ui, k, p) ?? k,
      tAll: (k) => /** @type {Language[]} */ (['fi', 'sv', 'en']).flatMap((l) => word(l, k) ?? []),
      pathText: formatPath,
      set(path, value, fieldKey) {
        const before = current();
        steps.record(before, fieldKey);
        apply(setAt(before, path, value), false);
      },
      update(change, focusKey) {
        const before = current();
        const next = change(before);
        if (next !== before) steps.record(before, '');
        apply(next, true, focusKey);
      },
      live(r) {
        refreshers.push(r);
      },
    };
    ctx = made;
    const docCtx = { ...made, base: [] };
    host.replaceChildren(
      part(
        t(ui, 'ed-document'),
        [
          field(docCtx, { path: ['id'], label: t(ui, 'ed-document-id') }),
          textField(docCtx, { path: ['title'], label: t(ui, 'ed-document-title'), optional: true }),
        ],
        3,
      ),
      ...editor.render(made),
    );
    markProblems();
    if (key) {
      const target = /** @type {HTMLElement | null} */ (host.querySelector(`[data-key="${CSS.escape(key)}"]`));
      if (target && !(target instanceof HTMLButtonElement && target.disabled)) {
        target.closest('details')?.setAttribute('open', '');
        target.focus();
        if (selection && target instanceof HTMLInputElement && focus === undefined) target.setSelectionRange(selection[0], selection[1]);
      }
    }
  }

  /** Each problem of the document at the control, cell or row it is about. */
  function markProblems() {
    const s = state();
    const doc = s.doc;
    for (const old of host.querySelectorAll('.fe-problem')) old.remove();
    for (const bad of host.querySelectorAll('[aria-invalid]')) {
      bad.removeAttribute('aria-invalid');
      const ids = (bad.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.startsWith('fe-problem-'));
      if (ids.length) bad.setAttribute('aria-describedby', ids.join(' '));
      else bad.removeAttribute('aria-describedby');
    }
    if (doc?.kind !== 'parsed') return;
    let n = 0;
    for (const issue of allIssues(doc.checked)) {
      const target = closestTarget(issue.path);
      if (!target) continue;
      const id = `fe-problem-${++n}`;
      const note = h('p', { class: 'fe-problem', id }, [`${whereText(issue.path, s.ui)}: ${issueText(issue, s.ui)}`]);
      const controls = target.matches('input, select, textarea')
        ? [target]
        : [...target.querySelectorAll(`[data-path="${CSS.escape(formatPath(issue.path))}"]`)];
      for (const c of controls) {
        c.setAttribute('aria-invalid', 'true');
        c.setAttribute('aria-describedby', [c.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
      }
      const place = target.matches('input, select') ? target.parentElement : target;
      if (place?.tagName === 'TR') place.lastElementChild?.append(note);
      else if (place?.tagName === 'TABLE' || place?.tagName === 'TBODY') place.closest('.fe-table-box')?.prepend(note);
      else place?.append(note);
    }
  }

  /**
   * The control for `path`, or the nearest part of the form that holds it (its row, its table).
   * @param {readonly (string | number)[]} path
   * @returns {HTMLElement | undefined}
   */
  function closestTarget(path) {
    for (let end = path.length; end > 0; end--) {
      const text = formatPath(path.slice(0, end));
      const found = /** @type {HTMLElement | null} */ (host.querySelector(`[data-path="${CSS.escape(text)}"]`));
      if (found) return found;
    }
    return undefined;
  }

  /** @param {'undo' | 'redo'} which */
  function step(which) {
    const doc = current();
    const back = which === 'undo' ? steps.undo(doc) : steps.redo(doc);
    const s = state();
    if (back === undefined) {
      status.textContent = t(s.ui, which === 'undo' ? 'ed-nothing-to-undo' : 'ed-nothing-to-redo');
      return;
    }
    const active = /** @type {HTMLElement | null} */ (host.contains(document.activeElement) ? document.activeElement : null);
    apply(back, true, active?.dataset.key);
    status.textContent = t(s.ui, which === 'undo' ? 'ed-undone' : 'ed-redone');
  }

  host.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) {
      e.preventDefault();
      step('undo');
    } else if (k === 'y' || (k === 'z' && e.shiftKey)) {
      e.preventDefault();
      step('redo');
    }
  });
  host.addEventListener('focusout', () => steps.seal());

  return {
    render,
    undo: () => step('undo'),
    redo: () => step('redo'),
    /** A new document was opened: its history starts here. */
    reset() {
      steps.clear();
    },
  };
}
