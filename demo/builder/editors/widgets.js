// @ts-check
// The editors' form controls: real inputs with labels, each bound to one JSON path of the
// document, texts as fi/sv/en columns side by side, and tables of rows. A control carries its
// path (`data-path`, the kit's spelling) so that the check's problems find it, and a stable key
// (`data-key`) so that focus comes back to it after the form is redrawn. No imports of the kit:
// the words and the path spelling come in through the context (editor.js makes it).
import { getAt, TEXT_LANGUAGES, textColumns, withText } from './model.js';

/** @typedef {import('./model.js').Path} Path */
/** @typedef {import('./model.js').Lang} Lang */

/**
 * What an editor module gets to draw with.
 * @typedef {object} EditorContext
 * @property {Lang} ui the editor's language
 * @property {any} doc the whole document as it is now
 * @property {Path} base the path of the item being edited, e.g. `['surveys', 0]`
 * @property {(key: string, params?: Record<string, string | number>) => string} t the builder's words
 * @property {(path: Path) => string} pathText a path in the kit's spelling, `surveys[0].n`
 * @property {(path: Path, value: unknown, key: string) => void} set a field edit (one undo step per field)
 * @property {(change: (doc: any) => any, focus?: string) => void} update a structural edit: the form is redrawn
 * @property {(refresh: () => void) => void} live runs `refresh` after every change (derived displays)
 * @property {(key: string) => string[]} tAll the builder's string for `key` in each language (headers to recognise)
 */

/**
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {(Node | string)[]} [children]
 */
