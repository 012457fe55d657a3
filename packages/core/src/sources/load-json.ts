import type { LoadError } from './load-error.js';
import { parseJson } from './parse-json.js';

export const DEFAULT_TIMEOUT_MS = 15_000;
/** The longest wait a timer can be set for; a longer one would fire at once. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Only these schemes may be fetched; resolved against the page, so relative paths work. */
export function resolveSrc(src: string): URL | undefined {
  try {
    const url = new URL(src, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Taken when the kit loads, like `JSON.parse` in parse-json.ts. */
const Decoder = TextDecoder;

/**
 * Bytes → text. JSON is UTF-8; a file saved as Latin-1 (Windows-1252, as older Windows tools do)
 * is not valid UTF-8, and decoding it leniently would turn every ä into �. So decode strictly,
 * and on failure read it as Windows-1252 and tell the page to save the file as UTF-8.
 */
export function decodeJsonBytes(bytes: ArrayBuffer, src: string): string {
  try {
    return new Decoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    console.warn(`fc-kit: ${src} is not UTF-8; it was read as Latin-1 (Windows-1252). Save the file as UTF-8.`);
    return new Decoder('windows-1252').decode(bytes);
  }
}

/**
 * Fetches and parses a JSON document. Rejects with a LoadError (never a raw exception) so the
 * element can explain what happened; an abort by the caller rejects with the abort reason.
 *
 * The timeout and the caller's abort are raced against the request with the kit's own timer,
 * not only passed to `fetch` as a signal: a page may wrap `fetch` (analytics, auth) and drop the
 * options, and the reader must still get an answer in time.
 */
export async function loadJson(src: string, signal: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<unknown> {
  const url = resolveSrc(src);
  if (!url) throw { code: 'bad-src', params: { url: src } } satisfies LoadError;
  const stop = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onAbort = () => stop.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        timedOut = true;
        stop.abort();
        reject(new Error('timeout'));
      },
      Math.min(timeoutMs, MAX_TIMEOUT_MS),
    );
    stop.signal.addEventListener('abort', () => reject(stop.signal.reason), { once: true });
  });
  deadline.catch(() => {});
  const fail = (e: unknown): never => {
    if (signal.aborted) throw signal.reason;
    if (timedOut) throw { code: 'timeout', params: { url: src, seconds: Math.round(timeoutMs / 100) / 10 } } satisfies LoadError;
    throw e;
  };
  /** The step, or the deadline or the caller's abort, whichever comes first. */
  const inTime = <T>(step: () => Promise<T>): Promise<T> => Promise.race([Promise.resolve().then(step), deadline]);
  try {
    if (signal.aborted) throw signal.reason;
    let response: Response;
    try {
      response = await inTime(() => fetch(url, { signal: stop.signal, headers: { Accept: 'application/json' } }));
    } catch {
      return fail({ code: 'network', params: { url: src } } satisfies LoadError);
    }
    if (!response.ok) throw { code: 'http', params: { url: src, status: response.status } } satisfies LoadError;
    let text: string;
    try {
      // A wrapper's stand-in response may offer only `text()`.
      text =
        typeof response.arrayBuffer === 'function'
          ? decodeJsonBytes(await inTime(() => response.arrayBuffer()), src)
          : await inTime(() => response.text());
    } catch {
      return fail({ code: 'network', params: { url: src } } satisfies LoadError);
    }
    const parsed = parseJson(text, src);
    if (!parsed.ok) throw parsed.error;
    return parsed.value;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
