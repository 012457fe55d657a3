import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { FcNetworkHouse } from '../src/network-house.js';
import { ROOM_MIN_WIDTH } from '../src/network-house-layout.js';
import {
  badRoomAndUrl,
  bareHouse,
  clone,
  etelaPohjanmaa,
  finnishOnly,
  longLabels,
  missingFoundation,
  noFloors,
  smallHouse,
  thlPerhekeskus,
  withEmptyFloor,
  withThirtyRooms,
} from './fixtures.js';
import { generateHouse } from './generate.js';
import { describeExamples, elementFixture } from '../../../test/support/element-fixture.js';
import { EXAMPLES } from '../examples.js';

// ---- helpers -----------------------------------------------------------------------------------

const root = (el: FcNetworkHouse) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: FcNetworkHouse, selector: string) => root(el).querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: FcNetworkHouse, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (e: Element | null | undefined) => squash(e?.textContent);
const button = (el: FcNetworkHouse, key: string) => q<HTMLButtonElement>(el, `button[data-key="${key}"]`)!;
const floors = (el: FcNetworkHouse) => qa(el, '[part~="floor"]');
const roomsOf = (floor: Element) => [...floor.querySelectorAll('.nh-room__label')].map(text);
const stones = (el: FcNetworkHouse) => qa(el, '[part~="stone"]').map(text);
const panel = (el: FcNetworkHouse) => q(el, '[part="details"]')!;
const panelOpen = (el: FcNetworkHouse) => !panel(el).hidden;
const focused = (el: FcNetworkHouse) => root(el).activeElement as HTMLElement | null;
const errorText = (el: FcNetworkHouse) => text(q(el, '[part="error"]'));
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** Waits until the element has drawn, measured its width and roof, and drawn again if that changed the layout. */
async function settled(el: FcNetworkHouse) {
  // Sizes are reported after a frame's layout and applied in the next frame, which may render again.
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 10 && !(await el.updateComplete); j++);
    await frame();
  }
}

async function press(el: FcNetworkHouse, key: string) {
  await sendKeys({ press: key });
  await settled(el);
}

/** Tabs from a button placed before the element until `key`'s button has focus. */
async function tabTo(el: FcNetworkHouse, key: string) {
  const before = document.createElement('button');
  before.textContent = 'ennen';
  el.parentElement!.prepend(before);
  before.focus();
  for (let i = 0; i < 60 && focused(el)?.dataset.key !== key; i++) await sendKeys({ press: 'Tab' });
  expect(focused(el)?.dataset.key, `Tab never reached ${key}`).to.equal(key);
}

/** Nothing inside sticks out of its box sideways, and the element does not scroll sideways. */
function expectNoOverflow(el: FcNetworkHouse) {
  expect(el.scrollWidth, 'element scrolls sideways').to.be.at.most(el.clientWidth);
  const host = el.getBoundingClientRect();
  for (const node of qa(el, '.nh *')) {
    if (node.closest('[hidden]') || getComputedStyle(node).display === 'none' || node.closest('.fc-visually-hidden')) continue;
    const r = node.getBoundingClientRect();
    if (!r.width) continue;
    expect(r.right, `${node.className || node.localName} "${text(node).slice(0, 30)}" sticks out`).to.be.at.most(host.right + 1);
    expect(r.left).to.be.at.least(host.left - 1);
    if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible') {
      expect.fail(`${node.className} scrolls sideways`);
    }
  }
}

const ep = () => clone(etelaPohjanmaa);
const thl = () => clone(thlPerhekeskus);

const { render, renderExample, log } = elementFixture<FcNetworkHouse>('fc-network-house', { settle: settled });
describeExamples(EXAMPLES, { collection: 'houses', renderExample, log });
afterEach(async () => {
  await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
});

// ---- seed houses -----------------------------------------------------------------------------------

