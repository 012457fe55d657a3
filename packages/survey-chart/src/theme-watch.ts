/**
 * Tells the element when the colours it drew a canvas with may have changed: a theme class,
 * `data-theme` or inline custom properties changed on it or an ancestor (across shadow roots), or
 * the reader switched forced colours, dark mode or reduced motion. CSS reaches the rest of the
 * element by itself; a canvas has to be drawn again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const QUERIES = ['(forced-colors: active)', '(prefers-reduced-motion: reduce)', '(prefers-color-scheme: dark)'];

export class ThemeWatch implements ReactiveController {
  private observer?: MutationObserver;
  private queries: MediaQueryList[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const changed = () => this.onChange();
    this.observer = new MutationObserver(changed);
    for (let node: Node | null = this.host; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
      if (node instanceof Element) this.observer.observe(node, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
    }
    this.queries = typeof matchMedia === 'function' ? QUERIES.map((q) => matchMedia(q)) : [];
    for (const q of this.queries) q.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    for (const q of this.queries) q.removeEventListener('change', this.onChange);
    this.queries = [];
  }
}
