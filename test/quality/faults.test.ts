/**
 * Faults beyond the core's own tests (packages/core/test/fc-element.test.ts covers 404, 500, not
 * JSON, empty, no server, timeout, retry and an overtaken src with a test element): the same
 * faults in the real elements, an <fc-data> that fails and then recovers for all its children, and
 * 1,000 rounds of adding, moving and removing every element without leaking observers, listeners,
 * intervals or Chart.js charts.
 */
import './support/instrument.js';
import { expect } from '@open-wc/testing';
import { Chart } from 'chart.js';
import { COLLECTIONS, DEFAULT_TIMEOUT_MS } from '@fc-kit/core';
import { counts, live } from './support/instrument.js';
import { ELEMENTS, errorLines, quietConsole, settled, shownText, type FcEl } from './support/kit.js';
import { FULL } from './support/full-documents.js';

const ALL = {
  fcVersion: 1,
  id: 'kaikki',
  ...Object.fromEntries(COLLECTIONS.map((c) => [c, (FULL[c] as Record<string, unknown>)[c]])),
};
const body = encodeURIComponent(JSON.stringify(ALL));
const key = () => `q-${Math.random().toString(36).slice(2)}`;
const hits = async (k: string) => (await fetch(`/__fc/hits/${k}`)).json();
const height = (el: Element) => el.getBoundingClientRect().height;

let quiet: ReturnType<typeof quietConsole>;
beforeEach(() => {
  quiet = quietConsole();
});
afterEach(() => quiet.restore());

describe('loading faults in every element', function () {
  this.timeout(60_000);
  const FAULTS: [string, string, RegExp][] = [
    ['404', '/__fc/status/404', /^Could not load the data \(HTTP 404\): \/__fc\/status\/404$/],
    ['500', '/__fc/status/500', /^Could not load the data \(HTTP 500\)/],
    ['not JSON', '/__fc/html', /^The data is not valid JSON: /],
    ['an empty body', '/__fc/empty', /^The data is empty: \/__fc\/empty$/],
    ['a timeout', '/__fc/slow/5000', /^The data did not arrive within 0\.3 seconds: \/__fc\/slow\/5000$/],
  ];
  for (const tag of ELEMENTS) {
    it(`<${tag}> explains each fault in place, keeps its space, and recovers on retry`, async () => {
      for (const [name, src, message] of FAULTS) {
        const el = document.createElement(tag) as FcEl;
        el.lang = 'en';
        el.setAttribute('timeout', '300');
        el.setAttribute('src', src);
        document.body.append(el);
        await settled(el);
        expect(errorLines(el), `${tag}, ${name}`).to.have.length(1);
        expect(errorLines(el)![0], `${tag}, ${name}`).to.match(message);
        expect(el.shadowRoot!.querySelector('[part~="retry-button"]'), `${tag}, ${name}: retry`).to.exist;
        expect(height(el), `${tag}, ${name}: keeps a placeholder's height`).to.be.at.least(12 * 16 - 1);
        el.remove();
      }
      const k = key();
      const el = document.createElement(tag) as FcEl;
      el.lang = 'en';
      el.setAttribute('src', `/__fc/flaky/2?key=${k}&body=${body}`);
      document.body.append(el);
      await settled(el);
      expect(errorLines(el)![0]).to.contain('HTTP 503');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await settled(el);
      expect(errorLines(el), `${tag} after retry`).to.equal(undefined);
      expect(await hits(k)).to.equal(2);
      el.remove();
    });

    it(`<${tag}> drops a slow response overtaken by a newer src`, async () => {
      const el = document.createElement(tag) as FcEl;
      el.lang = 'en';
      el.setAttribute('src', `/__fc/slow/600?key=${key()}&body=${encodeURIComponent(JSON.stringify({ fcVersion: 1, id: 'vanha' }))}`);
      document.body.append(el);
      await new Promise((r) => setTimeout(r, 50));
      el.setAttribute('src', `/__fc/slow/0?key=${key()}&body=${body}`);
      await settled(el);
      const fresh = shownText(el);
      expect(errorLines(el)).to.equal(undefined);
      await new Promise((r) => setTimeout(r, 800));
      await el.updateComplete;
      // The old document has no items: had it won, the element would say so.
      expect(errorLines(el)).to.equal(undefined);
      expect(shownText(el)).to.equal(fresh);
      el.remove();
    });
  }
});

