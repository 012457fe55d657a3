import { expect, fixture as openFixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { FcCarePath } from '../src/care-path.js';
import { clone, etelaPohjanmaa, nepsyPath, pohjoisPohjanmaa, smallPath } from './fixtures.js';
import { generateCarePath } from './generate.js';
import { describeExamples, elementFixture } from '../../../test/support/element-fixture.js';
import { EXAMPLES } from '../examples.js';

const root = (el: FcCarePath) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: FcCarePath, s: string) => root(el).querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: FcCarePath, s: string) => [...root(el).querySelectorAll<T>(s)];
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const frames = (n = 2) =>
  new Promise<void>((r) => {
    const step = (k: number) => (k ? requestAnimationFrame(() => step(k - 1)) : r());
    step(n);
  });
const focused = (el: FcCarePath) => root(el).activeElement as HTMLElement | null;
const focusedLabel = (el: FcCarePath) => squash(focused(el)?.textContent);
const step = (el: FcCarePath, id: string) => q(el, `.cp-step[data-id="${id}"]`)!;
/** Arrows drawn with the given classes: the paths hold one `M…` run per arrow. */
const arrows = (el: FcCarePath, selector = '.cp-edge') =>
  qa(el, `.cp-arrows path${selector}`).reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g) ?? []).length, 0);
const stepLabels = (el: FcCarePath) => qa(el, '.cp-step').map((b) => squash(b.textContent));

async function settled(el: FcCarePath) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await frames(2);
  }
  await el.updateComplete;
}

const fixture = elementFixture<FcCarePath>('fc-care-path', { settle: settled });
const { renderExample, log } = fixture;
const render = (data: unknown, { lang = 'fi', width = '1100px', item }: { lang?: string; width?: string; item?: string } = {}) =>
  fixture.render(data, { lang, width, attrs: item ? { item } : undefined });

async function press(el: FcCarePath, key: string) {
  await sendKeys({ press: key });
  await settled(el);
}

async function tabIn(el: FcCarePath) {
  const before = Object.assign(document.createElement('button'), { textContent: 'ennen' });
  el.before(before);
  before.focus();
  await press(el, 'Tab');
}

const NEPSY_ORDER = [
  'Palvelutarpeen tunnistaminen',
  'Moniammatillinen arvio / Verkostoneuvottelu',
  'Perustasolla tehtävät diagnostiset tutkimukset',
  'Yksilöllinen hoitosuunnitelma',
  'Kevyet tukitoimet',
  'Pedagoginen tuki (varh.kasvatus, esi- ja per.opet, ammat.koul.)',
  'Toiminta-, puhe- ja fysioterapia',
  'Tutkimukset ja hoito ESH:ssa',
  'Kelan kuntoutustuet',
  'Jatkohoito ja seuranta perustasolla',
  'Sujuva arki',
  'Palveluihin ohjaaminen',
];

describeExamples(EXAMPLES, { collection: 'paths', renderExample, log });

