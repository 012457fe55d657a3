/**
 * Counts what an element can leave behind when it leaves the page: observers still observing,
 * listeners on long-lived targets (window, document, media queries), intervals still running.
 * Installed by importing this module before the kit, so the kit's own code uses the wrappers.
 */
export const live = {
  resizeObservers: new Set<ResizeObserver>(),
  mutationObservers: new Set<MutationObserver>(),
  intersectionObservers: new Set<IntersectionObserver>(),
  intervals: new Set<number>(),
  listeners: new Set<string>(),
  peak: { resizeObservers: 0, mutationObservers: 0, intersectionObservers: 0, listeners: 0 },
};

function track<T extends object>(set: Set<T>, key: keyof typeof live.peak, observer: T) {
  set.add(observer);
  live.peak[key] = Math.max(live.peak[key], set.size);
}

const NativeResize = window.ResizeObserver;
window.ResizeObserver = class extends NativeResize {
  private targets = new Set<Element>();
  override observe(target: Element, options?: ResizeObserverOptions) {
    this.targets.add(target);
    track(live.resizeObservers, 'resizeObservers', this as ResizeObserver);
    super.observe(target, options);
  }
  override unobserve(target: Element) {
    this.targets.delete(target);
    if (!this.targets.size) live.resizeObservers.delete(this);
    super.unobserve(target);
  }
  override disconnect() {
    this.targets.clear();
    live.resizeObservers.delete(this);
    super.disconnect();
  }
};

const NativeMutation = window.MutationObserver;
window.MutationObserver = class extends NativeMutation {
  override observe(target: Node, options?: MutationObserverInit) {
    track(live.mutationObservers, 'mutationObservers', this as MutationObserver);
    super.observe(target, options);
  }
  override disconnect() {
    live.mutationObservers.delete(this);
    super.disconnect();
  }
};

const NativeIntersection = window.IntersectionObserver;
window.IntersectionObserver = class extends NativeIntersection {
  private count = 0;
  override observe(target: Element) {
    this.count++;
    track(live.intersectionObservers, 'intersectionObservers', this as IntersectionObserver);
    super.observe(target);
  }
  override unobserve(target: Element) {
    if (--this.count <= 0) live.intersectionObservers.delete(this);
    super.unobserve(target);
  }
  override disconnect() {
    this.count = 0;
    live.intersectionObservers.delete(this);
    super.disconnect();
  }
};

const nativeSetInterval = window.setInterval.bind(window);
const nativeClearInterval = window.clearInterval.bind(window);
window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  const id = nativeSetInterval(handler, timeout, ...args);
  live.intervals.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) live.intervals.delete(id);
  nativeClearInterval(id);
}) as typeof window.clearInterval;

/** Targets that outlive any element: a listener left on one keeps the element alive. */
const longLived = (target: EventTarget) =>
  target === window ||
  target === document ||
  target === document.documentElement ||
  target === document.body ||
  target instanceof MediaQueryList ||
  target instanceof Screen ||
  target instanceof VisualViewport;
const ids = new WeakMap<object, number>();
let nextId = 0;
const idOf = (x: object) => ids.get(x) ?? (ids.set(x, ++nextId), nextId);
const keyOf = (
  target: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
) => `${idOf(target)}|${type}|${listener ? idOf(listener) : 0}|${typeof options === 'boolean' ? options : !!options?.capture}`;

const nativeAdd = EventTarget.prototype.addEventListener;
const nativeRemove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  if (listener && longLived(this) && !(typeof options === 'object' && (options.once || options.signal))) {
    live.listeners.add(keyOf(this, type, listener, options));
    live.peak.listeners = Math.max(live.peak.listeners, live.listeners.size);
  }
  return nativeAdd.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
) {
  if (listener) live.listeners.delete(keyOf(this, type, listener, options));
  return nativeRemove.call(this, type, listener, options);
};

/** The counts now, for comparing before and after. */
export const counts = () => ({
  resizeObservers: live.resizeObservers.size,
  mutationObservers: live.mutationObservers.size,
  intersectionObservers: live.intersectionObservers.size,
  intervals: live.intervals.size,
  listeners: live.listeners.size,
});