describe('seed houses', () => {
  it("draws Etelä-Pohjanmaa's perheiden talo with its exact labels, note and source", async () => {
    const el = await render(ep(), { attrs: { item: 'perheiden-talo' } });
    const title = q(el, '[part="title"]')!;
    expect(title.localName).to.equal('h3');
    expect(text(title)).to.equal('Etelä-Pohjanmaan perhekeskuksen palvelut');
    expect(text(q(el, '[part~="roof-label"]'))).to.equal('Katto: Kansallisten linjausten mukaisesti toimiva Perhekeskus');
    expect(floors(el).map((f) => text(f.querySelector('.nh-floor__label')))).to.deep.equal([
      'Kiinteä yhteys ja verkostoyhteistyö',
      'Erityistason sosiaali- ja terveyspalveluiden jalkautuminen ja konsultaatiot peruspalveluiden tueksi',
      'Perustason sosiaali- ja terveyspalvelut',
    ]);
    expect(floors(el).map(roomsOf)).to.deep.equal([
      ['Opiskeluhuolto', 'Aikuisten palvelut', 'Kuntien muut palvelut (verkostoyhteistyö)', 'Järjestöt, seurakunnat ja Kela'],
      ['lastensuojelu', 'erikoissairaanhoito', 'vammaispalvelut'],
      ['Terveyspalvelut', 'Sosiaalipalvelut'],
    ]);
    expect(text(q(el, '.nh-door__label'))).to.equal('Asiakas- ja palveluohjaus');
    expect(stones(el)).to.deep.equal(['hyvinvointialueet', 'kunnat palveluineen', 'Kela', 'seurakunnat', 'järjestöt', 'yritykset']);
    // Rooms say how many services they hold, in words as well as in the panel.
    expect(text(button(el, 'room:terveyspalvelut'))).to.equal('Terveyspalvelut 6 palvelua');
    expect(text(button(el, 'room:aikuisten-palvelut'))).to.equal('Aikuisten palvelut 1 palvelu');
    const note = text(q(el, '.fc-source__note'));
    expect(note).to.match(/^Huomautus: Kerrosjako on fc-kitin rekonstruktio\./);
    expect(note).to.contain('kuva ei säilynyt: lähde ei kerro, mikä palvelu on missäkin kerroksessa');
    expect(text(q(el, '.fc-source__source'))).to.equal('Lähde: Etelä-Pohjanmaan hyvinvointialueen perhekeskuskonsepti, 2021');
    await expect(el).to.be.accessible();
  });

  it("draws THL's service palette with its exact labels, picked by item", async () => {
    const el = await render(thl(), { attrs: { item: 'thl-palvelupaletti' } });
    expect(text(q(el, '[part="title"]'))).to.equal('Perhekeskuksen palvelukokonaisuus');
    expect(floors(el).map((f) => f.getAttribute('aria-label'))).to.deep.equal([
      'Kerros 3 (3 kerroksesta): Järjestöt, seurakunnat ja Kela',
      'Kerros 2 (3 kerroksesta): Kuntien muut palvelut (verkostoyhteistyö)',
      'Kerros 1 (3 kerroksesta): Sosiaali- ja terveyspalvelut: perus- ja erityistaso',
    ]);
    expect(floors(el).map(roomsOf)).to.deep.equal([
      ['järjestöjen ja seurakuntien palvelut ja toiminta', 'Kela'],
      ['sivistyspalvelut', 'kunnan muut palvelut'],
      ['perustason sosiaali- ja terveyspalvelut (sote-palvelut)', 'Erityistaso', 'Aikuisten palvelut', 'Opiskeluhuolto'],
    ]);
    expect(stones(el)).to.deep.equal([
      'Psykososiaalisesti saavutettavissa: palvelujen laatu',
      'Fyysisesti saavutettavissa: tilaratkaisut, monitoimitilat',
      'Digitaalisesti saavutettavissa: sähköinen perhekeskus',
    ]);
    // The door has no description: it is text, not a button.
    const door = q(el, '[part~="door"]')!;
    expect(door.localName).to.equal('p');
    expect(text(door)).to.equal('Ovi: Perhekeskus auttaa, kun palvelut ovat helposti saavutettavissa');
    expect(text(q(el, '.fc-source__note'))).to.contain('Talon järjestys on fc-kitin, ei THL:n');
    expect(text(q(el, '.fc-source__source'))).to.equal('Lähde: Lapsiperheiden palveluja kootaan kokonaisuuksiksi - perhekeskuksiksi');
    await expect(el).to.be.accessible();
  });

  it('draws a house: roof on top, floors[0] at the bottom, rooms side by side, the door beside the ground floor, stones under it', async () => {
    const el = await render(ep());
    const box = (s: string) => q(el, s)!.getBoundingClientRect();
    const [top, middle, ground] = floors(el).map((f) => f.getBoundingClientRect());
    const roof = box('[part~="roof"]');
    const foundation = box('[part~="foundation"]');
    const door = box('[part~="door"]');
    expect(roof.bottom).to.be.at.most(top.top + 1);
    expect(top.bottom).to.be.at.most(middle.top + 1);
    expect(middle.bottom).to.be.at.most(ground.top + 1);
    expect(ground.bottom).to.be.at.most(foundation.top + 1);
    // The door stands on the ground floor's level, to its right, down to the foundation.
    expect(door.left).to.be.at.least(ground.right - 1);
    expect(door.top).to.be.at.least(ground.top);
    expect(Math.abs(door.bottom - foundation.top)).to.be.below(4);
    // Each floor's rooms in one row (they fit at 1100 px), left to right in data order.
    for (const f of floors(el)) {
      const rooms = [...f.querySelectorAll('[part~="room"]')].map((r) => r.getBoundingClientRect());
      expect(new Set(rooms.map((r) => Math.round(r.top))).size, text(f.querySelector('.nh-floor__label'))).to.equal(1);
      rooms.slice(1).forEach((r, i) => expect(r.left).to.be.greaterThan(rooms[i].right));
    }
    // The stones in balanced rows (3 + 3: five would fit) under the whole house, wider than the walls.
    const s = qa(el, '[part~="stone"]').map((n) => n.getBoundingClientRect());
    expect([...new Set(s.map((r) => Math.round(r.top)))].map((top) => s.filter((r) => Math.round(r.top) === top).length)).to.deep.equal([
      3, 3,
    ]);
    expect(s[0].left).to.be.at.most(box('[part~="walls"]').left);
  });

  it('gives long Finnish words boxes wide enough not to break them (Chrome has no Finnish hyphenation)', async () => {
    // 960 px: four rooms abreast would cut "(verkostoyhteistyö)"; the floor takes two rows instead.
    let el = await render(ep(), { width: '960px' });
    /** How many lines `word` takes where it is shown. */
    const lines = (selector: string, word: string) => {
      const node = q(el, selector)!;
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const at = t.textContent!.indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(t, at);
        range.setEnd(t, at + word.length);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }
      throw new Error(`${word} not in ${selector}`);
    };
    expect(lines('[data-key="room:kuntien-muut-palvelut"]', '(verkostoyhteistyö)')).to.equal(1);
    expect(lines('[data-key="room:erikoissairaanhoito"]', 'erikoissairaanhoito')).to.equal(1);
    expect(lines('[data-key="room:sosiaalipalvelut"]', 'Sosiaalipalvelut')).to.equal(1);
    expect(lines('[data-key="stone:hyvinvointialueet"]', 'hyvinvointialueet')).to.equal(1);
    expect(lines('[part~="door"]', 'palveluohjaus')).to.equal(1);
    expect(floors(el)[0].querySelectorAll('[part~="room"]')).to.have.length(4);
    // The door is as wide as its longest word in the reader's language.
    el = await render(ep(), { lang: 'sv' });
    expect(lines('[part~="door"]', 'servicehandledning')).to.equal(1);
  });

  it('keeps the roof label under the slopes of the triangle, however many lines it takes', async () => {
    for (const [data, width] of [
      [ep(), '1100px'],
      [ep(), '700px'],
      [clone(longLabels), '1100px'],
      [clone(longLabels), '600px'],
    ] as const) {
      const el = await render(data, { width });
      const roof = q(el, '[part~="roof"]')!.getBoundingClientRect();
      const label = q(el, '[part~="roof-label"]')!.getBoundingClientRect();
      // The triangle's half width at the label's top edge.
      const half = ((label.top - roof.top) / roof.height) * (roof.width / 2);
      const middle = roof.left + roof.width / 2;
      expect(label.left, width).to.be.at.least(middle - half - 1);
      expect(label.right, width).to.be.at.most(middle + half + 1);
      expect(label.bottom).to.be.at.most(roof.bottom);
    }
  });
});

