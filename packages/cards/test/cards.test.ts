import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { FcCards } from '../src/cards.js';
import type { CardSet } from '../src/cards-types.js';
import { canvas, clone, etelaPohjanmaa, guidelines, keyFigures, pohjoisPohjanmaa, serviceAreas, smallCanvas, tasks } from './fixtures.js';
import { generateCardSet } from './generate.js';
import { describeExamples, elementFixture } from '../../../test/support/element-fixture.js';
import { EXAMPLES } from '../examples.js';

// ---- helpers -----------------------------------------------------------------------------------

const root = (el: FcCards) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: FcCards, selector: string) => root(el).querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: FcCards, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const frames = (n = 2) =>
  new Promise<void>((r) => {
    const step = (k: number) => (k ? requestAnimationFrame(() => step(k - 1)) : r());
    step(n);
  });
const cardTitles = (el: FcCards) => qa(el, '[part="card-title"]').map((h) => squash(h.textContent));
const card = (el: FcCards, title: string) =>
  qa(el, '[part="card"]').find((a) => squash(a.querySelector('[part="card-title"]')!.textContent).includes(title))!;
const focused = (el: FcCards) => root(el).activeElement as HTMLElement | null;
const errorLines = (el: FcCards) => qa(el, '[part~="error"] li').map((li) => squash(li.textContent));

/** Waits until the element has drawn and re-laid out for its measured width. */
async function settled(el: FcCards) {
  await el.updateComplete;
  await frames(3);
  await el.updateComplete;
}

async function press(el: FcCards, key: string) {
  await sendKeys({ press: key });
  await settled(el);
}

