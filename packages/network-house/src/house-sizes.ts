import type { ReactiveControllerHost } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { SizeController } from '@fc-kit/core';

export interface HouseSizesHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Watches two sizes the styles cannot know: the house's width in em (how many rooms fit side by
 * side is the layout's decision) and the roof label's height (the roof triangle grows with it so
 * the label's top corners stay under the slopes). The template marks both with `target()`. The
 * label height goes straight into a custom property through the CSSOM (no render, and no inline
 * style a strict CSP would block); a width that changes the layout asks for a render.
 */
export class HouseSizes {
  /** The house's width in em, once measured. */
  width?: number;

  private readonly sizes: SizeController;

  constructor(
    private readonly host: HouseSizesHost,
    /** What about a width matters to the layout; a render happens only when this changes. */
    private readonly signature: (widthEm: number) => string,
  ) {
    this.sizes = new SizeController(host, { host: false, resized: () => this.measure() });
  }

  /** Marks the house or the roof label in the template. */
  target(): DirectiveResult {
    return this.sizes.target();
  }

  private measure(): boolean {
    const root = this.host.renderRoot;
    const house = root.querySelector<HTMLElement>('.nh-house');
    const roof = root.querySelector<HTMLElement>('.nh-roof');
    const label = root.querySelector<HTMLElement>('.nh-roof__label');
    if (roof && label) roof.style.setProperty('--_nh-label-h', `${label.offsetHeight}px`);
    if (!house) return false;
    const em = parseFloat(getComputedStyle(house).fontSize);
    const width = house.clientWidth;
    // Not displayed (hidden, or a tab not shown yet): keep the last width.
    if (!em || !width) return false;
    const next = width / em;
    const changed = this.width === undefined || this.signature(next) !== this.signature(this.width);
    this.width = next;
    return changed;
  }
}
