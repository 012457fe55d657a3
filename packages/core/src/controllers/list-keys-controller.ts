import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a key moves among `count` items from `current`, in a list: no wrap-around, so the ends are felt. */
export function listStep(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(count - 1, current + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

export interface ListKeysOptions {
  /** The items of a list container, in reading order. */
  items: (container: HTMLElement) => HTMLElement[];
  /**
   * Where a key moves from item `from`; undefined when the key is not the list's. Default: the
   * list keys (`listStep`), and none with Alt, Ctrl, Meta or Shift.
   */
  step?: (event: KeyboardEvent, from: number, items: HTMLElement[]) => number | undefined;
  /**
   * One tab stop (roving tabindex): the containers whose items get `tabindex` 0 on the current item
   * (the last focused, else the first) and -1 on the rest. A big list is then passed with one Tab.
   * Without it every item stays in the Tab order and the arrows are a faster way along.
   */
  roving?: () => HTMLElement[];
  /** The item's key, for `current` (default its `data-id`). */
  keyOf?: (item: HTMLElement) => string | undefined;
}

/**
 * Arrow keys, Home and End in a list of focusable items, the same in every element (after
 * Spectrum's FocusGroupController and RovingTabindexController). Put `keydown` and `focusin` on
 * the container: `@keydown=${keys.keydown} @focusin=${keys.focusin}`.
 */
export class ListKeysController implements ReactiveController {
  /** The key of the item that has, or last had, focus. */
  current?: string;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly options: ListKeysOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const containers = this.options.roving?.();
    if (!containers) return;
    for (const container of containers) {
      const items = this.options.items(container);
      const stop = items.find((item) => this.keyOf(item) === this.current) ?? items[0];
      for (const item of items) item.tabIndex = item === stop ? 0 : -1;
    }
  }

  readonly keydown = (event: KeyboardEvent) => {
    const container = event.currentTarget as HTMLElement;
    const items = this.options.items(container);
    const from = items.findIndex((item) => event.composedPath().includes(item));
    if (from < 0) return;
    const next = this.options.step ? this.options.step(event, from, items) : defaultStep(event, from, items.length);
    if (next === undefined) return;
    // The key is the list's even at an end, so the page does not scroll.
    event.preventDefault();
    this.moveTo(items[next]);
  };

  readonly focusin = (event: FocusEvent) => {
    const container = event.currentTarget as HTMLElement;
    const item = this.options.items(container).find((i) => event.composedPath().includes(i));
    const key = item && this.keyOf(item);
    if (key !== undefined && key !== this.current) {
      this.current = key;
      this.hostUpdated();
    }
  };

  private moveTo(item: HTMLElement | undefined): void {
    if (!item) return;
    this.current = this.keyOf(item);
    this.hostUpdated();
    item.focus();
  }

  private keyOf(item: HTMLElement): string | undefined {
    return this.options.keyOf ? this.options.keyOf(item) : item.dataset.id;
  }
}

function defaultStep(event: KeyboardEvent, from: number, count: number): number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  return listStep(event.key, from, count);
}
