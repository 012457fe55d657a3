import type { LoadError } from './load-error.js';
import { parseJson } from './parse-json.js';

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Only these schemes may be fetched; resolved against the page, so relative paths work. */
export function resolveSrc(src: string): URL | undefined {
  try {
    const url = new URL(src, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fetches and parses a JSON document. Rejects with a LoadError (never a raw exception) so the
 * element can explain what happened; an abort by the caller rejects with the abort reason.
 */
export async function loadJson(src: string, signal: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<unknown> {
  const url = resolveSrc(src);
  if (!url) throw { code: 'bad-src', params: { url: src } } satisfies LoadError;
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = AbortSignal.any([signal, timeout]);
  const fail = (e: unknown): never => {
    if (signal.aborted) throw signal.reason;
    if (timeout.aborted) throw { code: 'timeout', params: { url: src, seconds: Math.round(timeoutMs / 100) / 10 } } satisfies LoadError;
    throw e;
  };
  let response: Response;
  try {
    response = await fetch(url, { signal: both, headers: { Accept: 'application/json' } });
  } catch (e) {
    return fail({ code: 'network', params: { url: src } } satisfies LoadError);
  }
  if (!response.ok) throw { code: 'http', params: { url: src, status: response.status } } satisfies LoadError;
  let text: string;
  try {
    text = await response.text();
  } catch {
    return fail({ code: 'network', params: { url: src } } satisfies LoadError);
  }
  const parsed = parseJson(text, src);
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}
