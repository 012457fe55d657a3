/**
 * How the element tests put an element on the page, written once: a host of a given width in a
 * county site's sans-serif, the element with its `lang`, attributes and document (or address),
 * then wait until it has loaded or failed (`fc-load`/`fc-error`) and its updates are done. The
 * console is captured for each test. Each element passes its own `settle` (what "drawn" means
 * for it: measured and laid out again, the chart drawn, …).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { linesMatch } from '../corpus/match-lines.mjs';
import { captureConsole } from './console-capture.js';
import { exampleInput, exampleTitle, type Example } from './examples.js';

export interface RenderOptions {
  lang?: string;
  /** The host's CSS width. */
  width?: string;
  /** Attributes on the element; a string is `name=value` pairs separated by spaces. */
  attrs?: Record<string, string> | string;
  /** An address to load instead of `data`. */
  src?: string;
  /** This render's own wait, instead of the fixture's. */
  settle?: (el: any) => Promise<unknown>;
}

type FcElement = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

const attributesOf = (attrs: RenderOptions['attrs']) =>
  typeof attrs === 'string'
    ? attrs
        .split(' ')
        .filter(Boolean)
        .map((a) => a.split('=') as [string, string?])
    : Object.entries(attrs ?? {});

/** Until the element has said it loaded or failed: a `src` is fetched, a document is checked at once. */
function loadedOrFailed(el: HTMLElement, timeout: number) {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      el.removeEventListener('fc-load', done);
      el.removeEventListener('fc-error', done);
      resolve();
    };
    // The settle that follows waits for what the element shows; the timeout only keeps a lost event from hanging the test.
    const timer = setTimeout(done, timeout);
    el.addEventListener('fc-load', done);
    el.addEventListener('fc-error', done);
  });
}

/** Call once at the top of an element's test file. */
export function elementFixture<E extends FcElement>(
  tag: string,
  { settle, width = '1100px', font = true }: { settle: (el: E) => Promise<unknown>; width?: string; font?: boolean },
) {
  const log = captureConsole();

  async function render(data: unknown, { lang = 'fi', width: w = width, attrs, src, settle: own }: RenderOptions = {}): Promise<E> {
    const host = await fixture<HTMLDivElement>(html`<div class="host"></div>`);
    host.style.width = w;
    // A sans-serif as on county sites: wider than the browser's default serif.
    if (font) host.style.font = '16px system-ui, sans-serif';
    const el = document.createElement(tag) as E;
    if (lang) el.lang = lang;
    for (const [k, v] of attributesOf(attrs)) el.setAttribute(k, v ?? '');
    const loaded = src ? loadedOrFailed(el, 5000) : undefined;
    if (src) el.setAttribute('src', src);
    else el.data = data;
    host.append(el);
    await loaded;
    await (own ?? settle)(el);
    return el;
  }

  /** An example from the element's examples.ts, put on the page as its story puts it. */
  function renderExample(example: Example, options: RenderOptions = {}): Promise<E> {
    const { data, src } = exampleInput(example);
    return render(data, {
      lang: example.lang ?? 'fi',
      width: example.width ? `${example.width}px` : width,
      attrs: example.attributes,
      src,
      ...options,
    });
  }

  return { render, renderExample, log };
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Text a reader sees in the element, nested shadow roots included. */
function shownText(root: ShadowRoot): string {
  return squash([root.textContent, ...[...root.querySelectorAll('*')].map((e) => (e.shadowRoot ? shownText(e.shadowRoot) : ''))].join(' '));
}

/**
 * One test per example: a valid one shows its title and logs no error; an error one shows its
 * lines in place (an error example with `expect: []` only has to show the error box).
 */
export function describeExamples<E extends FcElement>(
  examples: readonly Example[],
  { collection, renderExample, log }: { collection: string; renderExample: (example: Example) => Promise<E>; log: { errors: string[] } },
) {
  describe('every example (examples.ts, the stories)', () => {
    for (const example of examples) {
      const expected = example.expect;
      it(`${example.name}${example.hidden ? ' (test only)' : ''}: ${expected ? 'shows its error in place' : 'shows its title, logs no error'}`, async () => {
        const el = await renderExample(example);
        const box = el.shadowRoot!.querySelector('[part~="error"]');
        const lines = box ? [...box.querySelectorAll('li')].map((li) => squash(li.textContent)) : [];
        if (expected) {
          expect(box, 'the error box').to.not.equal(null);
          if (expected.length)
            expect(linesMatch(lines, expected), `shows ${JSON.stringify(lines)}, expected ${JSON.stringify(expected)}`).to.equal(true);
          return;
        }
        expect(box, `shows an error: ${squash(box?.textContent)}`).to.equal(null);
        const title = exampleTitle(example, collection);
        expect(title, 'the example has a title').to.be.a('string');
        expect(shownText(el.shadowRoot!)).to.include(squash(title));
        expect(log.errors, 'console errors').to.deep.equal([]);
      });
    }
  });
}
