/**
 * Every demo page as a visitor gets it from `npm start`: the built kit (/dist/fc-kit.js), plain
 * tags and JSON files. Each page renders every element (fc-load, with the dataset's own texts), has
 * no console error, no axe violation (WCAG 2.1 A/AA), fits 320 px without sideways scrolling, keeps
 * its layout while the elements load, and can be used from the keyboard alone.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  axeViolations,
  deepActiveElement,
  describe as tagOf,
  focusIsVisible,
  layoutShift,
  layoutShiftEntries,
  openPage,
  shownText,
  type OpenPage,
} from './support/page-frame.js';

interface PageSpec {
  url: string;
  lang: string;
  /** How many of each tag the page has. */
  tags: Record<string, number>;
  /** Texts from the datasets each element must show, by tag and item (or tag alone). */
  texts: Record<string, string[]>;
}

const PAGES: PageSpec[] = [
  {
    url: '/demo/etela-pohjanmaa.html',
    lang: 'fi',
    tags: { 'fc-governance-tree': 1, 'fc-network-house': 1, 'fc-care-path': 1, 'fc-cards': 2, 'fc-matrix': 2, 'fc-roadmap': 1 },
    texts: {
      'fc-governance-tree': [
        'Verkostojohtamisen ja koordinaation avulla',
        'Perhekeskuskoordinaattori tai vastaava',
        'Perhekeskuskohtainen taso',
      ],
      'fc-network-house': ['Etelä-Pohjanmaan perhekeskuksen palvelut'],
      'fc-cards[item="perhekeskuskonsepti-kanvas"]': ['Asiakkuudet ja palvelut', 'Ei tarkasteltu'],
      'fc-cards[item="kansalliset-linjaukset"]': ['Uudistetaan toimintakulttuuria.'],
      'fc-roadmap': ['Alustava tiekartta'],
      'fc-care-path': [
        'Nepsy-hoitopolku, keskittymätön lapsi tai nuori',
        'Palvelutarpeen tunnistaminen',
        'Kaistat ja nuolet ovat fc-kitin rekonstruktio',
      ],
    },
  },
  {
    url: '/demo/kuntaliitto.html',
    lang: 'fi',
    tags: { 'fc-survey-chart': 4, 'fc-governance-tree': 1, 'fc-matrix': 1 },
    texts: {
      'fc-survey-chart[item="perhekeskus-toiminnassa"]': ['Toimiiko alueellanne perhekeskus?', '86 %'],
      'fc-survey-chart[item="perhekeskuksen-toiminta"]': ['Perhekeskuksen toiminta alueilla'],
      'fc-survey-chart[item="oppilashuolto-puheenjohtaja"]': ['opiskeluhuollon yhteistyöryhmän puheenjohtaja'],
      'fc-survey-chart[item="laaja-sisote-ryhma"]': ['Toimiiko alueellanne laaja-alainen sisote-yhteistyöryhmä?'],
      'fc-governance-tree': ['Johtaminen ja koordinointi monialaisesti ja monella tasolla', 'Kuntakohtaiset perhekeskustiimit'],
    },
  },
  {
    url: '/demo/svenska.html',
    lang: 'sv',
    tags: { 'fc-network-house': 1, 'fc-governance-tree': 1 },
    texts: {
      'fc-network-house': ['Familjecentrets servicehelhet', 'Organisationer, församlingar och FPA'],
      'fc-governance-tree': ['Landskapets nivå', 'Familjecenternivå'],
    },
  },
  {
    url: '/demo/pohjois-pohjanmaa.html',
    lang: 'fi',
    tags: { 'fc-governance-tree': 1, 'fc-care-path': 1, 'fc-roadmap': 1, 'fc-cards': 3, 'fc-matrix': 2 },
    texts: {
      'fc-governance-tree': ['Johtaminen ja koordinointi', 'Toimialuejohtaja'],
      'fc-care-path': ['Hyvinvointineuvolan toimintamalli', 'Kootaan yhteinen verkosto'],
      'fc-roadmap': ['Tavoitteet ja toimenpiteet 2023–2025'],
      'fc-cards[item="palvelualueiden-nykytila"]': ['Erityisen hyvää:', 'Perhekeskuksen johtaminen ja koordinointi'],
      'fc-cards[item="perhekeskuksen-tehtavat"]': ['Ehkäisee lähisuhdeväkivaltaa'],
      'fc-cards[item="pohjois-pohjanmaa-lukuina"]': ['415 000'],
    },
  },
  {
    url: '/demo/csp.html',
    lang: 'fi',
    tags: { 'fc-survey-chart': 1, 'fc-governance-tree': 1, 'fc-network-house': 1, 'fc-roadmap': 1 },
    texts: {
      'fc-survey-chart': ['Toimiiko alueellanne perhekeskus?'],
      'fc-governance-tree': ['Kuntakohtaiset perhekeskustiimit'],
      'fc-network-house': ['Etelä-Pohjanmaan perhekeskuksen palvelut'],
      'fc-roadmap': ['Tietojärjestelmät ja digitalisaatio'],
    },
  },
  { url: '/demo/index.html', lang: 'fi', tags: {}, texts: {} },
];

