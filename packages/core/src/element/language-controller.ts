import type { ReactiveController, ReactiveControllerHost } from 'lit';

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * Re-renders an element when any `lang` on the page changes, since its language may come from
 * an ancestor. One observer serves every element on the page.
 */
export class LanguageController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer) {
      // An element's own `lang` is a reactive property already; only an ancestor's change is news.
      observer = new MutationObserver((records) =>
        hosts.forEach((h) => {
          const node = h as unknown as Node;
          if (records.some((r) => r.target !== node && isAncestor(r.target, node))) h.requestUpdate();
        }),
      );
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
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
