// @ts-check
// Document intake: a bundled document (fetched by URL), pasted text or an uploaded file becomes
// one `Intake`, parsed and checked by the kit's own parseJson and checkDocument, so the builder
// finds exactly the problems the elements will report.
import { checkDocument, parseJson } from './kit.js';

/**
 * What the builder has as its document.
 * @typedef {{ kind: 'empty' }
 *   | { kind: 'loading' }
 *   | { kind: 'failed', reason: 'dataset-failed' | 'upload-failed', detail: string }
 *   | { kind: 'unparsed', error: import('./kit.js').LoadError }
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
  if (!parsed.ok) return parsed.error.code === 'empty' ? { kind: 'empty' } : { kind: 'unparsed', error: parsed.error };
  return { kind: 'parsed', text, value: parsed.value, checked: checkDocument(parsed.value) };
}

/**
 * The text at `url`; an HTTP error is an error like a network one.
 * @param {string} url
 */
export async function fetchText(url) {
  const response = await fetch(url);
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
