/** The kit's events: all bubble and cross shadow roots, so a page can listen on `document`. */
export interface FcEventMap {
  'fc-load': { collection: string; id?: string };
  'fc-error': { message: string; path?: string; messages: { message: string; path?: string }[] };
  'fc-select': { kind: string; id: string; item: unknown };
}

export function emit<K extends keyof FcEventMap>(target: EventTarget, name: K, detail: FcEventMap[K]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'fc-load': CustomEvent<FcEventMap['fc-load']>;
    'fc-error': CustomEvent<FcEventMap['fc-error']>;
    'fc-select': CustomEvent<FcEventMap['fc-select']>;
  }
}
