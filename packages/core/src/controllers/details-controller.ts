import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface DetailsOptions<K> {
  /** The control that opens `key`'s details: focus returns to it when they close. */
  opener: (key: K) => HTMLElement | null | undefined;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The details panel's behaviour, the same in every element: opening moves focus to the panel's
 * heading (`detailsPanel` renders it), closing returns focus to the control that opened it, and
 * Escape anywhere in the element closes only the panel. That Escape stops there: it is not passed
 * on, so a `<dialog>` or menu around the element stays open (the reader closed the panel, not the
 * dialog).
 *
 * `key` says what is open; the element renders the panel when it is set.
 */
export class DetailsController<K = string> implements ReactiveController {
  /** What is open; undefined when nothing is. */
  key?: K;

  private pendingFocus?: { to: 'heading' } | { to: 'opener'; key: K };

  constructor(
    private readonly host: Host,
    private readonly options: DetailsOptions<K>,
  ) {
    host.addController(this);
  }

  /** Opens `key`'s details; focus moves to their heading after the render. */
  open(key: K): void {
    this.key = key;
    this.pendingFocus = { to: 'heading' };
    this.host.requestUpdate();
  }

  /** Closes the details; focus returns to what opened them. */
  close(): void {
    if (this.key === undefined) return;
    this.pendingFocus = { to: 'opener', key: this.key };
    this.key = undefined;
    this.host.requestUpdate();
  }

  /** A second activation of the control that opened the details closes them. */
  toggle(key: K): void {
    if (this.key === key) this.close();
    else this.open(key);
  }

  /** Forgets what was open without moving focus (another item is shown, or the part is gone). */
  reset(): void {
    this.key = undefined;
    this.pendingFocus = undefined;
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
  }

  hostUpdated(): void {
    const pending = this.pendingFocus;
    if (!pending) return;
    this.pendingFocus = undefined;
    try {
      const target =
        pending.to === 'heading'
          ? displayed(this.host.renderRoot.querySelectorAll<HTMLElement>('.fc-details__title'))
          : this.options.opener(pending.key);
      target?.focus();
    } catch (e) {
      console.error(`fc-kit <${this.host.localName}>:`, e);
    }
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || this.key === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    this.close();
  };
}

/** The first that is displayed: an element may render one panel per view and show one view. */
function displayed(elements: Iterable<HTMLElement>): HTMLElement | undefined {
  for (const el of elements) if (el.getClientRects().length > 0) return el;
  return undefined;
}
