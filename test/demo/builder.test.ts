/**
 * The embed builder (demo/builder/) end to end, as an editor uses it: pick a bundled document, an
 * element, an item, a language and a theme; the preview renders; the snippet is exactly the code
 * to paste; a broken document lists every problem with its path in the interface language; the
 * copy button copies (or selects, when it cannot); and it all works by keyboard, axe-clean, at
 * 320 px, under the builder's own strict CSP.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, deepActiveElement, focusIsVisible, frames, openPage, type OpenPage } from './support/page-frame.js';
import { latestOnly, readDocument } from '../../demo/builder/intake.js';
import { VERSION, VISUAL_ELEMENTS } from '../../demo/builder/kit.js';
import { availableCollections, currentEmbed, initialState, kitScriptUrl, settleChoices, tagFor } from '../../demo/builder/state.js';
import { dataText, t } from '../../demo/builder/text.js';
import { buildSnippet } from '../../demo/builder/snippet.js';
import { kuntaliittoTilannekatsaus } from '@fc-kit/datasets';

const BROKEN = {
  fcVersion: 1,
  id: 'rikki',
  surveys: [
    {
      id: 's',
      question: 'Q',
      n: '21',
      type: 'single',
      answers: [
        { label: 'Kyllä', count: 18 },
        { label: 'Ei', count: -3 },
      ],
    },
    {
      id: 't',
      question: 'R',
      n: 21,
      type: 'single',
      answers: [
        { label: 'Kyllä', count: 18 },
        { label: 'Ei', count: 2 },
      ],
    },
  ],
};
/** The kit's messages for BROKEN (the validator CLI prints the same), each after the field in words. */
const BROKEN_PROBLEMS = {
  fi: [
    'kysely 1 › vastaajia (N) (surveys[0].n): odotettiin lukua',
    'kysely 1 › vastaus 2 › määrä (surveys[0].answers[1].count): pienin sallittu arvo on 0',
    'kysely 2 › vastaukset (surveys[1].answers): määrät ovat yhteensä 20, mutta n = 21',
  ],
  sv: [
    'enkät 1 › svarande (N) (surveys[0].n): förväntade ett tal',
    'enkät 1 › svar 2 › antal (surveys[0].answers[1].count): minsta tillåtna värde är 0',
    'enkät 2 › svaren (surveys[1].answers): antalen blir sammanlagt 20, men n = 21',
  ],
  en: [
    'survey 1 › respondents (N) (surveys[0].n): expected a number',
    'survey 1 › answer 2 › count (surveys[0].answers[1].count): must be at least 0',
    'survey 2 › answers (surveys[1].answers): counts add up to 20, but n = 21',
  ],
};

type ClipboardWindow = Window & { navigator: Navigator };

class Builder {
  constructor(readonly page: OpenPage) {}

  static async open(query = '?lang=fi', width = 1280): Promise<Builder> {
    // A draft left by the editors' tests would open instead of the first bundled document.
    localStorage.removeItem('fc-kit-builder-draft');
    const page = await openPage(`/demo/builder/${query}`, { width, height: 1200, settle: false });
    const b = new Builder(page);
    await b.until(() => page.doc.documentElement.dataset.builderReady === 'true', 'the builder started');
    await b.previewLoaded();
    // On this computer the snippet names the published kit on a CDN (the editors' tests check
    // that): these tests paste snippets into pages served here, so they name the kit served here,
    // (the data is inside the code by default; a test that wants a link says so: `linkData()`).
    const script = b.$<HTMLInputElement>('#script');
    script.value = `${location.origin}/dist/fc-kit.js`;
    script.dispatchEvent(new Event('input', { bubbles: true }));
    return b;
  }

  async linkData() {
    await this.click('input[name="delivery"][value="src"]');
  }

  $<T extends HTMLElement = HTMLElement>(selector: string): T {
    const el = this.page.doc.querySelector<T>(selector);
    if (!el) throw new Error(`no ${selector} in the builder`);
    return el;
  }

