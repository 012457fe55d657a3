/**
 * Tells the element when the colours it drew a canvas with may have changed: a theme class,
 * `data-theme` or inline custom properties changed on it or an ancestor (across shadow roots), or
 * the reader switched forced colours, dark mode or reduced motion. A theme can also change with no
 * attribute changing anywhere (a stylesheet switched on or off, a rule added): the element's probe
 * has a 1 ms discrete transition on every custom property the canvas reads (see
 * `THEME_TRANSITION`), so any change of their computed values ends in a `transitionend` here.
 * CSS reaches the rest of the element by itself; a canvas has to be drawn again.
 * (@bramus/style-observer does the same trick for light-DOM elements; here the probe sits in our
 * own shadow root, so the few lines of CSS are ours.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const QUERIES = ['(forced-colors: active)', '(prefers-reduced-motion: reduce)', '(prefers-color-scheme: dark)'];

export class ThemeWatch implements ReactiveController {
  private observer?: MutationObserver;
  private queries: MediaQueryList[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
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
    this.host.renderRoot.addEventListener('transitionend', this.onTransition);
  }

  private readonly onTransition = (event: Event) => {
    if ((event.target as Element).classList?.contains('sc-probe')) this.onChange();
  };

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.host.renderRoot.removeEventListener('transitionend', this.onTransition);
    for (const q of this.queries) q.removeEventListener('change', this.onChange);
    this.queries = [];
  }
}

/**
 * On the probe: each value the canvas is drawn with, so that a change of any of them, by whatever
 * means, fires a `transitionend` (discrete, 1 ms: nothing moves; `!important` so that reduced
 * motion's `transition: none` leaves this one alone, since it is no motion).
 */
export function themeTransition(series: number): string {
  const names = [
    ...Array.from({ length: series }, (_, i) => `--_fc-series-${i + 1}`),
    '--_fc-color-text',
    '--_fc-color-text-muted',
    '--_fc-color-background',
    '--_fc-color-border',
    'font-family',
    'font-size',
  ];
  return `transition-property: ${names.join(', ')} !important;
      transition-duration: 1ms !important;
      transition-timing-function: step-end !important;
      transition-behavior: allow-discrete !important;`;
}