// ---- reading order and semantics -------------------------------------------------------------------

describe('structure for screen readers', () => {
  it('reads title, roof, floors from the top, door, foundation, in the DOM as drawn', async () => {
    const el = await render(ep(), { lang: 'en' });
    const parts = qa(el, '[part~="title"], [part~="roof-label"], [role="group"], [part~="door"]').map((n) =>
      n.getAttribute('role') === 'group' ? `group: ${n.getAttribute('aria-label')}` : `${n.localName}: ${text(n)}`,
    );
    expect(parts).to.deep.equal([
      'h3: Services of the South Ostrobothnia family centre',
      'button: Roof: A family centre working in line with the national guidelines',
      'group: Floor 3 of 3: Close links and network cooperation',
      'group: Floor 2 of 3: Specialist social and health services: outreach and consultation in support of basic services',
      'group: Floor 1 of 3: Basic-level social and health services',
      'button: Door: Client and service guidance',
      'group: Foundation',
    ]);
  });

  it('gives floors as named groups with their rooms as lists of buttons', async () => {
    const el = await render(ep());
    for (const f of floors(el)) {
      expect(f.getAttribute('role')).to.equal('group');
      const list = f.querySelector('ul')!;
      expect(list.getAttribute('role')).to.equal('list');
      const items = [...list.children];
      expect(
        items.every((li) => li.localName === 'li' && li.querySelector('button[aria-expanded="false"][aria-controls="nh-details"]')),
      ).to.equal(true);
      // The visible head repeats the group's name; it is hidden so it is not read twice.
      expect(f.querySelector('.nh-floor__head')!.getAttribute('aria-hidden')).to.equal('true');
    }
    const foundation = q(el, '[part="foundation"]')!;
    expect(foundation.getAttribute('role')).to.equal('group');
    expect(foundation.getAttribute('aria-label')).to.equal('Kivijalka');
    expect(foundation.querySelectorAll('ul[role="list"] > li > button[aria-controls="nh-details"]')).to.have.length(6);
    // aria-controls always points at the panel, open or not.
    expect(panel(el).id).to.equal('nh-details');
  });

  it('takes the heading level from heading-level (default 3), the panel one below it', async () => {
    const el = await render(clone(smallHouse), { attrs: { 'heading-level': '2' } });
    expect(q(el, '[part="title"]')!.localName).to.equal('h2');
    button(el, 'room:neuvola').click();
    await settled(el);
    expect(q(el, '#nh-details-title')!.localName).to.equal('h3');
    expect(q(el, '.nh-details__services-title')!.localName).to.equal('h4');
    el.setAttribute('heading-level', '6');
    await settled(el);
    expect(q(el, '[part="title"]')!.localName).to.equal('h6');
    expect(q(el, '#nh-details-title')!.localName).to.equal('h6');
    for (const bad of ['9', '0', 'kolme', '2.5']) {
      el.setAttribute('heading-level', bad);
      await settled(el);
      expect(q(el, '[part="title"]')!.localName, bad).to.equal('h3');
    }
  });

  it('draws a roof for a house without one, with nothing to read in it', async () => {
    const el = await render(clone(bareHouse));
    const roof = q(el, '[part~="roof"]')!;
    expect(roof.getBoundingClientRect().height).to.be.greaterThan(30);
    expect(text(roof)).to.equal('');
    expect(q(el, '[part~="door"]')).to.equal(null);
    expect(floors(el)[0].getAttribute('aria-label')).to.equal('Kerros 1 (1 kerroksesta): Kerros');
    await expect(el).to.be.accessible();
  });
});