export function h(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

let uid = 0;
/** @param {string} prefix */
export const newId = (prefix) => `${prefix}-${++uid}`;

/**
 * Marks a control as the one for `path` (problems find it) and gives it its focus key.
 * @param {EditorContext} ctx
 * @param {HTMLElement} control
 * @param {Path} path
 * @param {string} key
 */
function bind(ctx, control, path, key) {
  control.dataset.path = ctx.pathText(path);
  control.dataset.key = key;
}

/**
 * A number as an editor may type or paste it: `1 234`, `12,0` (Finnish decimal comma). Anything
 * else stays the text it is, so that the check names the problem instead of the field eating it.
 * @param {string} raw
 * @returns {number | string | undefined}
 */
export function readNumber(raw) {
  const text = raw.trim();
  if (!text) return undefined;
  const plain = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : text;
}

/**
 * @typedef {object} FieldSpec
 * @property {Path} path relative to the item
 * @property {string} label
 * @property {'text' | 'number' | 'select'} [kind]
 * @property {{ value: string, label: string }[]} [options] for a select
 * @property {boolean} [optional] an empty value removes the key
 * @property {string} [hint]
 */

/**
 * One labelled input (or select) for a plain value.
 * @param {EditorContext} ctx
 * @param {FieldSpec} spec
 */
export function field(ctx, spec) {
  const path = [...ctx.base, ...spec.path];
  const id = newId('fe');
  const control = control1(ctx, path, spec, `f:${ctx.pathText(path)}`);
  control.id = id;
  const wrap = h('div', { class: 'fe-field' }, [h('label', { for: id }, [spec.label])]);
  if (spec.hint) {
    const hint = h('p', { class: 'builder-hint', id: `${id}-hint` }, [spec.hint]);
    control.setAttribute('aria-describedby', hint.id);
    wrap.append(hint);
  }
  wrap.append(control);
  return wrap;
}

/**
 * The control itself, bound to its absolute `path`.
 * @param {EditorContext} ctx
 * @param {Path} path
 * @param {Omit<FieldSpec, 'path' | 'label'>} spec
 * @param {string} key
 */
export function control1(ctx, path, spec, key) {
  const value = getAt(ctx.doc, path);
  /** @type {HTMLInputElement | HTMLSelectElement} */
  let control;
  if (spec.kind === 'select') {
    const select = document.createElement('select');
    const options = [...(spec.options ?? [])];
    if (spec.optional || value === undefined) options.unshift({ value: '', label: ctx.t('ed-none') });
    // A value the list does not know is shown as it is, not silently replaced.
    if (value !== undefined && value !== '' && !options.some((o) => o.value === value))
      options.push({ value: String(value), label: String(value) });
    for (const o of options) select.append(new Option(o.label, o.value));
    select.value = value === undefined ? '' : String(value);
    control = select;
  } else {
    const input = document.createElement('input');
    input.type = 'text';
    input.autocomplete = 'off';
    if (spec.kind === 'number') input.inputMode = 'decimal';
    input.value = value === undefined || value === null ? '' : String(value);
    control = input;
  }
  bind(ctx, control, path, key);
  control.addEventListener(spec.kind === 'select' ? 'change' : 'input', () => {
    const raw = control.value;
    const next = spec.kind === 'number' ? readNumber(raw) : raw;
    ctx.set(path, next === '' && spec.optional ? undefined : (next ?? (spec.optional ? undefined : '')), key);
  });
  return control;
}

/**
 * A text in three languages: a group with one input per language, side by side; an empty
 * language is marked as not translated (never filled with another language's words).
 * @param {EditorContext} ctx
 * @param {{ path: Path, label: string, optional?: boolean }} spec
 */
export function textField(ctx, spec) {
  const path = [...ctx.base, ...spec.path];
  const box = h('fieldset', { class: 'fe-text' }, [h('legend', {}, [spec.label])]);
  box.dataset.path = ctx.pathText(path);
  const row = h('div', { class: 'fe-text__langs' });
  for (const lang of TEXT_LANGUAGES) {
    const id = newId('fe');
    const input = textInput(ctx, path, lang, `t:${ctx.pathText(path)}:${lang}`, spec.optional);
    input.id = id;
    const cell = h('div', { class: 'fe-text__lang' }, [h('label', { for: id }, [ctx.t(`lang-${lang}`)]), input]);
    cell.append(missingMark(ctx, input));
    row.append(cell);
  }
  box.append(row);
  return box;
}

/**
 * The input for one language of the text at `path`.
 * @param {EditorContext} ctx
 * @param {Path} path
 * @param {Lang} lang
 * @param {string} key
 * @param {boolean} [optional] an empty text removes the key
 */
export function textInput(ctx, path, lang, key, optional) {
  const input = document.createElement('input');
  input.type = 'text';
  input.autocomplete = 'off';
  input.lang = lang;
  input.value = textColumns(getAt(ctx.doc, path))[lang];
  bind(ctx, input, path, key);
  input.dataset.lang = lang;
  input.addEventListener('input', () => {
    const next = withText(getAt(ctx.doc, path), lang, input.value);
    ctx.set(path, optional && next === '' ? undefined : next, key);
  });
  return input;
}

/**
 * "Not translated", beside an empty language of a text that has another; kept up to date.
 * @param {EditorContext} ctx
 * @param {HTMLInputElement} input
 */
export function missingMark(ctx, input) {
  const mark = h('span', { class: 'fe-missing', id: newId('fe-missing') }, [ctx.t('ed-missing')]);
  const refresh = () => {
    const path = input.dataset.path ?? '';
    const group = input.closest('[data-text-group]') ?? input.parentElement?.parentElement;
    const siblings = group ? [...group.querySelectorAll(`input[data-path="${CSS.escape(path)}"]`)] : [];
    const missing = !input.value && siblings.some((s) => /** @type {HTMLInputElement} */ (s).value);
    mark.hidden = !missing;
    input.dataset.missing = String(missing);
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== mark.id);
    if (missing) described.push(mark.id);
    if (described.length) input.setAttribute('aria-describedby', described.join(' '));
    else input.removeAttribute('aria-describedby');
  };
  ctx.live(refresh);
  queueMicrotask(refresh);
  return mark;
}

/**
 * A button that does one thing to the document.
 * @param {string} label what it does, for every reader
 * @param {() => void} action
 * @param {{ text?: string, disabled?: boolean, key?: string }} [o] `text` shown instead of the label
 */
export function button(label, action, o = {}) {
  const b = h('button', { type: 'button', class: 'fe-button' }, [o.text ?? label]);
  if (o.text) b.setAttribute('aria-label', label);
  if (o.key) b.dataset.key = o.key;
  if (o.disabled) /** @type {HTMLButtonElement} */ (b).disabled = true;
  b.addEventListener('click', action);
  return b;
}

/**
 * A titled part of an editor.
 * @param {string} title
 * @param {(Node | string)[]} children
 * @param {number} [level] the heading's level
 */
export function part(title, children, level = 4) {
  const id = newId('fe-part');
  return h('section', { class: 'fe-part', 'aria-labelledby': id }, [h(`h${level}`, { id }, [title]), ...children]);
}
