import type { LoadError } from './load-error.js';

export type Parsed = { ok: true; value: unknown } | { ok: false; error: LoadError };

/** JSON text → value; a byte-order mark (as Windows editors save) is allowed, an empty body is its own error. */
export function parseJson(text: string, url = ''): Parsed {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return { ok: false, error: { code: 'empty', params: { url } } };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    return { ok: false, error: { code: 'json', params: { detail: (e as Error).message, url } } };
  }
}