/** Intl puts a no-break space before `%` in Finnish; readers see a space. */
const normalise = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** Layout-shift figures, printed at the end for the report. */
const shifts: Record<string, number> = {};

describe('demo pages', function () {
  this.timeout(90_000);

  after(() => console.log(`demo pages, cumulative layout shift: ${JSON.stringify(shifts, null, 1)}`));

  for (const spec of PAGES) {
    describe(spec.url, () => {
      let page: OpenPage;
      before(async () => {
        page = await openPage(spec.url);
      });
      after(() => page?.close());

      it('renders every element from its data, in the page language', () => {
        expect(page.log.hookedAt, 'the watchers ran before the page had loaded').to.not.equal('complete');
        expect(page.doc.documentElement.lang).to.equal(spec.lang);
        const counts: Record<string, number> = {};
        for (const el of page.elements) counts[el.localName] = (counts[el.localName] ?? 0) + 1;
        expect(counts).to.deep.equal(spec.tags);
        expect([...page.log.failed].map(([el, m]) => `${tagOf(el)}: ${m}`)).to.deep.equal([]);
        expect(page.elements.filter((el) => !page.log.loaded.has(el)).map(tagOf), 'elements without fc-load').to.deep.equal([]);
        for (const [selector, texts] of Object.entries(spec.texts)) {
          const el = page.doc.querySelector(selector);
          expect(el, selector).to.exist;
          const shown = normalise(shownText(el!));
          for (const text of texts) expect(shown, `${selector} shows "${text}"`).to.contain(text);
        }
      });

      it("puts each figure's title under the page's own heading: no second h2 beside it", () => {
        const wrong: string[] = [];
        for (const el of page.elements) {
          const title = el.shadowRoot?.querySelector('[part="title"]');
          if (!title) continue;
          // The page heading nearest before the element, in document order.
          const headings = [...page.doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(
            (h) => h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
          );
          const above = headings.at(-1);
          const level = Number(title.localName.slice(1));
          if (above && level <= Number(above.localName.slice(1))) wrong.push(`${tagOf(el)}: ${title.localName} under ${above.localName}`);
        }
        expect(wrong).to.deep.equal([]);
      });

      it('logs no error or warning and throws nothing', () => {
        expect(page.log.errors).to.deep.equal([]);
        expect(page.log.warnings).to.deep.equal([]);
        expect(page.log.uncaught).to.deep.equal([]);
      });

      it('has no axe violations (WCAG 2.1 A and AA)', async () => {
        const violations = await axeViolations(page);
        expect(violations, violations.join('\n')).to.deep.equal([]);
      });

      it('keeps its layout while the elements load (cumulative layout shift under 0.1)', async () => {
        const cls = await layoutShift(page);
        shifts[`${spec.url} 1280×900`] = cls;
        expect(cls).to.be.below(0.1);
      });

      it('does not move once the elements have rendered (the whole page in view, no shift after fc-load)', async () => {
        const tall = await openPage(spec.url, { width: 1280, height: 5000 });
        try {
          const rendered = tall.win.performance.now();
          await new Promise((r) => setTimeout(r, 800));
          const late = (await layoutShiftEntries(tall)).filter((e) => e.startTime > rendered);
          expect(late.map((e) => `${Math.round(e.startTime - rendered)} ms: ${e.value.toFixed(4)}`)).to.deep.equal([]);
          shifts[`${spec.url} whole page`] = await layoutShift(tall);
        } finally {
          tall.close();
        }
      });

      it('is usable from the keyboard: skip link first, every element reached, focus always visible, no trap', async () => {
        const stops = await tabThrough(page);
        expect(stops[0]?.label, 'first Tab stop').to.match(/skip-link/);
        const invisible = stops.filter((s) => !s.visible).map((s) => s.label);
        expect(invisible, 'stops without a visible focus indicator').to.deep.equal([]);
        for (const el of page.elements) {
          if (!tabbableInside(el)) continue;
          expect(
            stops.some((s) => s.host === el),
            `${tagOf(el)} is reached by Tab`,
          ).to.equal(true);
        }
        const last = page.doc.querySelectorAll('footer a, main a');
        if (last.length)
          expect(
            stops.some((s) => s.element === last[last.length - 1]),
            'Tab reaches the last link on the page',
          ).to.equal(true);
      });
    });
  }

  for (const spec of PAGES) {
    it(`${spec.url} reflows at 320 px: no sideways scrolling, no axe violation`, async () => {
      const page = await openPage(spec.url, { width: 320, height: 800 });
      try {
        expect(page.doc.documentElement.scrollWidth, 'page width at 320 px').to.be.at.most(320);
        const cls = await layoutShift(page);
        shifts[`${spec.url} 320×800`] = cls;
        expect(cls, 'layout shift at 320 px').to.be.below(0.1);
        for (const el of page.elements) expect(el.getBoundingClientRect().right, `${tagOf(el)} fits`).to.be.at.most(320.5);
        const violations = await axeViolations(page);
        expect(violations, violations.join('\n')).to.deep.equal([]);
      } finally {
        page.close();
      }
    });
  }
});

interface TabStop {
  label: string;
  element: Element;
  /** The fc-* element whose shadow root holds the stop, if any. */
  host?: Element;
  visible: boolean;
}

/** Presses Tab from the top of the page until focus leaves it (or 150 presses), recording each stop. */
async function tabThrough(page: OpenPage): Promise<TabStop[]> {
  page.frame.focus();
  page.win.focus();
  (page.doc.activeElement as HTMLElement | null)?.blur();
  const stops: TabStop[] = [];
  for (let i = 0; i < 150; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement(page.doc);
    if (!active || active === page.doc.body || !page.doc.hasFocus()) break;
    // Past the last stop, focus may wrap round to the first: the page has been walked.
    if (stops.length && active === stops[0].element) break;
    const root = active.getRootNode();
    const host = isShadowRoot(root) ? outermostHost(root) : undefined;
    stops.push({ label: label(active), element: active, host, visible: focusIsVisible(active) });
  }
  return stops;
}

/** The frame's ShadowRoot is another realm's class, so `instanceof ShadowRoot` would say no. */
function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

function outermostHost(root: ShadowRoot): Element {
  let host = root.host;
  for (let r = host.getRootNode(); isShadowRoot(r); r = host.getRootNode()) host = r.host;
  return host;
}

function label(el: Element): string {
  const cls = el.getAttribute('class');
  return `${el.localName}${el.id ? `#${el.id}` : ''}${cls ? `.${cls.split(/\s+/).join('.')}` : ''}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`;
}

function tabbableInside(el: Element): boolean {
  return !!el.shadowRoot?.querySelector('a[href], button:not([disabled]), input, select, textarea, summary, [tabindex="0"]');
}
