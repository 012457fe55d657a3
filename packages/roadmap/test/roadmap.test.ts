import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { FcRoadmap } from '../src/roadmap.js';
import { clone, etelaPohjanmaa, everyStatus, pohjoisPohjanmaa, withBadItems, withOneBadItem } from './fixtures.js';
import { generateRoadmap } from './generate.js';
import { describeExamples, elementFixture } from '../../../test/support/element-fixture.js';
import { EXAMPLES } from '../examples.js';

// ---- helpers -----------------------------------------------------------------------------------

const root = (el: FcRoadmap) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: FcRoadmap, selector: string) => root(el).querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: FcRoadmap, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const frames = (n = 2) =>
  new Promise<void>((r) => {
    const step = (k: number) => (k ? requestAnimationFrame(() => step(k - 1)) : r());
    step(n);
  });
const visible = (e: Element | null) => !!e && e.getClientRects().length > 0;
const chartButtons = (el: FcRoadmap) => qa(el, '.rm-chart .rm-button');
const button = (el: FcRoadmap, id: string, view: 'chart' | 'years' = 'chart') => q(el, `.rm-${view} button[data-id="${id}"]`)!;
const labels = (buttons: HTMLElement[]) => buttons.map((b) => squash(b.querySelector('.rm-label')!.textContent));
const laneLabels = (el: FcRoadmap) => qa(el, '[part="lane-label"]').map((h) => squash(h.textContent));
const focusedId = (el: FcRoadmap) => (root(el).activeElement as HTMLElement | null)?.dataset.id;
const rect = (e: Element) => e.getBoundingClientRect();
const texts = (nodes: Iterable<Element>) => [...nodes].map((n) => squash(n.textContent));
const legendText = (el: FcRoadmap) => [squash(q(el, '.rm-legend__title')!.textContent), ...texts(qa(el, '[part="legend"] li'))].join(' ');

/** Waits until the element has drawn and re-laid out for its measured width. */
async function settled(el: FcRoadmap) {
  await el.updateComplete;
  await frames(3);
  await el.updateComplete;
}

/** A real key press; `Control+End` holds Control down around End. */
async function press(el: FcRoadmap, key: string) {
  const [modifier, k] = key.includes('+') && key.length > 1 ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: k });
  if (modifier) await sendKeys({ up: modifier });
  await settled(el);
}

/** A focusable button before the element, to Tab in from. */
function buttonBefore(el: FcRoadmap) {
  const before = Object.assign(document.createElement('button'), { textContent: 'ennen' });
  el.parentElement!.prepend(before);
  const after = Object.assign(document.createElement('button'), { textContent: 'jälkeen' });
  el.parentElement!.append(after);
  return { before, after };
}

const ep = () => clone(etelaPohjanmaa);
const EP_LANES = [
  'Johtaminen, organisaatio, rakenteet ja palveluverkko',
  'Pakolliset toteutettavat asiat',
  'Tietojärjestelmät ja digitalisaatio',
  'Toimintamallien kehittäminen ja yhtenäistäminen',
];
/** The fifteen items, lane by lane in time order, quoted exactly. */
const EP_ITEMS = [
  'Johtamisrakenteen suunnittelu ja toteutus',
  'Perhekeskuskoordinaattoritoiminnan yhtenäistäminen',
  'Perhekeskusverkoston johtamisen toimintamalli ja -käytänteet',
  'Yhtenäiset verkkosivut',
  'Lomakkeiden yhtenäistäminen',
  'Kriteeristön yhtenäistäminen',
  'Palvelu-, hoito- yms. suunnitelmien yhtenäistäminen',
  'Hyvinvointialueen perhekeskuksen nettisivujen toteutus',
  'Sähköisen perhekeskuksen pilotti',
  'Etäkonsultaatioratkaisun suunnittelu ja käyttöönotto',
  'Yhteisen palveluohjausmallin luominen',
  'Perhekeskustoiminnan seurannan ja arvioinnin suunnittelu, aloitetaan mittareista',
  'Hyvinvointialueen palvelupolkutyö: laaditaan yhtenäiset palvelupolut. Aloitetaan 4 kriittisimmästä asiakasryhmästä.',
  'Kokemustoimija- ja asiakasraatitoiminnan suunnittelu',
  'Yhteinen kohtaamispaikkamalli',
];

/** Pohjois-Pohjanmaa's 21 actions, goal by goal, quoted exactly (punctuation, missing full stops included). */
const PP_ITEMS = [
  'Määritellään Pohjois-Pohjanmaalle sijoittuvat perhekeskukset.',
  'Palveluiden saatavuudessa ja saavutettavuudessa huomioidaan erilaiset tarpeet, kuten liikenneyhteydet ja esteettömyys.',
  'Kehitetään ja otetaan käyttöön eri toimintaympäristöihin jalkautuvia palveluita, matalan kynnyksen yhteydenottokanavia sekä sähköinen perhekeskus.',
  'Määritellään perhekeskuksen palveluverkoston toimijat',
  'Varmistetaan, että palvelut toimivat verkostomaisesti',
  'Jokaisen perhekeskuksen yhteyteen perustetaan kohtaamispaikka',
  'Perhekeskuksen tehtävät konkretisoidaan ja työnjaosta sovitaan.',
  'Sovitaan perhekeskuksen ml. kohtaamispaikkojen johtamis- ja koordinaatiorakenteet.',
  'Hyvinvointialueella toimii perhekeskustoimijat kokoava alueellinen perhekeskusverkosto.',
  'Määritellään perhekeskuksen palveluverkoston toimijat.',
  'Varmistetaan erityispalveluiden toteutuminen perhekeskuksessa sopimalla yhteistyön käytänteistä ja konsultaatiorakenteista.',
  'Vahvistetaan monialaisia yhteistyönrakenteita, ottamalla käyttöön yhteisövaikuttavuusmalli ja hyvinvointineuvola-toiminta.',
  'Sovitaan järjestöyhteistyöstä.',
  'Vahvistetaan systeemistä työotetta',
  'Otetaan käyttöön yhteisövaikuttavuusmalli',
  'Otetaan käyttöön asiakas- ja palveluohjauksen yhden yhteydenoton toimintoja',
  'Huomioidaan osallisuus osana perhekeskuksen kehittämistä ja arviointia.',
  'Perhekeskuksen toimintasuunnitelmaan ja perhekeskuskäsikirjoihin kirjataan menetelmät, miten osallisuutta toteutetaan osana perhekeskuksen kehittämistä ja toimintaa.',
  'Perhekeskuksen toimintasuunnitelma ja sen laatiminen hyvinvointialueelle',
  'Hyvinvointialueen perhekeskustoiminnan etenemisen ja toimintasuunnitelman toteutumisen seuranta',
  'Riittävän kattavat tiedot ja seurantajärjestelmä, mittarit ja vaikuttavuuden arviointi sekä asiakaspalaute (terveys, hyvinvointi, palveluntarve ja –saatavuus) käytettävissä päätöksenteon tueksi',
];

