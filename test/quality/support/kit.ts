/**
 * What the quality suites share: every element defined (as `import 'fc-kit'` does), which element
 * shows which collection (from the kit's table of elements), and ways to read what a reader sees
 * in them.
 */
import '../../../packages/fc-kit/src/index.js';
import { VISUAL_ELEMENTS } from '../../../packages/fc-kit/src/elements.js';
import type { Collection } from '@fc-kit/core';

export const ELEMENT_OF = Object.fromEntries(VISUAL_ELEMENTS.map((e) => [e.collection, e.tag])) as Record<Collection, string>;
export const ELEMENTS = VISUAL_ELEMENTS.map((e) => e.tag);
export const COLLECTION_OF = Object.fromEntries(Object.entries(ELEMENT_OF).map(([c, tag]) => [tag, c])) as Record<string, Collection>;

export type FcEl = HTMLElement & { data?: unknown; src?: string; item?: string; updateComplete: Promise<boolean> };

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The lines of the in-place error box (`path: message`), or undefined when there is none. */
export function errorLines(el: Element): string[] | undefined {
  const box = el.shadowRoot?.querySelector('[part~="error"]');
  return box ? [...box.querySelectorAll('li')].map((li) => squash(li.textContent)) : undefined;
}

export function errorTitle(el: Element): string | undefined {
  const box = el.shadowRoot?.querySelector('[part~="error"]');
  return box ? squash(box.querySelector('p')?.textContent).replace(/^⚠\s*/, '') : undefined;
}

/** The lines of the "some entries were left out" list, or undefined when there is none. */
export function warningLines(el: Element): string[] | undefined {
  const box = el.shadowRoot?.querySelector('[part~="warnings"]');
  return box ? [...box.querySelectorAll('li')].map((li) => squash(li.textContent)) : undefined;
}

/** Every shadow root inside `root`, however deep, `root`'s own included. */
export function* shadowRoots(root: Element | ShadowRoot | Document): Generator<ShadowRoot> {
  if (root instanceof ShadowRoot) yield root;
  if (root instanceof Element && root.shadowRoot) yield* shadowRoots(root.shadowRoot);
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) yield* shadowRoots(el.shadowRoot);
}

/** The text of an element as the flat tree shows it: its shadow roots' text, nested ones included. */
export function shownText(el: Element): string {
  return squash([...shadowRoots(el)].map((r) => r.textContent).join(' '));
}

export const isLoading = (el: Element) => !!el.shadowRoot?.querySelector('[part~="loading"]');

/** Waits until the element has rendered something other than its loading placeholder. */
export async function settled(el: FcEl, timeout = 10_000): Promise<void> {
  const until = performance.now() + timeout;
  await el.updateComplete;
  while (!(el as { hasUpdated?: boolean }).hasUpdated || isLoading(el)) {
    if (performance.now() > until) throw new Error(`<${el.localName}> did not settle in ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await el.updateComplete;
}

/** Records uncaught errors and unhandled rejections while a test runs. */
export function watchUncaught() {
  const caught: string[] = [];
  const onError = (e: ErrorEvent) => caught.push(`error: ${e.message} ${e.error?.stack ?? ''}`);
  const onRejection = (e: PromiseRejectionEvent) => caught.push(`unhandled rejection: ${(e.reason as Error)?.stack ?? String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    caught,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Silences the kit's console reports of bad data (they are expected here) and keeps them. */
export function quietConsole() {
  const original = { error: console.error, warn: console.warn };
  const logged: string[] = [];
  console.error = (...args: unknown[]) => logged.push(`error: ${args.map(String).join(' ')}`);
  console.warn = (...args: unknown[]) => logged.push(`warn: ${args.map(String).join(' ')}`);
  return {
    logged,
    restore() {
      Object.assign(console, original);
    },
  };
}

/** The page's next frames have been painted. */
export const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });
