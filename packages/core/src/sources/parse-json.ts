import type { LoadError } from './load-error.js';

export type Parsed = { ok: true; value: unknown } | { ok: false; error: LoadError };

/** Taken when the kit loads: a page that later replaces `JSON.parse` does not parse the kit's data. */
const parse = JSON.parse;

/**
 * JSON text → value; a byte-order mark (as Windows editors save) is allowed, an empty body is its
 * own error. `url` names where the text came from; without it (inline JSON) the element names
 * the `<script>` in the reader's language.
 */
export function parseJson(text: string, url?: string): Parsed {
  const where: Record<string, string> = url === undefined ? {} : { url };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return { ok: false, error: { code: 'empty', params: where } };
  try {
    return { ok: true, value: parse(body) };
  } catch (e) {
    return { ok: false, error: { code: 'json', params: { detail: (e as Error).message, ...where } } };
  }
}