  async until(check: () => unknown, what: string, timeout = 10_000) {
    const end = performance.now() + timeout;
    while (!check()) {
      if (performance.now() > end) throw new Error(`timed out: ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async choose(selector: string, value: string) {
    const select = this.$<HTMLSelectElement>(selector);
    expect(
      [...select.options].map((o) => o.value),
      `${selector} offers ${value}`,
    ).to.include(value);
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await frames(this.page.win, 1);
  }

  async click(selector: string) {
    this.$(selector).click();
    await frames(this.page.win, 1);
  }

  options(selector: string) {
    return [...this.$<HTMLSelectElement>(selector).options].map((o) => ({ value: o.value, label: o.textContent ?? '' }));
  }

  get preview(): HTMLElement | null {
    return this.page.doc.querySelector<HTMLElement>('#preview > *');
  }

  /** Waits for the preview element now on screen to fire fc-load. */
  async previewLoaded() {
    await this.until(() => this.preview && this.page.log.loaded.has(this.preview), 'the preview fired fc-load');
  }

  get snippet() {
    return this.$<HTMLTextAreaElement>('#snippet').value;
  }

  problems() {
    return [...this.page.doc.querySelectorAll('#problems li')].map((li) => li.textContent ?? '');
  }

  async paste(text: string) {
    await this.click('input[name="source"][value="paste"]');
    const area = this.$<HTMLTextAreaElement>('#paste');
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 350));
    await frames(this.page.win, 1);
  }
}

const KUNTALIITTO_SV_LAAJA_NOTE = (kuntaliittoTilannekatsaus.surveys.find((x) => x.id === 'laaja-sisote-ryhma')!.note as { sv: string }).sv;
const KUNTALIITTO_SV_LAAJA = (origin: string) =>
  [
    `<script type="module" src="${origin}/dist/fc-kit.js"></script>`,
    `<fc-survey-chart src="${origin}/data/kuntaliitto-tilannekatsaus.json" item="laaja-sisote-ryhma" lang="sv">`,
    // The fallback content is the kit's text version of the figure (fc-kit/src/text-version.ts).
    '  <h2>Finns det en bred samarbetsgrupp för bildnings-, social- och hälsovårdstjänster (sisote) i ert område?</h2>',
    '  <p>N = 21 (21 svarande)</p>',
    '  <table>',
    '    <thead>',
    '      <tr><th scope="col">Svar</th><th scope="col">Antal</th><th scope="col">Andel av svarande</th></tr>',
    '    </thead>',
    '    <tbody>',
    '      <tr><th scope="row">Ja</th><td>8</td><td>38\u00a0%</td></tr>',
    '      <tr><th scope="row">Nej</th><td>13</td><td>62\u00a0%</td></tr>',
    '      <tr><th scope="row">Svarande (N)</th><td>21</td><td></td></tr>',
    '    </tbody>',
    '  </table>',
    `  <p><strong>Anmärkning:</strong> ${KUNTALIITTO_SV_LAAJA_NOTE}</p>`,
    '  <p><strong>Källa:</strong> Tilannekatsaus alueellisista sivistys- ja sote-palvelujen yhteistyöryhmistä ja perhekeskuksista</p>',
    '</fc-survey-chart>',
    '',
  ].join('\n');

describe('embed builder', function () {
  this.timeout(90_000);

  it('offers every bundled document and, for each, only the elements its collections have', async () => {
    const b = await Builder.open();
    try {
      expect(b.options('#dataset').map((o) => o.value)).to.deep.equal([
        'etela-pohjanmaa',
        'kuntaliitto-tilannekatsaus',
        'pohjois-pohjanmaa',
        'thl-perhekeskus',
      ]);
      // The first document is loaded and checked straight away.
      expect(b.$('#check-summary').textContent).to.equal(
        'Aineisto on kunnossa: johtamisrakenteita 1, taloja 1, tiekarttoja 1, taulukoita 2, palvelupolkuja 1, korttisarjoja 2.',
      );
      expect(b.options('#element').map((o) => o.value)).to.deep.equal(['governance', 'houses', 'roadmaps', 'matrices', 'paths', 'cards']);
      await b.choose('#dataset', 'kuntaliitto-tilannekatsaus');
      await b.until(
        () => b.$('#check-summary').textContent === 'Aineisto on kunnossa: johtamisrakenteita 1, kyselyjä 4, taulukoita 1.',
        'the Kuntaliitto document was checked',
      );
      expect(b.options('#element')).to.deep.equal([
        { value: 'governance', label: 'Johtamisrakenne <fc-governance-tree>' },
        { value: 'surveys', label: 'Kyselykuvio <fc-survey-chart>' },
        { value: 'matrices', label: 'Taulukko <fc-matrix>' },
      ]);
      await b.choose('#dataset', 'thl-perhekeskus');
      await b.until(
        () =>
          b
            .options('#element')
            .map((o) => o.value)
            .join() === 'governance,houses,cards',
        'the THL document was checked',
      );
      expect(b.page.doc.querySelector('#problems-box')!.hasAttribute('hidden')).to.equal(true);
    } finally {
      b.page.close();
    }
  });

  it('dataset → element → item → language: the preview renders and the snippet is exactly the code to paste', async () => {
    const b = await Builder.open();
    const origin = location.origin;
    try {
      await b.linkData();
      await b.choose('#dataset', 'kuntaliitto-tilannekatsaus');
      await b.until(() => b.options('#element').some((o) => o.value === 'surveys'), 'surveys offered');
      await b.choose('#element', 'surveys');
      expect(b.options('#item').map((o) => o.label.split(' – ')[0])).to.deep.equal([
        'perhekeskus-toiminnassa',
        'perhekeskuksen-toiminta',
        'oppilashuolto-puheenjohtaja',
        'laaja-sisote-ryhma',
      ]);
      await b.choose('#item', '3');
      await b.choose('#lang', 'sv');
      await b.previewLoaded();
      const preview = b.preview!;
      expect(preview.localName).to.equal('fc-survey-chart');
      expect(preview.getAttribute('item')).to.equal('laaja-sisote-ryhma');
      expect(preview.getAttribute('lang')).to.equal('sv');
      expect(preview.shadowRoot!.textContent).to.contain('Finns det en bred samarbetsgrupp');
      await b.until(() => b.$('#preview-status').textContent === 'Esikatselu on valmis.', 'the preview status says ready');
      expect(b.snippet).to.equal(KUNTALIITTO_SV_LAAJA(origin));
      expect(b.page.log.csp, 'no CSP violation in the builder').to.deep.equal([]);
      expect(b.page.log.errors).to.deep.equal([]);
    } finally {
      b.page.close();
    }
  });

  it('a theme adds the county theme file to the snippet and to the preview; inline delivery embeds the one item', async () => {
    const b = await Builder.open('?lang=en');
    try {
      await b.choose('#item', '0');
      await b.choose('#element', 'roadmaps');
      await b.choose('#lang', 'en');
      await b.choose('#theme', 'etela-pohjanmaa');
      await b.until(() => b.snippet.startsWith('<style>'), 'the theme reached the snippet');
      const css = await (await fetch('/demo/themes/etela-pohjanmaa.css')).text();
      expect(
        b.snippet.startsWith(`<style>\n${css.trim()}\n</style>\n<script type="module" src="${location.origin}/dist/fc-kit.js"></script>\n`),
      ).to.equal(true);
      await b.previewLoaded();
      await b.until(
        () => b.page.win.getComputedStyle(b.preview!).getPropertyValue('--fc-color-accent').trim() === '#00573f',
        'the preview wears the theme',
      );

      await b.click('input[name="delivery"][value="inline"]');
      const lines = b.snippet.split('\n');
      const tagLine = lines.find((l) => l.startsWith('<fc-roadmap'))!;
      expect(tagLine).to.equal('<fc-roadmap item="etela-pohjanmaa-2022-2025" lang="en">');
      const json = b.snippet.slice(b.snippet.indexOf('<script type="application/json">') + 32, b.snippet.indexOf('  </script>'));
      const embedded = JSON.parse(json);
      const full = await (await fetch('/data/etela-pohjanmaa.json')).json();
      expect(embedded).to.deep.equal({ fcVersion: 1, id: full.id, title: full.title, source: full.source, roadmaps: [full.roadmaps[0]] });
      expect(lines).to.include('  <h2>Preliminary roadmap</h2>');
      expect(lines).to.include('  <h3>Leadership, organisation, structures and service network</h3>');
      expect(lines.at(-3)).to.equal('  <p><strong>Source:</strong> Etelä-Pohjanmaan hyvinvointialueen perhekeskuskonsepti, 2021</p>');
      expect(b.page.doc.querySelector('#src-field')!.hasAttribute('hidden')).to.equal(true);
      expect(b.page.log.csp, 'the theme is a stylesheet, allowed by the builder’s own CSP').to.deep.equal([]);
    } finally {
      b.page.close();
    }
  });

  it('a broken document: every problem with its path, in the interface language, and the preview shows the error', async () => {
    const b = await Builder.open('?lang=fi');
    try {
      await b.paste(JSON.stringify(BROKEN, null, 2));
      await b.until(() => b.problems().length === 3, 'three problems listed');
      expect(b.problems()).to.deep.equal(BROKEN_PROBLEMS.fi);
      expect(b.$('#check-summary').textContent).to.equal(
        'Aineistossa on 3 ongelmaa. Korjaa ne JSON-tiedostoon; kuvio näyttää muut kohteet.',
      );
      expect(b.options('#item').map((o) => o.label)).to.deep.equal(['s – Q (virheellinen)', 't – R (virheellinen)']);
      await b.until(() => b.preview?.shadowRoot?.querySelector('[part~="error"]'), 'the preview shows the error');
      expect(b.preview!.shadowRoot!.textContent).to.contain('surveys[0].n');

      await b.choose('#ui-lang', 'sv');
      expect(b.page.doc.documentElement.lang).to.equal('sv');
      expect(b.problems()).to.deep.equal(BROKEN_PROBLEMS.sv);
      expect(b.$('h1').textContent).to.equal('Gör en inbäddning för din sida');
      await b.choose('#ui-lang', 'en');
      expect(b.problems()).to.deep.equal(BROKEN_PROBLEMS.en);

      await b.paste('{"fcVersion": 1, "id": ');
      expect(b.problems()).to.have.length(1);
      expect(b.problems()[0]).to.match(/^\(whole document\): The text is not valid JSON: error on line 1, character \d+\.$/);
      expect(b.$('#check-summary').textContent).to.equal('The document cannot be used. Fix the problems and paste it again.');
      expect(b.$<HTMLSelectElement>('#element').disabled).to.equal(true);
      expect(b.snippet).to.equal('');
      expect(b.$<HTMLButtonElement>('#copy').disabled).to.equal(true);

      await b.paste('{"fcVersion": 2, "id": "x"}');
      expect(b.problems()).to.deep.equal(['version (fcVersion): format version 2 is not supported; version 1 is']);
      expect(b.page.log.csp).to.deep.equal([]);
      expect(b.page.log.uncaught).to.deep.equal([]);
    } finally {
      b.page.close();
    }
  });

  it('a document that is not an object (null, a list, a number) is one problem, not a stuck page', async () => {
    const b = await Builder.open('?lang=en');
    try {
      for (const text of ['null', '[1, 2]', '42', '"fcVersion"']) {
        await b.paste(text);
        await b.until(() => b.problems().join() === '(whole document): expected a JSON object { … }', `${text}: one problem listed`);
        expect(b.$('#check-summary').textContent, text).to.equal('The document cannot be used. Fix the problems and paste it again.');
        expect(b.snippet, text).to.equal('');
        expect(b.$<HTMLInputElement>('#src').value, `${text}: a file name of its own`).to.equal('/files/aineisto.json');
      }
      // And the builder goes on: a good document after them is checked as usual.
      await b.paste(
        JSON.stringify({
          fcVersion: 1,
          id: 'ok',
          surveys: [{ id: 'a', question: 'Q?', n: 2, type: 'single', answers: [{ label: 'Yes', count: 2 }] }],
        }),
      );
      await b.until(() => b.$('#check-summary').textContent === 'The document is fine: surveys 1.', 'the good document was checked');
      expect(b.page.log.uncaught).to.deep.equal([]);
      expect(b.page.log.errors).to.deep.equal([]);
    } finally {
      b.page.close();
    }
  });

  it('switching to paste while a bundled document is loading: the late document does not replace the pasted one', async () => {
    const b = await Builder.open('?lang=en');
    try {
      const dataset = b.$<HTMLSelectElement>('#dataset');
      dataset.value = 'kuntaliitto-tilannekatsaus';
      dataset.dispatchEvent(new Event('change', { bubbles: true }));
      // In the same task, before the fetch can answer: the editor switches to pasting.
      b.$('input[name="source"][value="paste"]').click();
      expect(b.$('#check-summary').textContent).to.equal('No document chosen yet.');
      await new Promise((r) => setTimeout(r, 600));
      await frames(b.page.win, 2);
      expect(b.$('#check-summary').textContent, 'still the (empty) pasted document').to.equal('No document chosen yet.');
      expect(b.snippet).to.equal('');
    } finally {
      b.page.close();
    }
  });

  it('an uploaded file is read and checked like a pasted one, and embedded inline', async () => {
    const b = await Builder.open('?lang=en');
    try {
      await b.click('input[name="source"][value="upload"]');
      const input = b.$<HTMLInputElement>('#upload');
      const transfer = new (b.page.win as Window & typeof globalThis).DataTransfer();
      const doc = await (await fetch('/data/pohjois-pohjanmaa.json')).text();
      transfer.items.add(new File([doc], 'pohjois-pohjanmaa.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await b.until(
        () =>
          b.$('#check-summary').textContent ===
          'The document is fine: governance structures 1, roadmaps 1, tables 2, service paths 1, card sets 3.',
        'the upload was checked',
      );
      expect(b.$<HTMLInputElement>('input[name="delivery"][value="inline"]').checked).to.equal(true);
      expect(b.snippet).to.contain(
        '<fc-governance-tree item="pohjois-pohjanmaa-koordinaatio" lang="en">\n  <script type="application/json">',
      );
      await b.previewLoaded();
      // A src link for an uploaded file points where the editor will put it, and offers the file.
      await b.click('input[name="delivery"][value="src"]');
      expect(b.snippet).to.contain(
        '<fc-governance-tree src="/files/pohjois-pohjanmaa.json" item="pohjois-pohjanmaa-koordinaatio" lang="en">',
      );
      const download = b.$<HTMLAnchorElement>('#download');
      expect(download.hidden).to.equal(false);
      expect(download.download).to.equal('pohjois-pohjanmaa.json');
      expect(await (await fetch(download.href)).text()).to.equal(doc);
    } finally {
      b.page.close();
    }
  });

  it('copy text version: the figure as HTML and as plain text on the clipboard, with a message', async () => {
    const b = await Builder.open('?lang=fi');
    try {
      const nav = (b.page.win as ClipboardWindow).navigator;
      const W = b.page.win as unknown as { ClipboardItem: typeof ClipboardItem };
      let written: Record<string, string> = {};
      Object.defineProperty(nav, 'clipboard', {
        configurable: true,
        value: {
          write: async (items: ClipboardItem[]) => {
            written = {};
            for (const type of items[0].types) written[type] = await (await items[0].getType(type)).text();
          },
        },
      });
      expect(b.$<HTMLButtonElement>('#copy-text').disabled).to.equal(false);
      expect(typeof W.ClipboardItem).to.equal('function');
      await b.click('#copy-text');
      await b.until(() => b.$('#copy-status').textContent!.startsWith('Kuvion tekstiversio on kopioitu'), 'copied status');
      expect(written['text/html']).to.match(/^<h2>/);
      expect(b.snippet).to.include(written['text/html'].split('\n')[0]);
      expect(written['text/plain']).to.not.match(/</);
      Object.defineProperty(nav, 'clipboard', {
        configurable: true,
        value: { write: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      await b.click('#copy-text');
      await b.until(() => b.$('#copy-status').textContent!.startsWith('Tekstiversiota ei voitu kopioida'), 'failed status');
    } finally {
      b.page.close();
    }
  });

  it('copy: one click puts the snippet on the clipboard; without a clipboard the code is selected with a message', async () => {
    const b = await Builder.open('?lang=fi');
    try {
      const nav = (b.page.win as ClipboardWindow).navigator;
      let copied = '';
      Object.defineProperty(nav, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
      await b.click('#copy');
      await b.until(() => b.$('#copy-status').textContent === 'Koodi on kopioitu leikepöydälle.', 'copied status');
      expect(copied).to.equal(b.snippet);

      Object.defineProperty(nav, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      await b.click('#copy');
      await b.until(() => b.$('#copy-status').textContent!.startsWith('Kopiointi ei onnistunut'), 'fallback status');
      const area = b.$<HTMLTextAreaElement>('#snippet');
      expect(b.page.doc.activeElement).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      expect(area.readOnly).to.equal(true);
    } finally {
      b.page.close();
    }
  });

  it('data is text: a label with markup and an id with quotes stay text in the snippet and on the page', async () => {
    const b = await Builder.open('?lang=en');
    try {
      const evil = {
        fcVersion: 1,
        id: 'evil',
        surveys: [
          {
            id: 'a"b',
            question: '</script><img src=x onerror="window.__pwned=1">?',
            n: 2,
            type: 'single',
            answers: [{ label: '<b>x</b>', count: 2 }],
          },
        ],
      };
      await b.paste(JSON.stringify(evil));
      await b.previewLoaded();
      const snippet = b.snippet;
      expect(snippet).to.contain('<fc-survey-chart item="a&quot;b" lang="en">');
      expect(snippet).to.not.contain('</script><img');
      expect(snippet).to.contain('\\u003c/script>\\u003cimg');
      expect(snippet).to.contain('<h2>&lt;/script&gt;&lt;img src=x onerror="window.__pwned=1"&gt;?</h2>');
      expect(snippet).to.contain('<th scope="row">&lt;b&gt;x&lt;/b&gt;</th>');
      const page = await pasteIntoBlankPage('evil', snippet);
      try {
        const chart = page.doc.querySelector('fc-survey-chart')!;
        expect(chart.getAttribute('item')).to.equal('a"b');
        expect(chart.shadowRoot!.textContent).to.contain('</script><img src=x onerror="window.__pwned=1">?');
        expect(page.doc.querySelectorAll('img').length).to.equal(0);
        expect((page.win as Window & { __pwned?: number }).__pwned).to.equal(undefined);
      } finally {
        page.close();
      }
    } finally {
      b.page.close();
    }
  });

  it('as a new user: an embed built from a bundled document, pasted into a blank page served statically, renders', async () => {
    const b = await Builder.open('?lang=fi');
    try {
      await b.linkData();
      await b.choose('#dataset', 'kuntaliitto-tilannekatsaus');
      await b.until(() => b.options('#element').some((o) => o.value === 'surveys'), 'surveys offered');
      await b.choose('#element', 'surveys');
      await b.choose('#item', '3');
      await b.choose('#lang', 'sv');
      await b.previewLoaded();
      const viaSrc = await pasteIntoBlankPage('new-user-src', b.snippet);
      try {
        const chart = viaSrc.doc.querySelector('fc-survey-chart')!;
        expect(viaSrc.log.loaded.has(chart)).to.equal(true);
        expect(chart.shadowRoot!.textContent).to.contain('Finns det en bred samarbetsgrupp');
        expect(viaSrc.log.errors).to.deep.equal([]);
      } finally {
        viaSrc.close();
      }

      // The same figure with its data inside the code, on a page with a strict CSP.
      await b.click('input[name="delivery"][value="inline"]');
      const strict = await pasteIntoBlankPage('new-user-inline-csp', b.snippet, "default-src 'self'; script-src 'self'; style-src 'self'");
      try {
        const chart = strict.doc.querySelector('fc-survey-chart')!;
        expect(strict.log.loaded.has(chart)).to.equal(true);
        expect(chart.shadowRoot!.textContent).to.contain('Finns det en bred samarbetsgrupp');
        expect(strict.log.csp).to.deep.equal([]);
        expect(strict.win.performance.getEntriesByType('resource').some((r) => r.name.endsWith('.json'))).to.equal(false);
      } finally {
        strict.close();
      }

      // With a county theme: the <style> block themes the pasted figure.
      await b.choose('#theme', 'pohjois-pohjanmaa');
      await b.until(() => b.snippet.startsWith('<style>'), 'the theme reached the snippet');
      const themed = await pasteIntoBlankPage('new-user-theme', b.snippet);
      try {
        const chart = themed.doc.querySelector('fc-survey-chart')!;
        expect(themed.win.getComputedStyle(chart).getPropertyValue('--fc-color-accent').trim()).to.equal('#5b2a86');
      } finally {
        themed.close();
      }
    } finally {
      b.page.close();
    }
  });

  it('is axe-clean with a document, with problems listed, and at 320 px without sideways scrolling', async () => {
    const b = await Builder.open('?lang=fi');
    try {
      expect(await axeViolations(b.page)).to.deep.equal([]);
      await b.paste(JSON.stringify(BROKEN));
      await b.until(() => b.problems().length === 3, 'problems listed');
      expect(await axeViolations(b.page)).to.deep.equal([]);
    } finally {
      b.page.close();
    }
    const narrow = await Builder.open('?lang=sv', 320);
    try {
      expect(narrow.page.doc.documentElement.scrollWidth).to.be.at.most(320);
      expect(await axeViolations(narrow.page)).to.deep.equal([]);
      await narrow.paste(JSON.stringify(BROKEN));
      await narrow.until(() => narrow.problems().length === 3, 'problems listed');
      expect(narrow.page.doc.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      narrow.page.close();
    }
  });

  it('works from the keyboard alone: every control reached with visible focus, choices made with arrow keys, copy with Enter', async () => {
    const b = await Builder.open('?lang=fi');
    try {
      await b.linkData();
      let copied = '';
      Object.defineProperty((b.page.win as ClipboardWindow).navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void (copied = text) },
      });
      b.page.frame.focus();
      b.page.win.focus();
      const seen: string[] = [];
      const invisible: string[] = [];
      for (let i = 0; i < 80; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement(b.page.doc);
        if (!active || active === b.page.doc.body) break;
        const name = active.id || active.getAttribute('name') || active.localName;
        seen.push(name);
        if (!focusIsVisible(active)) invisible.push(name);
        if (active.id === 'copy') break;
      }
      expect(seen[0]).to.equal('a');
      for (const id of ['ui-lang', 'source', 'dataset', 'element', 'item', 'lang', 'theme', 'delivery', 'src', 'script', 'snippet', 'copy'])
        expect(seen, `Tab reaches ${id}`).to.include(id);
      expect(invisible).to.deep.equal([]);

      // Choose the Kuntaliitto document and its second chart without a mouse.
      b.$('#dataset').focus();
      await sendKeys({ press: 'ArrowDown' });
      await b.until(() => b.$<HTMLSelectElement>('#dataset').value === 'kuntaliitto-tilannekatsaus', 'ArrowDown chose the next document');
      await b.until(() => b.options('#element').some((o) => o.value === 'surveys'), 'surveys offered');
      b.$('#element').focus();
      await sendKeys({ press: 'ArrowDown' });
      await b.until(() => b.$<HTMLSelectElement>('#element').value === 'surveys', 'ArrowDown chose the surveys');
      b.$('#item').focus();
      await sendKeys({ press: 'ArrowDown' });
      await b.until(() => b.snippet.includes('item="perhekeskuksen-toiminta"'), 'ArrowDown chose the second chart');
      // Radio buttons: arrow keys move the choice.
      b.$('input[name="delivery"][value="src"]').focus();
      await sendKeys({ press: 'ArrowDown' });
      await b.until(() => b.snippet.includes('<script type="application/json">'), 'the arrow key chose inline data');
      b.$('#copy').focus();
      await sendKeys({ press: 'Enter' });
      await b.until(() => copied === b.snippet, 'Enter on the copy button copied the snippet');
      expect(b.$('#copy-status').textContent).to.equal('Koodi on kopioitu leikepöydälle.');
    } finally {
      b.page.close();
    }
  });
});

describe('embed builder parts', () => {
  const page = 'http://localhost/demo/builder/';

  it('words: its own strings through the kit’s translator, in each language, and a missing key is loud', () => {
    expect(t('sv', 'check-problems', { count: 3 })).to.equal(
      'Data har 3 problem. Rätta dem i JSON-filen; figuren visar de övriga posterna.',
    );
    expect(t('en', 'count-surveys', { n: 4 })).to.equal('surveys 4');
    expect(t('fi', 'heading')).to.equal('Tee upotus sivullesi');
    expect(() => t('fi', 'no-such-key' as never)).to.throw(/no string "no-such-key"/);
    // A data text of any shape: the builder lists items that did not pass the check.
    expect(dataText({ fi: 'Kysely', sv: 'Enkät' }, 'sv')).to.equal('Enkät');
    expect(dataText({ fi: 'Kysely' }, 'en')).to.equal('Kysely');
    expect([dataText(undefined, 'fi'), dataText(null, 'fi'), dataText(7, 'fi')]).to.deep.equal(['', '', '7']);
  });

  it('intake: the kit’s parseJson and checkDocument, so a byte-order mark is fine and an empty text is no document', () => {
    const bom = readDocument('\ufeff{"fcVersion": 1, "id": "a", "surveys": []}', 'a.json');
    expect(bom.kind).to.equal('parsed');
    expect(bom.kind === 'parsed' && bom.checked.issues).to.deep.equal([]);
    expect(readDocument('  \n').kind).to.equal('empty');
    const broken = readDocument('{"id": ', 'x.json');
    expect(broken.kind === 'unparsed' && broken.error.code).to.equal('json');
    expect(broken.kind === 'unparsed' && broken.error.params?.url).to.equal('x.json');
  });

  it('state: the elements on offer, in the kit’s order, and their tags come from the kit’s table of elements', () => {
    const state = initialState('?lang=sv', page);
    // A builder on this computer names the published kit, never localhost; elsewhere, where it loaded the kit from.
    expect([state.ui, state.lang, state.scriptUrl]).to.deep.equal([
      'sv',
      'sv',
      `https://cdn.jsdelivr.net/npm/fc-kit@${VERSION}/dist/fc-kit.js`,
    ]);
    expect(kitScriptUrl(new URL('https://kunta.example/fc-kit/fc-kit.js'), page)).to.equal('https://kunta.example/fc-kit/fc-kit.js');
    expect(kitScriptUrl(new URL('http://127.0.0.1:8000/dist/fc-kit.js'), page)).to.match(/^https:\/\/cdn\.jsdelivr\.net\//);
    expect(state.delivery, 'the data inside the code by default').to.equal('inline');
    expect(initialState('?lang=de', page).ui, 'an unknown language is Finnish').to.equal('fi');
    const survey = { id: 's', question: 'Q?', n: 1, type: 'single', answers: [{ label: 'A', count: 1 }] };
    state.source = 'paste';
    state.doc = readDocument(JSON.stringify({ fcVersion: 1, id: 'x y', roadmaps: [], surveys: [survey], governance: [] }));
    settleChoices(state);
    expect(availableCollections(state)).to.deep.equal(['surveys']);
    expect([state.collection, state.itemIndex, state.src]).to.deep.equal(['surveys', 0, '/files/x-y.json']);
    const embed = currentEmbed(state)!;
    expect(embed.options.tag).to.equal('fc-survey-chart');
    expect(embed.options.fallback).to.equal('Q? A 1 (N = 1)');
    // The snippet's fallback content is the kit's text version of the figure.
    expect(embed.options.textVersion).to.match(/^<h2>Q\?<\/h2>\n<p>N = 1 \(1 svarande\)<\/p>\n<table>/);
    expect(embed.options.textVersion).to.match(/<tr><th scope="row">A<\/th><td>1<\/td><td>100\s%<\/td><\/tr>/);
    expect(buildSnippet(embed.options)).to.include(`  <h2>Q?</h2>`);
    for (const e of VISUAL_ELEMENTS) expect(tagFor(e.collection!)).to.equal(e.tag);
    expect(VISUAL_ELEMENTS.map((e) => e.collection)).to.include.members(['governance', 'houses', 'surveys', 'roadmaps']);
  });

  it('loads: the newest wins, and a replaced document makes every load under way stale', () => {
    const loads = latestOnly();
    const first = loads.begin();
    const second = loads.begin();
    expect([first(), second()]).to.deep.equal([false, true]);
    loads.cancel();
    expect(second()).to.equal(false);
  });
});

/** A blank HTML page with the snippet pasted into its body, written to disk and served as a file. */
async function pasteIntoBlankPage(name: string, snippet: string, csp?: string): Promise<OpenPage> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const html = [
    '<!doctype html>',
    '<html lang="fi">',
    '<head>',
    '<meta charset="utf-8">',
    ...(csp ? [`<meta http-equiv="Content-Security-Policy" content="${csp}">`] : []),
    '<title>Blank page</title>',
    '</head>',
    '<body>',
    snippet,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  const url = await executeServerCommand<string, { name: string; html: string }>('fc-demo-write-page', { name, html });
  return openPage(url!);
}