/** Tabs from the start of the page until focus is on an element inside the cards matching `selector`. */
async function tabTo(el: FcCards, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    if (focused(el)?.matches(selector)) return focused(el)!;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const doc = (set: CardSet, extra: Record<string, unknown> = {}) => ({ fcVersion: 1, id: 'testi', cards: [set], ...extra });

const { render, renderExample, log } = elementFixture<FcCards>('fc-cards', { settle: settled });
describeExamples(EXAMPLES, { collection: 'cards', renderExample, log });
afterEach(async () => {
  await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
});

// ---- the seed sets -----------------------------------------------------------------------------

describe('<fc-cards>: the canvas', () => {
  it('draws eleven blocks in two labelled bands, in the seed’s order, on four columns', async () => {
    const el = await render(etelaPohjanmaa, { attrs: { item: 'perhekeskuskonsepti-kanvas' }, width: '1100px' });
    expect(squash(q(el, '[part="title"]')!.textContent)).to.equal('Etelä-Pohjanmaan hyvinvointialueen perhekeskuskonsepti');
    const bands = qa(el, '[part="band"]');
    expect(bands.map((b) => b.getAttribute('role'))).to.deep.equal(['group', 'group']);
    expect(bands.map((b) => squash(root(el).getElementById(b.getAttribute('aria-labelledby')!)!.textContent))).to.deep.equal([
      'Asiakkuudet ja palvelut',
      'Johtaminen',
    ]);
    expect(cardTitles(el)).to.deep.equal([
      '1. ASIAKKAAT',
      '2. ARVOLUPAUS / TEHTÄVÄT',
      '3. PALVELUT',
      '4. AVAINPROSESSIT',
      '5. LAIT JA SUOSITUKSET',
      '6. PALVELUVERKKO',
      '7. VERKOSTO',
      '8. JOHTAMINEN',
      '9. TALOUS',
      '10. AVAINRESURSSIT JA KYVYKKYYDET',
      '11. MITTARIT',
    ]);
    // Wide: the band label stands beside its cards, written vertically; the blocks sit at their places.
    const label = q(el, '[part="band-label"]')!;
    expect(getComputedStyle(label).writingMode).to.equal('vertical-rl');
    const [a, b, verkosto] = ['ASIAKKAAT', 'ARVOLUPAUS', 'VERKOSTO'].map((t) => card(el, t).getBoundingClientRect());
    expect(Math.abs(a.top - b.top)).to.be.below(1);
    expect(b.left).to.be.above(a.right);
    expect(verkosto.width).to.be.above(a.width * 1.9);
    expect(label.getBoundingClientRect().right).to.be.at.most(a.left);
    expect(log.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('says which blocks were not examined in word and icon, with the chapter’s sentence', async () => {
    const el = await render(etelaPohjanmaa, { attrs: { item: 'perhekeskuskonsepti-kanvas' } });
    const statuses = qa(el, '[part~="status-not-examined"]');
    expect(statuses).to.have.length(4);
    expect(squash(statuses[0].textContent)).to.equal(
      'Ei tarkasteltu Perhekeskuksen konseptointityössä ei tarkasteltu toimintaa ohjaavia lakeja.',
    );
    expect(statuses[0].querySelector('.cd-icon--not-examined')!.getAttribute('aria-hidden')).to.equal('true');
    expect(squash(card(el, 'TALOUS').textContent)).to.contain('Perhekeskuksen konseptointityössä ei tarkasteltu taloutta.');
  });

  it('reads as one column in band order at 320 px, nothing wider than the screen', async () => {
    const el = await render(etelaPohjanmaa, { attrs: { item: 'perhekeskuskonsepti-kanvas' }, width: '320px' });
    expect(q(el, '.cards--narrow')).to.not.equal(null);
    const cards = qa(el, '[part="card"]');
    const lefts = new Set(cards.map((c) => Math.round(c.getBoundingClientRect().left)));
    expect(lefts.size).to.equal(1);
    const tops = cards.map((c) => c.getBoundingClientRect().top);
    expect(tops).to.deep.equal([...tops].sort((x, y) => x - y));
    expect(getComputedStyle(q(el, '[part="band-label"]')!).writingMode).to.equal('horizontal-tb');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    for (const c of cards) expect(c.scrollWidth, squash(c.textContent).slice(0, 30)).to.be.at.most(c.clientWidth + 1);
    await expect(el).to.be.accessible();
  });

  it('reflows when its container narrows', async () => {
    const el = await render(etelaPohjanmaa, { attrs: { item: 'perhekeskuskonsepti-kanvas' }, width: '1100px' });
    expect(q(el, '.cards--narrow')).to.equal(null);
    el.parentElement!.style.width = '400px';
    await frames(3);
    await settled(el);
    expect(q(el, '.cards--narrow')).to.not.equal(null);
  });

  it('opens the 33 workshop metrics with a real button, and says it opened the card', async () => {
    const el = await render(etelaPohjanmaa, { attrs: { item: 'perhekeskuskonsepti-kanvas' } });
    const metrics = card(el, 'MITTARIT');
    const list = metrics.querySelectorAll('ul')[1];
    expect([...list.querySelectorAll('li')].filter((li) => !li.hidden)).to.have.length(5);
    const toggle = metrics.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(list.id);
    expect(squash(toggle.textContent)).to.equal('Näytä kaikki 33');
    const selected: CustomEvent[] = [];
    el.addEventListener('fc-select', (e) => selected.push(e as CustomEvent));
    toggle.focus();
    await press(el, 'Enter');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect([...list.querySelectorAll('li')].filter((li) => !li.hidden)).to.have.length(33);
    expect(selected.map((e) => [e.detail.kind, e.detail.id, e.bubbles, e.composed])).to.deep.equal([['card', 'mittarit', true, true]]);
    expect(focused(el)).to.equal(toggle);
    await press(el, ' ');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('prints every section expanded, without the buttons', async () => {
    const el = await render(etelaPohjanmaa, { attrs: { item: 'perhekeskuskonsepti-kanvas' } });
    const list = card(el, 'MITTARIT').querySelectorAll('ul')[1];
    const last = list.querySelectorAll('li')[32];
    expect(last.getClientRects().length).to.equal(0);
    await emulateMedia({ media: 'print' });
    expect(last.getClientRects().length).to.be.above(0);
    expect(getComputedStyle(q(el, '[part="toggle"]')!).display).to.equal('none');
  });
});

describe('<fc-cards>: links between figures', () => {
  it('moves focus to the linked card', async () => {
    const set = smallCanvas();
    set.cards[0].links = [{ to: 'e', label: 'E:hen' }];
    const el = await render(doc(set));
    const link = q<HTMLAnchorElement>(el, '[part="link"]')!;
    expect(squash(link.textContent)).to.equal('E:hen');
    const selected: string[] = [];
    el.addEventListener('fc-select', (e) => selected.push((e as CustomEvent).detail.id));
    link.focus();
    await press(el, 'Enter');
    expect(focused(el)).to.equal(card(el, 'E'));
    expect(selected).to.deep.equal(['e']);
    expect(location.hash).to.equal('');
  });

  it('moves focus to another figure on the page that shows the linked item, and says when it is not there', async () => {
    const el = await render(etelaPohjanmaa, { attrs: { item: 'perhekeskuskonsepti-kanvas' } });
    // Not on the page: the label, and that it is not here.
    const links = card(el, 'JOHTAMINEN').querySelector('[part="links"]')!;
    expect(squash(links.querySelector('p')!.textContent)).to.equal('Katso myös:');
    expect([...links.querySelectorAll('li')].map((li) => squash(li.textContent))).to.deep.equal([
      'Verkoston johtaminen (ei tällä sivulla)',
      'Kehittämisen tiekartta (ei tällä sivulla)',
    ]);
    expect(links.querySelector('a')).to.equal(null);
    const roadmap = document.createElement('fc-roadmap-stand-in');
    roadmap.setAttribute('item', 'etela-pohjanmaa-2022-2025');
    roadmap.textContent = 'tiekartta';
    el.parentElement!.append(roadmap);
    el.requestUpdate();
    await settled(el);
    const link = [...card(el, 'JOHTAMINEN').querySelectorAll<HTMLAnchorElement>('[part="link"]')].find((a) =>
      a.textContent!.includes('tiekartta'),
    )!;
    link.focus();
    await press(el, 'Enter');
    expect(document.activeElement).to.equal(roadmap);
    expect(roadmap.getAttribute('tabindex')).to.equal('-1');
    roadmap.remove();
  });
});

describe('<fc-cards>: tasks, service areas and comparing', () => {
  it('shows each task’s state → needs → actions and the NGO offers as labelled lists', async () => {
    const el = await render(pohjoisPohjanmaa, { attrs: { item: 'perhekeskuksen-tehtavat' } });
    expect(cardTitles(el)[0]).to.equal('1. Edistää ja seuraa lapsen terveyttä ja hyvinvointia ml. Lapsen kasvua');
    const first = qa(el, '[part="card"]')[0];
    const labels = [...first.querySelectorAll('[part="section-label"]')].map((h) => squash(h.textContent));
    expect(labels).to.deep.equal([
      'Nykytilanne:',
      'Kehittämistarpeet:',
      'Ehdotetut toimenpiteet:',
      'Järjestöt ja seurakunnat tarjoavat esimerkiksi',
    ]);
    const needs = first.querySelectorAll('ul')[1];
    expect(root(el).getElementById(needs.getAttribute('aria-labelledby')!)!.textContent).to.equal('Kehittämistarpeet:');
    // Headings one level under the title (h2 by default): cards h3, sections h4.
    expect(q(el, '[part="title"]')!.localName).to.equal('h2');
    expect(first.querySelector('[part="card-title"]')!.localName).to.equal('h3');
    expect(first.querySelector('[part="section-label"]')!.localName).to.equal('h4');
    await expect(el).to.be.accessible();
  });

  it('takes heading-level for its title and goes deeper under it', async () => {
    const el = await render(etelaPohjanmaa, { attrs: { item: 'perhekeskuskonsepti-kanvas', 'heading-level': '3' } });
    expect(q(el, '[part="title"]')!.localName).to.equal('h3');
    expect(q(el, '[part="band-label"]')!.localName).to.equal('h4');
    expect(q(el, '[part="card-title"]')!.localName).to.equal('h5');
    expect(q(el, '[part="section-label"]')!.localName).to.equal('h6');
  });

  it('shows one section only with a pressed switch, by keyboard', async () => {
    const el = await render(pohjoisPohjanmaa, { attrs: { item: 'perhekeskuksen-tehtavat' } });
    const choices = qa(el, '[part="section-choice"]');
    expect(choices.map((c) => squash(c.textContent))).to.deep.equal([
      'Kaikki osiot',
      'Nykytilanne',
      'Kehittämistarpeet',
      'Ehdotetut toimenpiteet',
      'Järjestöt ja seurakunnat tarjoavat esimerkiksi',
    ]);
    expect(choices.map((c) => c.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false', 'false', 'false']);
    const actions = await tabTo(el, '[part="section-choice"]:nth-of-type(4)');
    expect(squash(actions.textContent)).to.equal('Ehdotetut toimenpiteet');
    await press(el, 'Enter');
    expect(el.getAttribute('section')).to.equal('ehdotetut toimenpiteet');
    expect(qa(el, '[part="section-choice"]')[3].getAttribute('aria-pressed')).to.equal('true');
    for (const c of qa(el, '[part="card"]')) {
      expect([...c.querySelectorAll('[part="section-label"]')].map((h) => squash(h.textContent))).to.deep.equal([
        'Ehdotetut toimenpiteet:',
      ]);
    }
    await expect(el).to.be.accessible();
  });

  it('compares what every service area names, side by side, and marks what all six share', async () => {
    const el = await render(pohjoisPohjanmaa, { attrs: { item: 'palvelualueiden-nykytila', section: 'kehittämiskohteena' } });
    const compare = q<HTMLButtonElement>(el, '[part="compare-button"]')!;
    expect(compare.getAttribute('aria-pressed')).to.equal('false');
    compare.focus();
    await press(el, ' ');
    expect(compare.getAttribute('aria-pressed')).to.equal('true');
    const table = q<HTMLTableElement>(el, '[part="compare"] table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => squash(th.textContent))).to.deep.equal(['Kortti', 'Kehittämiskohteena']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((r) => squash(r.querySelector('th')!.textContent))).to.deep.equal([
      'Oulu',
      'Koillismaa',
      'Oulunkaari',
      'Lakeus',
      'Rannikko',
      'Oulun eteläinen',
    ]);
    // Lakeus and Oulun eteläinen print the heading without its colon: their targets line up all the same.
    for (const r of rows) {
      const first = r.querySelector('td li')!;
      // Seen: «kaikilla»; heard: «(Yhteinen kaikille korteille)».
      expect(squash(first.textContent)).to.equal('Perhekeskuksen johtaminen ja koordinointi kaikilla(Yhteinen kaikille korteille)');
      expect(first.querySelector('[part="shared"] [aria-hidden="true"]')!.textContent).to.equal('kaikilla');
    }
    expect(qa(el, '[part="shared"]')).to.have.length(6);
    expect(q(el, '[part="compare"]')!.getAttribute('tabindex')).to.equal('0');
    await expect(el).to.be.accessible();
  });

  it('shows strengths of all six in the compare view without a section chosen, and fits 320 px by scrolling only the table', async () => {
    const el = await render(pohjoisPohjanmaa, { attrs: { item: 'palvelualueiden-nykytila', compare: '' }, width: '320px' });
    const heads = qa(el, '[part="compare"] thead th').map((th) => squash(th.textContent));
    expect(heads).to.deep.equal(['Kortti', 'Erityisen hyvää', 'Kehittämiskohteena']);
    expect(squash(q(el, '[part="compare"] tbody td')!.textContent)).to.contain(
      'Lapsiperhepalveluiden toimijoiden sivi-, sote- ja 3. sektorin yhteistyö',
    );
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expect(el).to.be.accessible();
  });
});

describe('<fc-cards>: the guidelines and key figures', () => {
  it('lists the eight national guidelines as a numbered list', async () => {
    const el = await render(etelaPohjanmaa, { attrs: { item: 'kansalliset-linjaukset' } });
    const list = q(el, 'ol.cards__list')!;
    expect([...list.children].map((li) => li.getAttribute('value'))).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(cardTitles(el)[5]).to.equal('6. Uudistetaan toimintakulttuuria.');
    expect(q(el, '[part="tools"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('formats figures for the language and reads them without the space separator', async () => {
    const el = await render(pohjoisPohjanmaa, { attrs: { item: 'pohjois-pohjanmaa-lukuina' } });
    const figure = card(el, 'Pohjois-Pohjanmaan hyvinvointialueella').querySelector('[part="figure"]')!;
    expect(squash(figure.querySelector('[part="figure-value"]')!.textContent)).to.equal('415 000');
    expect(figure.querySelector('[part="figure-value"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(squash(figure.querySelector('.fc-visually-hidden')!.textContent)).to.equal('415000');
    // Seen: «noin 415 000 asukasta»; heard: «noin 415000 asukasta».
    expect(squash(figure.textContent)).to.equal('noin 415 000415000 asukasta');
    const stea = card(el, 'STEA').querySelector('[part="figure"]')!;
    expect(squash(stea.textContent)).to.equal('noin 15,9 miljoonaa euroa');
    expect(stea.querySelector('.fc-visually-hidden')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

// ---- languages -----------------------------------------------------------------------------------

describe('<fc-cards>: languages', () => {
  for (const [lang, word, show, first] of [
    ['fi', 'Ei tarkasteltu', 'Näytä kaikki 33', 'Perhekeskusverkoston palvelut tukevat'],
    ['sv', 'Inte granskat', 'Visa alla 33', 'Familjecenternätverkets tjänster stöder'],
    ['en', 'Not examined', 'Show all 33', "The family-centre network's services support"],
  ] as const) {
    it(`${lang}: the kit's words and the data's texts`, async () => {
      const el = await render(etelaPohjanmaa, { lang, attrs: { item: 'perhekeskuskonsepti-kanvas' } });
      expect(squash(q(el, '[part~="status-not-examined"] .card__badge')!.textContent)).to.equal(word);
      expect(squash(q(el, '[part="toggle"]')!.textContent)).to.equal(show);
      expect(squash(q(el, '[part="card"] li')!.textContent)).to.match(new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(q(el, '[part="card"] li [lang]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('marks a text shown in another language with its lang', async () => {
    const set = smallCanvas();
    set.cards[0].title = { fi: 'Vain suomeksi' };
    set.cards[1].title = { fi: 'Kortti', en: 'Card' };
    const el = await render(doc(set), { lang: 'en' });
    const [a, b] = qa(el, '[part="card-title"]');
    expect(a.querySelector('[lang]')!.getAttribute('lang')).to.equal('fi');
    expect(squash(a.textContent)).to.equal('1. Vain suomeksi');
    expect(b.querySelector('[lang]')).to.equal(null);
  });

  it('follows a change of lang', async () => {
    const el = await render(etelaPohjanmaa, { attrs: { item: 'perhekeskuskonsepti-kanvas' } });
    el.lang = 'sv';
    await settled(el);
    expect(squash(q(el, '[part="band-label"]')!.textContent)).to.equal('Kundrelationer och tjänster');
  });
});

// ---- bad input and events ------------------------------------------------------------------------

describe('<fc-cards>: bad input and events', () => {
  it('shows overlapping placements in place, with the path, in the reader’s language, and tells the page', async () => {
    const set = smallCanvas();
    set.cards[4].area = { row: 1, column: 1 };
    const errors: CustomEvent[] = [];
    const host = document.createElement('div');
    document.body.append(host);
    host.addEventListener('fc-error', (e) => errors.push(e as CustomEvent));
    const el = await render(doc(set), { lang: 'sv' });
    expect(errorLines(el)).to.deep.equal(['cards[0].cards[4].area: platsen överlappar kortet "a"']);
    expect(log.errors.join('\n')).to.contain('cards[0].cards[4].area');
    host.remove();
  });

  it('refuses a figure that is not a finite number given as a property', async () => {
    const set = smallCanvas();
    set.cards[0].figure = { value: Infinity };
    const el = await render(set, { lang: 'fi' });
    expect(errorLines(el)).to.deep.equal(['cards[0].figure.value: odotettiin äärellistä lukua']);
  });

  it('checks a link to another figure against the document, in English', async () => {
    const set = clone(canvas);
    for (const c of set.cards) delete c.links;
    set.cards[0].links = [{ to: 'roadmaps:ei-ole' }];
    const el = await render(doc(set), { lang: 'en' });
    expect(errorLines(el)).to.deep.equal(['cards[0].cards[0].links[0].to: there is no id "roadmaps:ei-ole"']);
  });

  it('fires fc-load, bubbling and composed, with the set’s id', async () => {
    const loads: CustomEvent[] = [];
    const listener = (e: Event) => loads.push(e as CustomEvent);
    document.addEventListener('fc-load', listener);
    await render(pohjoisPohjanmaa, { attrs: { item: 'palvelualueiden-nykytila' } });
    document.removeEventListener('fc-load', listener);
    expect(loads.map((e) => [e.detail.collection, e.detail.id, e.bubbles, e.composed])).to.deep.equal([
      ['cards', 'palvelualueiden-nykytila', true, true],
    ]);
  });

  it('draws 100 cards of 3 sections of 5 points, numbered, in the data’s order', async () => {
    const el = await render(generateCardSet(100));
    expect(qa(el, '[part="card"]')).to.have.length(100);
    expect(
      cardTitles(el)
        .slice(0, 2)
        .map((t) => t.split(' ')[0]),
    ).to.deep.equal(['1.', '2.']);
    expect(qa(el, '[part="section"]')).to.have.length(300);
  });
});

describe('<fc-cards>: seed sets as data', () => {
  it('shows each seed set from its document by item', async () => {
    for (const [document, set] of [
      [etelaPohjanmaa, guidelines],
      [pohjoisPohjanmaa, tasks],
      [pohjoisPohjanmaa, serviceAreas],
      [pohjoisPohjanmaa, keyFigures],
    ] as const) {
      const el = await render(document, { attrs: { item: set.id } });
      expect(qa(el, '[part="card"]'), set.id).to.have.length(set.cards.length);
      expect(errorLines(el), set.id).to.deep.equal([]);
    }
  });
});
