/**
 * The CDN script: `<script type="module" src="…/fc-kit/dist/fc-kit.js"></script>`.
 *
 * It defines nothing heavy up front. It watches the page (and open shadow roots it can see)
 * for `fc-*` tags, also those added later, and imports each element's module the first time
 * its tag appears. Loading it twice, or two versions, is harmless: a tag is claimed by the
 * first copy that knows it, and a copy with nothing left to claim says so once and stops.
 */
import { ELEMENTS } from './elements.js';

/** Each tag's module, imported the first time the tag is on the page (Chart.js only with the survey chart). */
const CHUNKS = new Map(ELEMENTS.map((e) => [e.tag, e.load]));

interface Registry {
  claimed: Set<string>;
}

const KEY = Symbol.for('fc-kit:loader');
const global = globalThis as unknown as Record<symbol, Registry | undefined>;
const registry = (global[KEY] ??= { claimed: new Set() });

const pending = new Set([...CHUNKS.keys()].filter((tag) => !registry.claimed.has(tag)));
pending.forEach((tag) => registry.claimed.add(tag));

if (!pending.size) {
  console.warn('fc-kit: the kit is already loaded on this page; this copy does nothing.');
} else {
  start();
}

function start() {
  const seen = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && visit(node, true));
  });

  function load(tag: string) {
    if (!pending.delete(tag)) return;
    CHUNKS.get(tag)!().catch((e: unknown) => {
      console.error(`fc-kit: could not load <${tag}>`, e);
    });
    if (!pending.size) observer.disconnect();
  }

  /** Loads what `root` holds and starts watching the open shadow roots inside it. */
  function visit(root: Element | Document | ShadowRoot, deep: boolean) {
    if (!pending.size) return;
    if (root instanceof Element) {
      if (pending.has(root.localName)) load(root.localName);
      watch(root.shadowRoot);
    }
    if (pending.size) root.querySelectorAll([...pending].join(',')).forEach((el) => load(el.localName));
    if (deep) root.querySelectorAll('*').forEach((el) => watch(el.shadowRoot));
  }

  function watch(root: ShadowRoot | null) {
    if (!root || seen.has(root) || !pending.size) return;
    seen.add(root);
    observer.observe(root, { childList: true, subtree: true });
    visit(root, true);
  }

  observer.observe(document, { childList: true, subtree: true });
  visit(document, true);
}
