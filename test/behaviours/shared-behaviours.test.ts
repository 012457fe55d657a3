/**
 * What every element does the same way because it comes from one place in the core: the title's
 * level from `heading-level`, a text shown in a fallback language marked with its `lang`, and the
 * details panel that Escape closes without closing a dialog around the element.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/governance-tree/src/define.js';
import '../../packages/network-house/src/define.js';
import '../../packages/roadmap/src/define.js';
import '../../packages/survey-chart/src/define.js';
import { house, roadmap, survey, tree } from '../../packages/core/test/fixtures.js';

interface Case {
  tag: string;
  collection: string;
  item: Record<string, unknown>;
  /** The item's title field (the survey's is its question). */
  titleKey: string;
  /** What a reader clicks to open details; none: the element has no details panel. */
  opener?: string;
  /** How many levels below the title the details heading is (the roadmap's lanes are in between). */
  detailsDepth?: number;
}

const CASES: Case[] = [
  { tag: 'fc-governance-tree', collection: 'governance', item: tree, titleKey: 'title', opener: 'li[role="treeitem"]' },
  { tag: 'fc-network-house', collection: 'houses', item: house, titleKey: 'title', opener: '.nh-room' },
  { tag: 'fc-roadmap', collection: 'roadmaps', item: roadmap, titleKey: 'title', opener: '.rm-button', detailsDepth: 2 },
  { tag: 'fc-survey-chart', collection: 'surveys', item: survey, titleKey: 'question' },
];

const copy = <T>(x: T): T => structuredClone(x);
const root = (el: HTMLElement) => el.shadowRoot!;
const q = (el: HTMLElement, s: string) => root(el).querySelector<HTMLElement>(s);

let page: HTMLElement;
beforeEach(() => {
  page = document.createElement('div');
  page.style.width = '1000px';
  document.body.append(page);
});
afterEach(() => page.remove());

async function show(
  c: Case,
  { item = c.item, attrs = {}, into = page }: { item?: Record<string, unknown>; attrs?: Record<string, string>; into?: HTMLElement } = {},
) {
  const el = document.createElement(c.tag) as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = { fcVersion: 1, id: 'yhteiset', [c.collection]: [item] };
  into.append(el);
  await waitUntil(() => q(el, '[part="title"]'), `${c.tag} did not render its title`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** The details panel is open: rendered and not hidden (the house keeps an empty, hidden one). */
const detailsOpen = (el: HTMLElement) => {
  const panel = q(el, '[part="details"]');
  return !!panel && !panel.hidden;
};

for (const c of CASES) {
  describe(`<${c.tag}>`, () => {
    it('takes its title level from heading-level', async () => {
      const el = await show(c, { attrs: { 'heading-level': '4' } });
      expect(q(el, '[part="title"]')!.localName).to.equal('h4');
      el.setAttribute('heading-level', '1');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(q(el, '[part="title"]')!.localName).to.equal('h1');
    });

    it('marks a text shown in a fallback language with that lang', async () => {
      const item = { ...copy(c.item), [c.titleKey]: { fi: 'Vain suomeksi' } };
      const el = await show(c, { item, attrs: { lang: 'sv' } });
      const marked = q(el, '[part="title"] [lang]');
      expect(marked?.getAttribute('lang')).to.equal('fi');
      expect(marked?.textContent).to.equal('Vain suomeksi');
      // In the reader's own language, nothing is marked.
      el.setAttribute('lang', 'fi');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(q(el, '[part="title"] [lang]')).to.equal(null);
      expect(q(el, '[part="title"]')!.textContent!.trim()).to.equal('Vain suomeksi');
    });

    if (c.opener) {
      it('Escape inside an open <dialog> closes only the details, and focus returns to the opener', async () => {
        const dialog = document.createElement('dialog');
        page.append(dialog);
        dialog.showModal();
        const el = await show(c, { into: dialog, attrs: { 'heading-level': '2' } });
        const opener = q(el, c.opener!)!;
        opener.click();
        await waitUntil(() => detailsOpen(el), 'the details did not open');
        // Focus is on the panel's heading, below the title (h2 here).
        const active = root(el).activeElement as HTMLElement;
        expect(active.classList.contains('fc-details__title')).to.equal(true);
        expect(active.localName).to.equal(`h${2 + (c.detailsDepth ?? 1)}`);

        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !detailsOpen(el), 'Escape did not close the details');
        expect(dialog.open, 'the dialog stays open').to.equal(true);
        expect(root(el).activeElement).to.equal(q(el, c.opener!));

        // With nothing open, Escape is the dialog's again.
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !dialog.open, 'the second Escape did not close the dialog');
      });

      it('has one close button, the shared one', async () => {
        const el = await show(c, { attrs: { lang: 'en' } });
        q(el, c.opener!)!.click();
        await waitUntil(() => detailsOpen(el), 'the details did not open');
        const close = root(el).querySelectorAll<HTMLButtonElement>('[part="details"] .fc-details__close');
        expect(close).to.have.length(1);
        expect(close[0].classList.contains('fc-button')).to.equal(true);
        expect(close[0].textContent!.trim()).to.equal('Close details');
        close[0].click();
        await waitUntil(() => !detailsOpen(el), 'the close button did not close the details');
        expect(root(el).activeElement).to.equal(q(el, c.opener!));
      });
    }
  });
}
