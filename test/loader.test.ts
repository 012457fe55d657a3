// The CDN loader as a page uses it: the built dist/fc-kit.js, plain tags, no build step.
import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENTS } from '../packages/fc-kit/src/elements.js';

const LOADER = '/packages/fc-kit/dist/fc-kit.js';
const errors: unknown[] = [];
const warnings: string[] = [];
window.addEventListener('error', (e) => errors.push(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => errors.push(e.reason));
const originalWarn = console.warn;
console.warn = (...args: unknown[]) => {
  warnings.push(args.map(String).join(' '));
  originalWarn(...args);
};

type FcEl = HTMLElement & { data?: unknown; updateComplete?: Promise<unknown> };
const loaded = () => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
const roadmapDoc = (title = 'Tiekartta') => ({
  fcVersion: 1,
  id: 'd',
  roadmaps: [
    {
      id: 'r',
      title,
      start: '2022',
      end: '2025',
      themes: [{ id: 't', label: 'T' }],
      items: [{ id: 'i', theme: 't', label: 'I', start: '2023' }],
    },
  ],
});
const shows = (el: Element, text: string) =>
  waitUntil(() => el.shadowRoot?.textContent?.includes(text), `<${el.localName}> did not show "${text}"`, { timeout: 5000 });

// Another version of the kit defined one tag before this copy loaded: that one is kept.
class Other extends HTMLElement {
  static fcVersion = '0.0.9';
}
customElements.define('fc-network-house', Other);

// A tag that was on the page before the script ran.
const early = document.createElement('fc-roadmap');
early.setAttribute('lang', 'fi');
early.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(roadmapDoc()) }));
document.body.append(early);

describe('the CDN loader (dist/fc-kit.js)', () => {
  before(async () => {
    await import(LOADER);
  });

  it('defines every fc-* tag at once, each with a data property', () => {
    for (const { tag } of ELEMENTS) {
      expect(customElements.get(tag), tag).to.exist;
      if (tag !== 'fc-network-house') expect('data' in document.createElement(tag), `${tag} has data`).to.equal(true);
    }
  });

  it('keeps a tag defined by another version, with one warning', () => {
    expect(customElements.get('fc-network-house')).to.equal(Other);
    expect(warnings.filter((w) => w.includes('<fc-network-house> is already defined (fc-kit 0.0.9)'))).to.have.length(1);
  });

  it('renders a tag that was on the page before the script ran', async () => {
    await shows(early, 'Tiekartta');
  });

  it('loads no element code for tags that are not on the page (no Chart.js without a survey)', () => {
    document.createElement('fc-survey-chart');
    expect(loaded().some((p) => /survey-chart|chart/.test(p))).to.equal(false);
    expect(loaded().some((p) => /governance-tree/.test(p))).to.equal(false);
  });

  it('takes data set as a property before the code loaded, as React 19 and Vue 3 do', async () => {
    // A framework creates the element, sets its properties, then inserts it.
    const el = document.createElement('fc-governance-tree') as FcEl;
    el.data = {
      fcVersion: 1,
      id: 'g',
      governance: [
        { id: 'g', title: 'Johtamisrakenne', levels: [{ id: 'l', label: 'Taso' }], root: { id: 'r', label: 'Juuri', level: 'l' } },
      ],
    };
    el.lang = 'fi';
    expect(el.hasAttribute('data')).to.equal(false);
    document.body.append(el);
    await shows(el, 'Johtamisrakenne');
    el.data = {
      ...(el.data as object),
      governance: [{ id: 'g', title: 'Uusi', levels: [{ id: 'l', label: 'Taso' }], root: { id: 'r', label: 'Juuri', level: 'l' } }],
    };
    await shows(el, 'Uusi');
    expect(el).to.be.instanceOf(customElements.get('fc-governance-tree')!);
    el.remove();
  });

  it('loads Chart.js with the first survey', async () => {
    const el = document.createElement('fc-survey-chart') as FcEl;
    el.data = { id: 's', question: 'Kysymys?', n: 2, type: 'single', answers: [{ label: 'Kyllä', count: 2 }] };
    document.body.append(el);
    await shows(el, 'Kysymys?');
    expect(loaded().some((p) => /chart/.test(p))).to.equal(true);
    el.remove();
  });

  it('renders a tag added later inside an open shadow root', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    await new Promise((r) => setTimeout(r, 50));
    const el = document.createElement('fc-roadmap');
    el.append(
      Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(roadmapDoc('Varjossa')) }),
    );
    root.append(el);
    await shows(el, 'Varjossa');
    host.remove();
  });

  it('renders a tag inside a closed shadow root, and in a component defined after the loader', async () => {
    const inClosed: Element[] = [];
    class LateHost extends HTMLElement {
      constructor() {
        super();
        const root = this.attachShadow({ mode: 'closed' });
        const el = document.createElement('fc-roadmap');
        el.setAttribute('lang', 'sv');
        el.append(
          Object.assign(document.createElement('script'), {
            type: 'application/json',
            textContent: JSON.stringify(roadmapDoc('Suljettu')),
          }),
        );
        root.append(el);
        inClosed.push(el);
      }
    }
    customElements.define('late-host', LateHost);
    document.body.append(document.createElement('late-host'));
    await shows(inClosed[0], 'Suljettu');
    document.querySelector('late-host')!.remove();
  });

  it('follows a lang change inside a shadow root, and a move under another lang', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('div');
    wrapper.setAttribute('lang', 'fi');
    const el = document.createElement('fc-roadmap') as FcEl;
    el.data = roadmapDoc();
    wrapper.append(el);
    root.append(wrapper);
    document.body.append(host);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="title"]'), 'no title', { timeout: 5000 });
    const said = () => el.shadowRoot!.textContent!;
    const finnish = said();
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => said() !== finnish, 'did not follow lang="en" inside the shadow root', { timeout: 3000 });
    const english = said();
    const swedish = document.createElement('div');
    swedish.setAttribute('lang', 'sv');
    root.append(swedish);
    swedish.append(el);
    await waitUntil(() => said() !== english && said() !== finnish, 'did not follow a move under lang="sv"', { timeout: 3000 });
    host.remove();
  });

  it('does nothing but warn when loaded a second time', async () => {
    await import(`${LOADER}?copy=2`);
    expect(warnings.filter((w) => w.includes('already loaded'))).to.have.length(1);
    expect(errors).to.deep.equal([]);
  });
});
