/**
 * What the React host tests share: every visual element rendered by React 19 with `data` as a
 * prop, updated and unmounted 100 times; the page loaded the kit before (CDN loader or modules).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { VISUAL_ELEMENTS } from '../../packages/fc-kit/src/elements.js';
import { FULL } from '../quality/support/full-documents.js';

type Mount = (container: HTMLElement) => { render(tag: string, props: Record<string, unknown>): void; unmount(): void };
const titleOf = (doc: Record<string, unknown>, collection: string) => {
  const item = (doc[collection] as { title?: unknown; question?: unknown }[])[0];
  const t = (item.title ?? item.question) as string | { fi: string };
  return typeof t === 'string' ? t : t.fi;
};

export function reactHostSuite(how: string, counts?: () => Record<string, number>) {
  describe(`React 19 hosts every element (${how})`, function () {
    this.timeout(120_000);
    let mount: Mount;
    before(async () => {
      ({ mount } = await import(/* @vite-ignore */ '/__bundle/react.js' as string));
    });

    for (const { tag, collection } of VISUAL_ELEMENTS) {
      it(`<${tag}> gets data as a property, updates, and unmounts 100 times without leaking`, async () => {
        const doc = JSON.parse(JSON.stringify(FULL[collection as keyof typeof FULL])) as Record<string, unknown>;
        const container = document.createElement('div');
        document.body.append(container);
        // Once first, so that what the kit creates once per page (not per element) exists.
        const warm = mount(container);
        warm.render(tag, { data: doc, lang: 'fi' });
        await (container.querySelector(tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
        warm.unmount();
        await new Promise((r) => setTimeout(r, 50));
        const before = counts?.();
        const app = mount(container);
        app.render(tag, { data: doc, lang: 'fi' });
        const el = container.querySelector(tag)!;
        expect(el.hasAttribute('data'), 'data is not an attribute').to.equal(false);
        await waitUntil(() => el.shadowRoot?.textContent?.includes(titleOf(doc, collection!)), `<${tag}> did not render its data`, {
          timeout: 8000,
        });
        expect(el.shadowRoot!.querySelector('[part~="error"]'), 'no error').to.equal(null);
        for (let i = 0; i < 100; i++) {
          const next = JSON.parse(JSON.stringify(doc));
          app.render(tag, { data: next, lang: i % 2 ? 'sv' : 'fi' });
          if (i % 10 === 0) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        }
        await new Promise((r) => requestAnimationFrame(r));
        app.unmount();
        for (let i = 0; i < 100; i++) {
          const again = mount(container);
          again.render(tag, { data: doc, lang: 'en' });
          await (container.querySelector(tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          // A frame on the page first: see the report of issue 20 (removal before the first frame).
          await new Promise((r) => requestAnimationFrame(r));
          again.unmount();
        }
        await new Promise((r) => setTimeout(r, 100));
        expect(container.children.length).to.equal(0);
        if (before) expect(counts!(), `<${tag}> left nothing behind`).to.deep.equal(before);
        container.remove();
      });
    }
  });
}