describe('<fc-care-path>', () => {
  it('draws the Nepsy path: four lanes with their settings, twelve steps in reading order, fourteen arrows', async () => {
    const el = await render(etelaPohjanmaa);
    expect(squash(q(el, '[part="title"]')!.textContent)).to.equal('Nepsy-hoitopolku, keskittymätön lapsi tai nuori');
    expect(qa(el, '[part="lane-label"]').map((h) => squash(h.textContent))).to.deep.equal([
      'Lapsen/nuoren oma elinympäristö',
      'Sote-keskus',
      'Erikoissairaanhoito',
      'Muu verkosto',
    ]);
    expect(qa(el, '[part="settings"] li').map((li) => squash(li.textContent))).to.deep.equal(['Koti', 'Neuvola', 'Varh.kasvatus', 'Koulu']);
    expect(stepLabels(el)).to.deep.equal(NEPSY_ORDER);
    expect(arrows(el)).to.equal(14);
    // The reconstruction note is on the page, by the figure.
    expect(squash(q(el, '[part="meta"]')!.textContent)).to.contain('Kaistat ja nuolet ovat fc-kitin rekonstruktio');
    await expect(el).to.be.accessible();
  });

  it('names each step with its lane and where it leads, for a screen reader', async () => {
    const el = await render(etelaPohjanmaa);
    const meta = (id: string) => squash(root(el).getElementById(step(el, id).getAttribute('aria-describedby')!)!.textContent);
    expect(meta('hoitosuunnitelma')).to.equal(
      'Kaista: Sote-keskus. Johtaa: Kevyet tukitoimet, Pedagoginen tuki (varh.kasvatus, esi- ja per.opet, ammat.koul.), Toiminta-, puhe- ja fysioterapia, Tutkimukset ja hoito ESH:ssa, Kelan kuntoutustuet. Edeltävät: Perustasolla tehtävät diagnostiset tutkimukset.',
    );
    expect(meta('palveluihin-ohjaaminen')).to.equal('Kaista: Muu verkosto. Ei nuolia muihin vaiheisiin.');
    expect(q(el, 'ol.cp-steps')!.getAttribute('aria-labelledby')).to.equal('cp-title');
  });

  it('boxes do not overlap and labels fit their boxes', async () => {
    const el = await render(etelaPohjanmaa);
    const boxes = qa(el, '.cp-step').map((b) => b.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(
          a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5,
          `boxes ${i} and ${j}`,
        ).to.equal(true);
      }
    }
    for (const b of qa(el, '.cp-step')) expect(b.scrollHeight, squash(b.textContent)).to.be.at.most(b.clientHeight + 1);
  });

  it('is one tab stop; Right and Left follow the arrows, a branch offers a choice', async () => {
    const el = await render(etelaPohjanmaa);
    await tabIn(el);
    expect(focusedLabel(el)).to.equal('Palvelutarpeen tunnistaminen');
    expect(qa(el, '.cp-step[tabindex="0"]')).to.have.length(1);
    await press(el, 'ArrowRight');
    expect(focusedLabel(el)).to.equal('Moniammatillinen arvio / Verkostoneuvottelu');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(focusedLabel(el)).to.equal('Yksilöllinen hoitosuunnitelma');
    await press(el, 'ArrowRight');
    const menu = q(el, '[part="choice"]')!;
    expect(menu.getAttribute('role')).to.equal('menu');
    expect(menu.getAttribute('aria-label')).to.equal('Valitse vaihe');
    expect(qa(el, '[part="choice"] [role="menuitem"]')).to.have.length(5);
    expect(focusedLabel(el)).to.equal('Kevyet tukitoimet');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(focusedLabel(el)).to.equal('Toiminta-, puhe- ja fysioterapia');
    await expect(el).to.be.accessible();
    await press(el, 'Enter');
    expect(focusedLabel(el)).to.equal('Toiminta-, puhe- ja fysioterapia');
    expect(focused(el)!.classList.contains('cp-step')).to.equal(true);
    expect(q(el, '[part="choice"]')).to.equal(null);
    await press(el, 'ArrowLeft');
    expect(focusedLabel(el)).to.equal('Yksilöllinen hoitosuunnitelma');
    // Escape closes the menu and returns to the step it opened from.
    await press(el, 'ArrowRight');
    await press(el, 'Escape');
    expect(focusedLabel(el)).to.equal('Yksilöllinen hoitosuunnitelma');
    expect(q(el, '[part="choice"]')).to.equal(null);
  });

  it('Up and Down move between lanes; Home and End to the ends of the path', async () => {
    const el = await render(etelaPohjanmaa);
    step(el, 'terapiat').focus();
    await press(el, 'ArrowDown');
    expect(focusedLabel(el)).to.equal('Tutkimukset ja hoito ESH:ssa');
    await press(el, 'ArrowDown');
    expect(focusedLabel(el)).to.equal('Kelan kuntoutustuet');
    await press(el, 'ArrowDown');
    expect(focusedLabel(el), 'no lane below: stays').to.equal('Kelan kuntoutustuet');
    await press(el, 'Home');
    expect(focusedLabel(el)).to.equal('Palvelutarpeen tunnistaminen');
    await press(el, 'End');
    expect(focusedLabel(el)).to.equal('Palveluihin ohjaaminen');
    // The last focused step is the tab stop.
    expect(step(el, 'palveluihin-ohjaaminen').tabIndex).to.equal(0);
  });

  it('Enter opens the details with lane, steps before and after as buttons, emits fc-select; Escape returns', async () => {
    const el = await render(clone({ fcVersion: 1, id: 'd', paths: [smallPath] }), { lang: 'en' });
    step(el, 'arvio').focus();
    const event = oneEvent(el, 'fc-select');
    await press(el, 'Enter');
    const { detail } = await event;
    expect(detail.kind).to.equal('step');
    expect(detail.id).to.equal('arvio');
    expect((detail.item as { id: string }).id).to.equal('arvio');
    const details = q(el, '[part="details"]')!;
    expect(focusedLabel(el)).to.equal('Assessment');
    expect([...details.querySelectorAll('dt, dd')].map((e) => squash(e.textContent))).to.deep.equal([
      'Lane',
      'Child health clinic',
      'Stage',
      'Contact',
    ]);
    expect(details.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/arvio');
    expect([...details.querySelectorAll('[data-go]')].map((b) => squash(b.textContent))).to.deep.equal([
      'A worry arises',
      'Family work',
      'Family work',
      'Peer group',
    ]);
    // The path through the step is highlighted, up- and downstream; the step is marked open.
    expect(step(el, 'arvio').getAttribute('part')).to.contain('step-open');
    expect(step(el, 'huoli').getAttribute('part')).to.contain('step-on-path');
    expect(step(el, 'arki').getAttribute('part')).to.contain('step-on-path');
    // The loop back to the assessment puts every arrow on a path through it.
    expect(arrows(el, '.cp-edge.cp-lit')).to.equal(6);
    await expect(el).to.be.accessible();
    // A step in the details opens that step.
    (details.querySelector('[data-go="ryhma"]') as HTMLElement).click();
    await settled(el);
    expect(focusedLabel(el)).to.equal('Peer group');
    await press(el, 'Escape');
    expect(focused(el)).to.equal(step(el, 'ryhma'));
    expect(q(el, '[part="details"]')).to.equal(null);
    expect(qa(el, '.cp-lit')).to.have.length(0);
  });

  it('highlights only the arrows up- and downstream of the opened step', async () => {
    const el = await render(etelaPohjanmaa);
    step(el, 'terapiat').click();
    await settled(el);
    // 1 → 2 → 3 → 4 → therapies → follow-up → everyday life: six of the fourteen arrows.
    expect(arrows(el, '.cp-edge.cp-lit')).to.equal(6);
    expect(qa(el, '[part~="step-on-path"]').map((b) => b.dataset.id)).to.have.members([
      'palvelutarpeen-tunnistaminen',
      'moniammatillinen-arvio',
      'diagnostiset-tutkimukset',
      'hoitosuunnitelma',
      'jatkohoito-ja-seuranta',
      'sujuva-arki',
    ]);
  });

  it('a click opens and a second click closes', async () => {
    const el = await render({ fcVersion: 1, id: 'd', paths: [smallPath] });
    step(el, 'perhetyo').click();
    await settled(el);
    expect(q(el, '[part="details"] h3')!.textContent).to.equal('Perhetyö');
    step(el, 'perhetyo').click();
    await settled(el);
    expect(q(el, '[part="details"]')).to.equal(null);
  });

  for (const [lang, title, lane, hint] of [
    ['fi', 'Hyvinvointineuvolan toimintamalli', 'Perhe', 'Nuolinäppäimet: oikea'],
    ['sv', 'Välfärdsrådgivningens verksamhetsmodell', 'Familjen', 'Piltangenter: höger'],
    ['en', "The wellbeing clinic's operating model", 'The family', 'Arrow keys: right'],
  ] as const) {
    it(`speaks ${lang}: data texts and its own strings`, async () => {
      const el = await render(pohjoisPohjanmaa, { lang });
      expect(squash(q(el, '[part="title"]')!.textContent)).to.equal(title);
      expect(squash(q(el, '[part="lane-label"]')!.textContent)).to.equal(lane);
      expect(squash(q(el, '#cp-hint')!.textContent)).to.match(new RegExp(`^${hint}`));
      // The loop back is drawn dashed, with its label, and the legend says what dashes mean.
      expect(arrows(el, '.cp-edge.cp-edge--optional')).to.equal(1);
      expect(qa(el, '[part="edge-label"]')).to.have.length(1);
      expect(qa(el, '[part="legend"] li')).to.have.length(2);
      await expect(el).to.be.accessible();
    });
  }

  it('marks a text that falls back to Finnish with lang', async () => {
    const p = clone(smallPath);
    p.steps[0].label = { fi: 'Vain suomeksi' };
    const el = await render({ fcVersion: 1, id: 'd', paths: [p] }, { lang: 'sv' });
    expect(step(el, 'huoli').querySelector('[lang]')!.getAttribute('lang')).to.equal('fi');
  });

  it('in a narrow container is a list in flow order with the lane, next and previous steps in words', async () => {
    const el = await render(etelaPohjanmaa, { width: '320px' });
    expect(q(el, '.cp')!.classList.contains('cp--narrow')).to.equal(true);
    expect(q(el, '.cp-arrows')).to.equal(null);
    expect(stepLabels(el)).to.deep.equal(NEPSY_ORDER);
    const first = q(el, '.cp-item .cp-meta')!;
    expect(first.getClientRects().length).to.be.above(0);
    expect(squash(first.textContent)).to.equal(
      'Kaista: Lapsen/nuoren oma elinympäristö. Johtaa: Moniammatillinen arvio / Verkostoneuvottelu.',
    );
    expect(el.scrollWidth, 'no sideways scrolling at 320 px').to.be.at.most(320);
    expect(squash(q(el, '#cp-hint')!.textContent)).to.match(/ylös ja alas listassa/);
    // Up and Down go down the list; Right still follows an arrow.
    step(el, 'palvelutarpeen-tunnistaminen').focus();
    await press(el, 'ArrowDown');
    expect(focusedLabel(el)).to.equal('Moniammatillinen arvio / Verkostoneuvottelu');
    await press(el, 'ArrowUp');
    expect(focusedLabel(el)).to.equal('Palvelutarpeen tunnistaminen');
    await expect(el).to.be.accessible();
  });

  it('shows bad input in place, in the reader language, with its path; nothing throws', async () => {
    {
      const p = clone(smallPath) as unknown as Record<string, any>;
      p.steps[1].lane = 'koulu';
      const errors: string[] = [];
      const el = document.createElement('fc-care-path');
      el.addEventListener('fc-error', (e) => errors.push(e.detail.message));
      el.lang = 'sv';
      el.data = { fcVersion: 1, id: 'd', paths: [p] };
      (await openFixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await settled(el);
      expect(squash(q(el, '[part="error"]')!.textContent)).to.contain('paths[0].steps[1].lane');
      expect(squash(q(el, '[part="error"]')!.textContent)).to.contain('id "koulu" finns inte');
      expect(errors).to.have.length(1);
      expect(log.lines.join('\n')).to.contain('paths[0].steps[1].lane: id "koulu" finns inte');
      await expect(el).to.be.accessible();
    }
  });

  it('leaves out a bad arrow and says so, showing the rest', async () => {
    {
      const p = clone(smallPath);
      p.edges!.push({ from: 'arki', to: 'arki' }, { from: 'huoli', to: 'arvio' });
      const el = await render({ fcVersion: 1, id: 'd', paths: [p] }, { lang: 'en' });
      expect(stepLabels(el)).to.have.length(5);
      expect(arrows(el)).to.equal(6);
      const warnings = squash(q(el, '[part="warnings"]')!.textContent);
      expect(warnings).to.contain('paths[0].edges[6].to: a link cannot go from a node to itself');
      expect(warnings).to.contain('paths[0].edges[7]: the arrow from step "huoli" to step "arvio" is given twice');
    }
  });

  it('emits fc-load and picks the item by id', async () => {
    const host = await openFixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('fc-care-path');
    el.item = 'pieni-polku';
    el.data = { fcVersion: 1, id: 'd', paths: [nepsyPath, smallPath] };
    const loaded = oneEvent(el, 'fc-load');
    host.append(el);
    expect((await loaded).detail).to.deep.equal({ collection: 'paths', id: 'pieni-polku' });
  });

  it('draws a generated path of 200 steps and 400 arrows', async () => {
    const el = await render({ fcVersion: 1, id: 'g', paths: [generateCarePath(200, 400)] });
    expect(qa(el, '.cp-step')).to.have.length(200);
    expect(arrows(el)).to.equal(400);
  });
});
