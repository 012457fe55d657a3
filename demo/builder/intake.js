// @ts-check
// Document intake: a bundled document (fetched by URL), pasted text or an uploaded file becomes
// one `Intake`, parsed and checked by the kit's own parseJson and checkDocument, so the builder
// finds exactly the problems the elements will report.
import { saveDocument } from './editors/model.js';
import { checkDocument, parseJson } from './kit.js';

/**
 * What the builder has as its document.
 * @typedef {{ kind: 'empty' }
 *   | { kind: 'loading' }
 *   | { kind: 'failed', reason: 'dataset-failed' | 'upload-failed', detail: string }
 *   | { kind: 'unparsed', error: import('./kit.js').LoadError, text: string }
 *   | { kind: 'parsed', text: string, value: unknown, checked: import('./kit.js').CheckedDocument }} Intake
 */

/**
 * A bundled document the builder offers (demo/builder/datasets.json, written by the build).
 * @typedef {{ id: string, file: string, title: unknown }} Dataset
 */

/**
 * JSON text → the document, with the kit's words for what is wrong. `origin` (a URL or a file
 * name) is where the text came from, for the error message.
 * @param {string} text
 * @param {string} [origin]
 * @returns {Intake}
 */
export function readDocument(text, origin = '') {
  const parsed = parseJson(text, origin);
  if (!parsed.ok) return parsed.error.code === 'empty' ? { kind: 'empty' } : { kind: 'unparsed', error: parsed.error, text };
  return { kind: 'parsed', text, value: parsed.value, checked: checkDocument(parsed.value) };
}

/**
 * A document the editors changed: its file text and the kit's check of it.
 * @param {unknown} value
 * @returns {Intake}
 */
export function fromValue(value) {
  return { kind: 'parsed', text: saveDocument(value), value, checked: checkDocument(value) };
}

/**
 * Where a JSON text stops being JSON, as line and character, from the engine's message (which
 * is in the browser's language and wording, so only its numbers are used) and the text.
 * @param {string} detail
 * @param {string} text
 * @returns {{ line: number, column: number } | undefined}
 */
export function jsonErrorAt(detail, text) {
  const lc = /line (\d+) column (\d+)/.exec(detail);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(detail);
  const end = /end of JSON input/i.test(detail);
  if (!pos && !end) return undefined;
  const before = pos ? text.slice(0, Number(pos[1])) : text.trimEnd();
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/**
 * The text at `url`; an HTTP error is an error like a network one.
 * @param {string} url
 */
export async function fetchText(url) {
  // Never with cookies or other credentials: an editor's figure data is public.
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** The bundled documents, in the order the build listed them. */
export async function loadCatalogue() {
  return /** @type {Dataset[]} */ (JSON.parse(await fetchText('/demo/builder/datasets.json')));
}

/**
 * The newest of several loads wins: a document chosen while another was loading replaces it,
 * whichever arrives first. `begin()` starts a load and returns whether it is still the newest.
 */
export function latestOnly() {
  let token = 0;
  return {
    begin() {
      const mine = ++token;
      return () => mine === token;
    },
    /** Makes every load under way stale (the document was replaced without loading). */
    cancel() {
      token++;
    },
  };
}
