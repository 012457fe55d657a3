import type { KitStringKey } from '../text/kit-strings.js';

/** Why no document could be had; translated when shown. */
export interface LoadError {
  code: Extract<KitStringKey, 'http' | 'network' | 'timeout' | 'bad-timeout' | 'json' | 'empty' | 'bad-src' | 'no-source' | 'render'>;
  params?: Record<string, string | number>;
}

export const isLoadError = (x: unknown): x is LoadError =>
  typeof x === 'object' && x !== null && typeof (x as LoadError).code === 'string' && !(x instanceof Error);
