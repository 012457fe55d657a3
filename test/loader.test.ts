// The CDN loader as a page uses it: the built dist/fc-kit.js, plain tags, no build step.
import { expect, waitUntil } from '@open-wc/testing';

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

const loaded = () => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
const doc = {
  fcVersion: 1,
  id: 'd',
  roadmaps: [
    {
      id: 'r',
      title: 'Tiekartta',
      start: '2022',
      end: '2025',
      themes: [{ id: 't', label: 'T' }],
      items: [{ id: 'i', theme: 't', label: 'I', start: '2023' }],
    },
  ],
};

describe('the CDN loader (dist/fc-kit.js)', () => {
  it('defines an element whose tag was on the page before the script ran', async () => {
    const el = document.createElement('fc-roadmap');
    el.setAttribute('lang', 'fi');
    el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(doc) }));
    document.body.append(el);
    await import(LOADER);
    await waitUntil(() => customElements.get('fc-roadmap'), 'fc-roadmap was not defined', { timeout: 5000 });
    await waitUntil(() => el.shadowRoot?.textContent?.includes('Tiekartta'), 'fc-roadmap did not render', { timeout: 5000 });
  });

  it('loads nothing for tags that are not on the page', () => {
    expect(customElements.get('fc-survey-chart')).to.equal(undefined);
    expect(customElements.get('fc-governance-tree')).to.equal(undefined);
    expect(loaded().some((p) => /survey-chart|chartjs/.test(p))).to.equal(false);
  });

  it('defines a tag added later', async () => {
    document.body.append(document.createElement('fc-governance-tree'));
    await waitUntil(() => customElements.get('fc-governance-tree'), 'not defined', { timeout: 5000 });
  });

  it('finds a tag added later inside an open shadow root', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    await new Promise((r) => setTimeout(r, 50));
    root.append(document.createElement('fc-data'));
    await waitUntil(() => customElements.get('fc-data'), 'fc-data in a shadow root was not defined', { timeout: 5000 });
  });

  it('keeps a tag defined by another version, with one warning and no error', async () => {
    class Other extends HTMLElement {
      static fcVersion = '0.0.9';
    }
    customElements.define('fc-network-house', Other);
    document.body.append(document.createElement('fc-network-house'));
    await waitUntil(() => warnings.some((w) => w.includes('<fc-network-house> is already defined (fc-kit 0.0.9)')), 'no warning', {
      timeout: 5000,
    });
    expect(customElements.get('fc-network-house')).to.equal(Other);
  });

  it('does nothing but warn when loaded a second time', async () => {
    await import(`${LOADER}?copy=2`);
    expect(warnings.filter((w) => w.includes('already loaded'))).to.have.length(1);
    expect(errors).to.deep.equal([]);
  });
});