const { render, renderExample, log } = elementFixture<FcRoadmap>('fc-roadmap', { settle: settled, font: false });
describeExamples(EXAMPLES, { collection: 'roadmaps', renderExample, log });
afterEach(async () => {
  await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
});

// ---- seed roadmaps -------------------------------------------------------------------------------

describe('seed roadmaps', () => {
  it('draws Etelä-Pohjanmaa 2022–2025: four theme lanes, fifteen items quoted exactly, the goal, note and source', async () => {
    const el = await render(ep(), { attrs: { today: '2023-09-15' } });
    expect(squash(q(el, '[part="title"]')!.textContent)).to.equal('Alustava tiekartta');
    expect(squash(q(el, '.rm-range')!.textContent)).to.equal('2022–2025');
    expect(laneLabels(el)).to.deep.equal(EP_LANES);
    expect(labels(chartButtons(el))).to.deep.equal(EP_ITEMS);
    expect(qa(el, '[part~="item"]')).to.have.length(15);
    expect(squash(q(el, '[part="goal"]')!.textContent)).to.equal('Tavoite Kansallisten linjausten mukaisesti toimiva Perhekeskus');
    expect(qa(el, '.rm-axis .rm-ticks--year .rm-tick').map((t) => squash(t.textContent))).to.deep.equal(['2022', '2023', '2024', '2025']);
    const meta = squash(q(el, '[part="meta"]')!.textContent);
    expect(meta).to.contain('Huomautus: Kehittämiskohteet ovat lähteestä;');
    expect(meta).to.contain('Tietoja aineistosta Kaistat ja ajoitukset ovat fc-kitin rekonstruktio.');
    expect(meta).to.contain('15 kehittämiskohdetta');
    expect(meta).to.contain('Lähde: Etelä-Pohjanmaan hyvinvointialueen perhekeskuskonsepti, 2021');
    expect(log.lines).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('names each item by its label, theme and time', async () => {
    const el = await render(ep(), { attrs: { today: '2023-09-15' } });
    expect(button(el, 'johtamisrakenne').getAttribute('aria-label')).to.equal(
      'Johtamisrakenteen suunnittelu ja toteutus, 2022–2023, Johtaminen, organisaatio, rakenteet ja palveluverkko',
    );
    expect(button(el, 'koordinaattoritoiminta').getAttribute('aria-label')).to.equal(
      'Perhekeskuskoordinaattoritoiminnan yhtenäistäminen, 2023, Johtaminen, organisaatio, rakenteet ja palveluverkko',
    );
    // The seed gives no status, so none is invented.
    expect(qa(el, '.rm-status').filter(visible)).to.have.length(0);
    expect(chartButtons(el).every((b) => b.tagName === 'BUTTON' && b.getAttribute('type') === 'button')).to.equal(true);
  });

  it('draws Pohjois-Pohjanmaa 2023–2025: eight goals as lanes and their actions', async () => {
    const el = await render(clone(pohjoisPohjanmaa), { attrs: { item: 'pohjois-pohjanmaa-2023-2025', today: '2024-05-15' } });
    expect(squash(q(el, '[part="title"]')!.textContent)).to.equal('Tavoitteet ja toimenpiteet 2023–2025');
    expect(laneLabels(el)).to.have.length(8);
    expect(laneLabels(el)[0]).to.equal('Perhekeskukset toimivat koko hyvinvointialueella ja palvelut ovat saatavia ja saavutettavia.');
    expect(laneLabels(el)[7]).to.equal('Perhekeskustoiminnan kehittämistä seurataan ja arvioidaan.');
    expect(labels(chartButtons(el))).to.deep.equal(PP_ITEMS);
    expect(squash(q(el, '.rm-goal__text')!.textContent)).to.equal(
      'Tavoitteena on, että hyvinvointialueella toimii kansalliset linjaukset täyttävä perhekeskustoiminta.',
    );
    expect(squash(q(el, '[part="meta"]')!.textContent)).to.contain('Lähde: Pohjois-Pohjanmaan perhekeskuksen toimintasuunnitelma');
    // The same action under two goals is two items, each named with its own goal.
    expect(button(el, 'palveluverkoston-toimijat').getAttribute('aria-label')).to.contain(
      'Perhekeskuksen palvelut toteutuvat verkostomaisesti',
    );
    expect(button(el, 'palveluverkoston-toimijat-2').getAttribute('aria-label')).to.contain(
      'Perhekeskuksen yhteistyörakenteista ja käytänteistä on sovittu.',
    );
    await expect(el).to.be.accessible();
  });
});

describe('when timing says nothing', () => {
  it('lists Pohjois-Pohjanmaa\u2019s 21 whole-range actions under their goals, without a time axis or a one-entry legend', async () => {
    const el = await render(clone(pohjoisPohjanmaa), {
      width: '1120px',
      attrs: { item: 'pohjois-pohjanmaa-2023-2025', today: '2024-05-15' },
    });
    // No quarter axis over 21 identical bars: the list, grouped by goal, says once that every action spans 2023–2025.
    expect(visible(q(el, '[part="axis"]'))).to.equal(false);
    expect(visible(q(el, '.rm-today'))).to.equal(false);
    expect(qa(el, '.rm-chart .rm-bar').filter(visible)).to.have.length(0);
    expect(squash(q(el, '.rm-whole-range')!.textContent)).to.equal('Kaikki kohteet kattavat koko kauden 2023–2025.');
    expect(visible(q(el, '[part="legend"]'))).to.equal(false);
    expect(laneLabels(el)).to.have.length(8);
    // Each goal heads its actions: every button stands under its lane label, inside the host.
    const host = rect(el);
    for (const lane of qa(el, '.rm-lane')) {
      const label = rect(lane.querySelector('.rm-lane__label')!);
      for (const b of lane.querySelectorAll('.rm-button')) {
        expect(rect(b).top, (b as HTMLElement).dataset.id).to.be.at.least(label.bottom - 0.5);
        expect(rect(b).right).to.be.at.most(host.right + 0.5);
      }
    }
    expect(rect(q(el, '[part="goal"]')!).top).to.be.at.least(rect(qa(el, '.rm-lane').at(-1)!).bottom);
    // The names still say the time, and the list keys move down and up.
    expect(button(el, 'maaritellaan-perhekeskukset').getAttribute('aria-label')).to.contain('2023–2025');
    button(el, 'maaritellaan-perhekeskukset').focus();
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal('saatavuuden-tarpeet');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('keeps the chart for timed items, and drops a legend that would only say "period"', async () => {
    const el = await render(ep(), { width: '1120px', attrs: { today: 'none' } });
    expect(visible(q(el, '[part="axis"]'))).to.equal(true);
    expect(q(el, '.rm-whole-range')).to.equal(null);
    // Only bars, no status, no today line: a swatch in the text colour beside lane-coloured bars explains nothing.
    expect(q(el, '[part="legend"]')).to.equal(null);
    const withToday = await render(ep(), { width: '1120px', attrs: { today: '2023-09-15' } });
    expect(legendText(withToday)).to.contain('Ajanjakso');
  });

  it('says it in Swedish and English', async () => {
    for (const [lang, text] of [
      ['sv', 'Alla punkter gäller hela perioden 2023–2025.'],
      ['en', 'Every item spans the whole period, 2023–2025.'],
    ]) {
      const el = await render(clone(pohjoisPohjanmaa), {
        width: '1120px',
        lang,
        attrs: { item: 'pohjois-pohjanmaa-2023-2025', today: '2024-05-15' },
      });
      expect(squash(q(el, '.rm-whole-range')!.textContent)).to.equal(text);
    }
  });
});

// ---- geometry ------------------------------------------------------------------------------------

describe('positions on the time axis', () => {
  const track = (el: FcRoadmap) => rect(q(el, '.rm-axis__track')!);
  /** Where a time (UTC ms) lies on the drawn track, in px from the viewport's left. */
  const xOf = (el: FcRoadmap, time: number, start: number, end: number) => {
    const t = track(el);
    return t.left + ((time - start) / (end - start)) * t.width;
  };

  it('draws each bar from the start of its start to the end of its end', async () => {
    const el = await render(ep(), { attrs: { today: '2023-09-15' } });
    const [s, e] = [Date.UTC(2022, 0, 1), Date.UTC(2026, 0, 1)];
    const bar = (id: string) => rect(button(el, id).querySelector('.rm-bar')!);
    expect(bar('verkoston-johtaminen').left).to.be.closeTo(xOf(el, Date.UTC(2023, 0, 1), s, e), 6);
    expect(bar('verkoston-johtaminen').right).to.be.closeTo(xOf(el, e, s, e), 6);
    expect(bar('johtamisrakenne').left).to.be.closeTo(xOf(el, s, s, e), 6);
    expect(bar('johtamisrakenne').right).to.be.closeTo(xOf(el, Date.UTC(2024, 0, 1), s, e), 6);
    expect(bar('palvelupolut').width).to.be.closeTo(track(el).width, 10);
    // Year ticks at their years.
    const ticks = qa(el, '.rm-ticks--year .rm-tick').map(rect);
    expect(ticks[2].left).to.be.closeTo(xOf(el, Date.UTC(2024, 0, 1), s, e), 1.5);
  });

  it('draws an item without an end as a milestone, and the today line at today', async () => {
    const el = await render(clone(everyStatus), { attrs: { today: '2024-07-01' } });
    const [s, e] = [Date.UTC(2022, 0, 1), Date.UTC(2026, 0, 1)];
    const milestone = button(el, 'i4');
    expect(milestone.getAttribute('part')).to.equal('item milestone status-planned');
    expect(button(el, 'i1').getAttribute('part')).to.equal('item status-done');
    const diamond = rect(milestone.querySelector('.rm-bar')!);
    expect(diamond.left + diamond.width / 2).to.be.closeTo(xOf(el, Date.UTC(2025, 4, 1), s, e), 6);
    expect(diamond.width).to.be.closeTo(diamond.height, 0.5);
    expect(button(el, 'i4').getAttribute('aria-label')).to.equal(
      'Kohtaamispaikat auki, toukokuu 2025, Suunniteltu, Palvelut, Virstanpylväs',
    );
    const today = q(el, '[part="today"]')!;
    expect(rect(today).left + 1).to.be.closeTo(xOf(el, Date.UTC(2024, 6, 1), s, e), 2);
    expect(rect(today).height).to.be.greaterThan(rect(q(el, '.rm-lane')!).height);
    expect(squash(q(el, '[part="today-label"]')!.textContent)).to.equal('Tänään');
    expect(squash(q(el, '[part="legend"] [data-today]')!.textContent)).to.equal('Tänään 1.7.2024');
  });

  it('stacks overlapping items in rows, without overlap, and follows the track when it grows', async () => {
    const el = await render(ep(), { attrs: { today: '2023-09-15' } });
    const boxes = ['yhtenaiset-verkkosivut', 'lomakkeet', 'kriteeristo', 'suunnitelmat'].map((id) => rect(button(el, id)));
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i].top).to.be.at.least(boxes[i - 1].bottom);
      expect(boxes[i].left).to.be.closeTo(boxes[0].left, 0.5);
    }
    // Nothing overlaps anywhere.
    const all = chartButtons(el).map((b) => ({ id: b.dataset.id, r: rect(b) }));
    for (const a of all) {
      for (const b of all) {
        if (a === b) continue;
        const overlap =
          a.r.left < b.r.right - 0.5 && b.r.left < a.r.right - 0.5 && a.r.top < b.r.bottom - 0.5 && b.r.top < a.r.bottom - 0.5;
        expect(overlap, `${a.id} overlaps ${b.id}`).to.equal(false);
      }
    }
    // Short items stay legible: a one-year item at 700 px is widened to its box.
    el.parentElement!.style.width = '1700px';
    await settled(el);
    await settled(el);
    const t = rect(q(el, '.rm-axis__track')!);
    expect(rect(button(el, 'lomakkeet')).width).to.be.closeTo(t.width / 4 - 6, 3);
  });

  it('tells where today is only when it is inside the range; `today="none"` hides it', async () => {
    const el = await render(ep(), { attrs: { today: '2027-01-01' } });
    expect(q(el, '[part="today"]')).to.equal(null);
    expect(q(el, '[part="legend"] [data-today]')).to.equal(null);
    // Without the attribute: the reader's own date.
    const year = new Date().getFullYear();
    const now = await render({
      ...generateRoadmap(5, 3),
      start: String(year - 1),
      end: String(year + 1),
      items: [{ id: 'a', theme: 'johtaminen', label: 'A', start: String(year) }],
    });
    const d = new Date();
    expect(squash(q(now, '[part="legend"] [data-today]')!.textContent)).to.equal(
      `Tänään ${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`,
    );
    expect(q(now, '[part="today"]')).to.exist;
    now.setAttribute('today', 'none');
    await settled(now);
    expect(q(now, '[part="today"]')).to.equal(null);
  });
});

// ---- status, legend, parts ---------------------------------------------------------------------

describe('status and legend', () => {
  it('shows each status by a pattern, an icon and its name, and lists them in the legend', async () => {
    const el = await render(clone(everyStatus), { attrs: { today: '2024-07-01' } });
    const status = (id: string) => button(el, id).querySelector('.rm-status')!;
    expect(squash(status('i1').textContent)).to.equal('Valmis');
    expect(squash(status('i2').textContent)).to.equal('Käynnissä');
    expect(squash(status('i3').textContent)).to.equal('Myöhässä');
    expect(squash(status('i5').textContent)).to.equal('Suunniteltu');
    for (const id of ['i1', 'i2', 'i3', 'i5'])
      expect(
        visible(status(id).querySelector(`.rm-icon--${button(el, id).getAttribute('part')!.split('status-')[1]}[aria-hidden="true"]`)),
        id,
      ).to.equal(true);
    // Not colour alone: each status has its own pattern on the bar.
    const bar = (id: string) => getComputedStyle(button(el, id).querySelector('.rm-bar')!);
    expect(bar('i5').borderTopStyle).to.equal('dashed');
    expect(bar('i5').backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(bar('i2').backgroundImage).to.contain('repeating-linear-gradient');
    expect(bar('i3').borderTopStyle).to.equal('double');
    expect(bar('i1').backgroundImage).to.equal('none');
    expect(button(el, 'i1').getAttribute('aria-label')).to.equal('Johtamismalli, 2022 – 2. neljännes 2023, Valmis, Johtaminen');
    const legend = q(el, '[part="legend"]')!;
    expect(legendText(el)).to.equal('Selite: Ajanjakso Virstanpylväs Suunniteltu Käynnissä Valmis Myöhässä Tänään 1.7.2024');
    expect(legend.querySelectorAll('[data-status] .rm-bar')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('offers the parts lane, item, milestone, goal and today for theming', async () => {
    const el = await render(clone(everyStatus), { attrs: { today: '2024-07-01' } });
    const count = (part: string) => qa(el, `[part~="${part}"]`).length;
    expect([
      count('lane'),
      count('item'),
      count('milestone'),
      count('goal'),
      count('today'),
      count('title'),
      count('legend'),
      count('axis'),
    ]).to.deep.equal([2, 5, 1, 1, 1, 1, 1, 1]);
  });

  it('takes colours from --fc-* properties and styles from ::part() on the page', async () => {
    const style = document.createElement('style');
    style.textContent = `.themed { --fc-series-1: rgb(10, 20, 30); --fc-roadmap-today-color: rgb(1, 2, 3); --fc-color-accent: rgb(0, 90, 0); }
      .themed fc-roadmap::part(item) { border-top-color: rgb(200, 0, 0); }
      .themed fc-roadmap::part(goal) { background-color: rgb(250, 240, 200); }`;
    document.head.append(style);
    try {
      const el = await render(clone(everyStatus), { attrs: { today: '2024-07-01' } });
      el.parentElement!.classList.add('themed');
      await settled(el);
      expect(getComputedStyle(button(el, 'i1').querySelector('.rm-bar')!).backgroundColor).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(q(el, '[part="today"]')!).borderLeftColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(button(el, 'i3')).borderTopColor).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(q(el, '[part="goal"]')!).backgroundColor).to.equal('rgb(250, 240, 200)');
      expect(getComputedStyle(q(el, '[part="goal"]')!).borderTopColor).to.equal('rgb(0, 90, 0)');
    } finally {
      style.remove();
    }
  });
});

// ---- opening items ---------------------------------------------------------------------------------

describe('opening an item', () => {
  it('shows its description in a panel and fires fc-select with the item', async () => {
    const el = await render(clone(everyStatus), { attrs: { today: '2024-07-01' } });
    const selected = oneEvent(el, 'fc-select');
    button(el, 'i1').click();
    const event = await selected;
    expect(event.detail.kind).to.equal('item');
    expect(event.detail.id).to.equal('i1');
    expect(event.detail.item).to.deep.equal(everyStatus.items[0]);
    expect(event.bubbles && event.composed).to.equal(true);
    await settled(el);
    const panel = q(el, '[part="details"]')!;
    expect(visible(panel)).to.equal(true);
    expect(squash(panel.querySelector('h4')!.textContent)).to.equal('Johtamismalli');
    expect(texts(panel.querySelectorAll('dt, dd'))).to.deep.equal([
      'Teema',
      'Johtaminen',
      'Ajankohta',
      '2022 – 2. neljännes 2023',
      'Tyyppi',
      'Ajanjakso',
      'Tila',
      'Valmis',
    ]);
    expect(squash(panel.querySelector('.rm-details__description')!.textContent)).to.equal('Johtamismalli hyväksyttiin aluehallituksessa.');
    expect(button(el, 'i1').getAttribute('aria-expanded')).to.equal('true');
    expect(button(el, 'i1').getAttribute('aria-controls')).to.equal(panel.id);
    expect(root(el).activeElement).to.equal(panel.querySelector('h4'));
    // Right under the lane of the item.
    expect(panel.previousElementSibling!.getAttribute('data-lane')).to.equal('johtaminen');
    await expect(el).to.be.accessible();
    // The close button closes it and focus returns to the item.
    panel.querySelector<HTMLElement>('.rm-details__close')!.click();
    await settled(el);
    expect(q(el, '[part="details"]')).to.equal(null);
    expect(focusedId(el)).to.equal('i1');
    expect(button(el, 'i1').getAttribute('aria-expanded')).to.equal('false');
  });

  it('says so when an item has no description, and closes when its button is clicked again', async () => {
    const el = await render(clone(everyStatus), { attrs: { today: '2024-07-01' } });
    button(el, 'i3').click();
    await settled(el);
    expect(squash(q(el, '.rm-details__empty')!.textContent)).to.equal('Kohteelle ei ole kuvausta.');
    button(el, 'i3').click();
    await settled(el);
    expect(q(el, '[part="details"]')).to.equal(null);
  });
});

// ---- keyboard -------------------------------------------------------------------------------------

describe('keyboard', () => {
  it('is one tab stop; arrows move in time and between lanes; Enter, Space and Escape open and close', async () => {
    const el = await render(ep(), { attrs: { today: '2023-09-15' } });
    const { before, after } = buttonBefore(el);
    expect(
      chartButtons(el)
        .filter((b) => b.tabIndex === 0)
        .map((b) => b.dataset.id),
    ).to.deep.equal(['johtamisrakenne']);
    before.focus();
    await press(el, 'Tab');
    expect(focusedId(el)).to.equal('johtamisrakenne');
    const steps: [string, string][] = [
      ['ArrowRight', 'koordinaattoritoiminta'],
      ['ArrowRight', 'verkoston-johtaminen'],
      ['ArrowRight', 'verkoston-johtaminen'], // the lane's last stays
      ['ArrowDown', 'yhtenaiset-verkkosivut'], // the next lane, nearest in time (2022 vs 2023: all equal, the first)
      ['End', 'suunnitelmat'],
      ['ArrowLeft', 'kriteeristo'],
      ['Home', 'yhtenaiset-verkkosivut'],
      ['ArrowDown', 'nettisivut'],
      ['ArrowRight', 'sahkoinen-perhekeskus'],
      ['ArrowDown', 'kokemustoimijat'], // starts in 2023 like the pilot; the 2022 items are farther
      ['ArrowDown', 'kokemustoimijat'], // no lane below
      ['ArrowUp', 'nettisivut'],
      ['ArrowUp', 'yhtenaiset-verkkosivut'],
      ['ArrowUp', 'johtamisrakenne'],
      ['ArrowUp', 'johtamisrakenne'],
      ['Control+End', 'kohtaamispaikkamalli'],
      ['Control+Home', 'johtamisrakenne'],
    ];
    for (const [key, id] of steps) {
      await press(el, key);
      expect(focusedId(el), `after ${key}`).to.equal(id);
      expect(
        chartButtons(el)
          .filter((b) => b.tabIndex === 0)
          .map((b) => b.dataset.id),
        `tab stop after ${key}`,
      ).to.deep.equal([id]);
    }
    // Enter opens: focus to the details; Escape closes and returns.
    const selected = oneEvent(el, 'fc-select');
    await press(el, 'Enter');
    expect((await selected).detail.id).to.equal('johtamisrakenne');
    expect(squash(root(el).activeElement?.textContent)).to.equal('Johtamisrakenteen suunnittelu ja toteutus');
    expect(root(el).activeElement?.tagName).to.equal('H4');
    await press(el, 'Escape');
    expect(q(el, '[part="details"]')).to.equal(null);
    expect(focusedId(el)).to.equal('johtamisrakenne');
    await press(el, 'ArrowRight');
    await press(el, ' ');
    expect(squash(q(el, '[part="details"] h4')?.textContent)).to.equal('Perhekeskuskoordinaattoritoiminnan yhtenäistäminen');
    // Tab inside the details reaches the close button, Escape there closes too.
    await press(el, 'Tab');
    expect(root(el).activeElement?.classList.contains('rm-details__close')).to.equal(true);
    await press(el, 'Escape');
    expect(focusedId(el)).to.equal('koordinaattoritoiminta');
    // Tab leaves the items in one step, to the "about the data" disclosure and then out of the
    // roadmap; Shift+Tab comes back to the same item. (Compared as booleans: chai would print
    // a whole element on a mismatch.)
    await press(el, 'Tab');
    expect(root(el).activeElement?.getAttribute('part'), 'after the items').to.equal('source-summary');
    await press(el, 'Tab');
    expect(document.activeElement === after, 'Tab leaves the roadmap').to.equal(true);
    await press(el, 'Shift+Tab');
    await press(el, 'Shift+Tab');
    expect(focusedId(el)).to.equal('koordinaattoritoiminta');
  });

  it('makes a clicked item the tab stop', async () => {
    const el = await render(ep(), { attrs: { today: '2023-09-15' } });
    button(el, 'lomakkeet').focus();
    await settled(el);
    expect(
      chartButtons(el)
        .filter((b) => b.tabIndex === 0)
        .map((b) => b.dataset.id),
    ).to.deep.equal(['lomakkeet']);
  });

  it('walks the narrow list up and down across themes', async () => {
    const el = await render(ep(), { width: '320px', attrs: { today: '2023-09-15' } });
    const { before } = buttonBefore(el);
    before.focus();
    await press(el, 'Tab');
    expect(focusedId(el)).to.equal('johtamisrakenne');
    for (const [key, id] of [
      ['ArrowDown', 'koordinaattoritoiminta'],
      ['ArrowDown', 'verkoston-johtaminen'],
      ['ArrowDown', 'yhtenaiset-verkkosivut'],
      ['ArrowUp', 'verkoston-johtaminen'],
      ['ArrowRight', 'yhtenaiset-verkkosivut'],
      ['ArrowLeft', 'verkoston-johtaminen'],
      ['End', 'kohtaamispaikkamalli'],
      ['Home', 'johtamisrakenne'],
    ]) {
      await press(el, key);
      expect(focusedId(el), `after ${key}`).to.equal(id);
    }
  });

  it('walks the list by year and opens items there', async () => {
    const el = await render(ep(), { width: '320px', attrs: { 'group-by': 'year', today: '2023-09-15' } });
    const { before } = buttonBefore(el);
    before.focus();
    await press(el, 'Tab');
    expect(focusedId(el)).to.equal('yhtenaiset-verkkosivut');
    expect(root(el).activeElement!.closest('.rm-years')).to.exist;
    await press(el, 'End');
    expect(focusedId(el)).to.equal('verkoston-johtaminen'); // starts 2023 and ends last
    await press(el, 'ArrowUp');
    expect(focusedId(el)).to.equal('kohtaamispaikkamalli');
    await press(el, 'Enter');
    const panel = qa(el, '[part="details"]').find(visible)!;
    expect(panel.closest('.rm-years')).to.exist;
    expect(root(el).activeElement).to.equal(panel.querySelector('h4'));
    await press(el, 'Escape');
    expect(focusedId(el)).to.equal('kohtaamispaikkamalli');
    expect(root(el).activeElement!.closest('.rm-years')).to.exist;
  });
});

// ---- narrow --------------------------------------------------------------------------------------

describe('narrow container', () => {
  it('is a list grouped by theme at 320 px: nothing cut off, long Finnish labels wrap', async () => {
    const el = await render(ep(), { width: '320px', attrs: { today: '2023-09-15' } });
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(visible(q(el, '[part="axis"]'))).to.equal(false);
    expect(laneLabels(el)).to.deep.equal(EP_LANES);
    const buttons = chartButtons(el);
    const host = rect(el);
    for (const b of buttons) {
      const r = rect(b);
      expect(r.left, b.dataset.id).to.be.at.least(host.left - 0.5);
      expect(r.right, b.dataset.id).to.be.at.most(host.right + 0.5);
      const label = b.querySelector<HTMLElement>('.rm-label')!;
      expect(label.scrollWidth, `${b.dataset.id} cut off`).to.be.at.most(label.clientWidth + 1);
    }
    // One under another, in time order within the theme.
    for (let i = 1; i < 3; i++) expect(rect(buttons[i]).top).to.be.at.least(rect(buttons[i - 1]).bottom);
    const longest = button(el, 'palvelupolut').querySelector('.rm-label')!;
    expect(rect(longest).height).to.be.greaterThan(3 * parseFloat(getComputedStyle(longest).lineHeight) - 1);
    // The bar stands on a strip for the whole road: 2023–2025 starts a quarter in.
    const strip = rect(button(el, 'verkoston-johtaminen'));
    const bar = rect(button(el, 'verkoston-johtaminen').querySelector('.rm-bar')!);
    expect(bar.right).to.be.closeTo(strip.right - 8, 2);
    expect(visible(q(el, '[part="goal"]'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('groups by year with group-by="year"', async () => {
    const el = await render(ep(), { width: '320px', attrs: { 'group-by': 'year', today: '2023-09-15' } });
    expect(visible(q(el, '.rm-chart'))).to.equal(false);
    expect(qa(el, '[part="year-group"] h3').map((h) => squash(h.textContent))).to.deep.equal([
      'Vuonna 2022 alkavat',
      'Vuonna 2023 alkavat',
    ]);
    const groups = qa(el, '[part="year-group"]');
    expect(labels([...groups[0].querySelectorAll<HTMLElement>('.rm-button')])).to.deep.equal([
      'Yhtenäiset verkkosivut',
      'Lomakkeiden yhtenäistäminen',
      'Kriteeristön yhtenäistäminen',
      'Palvelu-, hoito- yms. suunnitelmien yhtenäistäminen',
      'Johtamisrakenteen suunnittelu ja toteutus',
      'Yhteisen palveluohjausmallin luominen',
      'Perhekeskustoiminnan seurannan ja arvioinnin suunnittelu, aloitetaan mittareista',
      'Hyvinvointialueen palvelupolkutyö: laaditaan yhtenäiset palvelupolut. Aloitetaan 4 kriittisimmästä asiakasryhmästä.',
    ]);
    // The theme is written on each item, as the grouping no longer shows it.
    expect(squash(button(el, 'lomakkeet', 'years').querySelector('.rm-theme-name')!.textContent)).to.equal(
      'Pakolliset toteutettavat asiat',
    );
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expect(el).to.be.accessible();
    // Wide, the chart is back whatever the grouping.
    el.parentElement!.style.width = '1100px';
    await settled(el);
    expect(visible(q(el, '.rm-chart'))).to.equal(true);
    expect(visible(q(el, '.rm-years'))).to.equal(false);
  });

  it('fits the longest labels and an opened item at 320 px in Swedish', async () => {
    const el = await render(clone(pohjoisPohjanmaa), { width: '320px', lang: 'sv', attrs: { today: '2024-05-15' } });
    button(el, 'tiedot-ja-mittarit').click();
    await settled(el);
    expect(visible(q(el, '[part="details"]'))).to.equal(true);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    for (const x of qa(el, '.rm-label, .rm-lane__label, .rm-details h4, .rm-goal__text')) {
      expect(x.scrollWidth, squash(x.textContent).slice(0, 40)).to.be.at.most(x.clientWidth + 1);
    }
    await expect(el).to.be.accessible();
  });

  it('puts lane labels above the items and the goal under them in a medium container', async () => {
    const el = await render(ep(), { width: '720px', attrs: { today: '2023-09-15' } });
    const label = rect(q(el, '.rm-lane__label')!);
    expect(rect(button(el, 'johtamisrakenne')).top).to.be.at.least(label.bottom - 0.5);
    expect(rect(q(el, '[part="goal"]')!).top).to.be.at.least(rect(qa(el, '.rm-lane').at(-1)!).bottom);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });
});

// ---- languages ------------------------------------------------------------------------------------

describe('languages', () => {
  const cases = [
    {
      lang: 'fi',
      title: 'Kehittämisen tiekartta',
      lanes: ['Johtaminen', 'Palvelut'],
      name: 'Johtamismalli, 2022 – 2. neljännes 2023, Valmis, Johtaminen',
      milestone: 'Kohtaamispaikat auki, toukokuu 2025, Suunniteltu, Palvelut, Virstanpylväs',
      legend: 'Selite: Ajanjakso Virstanpylväs Suunniteltu Käynnissä Valmis Myöhässä Tänään 1.7.2024',
      goal: 'Tavoite Perhekeskus toimii koko alueella',
    },
    {
      lang: 'sv',
      title: 'Färdplan för utvecklingen',
      lanes: ['Ledning', 'Tjänster'],
      name: 'Ledningsmodell, 2022 – kvartal 2 2023, Klar, Ledning',
      milestone: 'Mötesplatserna öppna, maj 2025, Planerad, Tjänster, Milstolpe',
      legend: 'Teckenförklaring: Tidsperiod Milstolpe Planerad Pågår Klar Försenad I dag 1 juli 2024',
      goal: 'Mål Familjecentret fungerar i hela området',
    },
    {
      lang: 'en',
      title: 'Development roadmap',
      lanes: ['Leadership', 'Services'],
      name: 'Leadership model, 2022 – Q2 2023, Done, Leadership',
      milestone: 'Meeting places open, May 2025, Planned, Services, Milestone',
      legend: 'Key: Period Milestone Planned Ongoing Done Late Today 1 Jul 2024',
      goal: 'Goal The family centre works across the area',
    },
  ];
  for (const c of cases) {
    it(`renders in ${c.lang}: title, lanes, names, legend, goal, hint, note`, async () => {
      const el = await render(clone(everyStatus), { lang: c.lang, attrs: { today: '2024-07-01' } });
      expect(squash(q(el, '[part="title"]')!.textContent)).to.equal(c.title);
      expect(laneLabels(el)).to.deep.equal(c.lanes);
      expect(button(el, 'i1').getAttribute('aria-label')).to.equal(c.name);
      expect(button(el, 'i4').getAttribute('aria-label')).to.equal(c.milestone);
      expect(legendText(el)).to.equal(c.legend);
      expect(squash(q(el, '[part="goal"]')!.textContent)).to.equal(c.goal);
      expect(squash(q(el, '.rm-hint__chart')!.textContent)).to.match(
        c.lang === 'fi'
          ? /^Nuolet: vasen ja oikea ajassa/
          : c.lang === 'sv'
            ? /^Pilarna: vänster och höger/
            : /^Arrows: left and right in time/,
      );
      expect(squash(q(el, '[part="meta"]')!.textContent)).to.contain(
        c.lang === 'fi' ? 'Huomautus: Esimerkki' : c.lang === 'sv' ? 'Anmärkning: Exempel' : 'Note: An example',
      );
      await expect(el).to.be.accessible();
    });
  }

  it('follows a change of lang, and marks data text that falls back to Finnish', async () => {
    const data = clone(everyStatus);
    data.items[1].label = { fi: 'Vain suomeksi' };
    const el = await render(data, { attrs: { today: '2024-07-01' } });
    el.lang = 'en';
    await settled(el);
    expect(laneLabels(el)).to.deep.equal(['Leadership', 'Services']);
    const label = button(el, 'i2').querySelector('.rm-label')!;
    expect(squash(label.textContent)).to.equal('Vain suomeksi');
    expect(label.querySelector('[lang]')?.getAttribute('lang')).to.equal('fi');
    expect(button(el, 'i1').querySelector('.rm-label [lang]')).to.equal(null);
  });
});

// ---- bad input and big input ------------------------------------------------------------------

describe('bad and big input', () => {
  it('renders the rest of a roadmap with one bad item and names that item\u2019s path', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.style.width = '1100px';
    const el = document.createElement('fc-roadmap');
    el.lang = 'fi';
    el.setAttribute('today', '2023-09-15');
    el.data = withOneBadItem();
    const error = oneEvent(el, 'fc-error');
    host.append(el);
    const detail = (await error).detail;
    await settled(el);
    expect(detail.path).to.equal('roadmaps[0].items[4].end');
    expect(chartButtons(el)).to.have.length(14);
    expect(labels(chartButtons(el))).to.not.include('Lomakkeiden yhtenäistäminen');
    expect(labels(chartButtons(el))).to.include('Yhtenäiset verkkosivut');
    const warnings = q(el, '[part="warnings"]')!;
    expect(squash(warnings.textContent)).to.equal(
      'Osa sisällöstä jätettiin pois (1) roadmaps[0].items[4].end: päättyy (2021) ennen kuin alkaa (2022)',
    );
    expect(log.lines.join('\n')).to.contain('roadmaps[0].items[4].end');
    await expect(el).to.be.accessible();
  });

  it('lists each kind of bad item with its path while the good ones render', async () => {
    const el = await render(withBadItems(), { attrs: { today: '2023-09-15' } });
    expect(chartButtons(el).map((b) => b.dataset.id)).to.have.members(['i1', 'i2', 'i3', 'i4', 'i5']);
    const text = squash(q(el, '[part="warnings"]')!.textContent);
    expect(text).to.contain('roadmaps[0].items[5].end: päättyy (2023) ennen kuin alkaa (2024)');
    // The core names the start of an item that lies wholly after the range.
    expect(text).to.contain('roadmaps[0].items[6].start: on aikajanan 2022–2025-Q4 ulkopuolella');
    expect(text).to.contain('roadmaps[0].items[7].theme: tunnistetta "talous" ei ole');
    expect(text).to.contain('roadmaps[0].items[8].start: odotettiin aikaa muodossa');
    await expect(el).to.be.accessible();
  });

  it('shows an error in place for a roadmap that cannot be drawn, and never throws', async () => {
    const el = await render({
      fcVersion: 1,
      id: 'x',
      roadmaps: [
        {
          id: 'r',
          title: 'T',
          start: '2025',
          end: '2022',
          themes: [{ id: 'a', label: 'A' }],
          items: [{ id: 'i', theme: 'a', label: 'I', start: '2023' }],
        },
      ],
    });
    expect(q(el, '[part="error"]')).to.exist;
    expect(squash(q(el, '[part="error"]')!.textContent)).to.contain('roadmaps[0].end');
    expect(q(el, '.rm')).to.equal(null);
  });

  it('draws 500 generated items usably, wide and narrow, and moves through them by keyboard', async () => {
    const data = generateRoadmap(500, 1);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.style.width = '1100px';
    const el = document.createElement('fc-roadmap');
    el.lang = 'fi';
    el.setAttribute('today', '2025-06-15');
    const t0 = performance.now();
    el.data = data;
    const loaded = oneEvent(el, 'fc-load');
    host.append(el);
    await loaded;
    await frames(1);
    const ms = performance.now() - t0;
    console.info(`<fc-roadmap> first render of 500 items in this test page: ${ms.toFixed(0)} ms`);
    await settled(el);
    expect(qa(el, '.rm-chart [part~="item"]')).to.have.length(500);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(ms).to.be.below(2000);
    const first = chartButtons(el).find((b) => b.tabIndex === 0)!;
    first.focus();
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.not.equal(first.dataset.id);
    await press(el, 'Control+End');
    expect(focusedId(el)).to.equal(chartButtons(el).at(-1)!.dataset.id);
    host.style.width = '320px';
    await settled(el);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });
});

// ---- media ----------------------------------------------------------------------------------------

describe('print, forced colours, reduced motion', () => {
  it('prints the chart with descriptions written out and without the keyboard hint', async () => {
    const el = await render(clone(everyStatus), { width: '1000px', attrs: { today: '2024-07-01' } });
    await emulateMedia({ media: 'print' });
    await settled(el);
    expect(visible(q(el, '[part="axis"]'))).to.equal(true);
    expect(visible(q(el, '.rm-hint'))).to.equal(false);
    const notes = q(el, '.rm-print-notes')!;
    expect(visible(notes)).to.equal(true);
    expect(texts(notes.querySelectorAll('dt, dd'))).to.deep.equal([
      'Johtamismalli',
      'Johtamismalli hyväksyttiin aluehallituksessa.',
      'Koordinaattoriverkosto',
      'Verkosto kokoontuu kuukausittain.',
    ]);
    expect(getComputedStyle(chartButtons(el)[0]).breakInside).to.equal('avoid');
    await emulateMedia({ media: 'screen' });
    await settled(el);
    expect(visible(notes)).to.equal(false);
  });

  it('keeps bars, patterns and the today line in system colours when colours are forced', async () => {
    await executeServerCommand('fc-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await render(clone(everyStatus), { attrs: { today: '2024-07-01' } });
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      probe.style.backgroundColor = 'Highlight';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      const highlight = getComputedStyle(probe).backgroundColor;
      probe.remove();
      const bar = (id: string) => getComputedStyle(button(el, id).querySelector('.rm-bar')!);
      expect(bar('i1').backgroundColor).to.equal(canvasText);
      expect(bar('i2').backgroundImage).to.contain('repeating-linear-gradient');
      expect(bar('i5').borderTopStyle).to.equal('dashed');
      expect(bar('i5').borderTopColor).to.equal(canvasText);
      expect(getComputedStyle(q(el, '[part="today"]')!).borderLeftColor).to.equal(highlight);
      expect(squash(button(el, 'i3').querySelector('.rm-status')!.textContent)).to.equal('Myöhässä');
    } finally {
      await executeServerCommand('fc-forced-colors', { active: false });
    }
  });

  it('turns transitions off for reduced motion', async () => {
    const el = await render(clone(everyStatus), { attrs: { today: '2024-07-01' } });
    expect(getComputedStyle(button(el, 'i1')).transitionDuration).to.equal('0.15s');
    await emulateMedia({ reducedMotion: 'reduce' });
    await settled(el);
    expect(getComputedStyle(button(el, 'i1')).transitionDuration).to.equal('0s');
  });
});