// ---- keyboard and details --------------------------------------------------------------------------

describe('keyboard and details', () => {
  it('opens a room with Enter: panel with description and services, fc-select, focus on the panel; Escape returns', async () => {
    const el = await render(ep());
    await tabTo(el, 'room:opiskeluhuolto');
    const selected = oneEvent(el, 'fc-select');
    await press(el, 'Enter');
    const { detail } = await selected;
    expect(detail.kind).to.equal('room');
    expect(detail.id).to.equal('opiskeluhuolto');
    expect((detail.item as { label: { fi: string } }).label.fi).to.equal('Opiskeluhuolto');
    expect(panelOpen(el)).to.equal(true);
    expect(button(el, 'room:opiskeluhuolto').getAttribute('aria-expanded')).to.equal('true');
    expect(button(el, 'room:opiskeluhuolto').getAttribute('part')).to.equal('room room-open');
    expect(focused(el)?.id).to.equal('nh-details-title');
    expect(text(q(el, '#nh-details-title'))).to.equal('Opiskeluhuolto');
    expect(text(q(el, '.nh-details__kind'))).to.equal('Huone, 3. kerros: Kiinteä yhteys ja verkostoyhteistyö');
    expect(text(q(el, '.nh-details__description'))).to.match(/^Koulu- ja opiskeluikäisten keskeisiä palveluja ovat opiskeluhuollon/);
    expect(text(q(el, '.nh-details__services-title'))).to.equal('Palvelut (2)');
    expect(qa(el, '.nh-details__services li').map(text)).to.deep.equal([
      'koulu- ja opiskeluterveydenhuolto',
      'psykologi- ja kuraattoripalvelut',
    ]);
    await expect(el).to.be.accessible();

    await press(el, 'Escape');
    expect(panelOpen(el)).to.equal(false);
    expect(button(el, 'room:opiskeluhuolto').getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)?.dataset.key).to.equal('room:opiskeluhuolto');
    // On with Tab to the next room, as if nothing had been open.
    await press(el, 'Tab');
    expect(focused(el)?.dataset.key).to.equal('room:aikuisten-palvelut');
  });

  it('opens a foundation stone with Space and shows its description', async () => {
    const el = await render(thl());
    await tabTo(el, 'stone:fyysinen-saavutettavuus');
    const selected = oneEvent(el, 'fc-select');
    await press(el, 'Space');
    const { detail } = await selected;
    expect(detail).to.deep.include({ kind: 'stone', id: 'fyysinen-saavutettavuus' });
    expect(text(q(el, '.nh-details__kind'))).to.equal('Kivijalan kivi');
    expect(text(q(el, '#nh-details-title'))).to.equal('Fyysisesti saavutettavissa: tilaratkaisut, monitoimitilat');
    expect(text(q(el, '.nh-details__description'))).to.equal(
      'Palvelut fyysisesti lasten kasvu- ja perheiden arkiympäristöjen läheisyydessä ja/tai toimivien kulkuyhteyksien päässä tai jalkautuvat esimerkiksi kotiin.',
    );
    await press(el, 'Escape');
    expect(focused(el)?.dataset.key).to.equal('stone:fyysinen-saavutettavuus');
  });

  it('walks the tab stops top to bottom: roof, rooms floor by floor, door, stones, then the source link', async () => {
    const el = await render(ep());
    const before = document.createElement('button');
    el.parentElement!.prepend(before);
    before.focus();
    const stops: string[] = [];
    for (let i = 0; i < 20; i++) {
      await sendKeys({ press: 'Tab' });
      const active = focused(el);
      if (!active) break;
      stops.push(active.dataset.key ?? active.localName);
    }
    expect(stops).to.deep.equal([
      'roof',
      'room:opiskeluhuolto',
      'room:aikuisten-palvelut',
      'room:kuntien-muut-palvelut',
      'room:jarjestot-seurakunnat-ja-kela',
      'room:lastensuojelu',
      'room:erikoissairaanhoito',
      'room:vammaispalvelut',
      'room:terveyspalvelut',
      'room:sosiaalipalvelut',
      'door',
      'stone:hyvinvointialueet',
      'stone:kunnat',
      'stone:kela',
      'stone:seurakunnat',
      'stone:jarjestot',
      'stone:yritykset',
    ]);
  });

  it('opens the roof and the door, which fire their own kinds', async () => {
    const el = await render(ep());
    let selected = oneEvent(el, 'fc-select');
    button(el, 'roof').click();
    let { detail } = await selected;
    await settled(el);
    expect(detail.kind).to.equal('roof');
    expect(detail.id).to.equal('roof');
    expect(text(q(el, '.nh-details__description'))).to.equal(
      'Perhekeskusverkoston palvelut tukevat lasten, nuorten ja perheiden toimijuutta ja pärjäämistä heidän omassa arjessaan.',
    );
    selected = oneEvent(el, 'fc-select');
    button(el, 'door').click();
    ({ detail } = await selected);
    await settled(el);
    expect(detail).to.deep.include({ kind: 'door', id: 'door' });
    expect(text(q(el, '.nh-details__kind'))).to.equal('Ovi');
    expect(text(q(el, '#nh-details-title'))).to.equal('Asiakas- ja palveluohjaus');
    expect(button(el, 'roof').getAttribute('aria-expanded')).to.equal('false');
    expect(button(el, 'door').getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('lists each service with its provider and link', async () => {
    const el = await render(clone(smallHouse));
    button(el, 'room:neuvola').click();
    await settled(el);
    const items = qa(el, '.nh-details__services li');
    expect(items.map(text)).to.deep.equal([
      'Äitiysneuvola Tuottaja: Hyvinvointialue',
      'Lastenneuvola Tuottaja: Kunta',
      'Neuvonta sähköpostitse',
    ]);
    expect(items.map((li) => text(li.querySelector('.nh-service__label')))).to.deep.equal([
      'Äitiysneuvola',
      'Lastenneuvola',
      'Neuvonta sähköpostitse',
    ]);
    expect(items.map((li) => text(li.querySelector('.nh-service__provider')))).to.deep.equal([
      'Tuottaja: Hyvinvointialue',
      'Tuottaja: Kunta',
      '',
    ]);
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href') ?? null)).to.deep.equal([
      'https://example.fi/aitiysneuvola',
      null,
      'mailto:neuvola@example.fi',
    ]);
    expect(text(q(el, '.nh-details__description'))).to.equal('Äitiys- ja lastenneuvola.');
    // A room with nothing to tell says so.
    button(el, 'room:perhetyo').click();
    await settled(el);
    expect(text(q(el, '.nh-details__empty'))).to.equal('Tästä ei ole kuvausta eikä lueteltuja palveluja.');
    expect(q(el, '.nh-details__services')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('closes an open room when its button is pressed again, keeping focus there', async () => {
    const el = await render(clone(smallHouse));
    await tabTo(el, 'room:neuvola');
    await press(el, 'Enter');
    expect(panelOpen(el)).to.equal(true);
    button(el, 'room:neuvola').focus();
    let fired = 0;
    el.addEventListener('fc-select', () => fired++);
    await press(el, 'Enter');
    expect(panelOpen(el)).to.equal(false);
    expect(focused(el)?.dataset.key).to.equal('room:neuvola');
    expect(fired, 'closing is no selection').to.equal(0);
  });

  it('switches the panel to another part, moving aria-expanded with it', async () => {
    const el = await render(clone(smallHouse));
    button(el, 'room:neuvola').click();
    await settled(el);
    button(el, 'stone:kunnat').click();
    await settled(el);
    expect(qa(el, '[aria-expanded="true"]').map((b) => b.dataset.key)).to.deep.equal(['stone:kunnat']);
    expect(text(q(el, '#nh-details-title'))).to.equal('Kunnat');
    expect(text(q(el, '.nh-details__description'))).to.equal('Kunnat palveluineen.');
  });

  it('closes with its Close button and returns focus to the part', async () => {
    const el = await render(clone(smallHouse), { lang: 'en' });
    await tabTo(el, 'stone:kunnat');
    await press(el, 'Enter');
    await press(el, 'Tab');
    expect(text(focused(el))).to.equal('Close details');
    await press(el, 'Enter');
    expect(panelOpen(el)).to.equal(false);
    expect(focused(el)?.dataset.key).to.equal('stone:kunnat');
  });

  it('keeps its Escape from the page (a dialog around it stays open), and leaves other Escapes alone', async () => {
    const el = await render(clone(smallHouse));
    const seen: string[] = [];
    document.addEventListener('keydown', (e) => seen.push(e.key), { once: false });
    await tabTo(el, 'room:neuvola');
    await press(el, 'Enter');
    await press(el, 'Escape');
    expect(seen).to.not.include('Escape');
    await press(el, 'Escape');
    expect(seen).to.include('Escape');
  });
});

// ---- languages -------------------------------------------------------------------------------------

describe('languages', () => {
  // The house with an empty floor 2 ("Tuleva kerros") and no foundation stones.
  const expected = {
    fi: {
      floor: 'Kerros 2 (3 kerroksesta): Tuleva kerros',
      tag: '2. kerros',
      foundation: 'Kivijalka',
      empty: 'Palveluja ei ole lueteltu.',
      stones: 'Kivijalkaa ei ole kuvattu.',
      count: 'Neuvola 3 palvelua',
      close: 'Sulje tiedot',
      provider: 'Tuottaja: Hyvinvointialue',
      kind: 'Huone, 1. kerros: Peruspalvelut',
    },
    sv: {
      floor: 'Våning 2 av 3: Kommande våning',
      tag: 'Våning 2',
      foundation: 'Grund',
      empty: 'Inga tjänster angivna.',
      stones: 'Ingen grund beskriven.',
      count: 'Rådgivning 3 tjänster',
      close: 'Stäng uppgifterna',
      provider: 'Producent: Välfärdsområdet',
      kind: 'Rum, Våning 1: Bastjänster',
    },
    en: {
      floor: 'Floor 2 of 3: Floor to come',
      tag: 'Floor 2',
      foundation: 'Foundation',
      empty: 'No services listed.',
      stones: 'No foundation described.',
      count: 'Child health clinic 3 services',
      close: 'Close details',
      provider: 'Provider: Wellbeing services county',
      kind: 'Room, Floor 1: Basic services',
    },
  } as const;

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`speaks ${lang}`, async () => {
      const want = expected[lang];
      const el = await render(withEmptyFloor(), { lang });
      const floor2 = floors(el)[1];
      expect(floor2.getAttribute('aria-label')).to.equal(want.floor);
      expect(text(floor2.querySelector('.nh-floor__number'))).to.equal(want.tag);
      expect(text(floor2.querySelector('[part="empty"]'))).to.equal(want.empty);
      expect(q(el, '[part="foundation"]')!.getAttribute('aria-label')).to.equal(want.foundation);
      expect(text(q(el, '[part="foundation"] [part="empty"]'))).to.equal(want.stones);
      expect(text(button(el, 'room:neuvola'))).to.equal(want.count);
      expect(q(el, '.nh')!.getAttribute('lang')).to.equal(lang);
      button(el, 'room:neuvola').click();
      await settled(el);
      expect(text(q(el, '.nh-details__close'))).to.equal(want.close);
      expect(text(q(el, '.nh-service__provider'))).to.equal(want.provider);
      expect(text(q(el, '.nh-details__kind'))).to.equal(want.kind);
      await expect(el).to.be.accessible();
    });
  }

  it('follows a change of lang, keeping the open panel', async () => {
    const el = await render(clone(smallHouse));
    button(el, 'room:neuvola').click();
    await settled(el);
    el.lang = 'sv';
    await settled(el);
    expect(panelOpen(el)).to.equal(true);
    expect(text(q(el, '#nh-details-title'))).to.equal('Rådgivning');
    expect(text(q(el, '[part="title"]'))).to.equal('Familjernas lilla hus');
  });

  it('marks texts shown in another language with their own lang (for hyphenation and speech)', async () => {
    const el = await render(clone(finnishOnly), { lang: 'en' });
    expect(q(el, '[part="title"] span')!.getAttribute('lang')).to.equal('fi');
    expect(q(el, '.nh-room__label span')!.getAttribute('lang')).to.equal('fi');
    expect(q(el, '[part~="stone"] span')!.getAttribute('lang')).to.equal('fi');
    expect(floors(el)[0].getAttribute('aria-label')).to.equal('Floor 1 of 1: Ensimmäinen kerros');
    // The shared hyphenation rule applies to them.
    expect(getComputedStyle(q(el, '.nh-room__label')!).hyphens).to.equal('auto');
    await expect(el).to.be.accessible();
  });
});

// ---- bad input ---------------------------------------------------------------------------------------

describe('bad input', () => {
  it('shows an empty floor and an empty foundation with a "none listed" text', async () => {
    const el = await render(withEmptyFloor());
    const empty = floors(el)[1];
    expect(empty.querySelector('ul')).to.equal(null);
    expect(text(empty.querySelector('[part="empty"]'))).to.equal('Palveluja ei ole lueteltu.');
    expect(empty.getBoundingClientRect().height).to.be.greaterThan(40);
    expect(q(el, '[part="foundation"] ul')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('wraps a floor of 30 rooms into rows, every room readable and inside the walls', async () => {
    const el = await render(withThirtyRooms());
    const big = floors(el)[1];
    const rooms = [...big.querySelectorAll<HTMLElement>('[part~="room"]')];
    expect(rooms).to.have.length(30);
    const rows = new Set(rooms.map((r) => Math.round(r.getBoundingClientRect().top)));
    const perRow = 30 / rows.size;
    expect(rows.size).to.be.within(4, 8);
    expect(Number.isInteger(perRow) || rows.size > 1).to.equal(true);
    const walls = q(el, '[part="walls"]')!.getBoundingClientRect();
    for (const r of rooms.map((n) => n.getBoundingClientRect())) {
      // As wide as the layout counted on (16 px text): the styles draw the geometry it assumes.
      expect(r.width).to.be.at.least(ROOM_MIN_WIDTH * 16 - 1);
      expect(r.height).to.be.at.least(44);
      expect(r.left).to.be.at.least(walls.left);
      expect(r.right).to.be.at.most(walls.right);
    }
    expect(big.querySelector('ul')!.children).to.have.length(30);
    expectNoOverflow(el);
    await expect(el).to.be.accessible();
  });

  it('wraps very long labels inside their boxes, wide and at 320 px', async () => {
    for (const width of ['1100px', '320px']) {
      const el = await render(clone(longLabels), { width });
      expectNoOverflow(el);
      for (const b of qa(el, 'button')) expect(b.scrollWidth, `${width}: ${text(b).slice(0, 20)}`).to.be.at.most(b.clientWidth + 1);
      button(el, 'room:r1').click();
      await settled(el);
      expectNoOverflow(el);
    }
  });

  it('names a missing foundation with its path, in place and in fc-error', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('fc-network-house');
    el.lang = 'en';
    el.data = missingFoundation();
    const failed = oneEvent(el, 'fc-error');
    host.append(el);
    const { detail } = await failed;
    await settled(el);
    expect(detail.path).to.equal('houses[0].foundation');
    expect(errorText(el)).to.equal('⚠ This content could not be shown houses[0].foundation: required value is missing');
    expect(log.lines.join('\n')).to.contain('houses[0].foundation: required value is missing');
    await expect(el).to.be.accessible();
  });

  it('names a house without floors, a label that is a number and a script URL, in Finnish', async () => {
    let el = await render(noFloors());
    expect(errorText(el)).to.contain('houses[0].floors: ei saa olla tyhjä');
    el = await render(badRoomAndUrl());
    expect(errorText(el)).to.contain('houses[0].floors[0].rooms[1].label');
    expect(errorText(el)).to.contain(
      'houses[0].floors[0].rooms[0].services[0].url: vain https-, http-, mailto- tai suhteellinen osoite sallitaan',
    );
    expect(qa(el, 'a[href^="javascript"]')).to.have.length(0);
  });

  it('recovers when given a good house after a bad one', async () => {
    const el = await render(missingFoundation());
    expect(q(el, '[part="error"]')).to.not.equal(null);
    el.data = clone(smallHouse);
    await settled(el);
    expect(q(el, '[part="error"]')).to.equal(null);
    expect(stones(el)).to.deep.equal(['Kunnat', 'Järjestöt']);
  });

  it('closes the panel when another house comes, and keeps it for the same house', async () => {
    const el = await render(clone(smallHouse));
    button(el, 'room:neuvola').click();
    await settled(el);
    el.data = clone(smallHouse);
    await settled(el);
    expect(panelOpen(el)).to.equal(true);
    el.data = generateHouse(1, 3, 1);
    await settled(el);
    expect(panelOpen(el)).to.equal(false);
    // A room that is gone closes the panel rather than showing nothing.
    button(el, 'room:f1-r1').click();
    await settled(el);
    const house = generateHouse(1, 3, 1);
    house.floors[0].rooms.shift();
    el.data = house;
    await settled(el);
    expect(panelOpen(el)).to.equal(false);
    expect(log.lines.filter((l) => !l.includes('Lit is in dev mode'))).to.deep.equal([]);
  });
});

// ---- narrow and wide -------------------------------------------------------------------------------

describe('narrow and wide', () => {
  it('becomes a stacked list at 320 px: roof, floors, door, foundation, one room per row, no sideways scroll', async () => {
    const el = await render(ep(), { width: '320px' });
    expectNoOverflow(el);
    const box = (n: Element) => n.getBoundingClientRect();
    const parts = [q(el, '[part~="roof-label"]')!, ...floors(el), q(el, '[part~="door"]')!, q(el, '[part="foundation"]')!].map(box);
    parts.slice(1).forEach((p, i) => expect(p.top, `part ${i + 1} below part ${i}`).to.be.at.least(parts[i].bottom - 1));
    for (const f of floors(el)) {
      const lefts = new Set([...f.querySelectorAll('[part~="room"]')].map((r) => Math.round(box(r).left)));
      expect(lefts.size).to.equal(1);
    }
    expect(new Set(qa(el, '[part~="stone"]').map((s) => Math.round(box(s).left))).size).to.equal(1);
    // Still a drawn roof: the gable over the label.
    const shape = box(q(el, '.nh-roof__shape')!);
    expect(shape.height).to.be.greaterThan(20);
    expect(shape.bottom).to.be.at.most(box(q(el, '[part~="roof-label"]')!).top + 1);
    await expect(el).to.be.accessible();
  });

  it('fits the open panel at 320 px in the longest language', async () => {
    const el = await render(ep(), { width: '320px', lang: 'sv' });
    button(el, 'room:terveyspalvelut').click();
    await settled(el);
    expect(panelOpen(el)).to.equal(true);
    expectNoOverflow(el);
    // Below the house, not beside it.
    expect(panel(el).getBoundingClientRect().top).to.be.at.least(q(el, '[part="house"]')!.getBoundingClientRect().bottom);
  });

  it('puts the panel beside a wide house and below a narrower one', async () => {
    const el = await render(ep(), { width: '1200px' });
    button(el, 'room:terveyspalvelut').click();
    await settled(el);
    const house = q(el, '[part="house"]')!.getBoundingClientRect();
    expect(panel(el).getBoundingClientRect().left).to.be.at.least(house.right);
    el.parentElement!.style.width = '800px';
    await settled(el);
    expect(panel(el).getBoundingClientRect().top).to.be.at.least(q(el, '[part="house"]')!.getBoundingClientRect().bottom);
  });

  it('lays the rooms out again when the container changes width', async () => {
    const el = await render(withThirtyRooms(), { width: '1200px' });
    const rowsOf = () =>
      new Set([...floors(el)[1].querySelectorAll('[part~="room"]')].map((r) => Math.round(r.getBoundingClientRect().top))).size;
    const wide = rowsOf();
    el.parentElement!.style.width = '640px';
    await settled(el);
    await settled(el);
    const narrower = rowsOf();
    expect(narrower).to.be.greaterThan(wide);
    expectNoOverflow(el);
    el.parentElement!.style.width = '320px';
    await settled(el);
    await settled(el);
    expect(rowsOf()).to.equal(30);
    expectNoOverflow(el);
  });
  it('still follows its width after it is moved to another place in the page', async () => {
    const el = await render(withThirtyRooms(), { width: '1200px' });
    const rowsOf = () =>
      new Set([...floors(el)[1].querySelectorAll('[part~="room"]')].map((r) => Math.round(r.getBoundingClientRect().top))).size;
    const wide = rowsOf();
    const other = document.createElement('div');
    other.style.width = '640px';
    other.style.font = '16px system-ui, sans-serif';
    el.parentElement!.after(other);
    other.append(el);
    await settled(el);
    await settled(el);
    expect(rowsOf()).to.be.greaterThan(wide);
    expectNoOverflow(el);
    other.remove();
  });
});

// ---- generated houses ------------------------------------------------------------------------------

describe('generated houses', () => {
  it('draws a 1-floor and a 5-floor house', async () => {
    let el = await render(generateHouse(1, 4, 1));
    expect(floors(el)).to.have.length(1);
    expect(floors(el)[0].getAttribute('aria-label')).to.equal('Kerros 1 (1 kerroksesta): Kaikille perheille');
    expect(qa(el, '[part~="room"]')).to.have.length(4);
    await expect(el).to.be.accessible();
    el = await render(generateHouse(5, 6, 2));
    expect(floors(el).map((f) => f.getAttribute('aria-label')!.replace(/:.*/, ''))).to.deep.equal([
      'Kerros 5 (5 kerroksesta)',
      'Kerros 4 (5 kerroksesta)',
      'Kerros 3 (5 kerroksesta)',
      'Kerros 2 (5 kerroksesta)',
      'Kerros 1 (5 kerroksesta)',
    ]);
    expect(qa(el, '[part~="room"]')).to.have.length(30);
    await expect(el).to.be.accessible();
  });

  it('measures the first render of 5 floors × 40 rooms (see the console for the figures)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.style.width = '1100px';
    const times: number[] = [];
    for (let seed = 1; seed <= 5; seed++) {
      const el = document.createElement('fc-network-house');
      el.data = generateHouse(5, 40, seed);
      const t0 = performance.now();
      host.append(el);
      await el.updateComplete;
      el.getBoundingClientRect();
      times.push(performance.now() - t0);
      await settled(el);
      expect(qa(el, '[part~="room"]')).to.have.length(200);
      el.remove();
    }
    times.sort((a, b) => a - b);
    log.print(
      `fc-network-house: 200 rooms, render + layout median ${times[2].toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[4].toFixed(1)})`,
    );
    expect(times[2]).to.be.below(500);
  });
});

// ---- media -------------------------------------------------------------------------------------------

describe('print, forced colours, reduced motion', () => {
  it("prints with every room's services written out and without the panel", async () => {
    const el = await render(clone(smallHouse));
    button(el, 'room:neuvola').click();
    await settled(el);
    await emulateMedia({ media: 'print' });
    await settled(el);
    expect(getComputedStyle(panel(el)).display).to.equal('none');
    const printed = q(el, '[part~="room"][data-key="room:neuvola"]')!.parentElement!.querySelector('.nh-print')!;
    expect(getComputedStyle(printed).display).to.equal('block');
    expect(text(printed)).to.contain('Äitiysneuvola');
    expect(text(printed)).to.contain('Tuottaja: Hyvinvointialue');
    expect(getComputedStyle(q(el, '.nh-room__count')!).display).to.equal('none');
    expect(getComputedStyle(q(el, '.nh-roof__shape polygon')!).fill).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ media: 'screen' });
    await settled(el);
    expect(getComputedStyle(printed).display).to.equal('none');
  });

  it('keeps outlines in forced colours and marks the open part with Highlight', async () => {
    await executeServerCommand('fc-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await render(ep());
      button(el, 'room:terveyspalvelut').click();
      await settled(el);
      const canvasText = (() => {
        const probe = document.createElement('div');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        const c = getComputedStyle(probe).color;
        probe.remove();
        return c;
      })();
      const polygon = getComputedStyle(q(el, '.nh-roof__shape polygon')!);
      expect(polygon.stroke).to.equal(canvasText);
      const room = getComputedStyle(button(el, 'room:sosiaalipalvelut'));
      expect(room.borderTopStyle).to.equal('solid');
      expect(parseFloat(room.borderTopWidth)).to.be.at.least(1);
      expect(room.borderTopColor).to.not.equal(getComputedStyle(q(el, '[part="walls"]')!).backgroundColor);
      const walls = getComputedStyle(q(el, '[part="walls"]')!);
      expect(walls.borderLeftColor).to.equal(canvasText);
      const open = getComputedStyle(button(el, 'room:terveyspalvelut'));
      expect(open.outlineStyle).to.equal('solid');
      expect(open.backgroundColor).to.not.equal(room.backgroundColor);
      await executeServerCommand('fc-screenshot', { name: 'network-house/forced-colors.png', clip: clipOf(el) });
    } finally {
      await executeServerCommand('fc-forced-colors', { active: false });
    }
  });

  it('does not move on hover with reduced motion', async () => {
    const el = await render(clone(smallHouse));
    expect(getComputedStyle(button(el, 'room:neuvola')).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    await settled(el);
    expect(getComputedStyle(button(el, 'room:neuvola')).transitionDuration).to.equal('0s');
  });
});

function clipOf(el: Element) {
  const r = el.getBoundingClientRect();
  return { x: r.left + scrollX, y: r.top + scrollY, width: Math.ceil(r.width), height: Math.ceil(Math.min(r.height, 4000)) };
}
