/**
 * A hostile page, through the public contract: a polluted `Object.prototype`, `data` that is a
 * Proxy or throws, ids that differ by a character no one can see, a sanitizer that stripped the
 * data `<script>` but kept the editor's fallback, a `fetch` wrapper that drops its options, a
 * page that replaces `JSON.parse`, a file saved as Latin-1, bidi control characters in texts, a
 * page root at `font-size: 62.5%`. Each case is what a reader or an editor sees.
 */
import { expect } from '@open-wc/testing';
import { SHARED_ATTRIBUTES } from '../../packages/fc-kit/src/lazy-element.js';
import {
  ELEMENT_OF,
  ELEMENTS,
  COLLECTION_OF,
  errorLines,
  quietConsole,
  settled,
  shownText,
  warningLines,
  type FcEl,
} from './support/kit.js';
import { FULL } from './support/full-documents.js';
import { ELEMENTS as ALL_ELEMENTS } from '../../packages/fc-kit/src/elements.js';

const full = (tag: string) => JSON.parse(JSON.stringify(FULL[COLLECTION_OF[tag]]));
const survey = (extra: Record<string, unknown> = {}) => ({
  id: 's',
  question: 'Toimiiko perhekeskus?',
  n: 21,
  type: 'single',
  answers: [
    { label: 'Kyllä', count: 18 },
    { label: 'Ei', count: 3 },
  ],
  ...extra,
});
const surveyDoc = (...surveys: unknown[]) => ({ fcVersion: 1, id: 'd', surveys });

let quiet: ReturnType<typeof quietConsole>;
beforeEach(() => {
  quiet = quietConsole();
});
afterEach(() => quiet.restore());

async function show(tag: string, put: (el: FcEl) => void, lang = 'en'): Promise<FcEl> {
  const el = document.createElement(tag) as FcEl;
  el.lang = lang;
  put(el);
  document.body.append(el);
  await settled(el);
  return el;
}

describe('a polluted Object.prototype', () => {
  const KEYS = ['isAdmin', 'fi', 'sv', 'en', 'fcVersion', 'surveys', 'roadmaps', 'chart', 'status', 'kind', 'url', 'end', 'note'];
  for (const tag of ELEMENTS) {
    it(`<${tag}> shows the same as on a clean page`, async () => {
      const clean = await show(tag, (el) => (el.data = full(tag)));
      const want = shownText(clean);
      clean.remove();
      const proto = Object.prototype as Record<string, unknown>;
      try {
        for (const key of KEYS) proto[key] = key === 'fcVersion' ? 2 : `polluted-${key}`;
        const el = await show(tag, (e) => (e.data = full(tag)));
        expect(errorLines(el), `<${tag}>`).to.equal(undefined);
        expect(shownText(el)).not.to.contain('polluted');
        expect(shownText(el)).to.equal(want);
        el.remove();
      } finally {
        for (const key of KEYS) delete proto[key];
      }
    });
  }
});

