import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageOf, type Language } from '../text/language.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;
const OPTIONS: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/**
 * Re-renders an element when its language may have changed: a `lang` changed on the page or in
 * any shadow root the element sits in (one observer serves every element, and watches each such
 * root, since changes inside a shadow root are not seen from the document), or the element was
 * moved under an ancestor with another `lang`.
 */
export class LanguageController implements ReactiveController {
  private rendered?: Language;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer) {
      // An element's own `lang` is a reactive property already; only an ancestor's change is news.
      observer = new MutationObserver((records) =>
        hosts.forEach((h) => {
          if (records.some((r) => r.target !== h && isAncestor(r.target, h))) h.requestUpdate();
        }),
      );
      observer.observe(document.documentElement, OPTIONS);
    }
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observer.observe(root, OPTIONS);
    if (this.rendered !== undefined && this.rendered !== languageOf(this.host)) this.host.requestUpdate();
  }

  hostUpdated(): void {
    this.rendered = languageOf(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (!hosts.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}

/** Whether `node` contains `of`, looking through shadow roots. */
function isAncestor(node: Node, of: Node): boolean {
  for (let n: Node | null = of.parentNode ?? null; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n === node) return true;
  }
  return false;
}
