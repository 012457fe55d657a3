import { ContextRoot, createContext } from '@lit/context';
import type { DocumentState } from './document-state.js';

/**
 * A string key, not a symbol: two copies of the kit on one page then share `<fc-data>`, because
 * @lit/context matches contexts by identity and equal strings are identical.
 */
export const documentContext = createContext<DocumentState>('fc-kit:document');

const ROOT_KEY = Symbol.for('fc-kit:context-root');

/**
 * A context root holds requests made before their provider upgraded and replays them when it
 * does, so `<fc-data>` works whether it or its children are defined first.
 */
export function ensureContextRoot(): void {
  const g = globalThis as Record<symbol, unknown>;
  if (g[ROOT_KEY] || typeof document === 'undefined') return;
  g[ROOT_KEY] = true;
  new ContextRoot().attach(document.documentElement);
}