describe('data that fights back', () => {
  it('a throwing getter or a Proxy in one item does not hide the valid ones', async () => {
    const getter = survey({ id: 'getter' });
    Object.defineProperty(getter, 'question', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(survey({ id: 'proxy' }), {
      ownKeys() {
        throw new TypeError('no keys for you');
      },
    });
    const data = surveyDoc(getter, proxy, survey({ id: 'good', question: 'Hyvä kysymys?' }));
    const good = await show('fc-survey-chart', (el) => {
      el.data = data;
      el.setAttribute('item', 'good');
    });
    expect(errorLines(good)).to.equal(undefined);
    expect(shownText(good)).to.contain('Hyvä kysymys?');
    good.remove();
    const bad = await show('fc-survey-chart', (el) => (el.data = data));
    expect(errorLines(bad)).to.deep.equal(['surveys[0].question: could not be read (Error: boom)']);
    bad.remove();
  });

  it('a document that contains itself names where, and is not called "too deep"', async () => {
    const s = survey() as Record<string, unknown>;
    s.note = s;
    const el = await show('fc-survey-chart', (e) => (e.data = surveyDoc(s)));
    expect(errorLines(el)).to.deep.equal(['surveys[0].note: contains itself']);
    el.remove();
  });

  it('-0 is shown as 0, and a count of 1e308 is refused', async () => {
    const zero = await show(
      'fc-survey-chart',
      (el) =>
        (el.data = surveyDoc(
          survey({
            answers: [
              { label: 'Kyllä', count: -0 },
              { label: 'Ei', count: 21 },
            ],
          }),
        )),
    );
    expect(errorLines(zero)).to.equal(undefined);
    expect(shownText(zero)).not.to.match(/[-−]0/);
    zero.remove();
    const huge = await show('fc-survey-chart', (el) => (el.data = surveyDoc(survey({ n: 1e308, type: 'multi' }))));
    expect(errorLines(huge)).to.deep.equal(['surveys[0].n: must be at most 10000000000']);
    huge.remove();
  });

  it('flags a language key that is not fi, sv or en, in each language', async () => {
    const data = surveyDoc(survey({ question: { fi: 'Toimiiko?', se: 'Fungerar?' } }));
    const expected = {
      en: 'surveys[0].question.se: unknown language "se": the language versions are fi, sv and en',
      fi: 'surveys[0].question.se: tuntematon kieli "se": kieliversiot ovat fi, sv ja en',
      sv: 'surveys[0].question.se: okänt språk "se": språkversionerna är fi, sv och en',
    };
    for (const [lang, line] of Object.entries(expected)) {
      const el = await show('fc-survey-chart', (e) => (e.data = data), lang);
      expect(errorLines(el)).to.deep.equal([line]);
      el.remove();
    }
    const upper = await show('fc-survey-chart', (e) => (e.data = surveyDoc(survey({ question: { FI: 'Toimiiko?' } }))));
    expect(errorLines(upper)![0]).to.match(/^surveys\[0\]\.question: expected a text or language versions/);
    upper.remove();
  });

  it('ids that differ by an invisible character read differently', async () => {
    const el = await show('fc-survey-chart', (e) => {
      e.data = surveyDoc(survey({ id: 'kysely\u200b' }));
      e.setAttribute('item', 'kysely');
    });
    expect(errorLines(el)).to.deep.equal(['there is no item "kysely" in "surveys" (there are: kysely<U+200B>)']);
    el.remove();
  });

  it('a second item with the shown id is named beside the first', async () => {
    const el = await show('fc-survey-chart', (e) => (e.data = surveyDoc(survey(), survey({ question: 'Toinen' }))));
    expect(errorLines(el)).to.equal(undefined);
    expect(warningLines(el)).to.deep.equal(['surveys[1].id: id "s" is used twice']);
    el.remove();
  });
});

describe('the source chain on a hostile page', () => {
  it('keeps the fallback readable, beside the error, when a sanitizer stripped the data <script>', async () => {
    for (const tag of ELEMENTS) {
      const el = await show(tag, (e) => {
        e.innerHTML = '<p class="summary">Yhteenveto: perhekeskus toimii. <a href="/raportti.pdf">Raportti</a></p>';
      });
      const summary = el.querySelector('.summary')!;
      expect(errorLines(el), tag).to.have.length(1);
      expect(summary.checkVisibility(), `${tag}: the fallback is visible`).to.equal(true);
      expect(summary.getBoundingClientRect().height, tag).to.be.greaterThan(0);
      expect(el.getBoundingClientRect().height, `${tag} keeps its space`).to.be.at.least(12 * 16 - 1);
      el.remove();
      // With its data, the element shows that instead of the fallback.
      const ok = await show(tag, (e) => {
        e.innerHTML = '<p class="summary">Yhteenveto</p>';
        e.data = full(tag);
      });
      expect(ok.querySelector('.summary')!.checkVisibility(), `${tag}: the fallback is hidden`).to.equal(false);
      ok.remove();
    }
  });

  it('times out even when a fetch wrapper drops the signal', async () => {
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL) => original(input);
    try {
      const started = performance.now();
      const el = await show('fc-survey-chart', (e) => {
        e.setAttribute('timeout', '300');
        e.setAttribute('src', '/__fc/slow/4000');
      });
      expect(errorLines(el)).to.deep.equal(['The data did not arrive within 0.3 seconds: /__fc/slow/4000']);
      expect(performance.now() - started).to.be.below(2000);
      el.remove();
    } finally {
      window.fetch = original;
    }
  });

  it('names a timeout that is not a number as a mistake in the page, in each language', async () => {
    const expected = {
      en: 'The timeout attribute must be a number of milliseconds, such as 15000 (it is "15s").',
      fi: 'timeout-määreen pitää olla millisekunnit lukuna, esimerkiksi 15000 (nyt "15s").',
      sv: 'Attributet timeout ska vara millisekunder som ett tal, till exempel 15000 (nu "15s").',
    };
    for (const [lang, line] of Object.entries(expected)) {
      const el = await show(
        'fc-roadmap',
        (e) => {
          e.setAttribute('timeout', '15s');
          e.setAttribute('src', '/__fc/slow/0');
        },
        lang,
      );
      expect(errorLines(el)).to.deep.equal([line]);
      el.remove();
    }
  });

  it('parses with the real JSON.parse when the page has replaced it', async () => {
    const original = JSON.parse;
    JSON.parse = () => {
      throw new Error('patched');
    };
    try {
      const el = await show('fc-survey-chart', (e) => {
        e.append(
          Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(surveyDoc(survey())) }),
        );
      });
      expect(errorLines(el)).to.equal(undefined);
      expect(shownText(el)).to.contain('Toimiiko perhekeskus?');
      el.remove();
    } finally {
      JSON.parse = original;
    }
  });

  it('reads a Latin-1 file with its ä and ö, and says to save it as UTF-8', async () => {
    const body = encodeURIComponent(JSON.stringify(surveyDoc(survey({ question: 'Käyttääkö äiti neuvolaa?' }))));
    const el = await show('fc-survey-chart', (e) => e.setAttribute('src', `/__fc/latin1?body=${body}`));
    expect(errorLines(el)).to.equal(undefined);
    expect(shownText(el)).to.contain('Käyttääkö äiti neuvolaa?');
    expect(quiet.logged.some((l) => l.includes('is not UTF-8') && l.includes('UTF-8'))).to.equal(true);
    el.remove();
  });

  it('says which inline JSON is empty', async () => {
    const el = await show('fc-survey-chart', (e) => {
      e.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: ' ' }));
    });
    expect(errorLines(el)).to.deep.equal(['The data is empty: the JSON <script> inside the element']);
    el.remove();
  });
});

