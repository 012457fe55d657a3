import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import type { DirectiveResult } from 'lit/directive.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface SizeOptions {
  /** Whether the element itself is watched as well as what its template marks with `target()` (default true). */
  host?: boolean;
  /**
   * Reads the sizes, in the frame after the browser reported them (the latest report of each
   * watched element). Returns true when the element has to render again.
   */
  resized: (entries: readonly ResizeObserverEntry[]) => boolean | void;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The element's and its parts' sizes, for what CSS cannot decide (a layout computed in script, a
 * chart's canvas). Built on `ResizeController` from @lit-labs/observers: mark a rendered element
 * with `${sizes.target()}` and it is watched while it is in the DOM.
 *
 * Two things differ from a bare ResizeController. The sizes are handed over in the next animation
 * frame: changing sizes (by rendering) while the browser delivers them is a "ResizeObserver loop"
 * error. And the element renders only when `resized` says the new sizes matter, not on every
 * report (a resized page would otherwise render every element on every frame).
 */
export class SizeController implements ReactiveController {
  private readonly observer: ResizeController;
  private readonly pending = new Map<Element, ResizeObserverEntry>();
  private frame = 0;

  constructor(
    private readonly host: Host,
    private readonly options: SizeOptions,
  ) {
    // ResizeController renders its host on every report; it gets a host that only registers, and this decides.
    const registrar: ReactiveControllerHost = {
      addController: (c) => host.addController(c),
      removeController: (c) => host.removeController(c),
      requestUpdate: () => {},
      get updateComplete() {
        return host.updateComplete;
      },
    };
    // It uses its host as an Element only as the default target, and the target is always given here.
    this.observer = new ResizeController(registrar as ReactiveControllerHost & Element, {
      target: options.host === false ? null : host,
      skipInitial: true,
      callback: (entries) => this.report(entries),
    });
    host.addController(this);
  }

  /** An element directive: watches the element it is on while that is rendered. */
  target(observe?: boolean): DirectiveResult {
    return this.observer.target(observe);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.pending.clear();
  }

  private report(entries: readonly ResizeObserverEntry[]): void {
    for (const entry of entries) this.pending.set(entry.target, entry);
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      const latest = [...this.pending.values()];
      this.pending.clear();
      try {
        if (this.options.resized(latest)) this.host.requestUpdate();
      } catch (e) {
        console.error(`fc-kit <${this.host.localName}>:`, e);
      }
    });
  }
}
