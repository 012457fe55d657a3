/**
 * A demo page loaded in a frame as a visitor's browser loads it, watched from before its scripts
 * run: console errors and warnings, uncaught errors, the elements' fc-load and fc-error events,
 * Content-Security-Policy violations and layout shifts.
 */
import { WCAG21AA } from './wcag.js';
import { VISUAL_ELEMENTS } from '../../../packages/fc-kit/src/elements.js';

export const FC_TAGS = VISUAL_ELEMENTS.map((e) => e.tag);

export interface PageLog {
  errors: string[];
  warnings: string[];
  uncaught: string[];
  csp: string[];
  loaded: Set<Element>;
  failed: Map<Element, string>;
  /** The frame document's readyState when the watchers were attached. */
  hookedAt: DocumentReadyState;
}

export interface OpenPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  log: PageLog;
  /** The visual fc-* elements on the page, light DOM and open shadow roots. */
  elements: HTMLElement[];
  close(): void;
}

type FrameWindow = Window & typeof globalThis;

/** Opens `url` in a frame `width` px wide and waits until every element has loaded or failed. */
export async function openPage(url: string, { width = 1280, height = 900, settle = true } = {}): Promise<OpenPage> {
  const frame = document.createElement('iframe');
  frame.title = url;
  frame.width = String(width);
  frame.height = String(height);
  frame.src = url;
  document.body.append(frame);
  const log = await hook(frame);
  await new Promise<void>((resolve) => {
    if (frame.contentDocument?.readyState === 'complete') resolve();
    else frame.addEventListener('load', () => resolve(), { once: true });
  });
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  const page: OpenPage = { frame, win, doc, log, elements: [], close: () => frame.remove() };
  if (settle) await settleElements(page);
  page.elements = fcElements(doc);
  return page;
}

/**
 * Attaches the watchers to the frame's new document as soon as it exists. The page's own
 * scripts are modules, which run only after the document is parsed; `hookedAt` records how early
 * this was, so a test can refuse a late hook instead of passing on a half-watched page.
 */
function hook(frame: HTMLIFrameElement): Promise<PageLog> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const tick = () => {
      const doc = frame.contentDocument;
      const win = frame.contentWindow as FrameWindow | null;
      if (doc && win && doc.URL !== 'about:blank') {
        resolve(watch(win, doc));
        return;
      }
      if (performance.now() - started > 15_000) reject(new Error(`${frame.src} did not start loading`));
      else setTimeout(tick, 0);
    };
    tick();
  });
}

function watch(win: FrameWindow, doc: Document): PageLog {
  const log: PageLog = { errors: [], warnings: [], uncaught: [], csp: [], loaded: new Set(), failed: new Map(), hookedAt: doc.readyState };
  const text = (args: unknown[]) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  const { error, warn } = win.console;
  win.console.error = (...args: unknown[]) => {
    log.errors.push(text(args));
    error.apply(win.console, args);
  };
  win.console.warn = (...args: unknown[]) => {
    log.warnings.push(text(args));
    warn.apply(win.console, args);
  };
  win.addEventListener('error', (e) => log.uncaught.push(e.message));
  win.addEventListener('unhandledrejection', (e) => log.uncaught.push(String(e.reason)));
  doc.addEventListener('securitypolicyviolation', (e) => log.csp.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'}`));
  // fc-load and fc-error bubble and are composed: the window hears every element's.
  win.addEventListener('fc-load', (e) => log.loaded.add(e.composedPath()[0] as Element), true);
  win.addEventListener('fc-error', (e) => log.failed.set(e.composedPath()[0] as Element, (e as CustomEvent).detail?.message), true);
  return log;
}

/** The visual fc-* elements in a document, also inside open shadow roots. */
export function fcElements(root: Document | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (FC_TAGS.includes(el.localName)) found.push(el);
    if (el.shadowRoot) found.push(...fcElements(el.shadowRoot));
  }
  return found;
}

/** Waits until every element on the page has fired fc-load (or fc-error), then two frames. */
export async function settleElements(page: OpenPage, timeout = 20_000): Promise<void> {
  const until = performance.now() + timeout;
  const pending = () => fcElements(page.doc).filter((el) => !page.log.loaded.has(el) && !page.log.failed.has(el));
  while (pending().length && performance.now() < until) await new Promise((r) => setTimeout(r, 50));
  const left = pending();
  if (left.length) throw new Error(`${page.frame.src}: no fc-load from ${left.map(describe).join(', ')} within ${timeout} ms`);
  await frames(page.win, 2);
}

export function describe(el: Element): string {
  const item = el.getAttribute('item');
  return `<${el.localName}${item ? ` item="${item}"` : ''}>`;
}

export function frames(win: Window = window, n = 1): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left ? win.requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });
}

/** The shadow roots' text and the light DOM text of an element, as a reader meets it. */
export function shownText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

interface AxeResult {
  violations: { id: string; impact?: string; help: string; nodes: { target: unknown[] }[] }[];
}

/** axe-core's WCAG 2.1 A and AA rules on the frame's document, one line per violation. */
export async function axeViolations(page: OpenPage, context: Element | Document = page.doc): Promise<string[]> {
  const w = page.win as FrameWindow & { axe?: { run(c: unknown, o: unknown): Promise<AxeResult> } };
  if (!w.axe) {
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error('axe-core did not load')), { once: true });
    });
    page.doc.head.append(script);
    await loaded;
  }
  const result = await w.axe!.run(context, { runOnly: { type: 'tag', values: WCAG21AA }, resultTypes: ['violations'] });
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => JSON.stringify(n.target))
        .join(', ')}`,
  );
}

export type LayoutShiftEntry = PerformanceEntry & { value: number; hadRecentInput: boolean };

/** The page's layout shifts so far that no input caused. */
export function layoutShiftEntries(page: OpenPage): Promise<LayoutShiftEntry[]> {
  return new Promise((resolve) => {
    const entries: LayoutShiftEntry[] = [];
    const observer = new page.win.PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShiftEntry[]) if (!entry.hadRecentInput) entries.push(entry);
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => {
      observer.disconnect();
      resolve(entries);
    }, 100);
  });
}

/**
 * The sum of the page's layout-shift scores so far: the Cumulative Layout Shift of one session, for
 * what is in the frame's viewport (as for a visitor, who sees only that).
 */
export async function layoutShift(page: OpenPage): Promise<number> {
  const total = (await layoutShiftEntries(page)).reduce((sum, e) => sum + e.value, 0);
  return Math.round(total * 10_000) / 10_000;
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Whether focus on `el` can be seen: an outline or a box shadow drawn for it, on the element, a
 * pseudo-element or a direct child (a tree item that rings its box, say).
 */
export function focusIsVisible(el: Element): boolean {
  const view = el.ownerDocument.defaultView!;
  const drawn = (style: CSSStyleDeclaration) =>
    (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || (style.boxShadow !== 'none' && style.boxShadow !== '');
  if (drawn(view.getComputedStyle(el)) || drawn(view.getComputedStyle(el, '::before')) || drawn(view.getComputedStyle(el, '::after')))
    return true;
  return [...el.children].some((child) => drawn(view.getComputedStyle(child)));
}