describe('texts from the data beside the kit’s own words', () => {
  const visualOrder = (node: Element) => {
    // The order a reader sees: the x position of each character of the kit's "(N = 21)".
    const range = document.createRange();
    const text = [...walk(node)].find((t) => t.data.includes('N = 21'))!;
    const at = text.data.indexOf('21');
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    const two = range.getBoundingClientRect().left;
    range.setStart(text, at + 1);
    range.setEnd(text, at + 2);
    return { two, one: range.getBoundingClientRect().left };
  };
  function* walk(node: Node): Generator<Text> {
    for (const child of node.childNodes) {
      if (child instanceof Text) yield child;
      else yield* walk(child);
    }
  }

  it('a U+202E at the end of a question does not turn "(N = 21)" into "(12 = N)"', async () => {
    const el = await show('fc-survey-chart', (e) => (e.data = surveyDoc(survey({ question: 'Toimiiko perhekeskus?\u202e' }))));
    const caption = el.shadowRoot!.querySelector('caption')!;
    const { one, two } = visualOrder(caption);
    expect(two, '"2" is drawn before "1"').to.be.below(one);
    expect(caption.querySelector('bdi')?.textContent).to.equal('Toimiiko perhekeskus?\u202e');
    el.remove();
  });

  it('isolates every data text, Arabic and Hebrew ones and zero-width characters included', async () => {
    for (const tag of ELEMENTS) {
      const el = await show(tag, (e) => (e.data = full(tag)));
      const isolated = [...el.shadowRoot!.querySelectorAll('bdi')].length;
      expect(isolated, `<${tag}> has isolated texts`).to.be.greaterThan(0);
      el.remove();
    }
    const rtl = await show('fc-survey-chart', (e) => (e.data = surveyDoc(survey({ question: 'هل يعمل المركز؟\u200b' }))));
    const bdi = rtl.shadowRoot!.querySelector('caption bdi')!;
    expect(getComputedStyle(bdi).direction).to.equal('rtl');
    expect(getComputedStyle(rtl.shadowRoot!.querySelector('caption')!).direction).to.equal('ltr');
    rtl.remove();
  });
});

describe('a page with html { font-size: 62.5% }', () => {
  it('does not shrink the tree’s labels', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5%; } body { font-size: 1.6rem; }';
    document.head.append(style);
    try {
      const el = await show(ELEMENT_OF.governance, (e) => (e.data = full(ELEMENT_OF.governance)));
      const sizes = [...el.shadowRoot!.querySelectorAll('*')]
        .filter((n) => [...n.childNodes].some((c) => c instanceof Text && c.data.trim()))
        .map((n) => parseFloat(getComputedStyle(n).fontSize));
      expect(Math.min(...sizes)).to.be.at.least(10);
      expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(16);
      el.remove();
    } finally {
      style.remove();
    }
  });
});

describe('a 50,000-character unbroken answer label', () => {
  it('is drawn in the survey chart within a second', async () => {
    const label = 'a'.repeat(50_000);
    const started = performance.now();
    const el = await show(
      'fc-survey-chart',
      (e) =>
        (e.data = surveyDoc(
          survey({
            answers: [
              { label, count: 21 },
              { label: 'Ei', count: 0 },
            ],
          }),
        )),
    );
    const took = performance.now() - started;
    expect(errorLines(el)).to.equal(undefined);
    expect(took, `${Math.round(took)} ms`).to.be.below(1000);
    el.remove();
  });
});

describe('the CDN loader’s stand-ins', () => {
  it('observe every attribute each real element observes (the table of elements lists them)', () => {
    for (const e of ALL_ELEMENTS) {
      const real = (customElements.get(e.tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      const listed = [...SHARED_ATTRIBUTES, ...(e.attributes ?? [])];
      expect(
        real.filter((a) => !listed.includes(a)),
        `<${e.tag}>: add these to its row in packages/fc-kit/src/elements.js`,
      ).to.deep.equal([]);
    }
  });
});
