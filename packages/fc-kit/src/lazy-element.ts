/**
 * The class the CDN loader defines for a tag at once, before that element's code has loaded.
 *
 * Why: a framework decides how to pass `data` when it first renders the tag. React 19 and Vue 3
 * set a property only if the element has it (`'data' in el`), so an undefined tag got
 * `data="[object Object]"` as an attribute and every figure said its data was missing. A light
 * class per tag makes every `fc-*` tag defined from the start (as the contract says) with a
 * `data` property, and still loads each element's code only when its tag is connected.
 *
 * Hand-over: when the element's code arrives, its `defineElement` finds this class in the
 * registry and calls `[ADOPT]` with the real class. From then on this class inherits from the
 * real one (so `new`, `instanceof`, properties and callbacks are the real element's), and each
 * instance made before is constructed as the real element in place: what a page or framework set
 * on it before (`data`, attributes, children, its place in the document) is kept.
 */
export const ADOPT = Symbol.for('fc-kit:adopt');

/** Attributes every element observes; an element's own come from the kit's table. */
/** What the base element observes on every tag (`FcElement.properties`). */
export const SHARED_ATTRIBUTES = ['src', 'item', 'lang', 'timeout', 'heading-level', 'heading', 'hide-heading'];

/** Properties a framework must be able to set before the code arrives (objects, not attributes). */
const PROPERTIES = ['data'];

/** The placeholder: the element's space, and its fallback content readable while loading. */
let placeholderSheet: CSSStyleSheet | undefined;
const placeholder = () => {
  if (!placeholderSheet) {
    placeholderSheet = new CSSStyleSheet();
    placeholderSheet.replaceSync(':host { display: block; min-height: var(--fc-placeholder-height, 12rem); }');
  }
  return placeholderSheet;
};

type Callbacks = {
  connectedCallback?(): void;
  disconnectedCallback?(): void;
  adoptedCallback?(): void;
  attributeChangedCallback?(name: string, old: string | null, value: string | null): void;
};
type Real = CustomElementConstructor & { observedAttributes?: string[]; finalize?(): void };

interface Options {
  /** Attributes the element observes beyond the shared ones. */
  attributes?: readonly string[];
  /** Whether to keep the element's space while its code loads (not for `<fc-data>`, a container). */
  holdSpace?: boolean;
}

export function lazyElement(load: () => Promise<unknown>, { attributes = [], holdSpace = true }: Options = {}): CustomElementConstructor {
  const observed = [...new Set([...SHARED_ATTRIBUTES, ...attributes])];
  /** Instances made before the hand-over; none are kept after it. */
  const early = new Set<LazyElement>();
  let real: Real | undefined;
  let requested = false;
  const request = () => {
    if (requested) return;
    requested = true;
    load().catch((e: unknown) => console.error(`fc-kit: could not load the code of <${tagOf()}>`, e));
  };
  let tagOf = () => '';

  /** The real class's callbacks, once this class inherits from it. */
  const up = () => Object.getPrototypeOf(LazyElement.prototype) as Callbacks;

  class LazyElement extends HTMLElement {
    static get observedAttributes() {
      return observed;
    }

    constructor() {
      super();
      if (!real) {
        early.add(this);
        const root = this.attachShadow({ mode: 'open' });
        if (holdSpace) root.adoptedStyleSheets = [placeholder()];
        root.append(document.createElement('slot'));
      }
    }

    connectedCallback() {
      if (real) up().connectedCallback?.call(this);
      else request();
    }

    disconnectedCallback() {
      if (real) up().disconnectedCallback?.call(this);
    }

    adoptedCallback() {
      if (real) up().adoptedCallback?.call(this);
    }

    attributeChangedCallback(name: string, old: string | null, value: string | null) {
      if (real) up().attributeChangedCallback?.call(this, name, old, value);
    }

    /** Hands this tag over to its real class; false when it already has one. */
    static [ADOPT](Class: Real, tag: string): boolean {
      if (real) return false;
      real = Class;
      tagOf = () => tag;
      // The properties set early are own properties of each instance now; the real class's
      // accessors take them over when it initializes the instance (as Lit does on upgrade).
      for (const p of PROPERTIES) delete (LazyElement.prototype as unknown as Record<string, unknown>)[p];
      Object.setPrototypeOf(LazyElement.prototype, Class.prototype);
      Object.setPrototypeOf(LazyElement, Class);
      Class.finalize?.();
      (LazyElement as unknown as Real).finalize?.();
      const extra = (Class.observedAttributes ?? []).filter((a) => !observed.includes(a));
      for (const el of early) {
        try {
          el.shadowRoot?.replaceChildren();
          constructInPlace(el, Class, LazyElement);
          const callbacks = el as unknown as Callbacks;
          for (const name of Class.observedAttributes ?? []) {
            const value = el.getAttribute(name);
            if (value !== null) callbacks.attributeChangedCallback?.(name, null, value);
          }
          if (extra.length) watchExtra(el, extra);
          if (el.isConnected) callbacks.connectedCallback?.();
        } catch (e) {
          console.error(`fc-kit: <${tag}> could not take over an element made before its code loaded`, e);
        }
      }
      early.clear();
      if (extra.length) {
        console.warn(`fc-kit: <${tag}> observes ${extra.join(', ')}, which the kit's table of elements does not list`);
      }
      return true;
    }
  }
  for (const p of PROPERTIES) {
    Object.defineProperty(LazyElement.prototype, p, {
      configurable: true,
      get: () => undefined,
      set(this: HTMLElement, value: unknown) {
        Object.defineProperty(this, p, { value, writable: true, configurable: true, enumerable: true });
      },
    });
  }
  return LazyElement;
}

/**
 * Runs `Class`'s constructor with `el` as its `this`, for an element that exists already. A class
 * constructor cannot be called on an existing object, but a derived constructor's `this` is what
 * its base returns: for the moment of the call, the base below the chain (the class that extends
 * HTMLElement) gets a parent that returns `el`.
 */
function constructInPlace(el: HTMLElement, Class: Real, newTarget: CustomElementConstructor) {
  let base: object = Class;
  while (Object.getPrototypeOf(base) !== HTMLElement) {
    base = Object.getPrototypeOf(base);
    if (!base || base === Function.prototype) throw new TypeError('not an HTMLElement class');
  }
  function Existing() {
    return el;
  }
  Object.setPrototypeOf(base, Existing);
  try {
    Reflect.construct(Class, [], newTarget);
  } finally {
    Object.setPrototypeOf(base, HTMLElement);
  }
}

/** For attributes the registry was not told to observe: the same callback, a moment later. */
function watchExtra(el: HTMLElement, names: string[]) {
  new MutationObserver((records) => {
    for (const r of records) {
      (el as unknown as Callbacks).attributeChangedCallback?.(r.attributeName!, r.oldValue, el.getAttribute(r.attributeName!));
    }
  }).observe(el, { attributes: true, attributeFilter: names, attributeOldValue: true });
}
