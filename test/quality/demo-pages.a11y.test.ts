/**
 * axe (WCAG 2.1 A and AA rules) on every demo page (demo/**.html, found, not listed), loaded in a
 * frame as a visitor would see it: the built kit from /dist/, data from /data/, every element
 * settled. Also: no uncaught error on the page.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { axeViolations } from './support/axe.js';

const pages = (
  (await executeServerCommand<string[], { dir: string; suffix: string; recursive: boolean }>('fc-list-files', {
    dir: 'demo',
    suffix: '.html',
    recursive: true,
  })) ?? []
).map((f) => `/demo/${f}`);

async function open(src: string, width: number) {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.title = src;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __errors?: string[] };
  win.__errors = [];
  win.addEventListener('error', (e) => win.__errors!.push(e.message));
  win.addEventListener('unhandledrejection', (e) => win.__errors!.push(String(e.reason)));
  const doc = frame.contentDocument!;
  const els = () =>
    [...doc.querySelectorAll('*')].filter((e) => e.localName.startsWith('fc-') && e.localName !== 'fc-data') as (HTMLElement & {
      hasUpdated?: boolean;
    })[];
  const until = performance.now() + 20_000;
  while (
    performance.now() < until &&
    !els().every((e) => e.hasUpdated && e.shadowRoot && !e.shadowRoot.querySelector('[part~="loading"]'))
  ) {
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 300));
  return { frame, win, doc, elements: els() };
}

describe('axe on every demo page', function () {
  this.timeout(120_000);

  it('finds the demo pages', () => {
    expect(pages.length).to.be.greaterThan(0);
  });

  for (const page of pages) {
    for (const width of [1280, 320]) {
      it(`${page} at ${width} px: 0 violations, every element rendered, no uncaught error${width === 320 ? ', no sideways scroll' : ''}`, async () => {
        const { frame, win, doc, elements } = await open(page, width);
        const loading = elements.filter((e) => !e.hasUpdated || e.shadowRoot?.querySelector('[part~="loading"]')).map((e) => e.localName);
        expect(loading, 'elements still loading').to.deep.equal([]);
        const violations = await axeViolations(doc, win);
        expect(violations, `${page}:\n  ${violations.join('\n  ')}`).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
        if (width === 320) expect(doc.documentElement.scrollWidth, `${page} scrolls sideways at 320 px`).to.be.at.most(320);
        frame.remove();
      });
    }
  }
});
