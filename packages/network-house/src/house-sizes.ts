import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface HouseSizesHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Watches two sizes the styles cannot know: the house's width in em (how many rooms fit side by
 * side is the layout's decision) and the roof label's height (the roof triangle grows with it so
 * the label's top corners stay under the slopes). The label height goes straight into a custom
 * property through the CSSOM (no render, and no inline style a strict CSP would block); a width
 * that changes the layout asks for a render.
 *
 * Both are applied in the next frame: changing sizes while the browser delivers them is a
 * "ResizeObserver loop" error.
 */
export class HouseSizes implements ReactiveController {
  /** The house's width in em, once measured. */
  width?: number;

  private observer?: ResizeObserver;
  private observed: Element[] = [];
  private frame = 0;

  constructor(
    private readonly host: HouseSizesHost,
    /** What about a width matters to the layout; a render happens only when this changes. */
    private readonly signature: (widthEm: number) => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page: the drawing is still there, but nothing renders again to observe it.
    this.observe();
  }

  hostUpdated(): void {
    this.observe();
  }

  private observe(): void {
    const house = this.host.renderRoot.querySelector('.nh-house');
    const label = this.host.renderRoot.querySelector('.nh-roof__label');
    const targets = [house, label].filter((x): x is Element => !!x);
    if (targets.length === this.observed.length && targets.every((x, i) => x === this.observed[i])) return;
    try {
      this.observer ??= new ResizeObserver(() => this.schedule());
      this.observer.disconnect();
      for (const t of targets) this.observer.observe(t);
      this.observed = targets;
    } catch (e) {
      console.error('fc-kit <fc-network-house>:', e);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = [];
    cancelAnimationFrame(this.frame);
  }

  private schedule() {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.measure());
  }

  private measure() {
    try {
      const root = this.host.renderRoot;
      const house = root.querySelector<HTMLElement>('.nh-house');
      const roof = root.querySelector<HTMLElement>('.nh-roof');
      const label = root.querySelector<HTMLElement>('.nh-roof__label');
      if (roof && label) roof.style.setProperty('--_nh-label-h', `${label.offsetHeight}px`);
      if (!house) return;
      const em = parseFloat(getComputedStyle(house).fontSize);
      const width = house.clientWidth;
      // Not displayed (hidden, or a tab not shown yet): keep the last width.
      if (!em || !width) return;
      const next = width / em;
      const changed = this.width === undefined || this.signature(next) !== this.signature(this.width);
      this.width = next;
      if (changed) this.host.requestUpdate();
    } catch (e) {
      console.error('fc-kit <fc-network-house>:', e);
    }
  }
}