describe('the default timeout', function () {
  this.timeout(30_000);
  it('is 15 s: a document that takes 2 s still arrives when no timeout is set', async () => {
    expect(DEFAULT_TIMEOUT_MS).to.equal(15_000);
    const el = document.createElement('fc-roadmap') as FcEl;
    el.lang = 'en';
    el.setAttribute('src', `/__fc/slow/2000?key=${key()}&body=${body}`);
    document.body.append(el);
    await settled(el, 10_000);
    expect(errorLines(el)).to.equal(undefined);
    el.remove();
  });
});

describe('<fc-data> that fails, then recovers', function () {
  this.timeout(30_000);
  it('shows the failure in every child and one retry brings them all back, with one more request', async () => {
    const k = key();
    const data = document.createElement('fc-data') as FcEl;
    data.setAttribute('src', `/__fc/flaky/2?key=${k}&body=${body}`);
    data.lang = 'sv';
    const children = ELEMENTS.map((tag) => data.appendChild(document.createElement(tag)) as FcEl);
    document.body.append(data);
    for (const el of children) await settled(el);
    for (const el of children) {
      expect(errorLines(el), el.localName).to.deep.equal(['Det gick inte att hämta data (HTTP 503): ' + data.getAttribute('src')]);
      expect(el.shadowRoot!.querySelector('[part~="retry-button"]')!.textContent!.trim()).to.equal('Försök igen');
    }
    children[2].shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    for (const el of children) {
      const until = performance.now() + 5000;
      while (errorLines(el) && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
      await settled(el);
    }
    expect(children.map((el) => [el.localName, errorLines(el)])).to.deep.equal(children.map((el) => [el.localName, undefined]));
    expect(await hits(k)).to.equal(2);
    data.remove();
  });
});

describe('adding, moving and removing elements 1,000 times', function () {
  this.timeout(300_000);

  const charts = () => Object.keys(Chart.instances).length;

  it('leaves no observer, listener, interval or chart behind', async () => {
    const a = document.createElement('div');
    const b = document.createElement('section');
    b.lang = 'sv';
    document.body.append(a, b);
    const make = () => {
      const els = ELEMENTS.map((tag) => {
        const el = document.createElement(tag) as FcEl;
        el.data = ALL;
        return el;
      });
      const shared = document.createElement('fc-data') as FcEl;
      shared.data = ALL;
      els.push(shared, shared.appendChild(document.createElement('fc-survey-chart')) as FcEl);
      return els;
    };
    const round = async () => {
      const els = make();
      a.append(...els.filter((el) => !el.parentElement));
      for (const el of els) await el.updateComplete;
      b.append(...els.filter((el) => el.parentElement === a));
      for (const el of els) await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      return els;
    };
    // One round first, so that what the kit creates once per page (not per element) exists.
    for (const el of await round()) el.remove();
    await new Promise((r) => setTimeout(r, 50));
    const before = { ...counts(), charts: charts() };
    let rendered = 0;
    let peakCharts = 0;
    const started = performance.now();
    for (let i = 0; i < 1000; i++) {
      const els = await round();
      if (i % 100 === 0) rendered += els.filter((el) => el.localName !== 'fc-data' && shownText(el).length > 0 && !errorLines(el)).length;
      peakCharts = Math.max(peakCharts, charts());
      for (const el of els) el.remove();
    }
    await new Promise((r) => setTimeout(r, 200));
    const after = { ...counts(), charts: charts() };
    console.log(
      `fc-kit leaks: 1,000 rounds in ${((performance.now() - started) / 1000).toFixed(1)} s; before ${JSON.stringify(before)}, after ${JSON.stringify(after)}, peak ${JSON.stringify({ ...live.peak, charts: peakCharts })}`,
    );
    expect(rendered, 'the elements rendered their content in the sampled rounds').to.equal(10 * (ELEMENTS.length + 1));
    expect(live.peak.mutationObservers, "the instrumentation saw the kit's observers").to.be.greaterThan(0);
    expect(peakCharts, 'the survey charts drew Chart.js charts while on the page').to.be.greaterThan(0);
    expect(after).to.deep.equal(before);
    a.remove();
    b.remove();
  });
});

describe('the leak counters (negative control)', () => {
  it('see an observer and a listener that were left behind', () => {
    const before = counts();
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true });
    const onResize = () => {};
    window.addEventListener('resize', onResize);
    expect(counts().mutationObservers).to.equal(before.mutationObservers + 1);
    expect(counts().listeners).to.equal(before.listeners + 1);
    observer.disconnect();
    window.removeEventListener('resize', onResize);
    expect(counts()).to.deep.equal(before);
  });
});
