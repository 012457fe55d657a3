import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { FcData } from '@fc-kit/core';
import './test-element.js';
import type { FcTestView } from './test-element.js';
import { clone, documentOf, survey } from './fixtures.js';
import { captureConsole } from '../../../test/support/console-capture.js';

const shown = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const heading = (el: Element) => el.shadowRoot?.querySelector('h2')?.textContent;
const errorText = (el: Element) => el.shadowRoot?.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const served = (doc: unknown, key = String(Math.random())) => `/__fc/slow/0?key=${key}&body=${encodeURIComponent(JSON.stringify(doc))}`;
const settle = async (el: FcTestView) => {
  await waitUntil(() => !el.shadowRoot?.querySelector('[part="loading"]'), 'still loading', { timeout: 5000 });
  await el.updateComplete;
};

const log = captureConsole();

describe('data sources', () => {
  it('renders from the data property and fires fc-load', async () => {
    const el = document.createElement('fc-test-view');
    el.data = documentOf();
    const loaded = oneEvent(el, 'fc-load');
    document.body.append(el);
    const event = await loaded;
    expect(event.detail).to.deep.equal({ collection: 'surveys', id: 'perhekeskus-toiminnassa' });
    expect(heading(el)).to.equal('Toimiiko alueellanne perhekeskus?');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('renders one item given as data', async () => {
    const el = await fixture<FcTestView>(html`<fc-test-view lang="en" .data=${clone(survey)}></fc-test-view>`);
    expect(shown(el)).to.contain('Kyllä 86%');
  });

  it('renders from inline JSON, and the data property wins over it', async () => {
    const el = await fixture<FcTestView>(html`<fc-test-view>
      <script type="application/json">${JSON.stringify(documentOf())}</script>
    </fc-test-view>`);
    expect(heading(el)).to.equal('Toimiiko alueellanne perhekeskus?');
    el.data = { ...clone(survey), question: 'Omasta datasta' };
    await el.updateComplete;
    expect(heading(el)).to.equal('Omasta datasta');
  });

  it('follows a change of the inline JSON', async () => {
    const el = await fixture<FcTestView>(
      html`<fc-test-view><script type="application/json">${JSON.stringify(survey)}</script></fc-test-view>`,
    );
    el.querySelector('script')!.textContent = JSON.stringify({ ...survey, question: 'Muutettu' });
    await waitUntil(() => heading(el) === 'Muutettu');
  });

  it('explains inline JSON that does not parse', async () => {
    const el = await fixture<FcTestView>(
      html`<fc-test-view lang="en"><script type="application/json">{"fcVersion": 1,</script></fc-test-view>`,
    );
    expect(errorText(el)).to.match(/^⚠ This content could not be shown The data is not valid JSON: /);
  });

  it('loads src, and item picks the item', async () => {
    const el = await fixture<FcTestView>(html`<fc-test-view item="toinen" lang="en" src=${served(documentOf())}></fc-test-view>`);
    await settle(el);
    expect(heading(el)).to.equal('Second question?');
    el.item = 'perhekeskus-toiminnassa';
    await el.updateComplete;
    expect(heading(el)).to.equal('Toimiiko alueellanne perhekeskus?');
  });

  it('says which items exist when item names none', async () => {
    const el = await fixture<FcTestView>(html`<fc-test-view item="ei-ole" lang="en" .data=${documentOf()}></fc-test-view>`);
    expect(errorText(el)).to.contain('there is no item "ei-ole" in "surveys" (there are: perhekeskus-toiminnassa, toinen)');
  });

  it('keeps a placeholder of the same space while loading', async () => {
    const el = await fixture<FcTestView>(html`<fc-test-view lang="fi" src="/__fc/slow/400?body=%7B%7D"></fc-test-view>`);
    const loading = el.shadowRoot!.querySelector('[part="loading"]')!;
    expect(loading.textContent).to.equal('Ladataan…');
    expect(el.getBoundingClientRect().height).to.be.at.least(12 * 16 - 1);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Ladataan…');
  });
});

describe('loading faults', () => {
  const cases: [string, string, RegExp][] = [
    ['404', '/__fc/status/404', /Could not load the data \(HTTP 404\): \/__fc\/status\/404/],
    ['500', '/__fc/status/500', /Could not load the data \(HTTP 500\)/],
    ['not JSON', '/__fc/html', /The data is not valid JSON: /],
    ['an empty body', '/__fc/empty', /The data is empty: \/__fc\/empty/],
    ['no server', 'http://127.0.0.1:9/none.json', /Could not reach the data: http:\/\/127\.0\.0\.1:9\/none\.json/],
    ['a forbidden scheme', 'javascript:alert(1)', /The data address is not allowed/],
  ];
  for (const [name, src, message] of cases) {
    it(`explains ${name}, in place, with an fc-error event`, async () => {
      const el = document.createElement('fc-test-view');
      el.lang = 'en';
      el.src = src;
      const failed = oneEvent(el, 'fc-error');
      document.body.append(el);
      const event = await failed;
      expect(event.detail.message).to.match(message);
      expect(errorText(el)).to.match(message);
      expect(log.lines.join('\n')).to.match(message);
      await expect(el).to.be.accessible();
      el.remove();
    });
  }

  it('gives up after the timeout', async () => {
    const el = await fixture<FcTestView>(html`<fc-test-view lang="en" timeout="200" src="/__fc/slow/3000"></fc-test-view>`);
    await waitUntil(() => errorText(el), 'no error', { timeout: 3000 });
    expect(errorText(el)).to.contain('The data did not arrive within 0.2 seconds: /__fc/slow/3000');
  });

  it('retries when asked and recovers when the server does', async () => {
    const key = `flaky-${Math.random()}`;
    const el = await fixture<FcTestView>(
      html`<fc-test-view lang="sv" src=${`/__fc/flaky/2?key=${key}&body=${encodeURIComponent(JSON.stringify(survey))}`}></fc-test-view>`,
    );
    await waitUntil(() => errorText(el));
    expect(errorText(el)).to.contain('Det gick inte att hämta data (HTTP 503)');
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    expect(retry.textContent).to.equal('Försök igen');
    retry.focus();
    retry.click();
    await waitUntil(() => heading(el) === 'Toimiiko alueellanne perhekeskus?', 'did not recover');
  });

  it('drops a slow response that a newer src overtook', async () => {
    const el = await fixture<FcTestView>(
      html`<fc-test-view src=${`/__fc/slow/500?body=${encodeURIComponent(JSON.stringify({ ...survey, question: 'Vanha' }))}`}></fc-test-view>`,
    );
    el.src = served({ ...survey, question: 'Uusi' });
    await waitUntil(() => heading(el) === 'Uusi');
    await aTimeout(700);
    expect(heading(el)).to.equal('Uusi');
  });
});

describe('validation errors in place', () => {
  it('names the path in the page language and keeps working after a fix', async () => {
    const bad = { ...clone(survey), answers: [{ label: 'Kyllä', count: 'x' }] };
    const el = document.createElement('fc-test-view');
    el.data = bad;
    el.lang = 'fi';
    const failed = oneEvent(el, 'fc-error');
    document.body.append(el);
    const { detail } = await failed;
    expect(detail).to.deep.include({ message: 'odotettiin lukua', path: 'answers[0].count' });
    expect(errorText(el)).to.equal('⚠ Sisältöä ei voitu näyttää answers[0].count: odotettiin lukua');
    expect(el.getBoundingClientRect().height).to.be.at.least(12 * 16 - 1);
    await expect(el).to.be.accessible();
    el.data = clone(survey);
    await el.updateComplete;
    expect(heading(el)).to.equal('Toimiiko alueellanne perhekeskus?');
    el.remove();
  });

  it('catches a failing template instead of throwing', async () => {
    const el = await fixture<FcTestView>(html`<fc-test-view lang="en" .data=${clone(survey)}></fc-test-view>`);
    el.failNextRender = true;
    el.data = { ...clone(survey) };
    await el.updateComplete;
    expect(errorText(el)).to.contain('Could not draw this view: boom');
  });

  it('says so when there is no data at all', async () => {
    const el = await fixture<FcTestView>(html`<fc-test-view lang="en"></fc-test-view>`);
    expect(errorText(el)).to.contain('No data: give src, data or inline JSON, or place the element inside <fc-data>.');
  });
});

describe('languages', () => {
  it("takes the nearest ancestor's lang and follows its change", async () => {
    const wrapper = await fixture(
      html`<div lang="sv"><section><fc-test-view item="toinen" .data=${documentOf()}></fc-test-view></section></div>`,
    );
    const el = wrapper.querySelector('fc-test-view')!;
    await el.updateComplete;
    expect(heading(el)).to.equal('Andra frågan?');
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => heading(el) === 'Second question?');
    el.lang = 'fi';
    await el.updateComplete;
    expect(heading(el)).to.equal('Toinen kysymys?');
  });

  it('falls back to Finnish for a language the kit does not have', async () => {
    const el = await fixture<FcTestView>(html`<fc-test-view lang="de" item="toinen" .data=${documentOf()}></fc-test-view>`);
    expect(heading(el)).to.equal('Toinen kysymys?');
  });

  it('formats numbers for each language', async () => {
    for (const [lang, expected] of [
      ['fi', 'Kyllä 86\u00a0%'],
      ['sv', 'Kyllä 86\u00a0%'],
      ['en', 'Kyllä 86%'],
    ]) {
      const el = await fixture<FcTestView>(html`<fc-test-view lang=${lang} .data=${clone(survey)}></fc-test-view>`);
      expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal(expected);
    }
  });
});

describe('note and source', () => {
  it("credits the item's source, else the document's, with the note, in the reader's language", async () => {
    const doc = documentOf({ source: { title: 'Tilannekatsaus', url: 'https://example.fi/raportti.pdf', date: '2023-05' } });
    const el = await fixture<FcTestView>(html`<fc-test-view lang="sv" .data=${doc}></fc-test-view>`);
    const meta = el.shadowRoot!.querySelector('[part="meta"]')!;
    expect(meta.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Källa: Tilannekatsaus, 2023-05');
    expect(meta.querySelector('a')!.getAttribute('href')).to.equal('https://example.fi/raportti.pdf');
    el.data = { ...clone(survey), note: { fi: 'Luvut lähteestä.', en: 'Figures from the source.' }, source: { title: 'Oma' } };
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Note: Figures from the source. Source: Oma',
    );
  });
});

describe('events', () => {
  it('fires fc-select, bubbling and composed, from a keyboard press', async () => {
    const wrapper = await fixture(html`<div><fc-test-view .data=${clone(survey)}></fc-test-view></div>`);
    const el = wrapper.querySelector('fc-test-view')!;
    await el.updateComplete;
    const selected = oneEvent(wrapper, 'fc-select');
    const button = el.shadowRoot!.querySelector('button')!;
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    button.click();
    const { detail } = await selected;
    expect(detail).to.deep.equal({ kind: 'answer', id: '0', item: { label: 'Kyllä', count: 18 } });
  });
});

describe('<fc-data>', () => {
  it('shares one request among many elements', async () => {
    const key = `shared-${Math.random()}`;
    const wrapper = await fixture(html`<fc-data src=${served(documentOf(), key)}>
      <fc-test-view></fc-test-view>
      <div><fc-test-view item="toinen" lang="en"></fc-test-view></div>
      <fc-test-view item="toinen" lang="sv"></fc-test-view>
    </fc-data>`);
    const views = [...wrapper.querySelectorAll('fc-test-view')];
    for (const v of views) await settle(v);
    expect(views.map(heading)).to.deep.equal(['Toimiiko alueellanne perhekeskus?', 'Second question?', 'Andra frågan?']);
    const hits = await (await fetch(`/__fc/hits/${key}`)).json();
    expect(hits).to.equal(1);
  });

  it("lets an element's own source win over <fc-data>", async () => {
    const wrapper = await fixture(
      html`<fc-data .data=${documentOf()}><fc-test-view .data=${{ ...survey, question: 'Oma' }}></fc-test-view></fc-data>`,
    );
    const el = wrapper.querySelector('fc-test-view')!;
    await el.updateComplete;
    expect(heading(el)).to.equal('Oma');
  });

  it('works when the children upgrade before <fc-data>', async () => {
    const wrapper = await fixture(html`<fc-data-late><fc-test-view item="toinen" lang="en"></fc-test-view></fc-data-late>`);
    const el = wrapper.querySelector('fc-test-view')!;
    await el.updateComplete;
    (wrapper as FcData).data = documentOf();
    customElements.define('fc-data-late', class extends FcData {});
    await waitUntil(() => heading(el) === 'Second question?', 'the late provider was not found');
  });

  it('shows its load error in every element inside, with a retry', async () => {
    const wrapper = await fixture(
      html`<fc-data src="/__fc/status/500" lang="en"><fc-test-view></fc-test-view><fc-test-view></fc-test-view></fc-data>`,
    );
    const views = [...wrapper.querySelectorAll('fc-test-view')];
    await waitUntil(() => views.every((v) => errorText(v)));
    for (const v of views) {
      expect(errorText(v)).to.contain('Could not load the data (HTTP 500)');
      expect(v.shadowRoot!.querySelector('[part="retry-button"]')).to.exist;
    }
  });
});
