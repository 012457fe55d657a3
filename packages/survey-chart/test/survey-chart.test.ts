import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Chart } from 'chart.js';
import type { Survey } from '@fc-kit/core';
import '../src/define.js';
import type { FcSurveyChart } from '../src/survey-chart.js';
import { chartOn, liveCharts } from '../src/chart.js';
import { files } from '../src/download.js';
import { asPie, awkward, BAD, clone, kuntaliitto, SEED_IDS, yesNo } from './fixtures.js';
import { generateSurvey } from './generate.js';
import { describeExamples, elementFixture, type RenderOptions as FixtureOptions } from '../../../test/support/element-fixture.js';
import { EXAMPLES } from '../examples.js';

// ---- helpers -----------------------------------------------------------------------------------

const NBSP = '\u00a0';
/** Collapses layout whitespace but keeps the no-break spaces Intl puts in `86 %`. */
const squash = (s: string | null | undefined) => (s ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
const sp = (s: string) => s.replace(/ %/g, `${NBSP}%`);
const root = (el: FcSurveyChart) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: FcSurveyChart, s: string) => root(el).querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: FcSurveyChart, s: string) => [...root(el).querySelectorAll<T>(s)];
const canvas = (el: FcSurveyChart) => q<HTMLCanvasElement>(el, 'canvas')!;
const chart = (el: FcSurveyChart) => chartOn(canvas(el)) as Chart<'doughnut' | 'pie' | 'bar'>;
/** The Chart.js chart type drawn. */
const kindOf = (el: FcSurveyChart) => (chartOn(canvas(el))?.config as { type?: string } | undefined)?.type;
const answers = (el: FcSurveyChart) => qa<HTMLButtonElement>(el, '[part="answer"]');
const names = (el: FcSurveyChart) => answers(el).map((b) => squash(b.textContent));
const cells = (el: FcSurveyChart) => qa(el, 'table tr').map((tr) => [...tr.children].map((c) => squash(c.textContent)));
const errorLines = (el: FcSurveyChart) => qa(el, '[part="error"] li').map((li) => squash(li.textContent));
const button = (el: FcSurveyChart, part: string) => q<HTMLButtonElement>(el, `[part="${part}"]`)!;
const focused = (el: FcSurveyChart) => root(el).activeElement as HTMLElement | null;
const seedDoc = () => clone(kuntaliitto);
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

async function drawn(el: FcSurveyChart) {
  await waitUntil(() => q(el, '.sc--drawn') && chartOn(canvas(el)), 'the chart was not drawn', { timeout: 5000 });
  await el.updateComplete;
}

async function settled(el: FcSurveyChart) {
  await waitUntil(() => !q(el, '[part="loading"]'), 'still loading', { timeout: 5000 });
  await el.updateComplete;
}

interface RenderOptions extends Omit<FixtureOptions, 'attrs'> {
  attrs?: Record<string, string>;
  draw?: boolean;
}

const hosts: HTMLElement[] = [];
const { render: put, renderExample, log } = elementFixture<FcSurveyChart>('fc-survey-chart', { settle: settled, width: '640px' });
describeExamples(EXAMPLES, { collection: 'surveys', renderExample, log });

async function render(data: unknown, { draw = true, ...options }: RenderOptions = {}) {
  const el = await put(data, options);
  if (draw) await drawn(el);
  return el;
}

const seed = (id: (typeof SEED_IDS)[number], options: RenderOptions = {}) =>
  render(seedDoc(), { ...options, attrs: { item: id, ...options.attrs } });

let saved: { blob: Blob; name: string }[];
const save = files.save;

beforeEach(() => {
  saved = [];
  files.save = (blob, name) => saved.push({ blob, name });
});

afterEach(async () => {
  files.save = save;
  for (const h of hosts.splice(0)) h.remove();
  await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
  await resetMouse();
});

// ---- the four charts of the status review -------------------------------------------------------

describe('the Kuntaliitto status review', () => {
  it('"Toimiiko alueellanne perhekeskus?" as a doughnut: heading, N, labels, table, text alternative', async () => {
    const el = await seed('perhekeskus-toiminnassa');
    expect(squash(q(el, 'h3[part="title"]')?.textContent)).to.equal('Toimiiko alueellanne perhekeskus?');
    expect(squash(q(el, '[part="n"]')?.textContent)).to.equal('N = 21');
    expect(names(el)).to.deep.equal([sp('Kyllä 86 % (18)'), sp('Ei 14 % (3)')]);
    expect(cells(el)).to.deep.equal([
      ['Vastaus', 'Lukumäärä', 'Osuus vastaajista'],
      ['Kyllä', '18', sp('86 %')],
      ['Ei', '3', sp('14 %')],
      ['Vastaajia (N)', '21', ''],
    ]);
    expect(squash(q(el, 'caption')?.textContent)).to.equal('Toimiiko alueellanne perhekeskus? (N = 21)');
    expect(canvas(el).getAttribute('role')).to.equal('img');
    expect(canvas(el).getAttribute('aria-label')).to.equal(
      sp('Rengaskaavio: Toimiiko alueellanne perhekeskus? 21 vastaajaa: Kyllä 86 % (18); Ei 14 % (3).'),
    );
    expect(kindOf(el)).to.equal('doughnut');
    expect(chart(el).data.datasets[0].data).to.deep.equal([18, 3]);
    expect(squash(q(el, '.fc-source__note')?.textContent)).to.contain('kuviossa 86 % (18) ja 14 % (3)');
    await expect(el).to.be.accessible();
  });

  it('"Perhekeskuksen toiminta alueilla" as horizontal bars in percent of N, 0–100 %', async () => {
    const el = await seed('perhekeskuksen-toiminta');
    expect(squash(q(el, '[part="title"]')?.textContent)).to.equal('Perhekeskuksen toiminta alueilla');
    expect(squash(q(el, '[part="n"]')?.textContent)).to.equal('N = 18');
    expect(squash(q(el, '[part="hint"]')?.textContent)).to.equal(
      sp('Vastaaja saattoi valita useita vaihtoehtoja. Osuudet on laskettu vastaajista, joten ne voivat olla yhteensä yli 100 %.'),
    );
    expect(names(el)).to.deep.equal([
      sp('Sivistystoimen edustaja perhekeskuksen työryhmissä 100 % (18)'),
      sp('Perhekeskuksen toiminta verkostomaista 100 % (18)'),
      sp('Perhekeskuksella fyysinen toimitila 61 % (11)'),
      sp('Työparityöskeskentely sivistystoimen/varhaiskasvatuksen kanssa 44 % (8)'),
    ]);
    expect(
      cells(el)
        .slice(1)
        .map((r) => r.join(' | ')),
    ).to.deep.equal([
      sp('Sivistystoimen edustaja perhekeskuksen työryhmissä | 18 | 100 %'),
      sp('Perhekeskuksen toiminta verkostomaista | 18 | 100 %'),
      sp('Perhekeskuksella fyysinen toimitila | 11 | 61 %'),
      sp('Työparityöskeskentely sivistystoimen/varhaiskasvatuksen kanssa | 8 | 44 %'),
      'Vastaajia (N) | 18 | ',
    ]);
    const c = chart(el);
    expect(kindOf(el)).to.equal('bar');
    expect(c.options.indexAxis).to.equal('y');
    expect([c.scales.x.min, c.scales.x.max]).to.deep.equal([0, 100]);
    expect(c.scales.x.ticks.map((t) => t.label)).to.deep.equal(['0 %', '25 %', '50 %', '75 %', '100 %'].map(sp));
    // Bars are as long as the share of N (18/18 reaches the end of the axis).
    const ends = c.getDatasetMeta(0).data.map((bar) => (bar.getProps(['x'], true) as { x: number }).x);
    expect(ends[0]).to.be.closeTo(c.scales.x.getPixelForValue(100), 0.5);
    expect(ends[2]).to.be.closeTo(c.scales.x.getPixelForValue((11 / 18) * 100), 0.5);
    await expect(el).to.be.accessible();
  });

  it('"Lakisääteisen alueellisen opiskeluhuollon yhteistyöryhmän puheenjohtaja hyvinvointialueelta?": three answers', async () => {
    const el = await seed('oppilashuolto-puheenjohtaja');
    expect(squash(q(el, '[part="title"]')?.textContent)).to.equal(
      'Lakisääteisen alueellisen opiskeluhuollon yhteistyöryhmän puheenjohtaja hyvinvointialueelta?',
    );
    expect(names(el)).to.deep.equal([sp('Kyllä 81 % (17)'), sp('Ei osaa sanoa 14 % (3)'), sp('Ei 5 % (1)')]);
    expect(cells(el).at(-1)).to.deep.equal(['Vastaajia (N)', '21', '']);
    await expect(el).to.be.accessible();
  });

  it('"Toimiiko alueellanne laaja-alainen sisote-yhteistyöryhmä?": 38 % and 62 %', async () => {
    const el = await seed('laaja-sisote-ryhma');
    expect(squash(q(el, '[part="title"]')?.textContent)).to.equal('Toimiiko alueellanne laaja-alainen sisote-yhteistyöryhmä?');
    expect(names(el)).to.deep.equal([sp('Kyllä 38 % (8)'), sp('Ei 62 % (13)')]);
    expect(squash(q(el, '[part="n"]')?.textContent)).to.equal('N = 21');
    await expect(el).to.be.accessible();
  });

  it('shows the first survey of the document without item=', async () => {
    const el = await render(seedDoc());
    expect(squash(q(el, '[part="title"]')?.textContent)).to.equal('Toimiiko alueellanne perhekeskus?');
  });
});

// ---- languages ---------------------------------------------------------------------------------

describe('languages', () => {
  it('Swedish: data translations, the kit’s own strings, `86 % (18)`', async () => {
    const el = await seed('perhekeskus-toiminnassa', { lang: 'sv' });
    expect(squash(q(el, '[part="title"]')?.textContent)).to.equal('Finns det ett familjecenter i ert område?');
    expect(names(el)).to.deep.equal([sp('Ja 86 % (18)'), sp('Nej 14 % (3)')]);
    expect(cells(el)[0]).to.deep.equal(['Svar', 'Antal', 'Andel av svarande']);
    expect(cells(el).at(-1)).to.deep.equal(['Svarande (N)', '21', '']);
    expect(['table-button', 'csv-button', 'png-button'].map((p) => squash(button(el, p).textContent))).to.deep.equal([
      'Visa tabell',
      'Ladda ner CSV',
      'Ladda ner bild (PNG)',
    ]);
    expect(canvas(el).getAttribute('aria-label')).to.equal(
      sp('Ringdiagram: Finns det ett familjecenter i ert område? 21 svarande: Ja 86 % (18); Nej 14 % (3).'),
    );
    await expect(el).to.be.accessible();
  });

  it('English: `86% (18)` without a space, English strings', async () => {
    const el = await seed('perhekeskus-toiminnassa', { lang: 'en' });
    expect(names(el)).to.deep.equal(['Yes 86% (18)', 'No 14% (3)']);
    expect(cells(el)[0]).to.deep.equal(['Answer', 'Count', 'Share of respondents']);
    expect(squash(button(el, 'table-button').textContent)).to.equal('Show table');
    expect(squash(q(el, '[part="n"]')?.textContent)).to.equal('N = 21');
    await expect(el).to.be.accessible();
  });

  it('follows a change of lang: text, table, chart labels and tooltip all switch', async () => {
    const el = await seed('perhekeskus-toiminnassa');
    const before = chart(el);
    el.lang = 'en';
    await el.updateComplete;
    await frame();
    expect(names(el)).to.deep.equal(['Yes 86% (18)', 'No 14% (3)']);
    expect(chart(el)).to.equal(before);
    expect(chart(el).data.labels).to.deep.equal(['Yes', 'No']);
    expect(canvas(el).getAttribute('aria-label')).to.match(/^Doughnut chart: Is there a family centre in your area\?/);
  });

  it('takes the language from an ancestor, and falls back to Finnish for a missing translation', async () => {
    const wrapper = document.createElement('section');
    wrapper.lang = 'sv';
    document.body.append(wrapper);
    hosts.push(wrapper);
    const el = document.createElement('fc-survey-chart');
    el.data = {
      ...clone(yesNo),
      answers: [
        { label: { fi: 'Kyllä' }, count: 18 },
        { label: { fi: 'Ei', sv: 'Nej' }, count: 3 },
      ],
    };
    wrapper.append(el);
    await settled(el);
    expect(names(el)).to.deep.equal([sp('Kyllä 86 % (18)'), sp('Nej 14 % (3)')]);
  });
});

// ---- chart kinds and attributes -----------------------------------------------------------------

describe('chart kind and attributes', () => {
  it('draws a survey without `chart` as a doughnut, a pie when the data says so', async () => {
    const a = await render(clone(yesNo));
    expect(kindOf(a)).to.equal('doughnut');
    const b = await render(clone(asPie));
    expect(kindOf(b)).to.equal('pie');
    expect(canvas(b).getAttribute('aria-label')).to.match(/^Piirakkakaavio: /);
    await expect(b).to.be.accessible();
  });

  it('lets the chart attribute override the data, and redraws when it changes', async () => {
    const el = await render(clone(yesNo), { attrs: { chart: 'bar' } });
    expect(kindOf(el)).to.equal('bar');
    const count = liveCharts();
    el.setAttribute('chart', 'pie');
    await el.updateComplete;
    await waitUntil(() => kindOf(el) === 'pie');
    expect(liveCharts(), 'the bar chart was destroyed').to.equal(count);
    el.removeAttribute('chart');
    await el.updateComplete;
    await waitUntil(() => kindOf(el) === 'doughnut');
  });

  it('keeps a multiple-choice question as bars whatever the attribute says', async () => {
    const el = await seed('perhekeskuksen-toiminta', { attrs: { chart: 'pie' } });
    expect(kindOf(el)).to.equal('bar');
  });

  it('shows an unknown chart attribute as an in-place error and draws nothing', async () => {
    const before = liveCharts();
    const errored = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('fc-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const el = await render(clone(yesNo), { attrs: { chart: 'radar' }, draw: false });
    expect(squash(q(el, '[part="error"]')?.textContent)).to.contain(
      'attribuutin chart arvo "radar" ei kelpaa; käytä jotakin näistä: doughnut, pie, bar',
    );
    expect((await errored).detail.message).to.contain('"radar"');
    expect(q(el, 'canvas')).to.equal(null);
    expect(liveCharts()).to.equal(before);
    await expect(el).to.be.accessible();
    el.setAttribute('chart', 'pie');
    await drawn(el);
    expect(kindOf(el)).to.equal('pie');
  });

  it('puts the question in an h3, or at heading-level', async () => {
    expect(q(await render(clone(yesNo)), 'h3')).to.exist;
    expect(squash(q(await render(clone(yesNo), { attrs: { 'heading-level': '2' } }), 'h2')?.textContent)).to.equal(
      'Toimiiko alueellanne perhekeskus?',
    );
    expect(q(await render(clone(yesNo), { attrs: { 'heading-level': '6' } }), 'h6')).to.exist;
    expect(q(await render(clone(yesNo), { attrs: { 'heading-level': '9' } }), 'h3')).to.exist;
  });
});

// ---- the table -----------------------------------------------------------------------------------

describe('the table', () => {
  it('is always in the accessibility tree; the button shows it and says so', async () => {
    const el = await seed('perhekeskus-toiminnassa');
    const toggle = button(el, 'table-button');
    const box = q(el, '#sc-table')!;
    expect(toggle.getAttribute('aria-controls')).to.equal('sc-table');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    // Collapsed: out of sight, not display: none, so screen readers still read it.
    expect(getComputedStyle(box).display).to.not.equal('none');
    expect(getComputedStyle(box).visibility).to.equal('visible');
    expect(box.getBoundingClientRect().height).to.be.at.most(1);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(squash(toggle.textContent)).to.equal('Piilota taulukko');
    expect(box.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(qa(el, 'th[scope="col"]')).to.have.length(3);
    expect(qa(el, 'th[scope="row"]').map((th) => squash(th.textContent))).to.deep.equal(['Kyllä', 'Ei', 'Vastaajia (N)']);
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });
});

// ---- keyboard and pointer -------------------------------------------------------------------------

describe('keyboard and pointer', () => {
  async function tabInto(el: FcSurveyChart) {
    const before = document.createElement('button');
    before.textContent = 'ennen';
    el.parentElement!.prepend(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
  }
  const tooltip = (el: FcSurveyChart) => {
    const t = chart(el).tooltip!;
    return { active: t.getActiveElements().map((a) => a.index), title: t.title, body: t.body?.map((b) => b.lines.join(' ')) };
  };

  it('moves between answers with arrow keys, Home and End, showing the tooltip a hover shows', async () => {
    const el = await seed('oppilashuolto-puheenjohtaja');
    await tabInto(el);
    expect(squash(focused(el)?.textContent)).to.equal(sp('Kyllä 81 % (17)'));
    expect(tooltip(el)).to.deep.equal({ active: [0], title: ['Kyllä'], body: [sp('81 % (17)')] });
    expect(
      chart(el)
        .getActiveElements()
        .map((a) => a.index),
    ).to.deep.equal([0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(squash(focused(el)?.textContent)).to.equal(sp('Ei osaa sanoa 14 % (3)'));
    expect(tooltip(el)).to.deep.equal({ active: [1], title: ['Ei osaa sanoa'], body: [sp('14 % (3)')] });
    await sendKeys({ press: 'End' });
    expect(squash(focused(el)?.textContent)).to.equal(sp('Ei 5 % (1)'));
    await sendKeys({ press: 'ArrowDown' });
    expect(squash(focused(el)?.textContent), 'stops at the last').to.equal(sp('Ei 5 % (1)'));
    await sendKeys({ press: 'ArrowLeft' });
    expect(tooltip(el).active).to.deep.equal([1]);
    await sendKeys({ press: 'Home' });
    expect(tooltip(el).active).to.deep.equal([0]);
    // Leaving the answers hides the tooltip.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(squash(focused(el)?.textContent)).to.equal('Näytä taulukko');
    expect(tooltip(el).active).to.deep.equal([]);
    expect(chart(el).getActiveElements()).to.deep.equal([]);
  });

  it('fires fc-select with the answer on Enter, Space and click', async () => {
    const el = await seed('perhekeskus-toiminnassa');
    await tabInto(el);
    await sendKeys({ press: 'ArrowDown' });
    let selected = oneEvent(el, 'fc-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({
      kind: 'answer',
      id: '1',
      item: { label: { fi: 'Ei', sv: 'Nej', en: 'No' }, count: 3 },
    });
    selected = oneEvent(el, 'fc-select');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: ' ' });
    expect((await selected).detail.id).to.equal('0');
    selected = oneEvent(document, 'fc-select');
    answers(el)[1].click();
    const event = await selected;
    expect(event.detail.id, 'bubbles out of the shadow root').to.equal('1');
    expect(event.composed).to.equal(true);
  });

  it('fires fc-select when a segment is clicked, and shows the same tooltip on hover', async () => {
    // Without animation the segments are where they end up when the pointer arrives.
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await seed('perhekeskus-toiminnassa');
    el.scrollIntoView();
    const c = chart(el);
    const rect = canvas(el).getBoundingClientRect();
    const arc = c.getDatasetMeta(0).data[1].getProps(['x', 'y', 'startAngle', 'endAngle', 'outerRadius'], true) as Record<string, number>;
    const mid = (arc.startAngle + arc.endAngle) / 2;
    const r = arc.outerRadius - 6;
    const at: [number, number] = [Math.round(rect.left + arc.x + Math.cos(mid) * r), Math.round(rect.top + arc.y + Math.sin(mid) * r)];
    await sendMouse({ type: 'move', position: at });
    await waitUntil(() => c.tooltip!.getActiveElements().length > 0, 'no tooltip on hover');
    expect(c.tooltip!.title).to.deep.equal(['Ei']);
    expect(c.tooltip!.body.map((b) => b.lines.join(' '))).to.deep.equal([sp('14 % (3)')]);
    const selected = oneEvent(el, 'fc-select');
    await sendMouse({ type: 'click', position: at });
    expect((await selected).detail).to.deep.equal({ kind: 'answer', id: '1', item: kuntaliitto.surveys[0].answers[1] });
  });

  it('shows an answer’s tooltip while the pointer is on its legend entry', async () => {
    const el = await seed('laaja-sisote-ryhma');
    el.scrollIntoView();
    const r = answers(el)[1].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + 10), Math.round(r.top + r.height / 2)] });
    await waitUntil(() => chart(el).tooltip!.getActiveElements()[0]?.index === 1);
    expect(chart(el).tooltip!.title).to.deep.equal(['Ei']);
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => chart(el).tooltip!.getActiveElements().length === 0);
  });
});

// ---- downloads -------------------------------------------------------------------------------------

describe('downloads', () => {
  const text = async (blob: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());

  it('downloads the table as <id>.csv: UTF-8 with BOM, Finnish header, semicolons', async () => {
    const el = await seed('perhekeskus-toiminnassa');
    button(el, 'csv-button').click();
    expect(saved.map((s) => s.name)).to.deep.equal(['perhekeskus-toiminnassa.csv']);
    const bytes = new Uint8Array(await saved[0].blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(saved[0].blob.type).to.equal('text/csv;charset=utf-8');
    expect(await text(saved[0].blob)).to.equal(
      '\uFEFFVastaus;Lukumäärä;Osuus vastaajista (%)\r\nKyllä;18;86\r\nEi;3;14\r\nVastaajia (N);21;\r\n',
    );
  });

  it('writes the multiple-choice chart’s CSV in English with commas', async () => {
    const el = await seed('perhekeskuksen-toiminta', { lang: 'en' });
    button(el, 'csv-button').click();
    expect(saved[0].name).to.equal('perhekeskuksen-toiminta.csv');
    expect(await text(saved[0].blob)).to.equal(
      '\uFEFFAnswer,Count,Share of respondents (%)\r\n' +
        "Education services represented in the family centre's working groups,18,100\r\n" +
        'Family-centre work is network-based,18,100\r\n' +
        'The family centre has physical premises,11,61\r\n' +
        'Working in pairs with education services/early childhood education,8,44\r\n' +
        'Respondents (N),18,\r\n',
    );
  });

  it('quotes awkward labels and names the file safely', async () => {
    const el = await render(clone(awkward));
    button(el, 'csv-button').click();
    expect(saved[0].name).to.equal('hankala-nimi-2023.csv');
    expect((await text(saved[0].blob)).split('\r\n').slice(1, 4)).to.deep.equal([
      '"Neuvola; äitiys";1200;97',
      '"Sanottiin ""hyvä""";617;50',
      "'=SUM(A1);5;0",
    ]);
  });

  it('downloads the chart as <id>.png with the question, N and the answers around it', async () => {
    const el = await seed('laaja-sisote-ryhma');
    button(el, 'png-button').click();
    await waitUntil(() => saved.length === 1, 'no PNG');
    expect(saved[0].name).to.equal('laaja-sisote-ryhma.png');
    expect(saved[0].blob.type).to.equal('image/png');
    const head = new Uint8Array(await saved[0].blob.slice(0, 4).arrayBuffer());
    expect([...head]).to.deep.equal([0x89, 0x50, 0x4e, 0x47]);
    const image = await createImageBitmap(saved[0].blob);
    expect(image.width).to.equal(canvas(el).width);
    expect(image.height, 'taller than the chart: title and legend are written around it').to.be.greaterThan(canvas(el).height + 60);
  });
});

// ---- size, layout and print ---------------------------------------------------------------------

describe('size, layout and print', () => {
  const overflow = (el: FcSurveyChart) => {
    const right = el.getBoundingClientRect().right;
    const out = qa(el, '*').filter((n) => !n.closest('.fc-visually-hidden') && n.getBoundingClientRect().right > right + 0.5);
    return { scroll: el.scrollWidth - el.clientWidth, out: out.map((n) => `${n.localName}.${n.className}`) };
  };

  for (const id of SEED_IDS) {
    it(`fits a 320 px column with nothing sticking out: ${id}`, async () => {
      const el = await seed(id, { width: '320px' });
      expect(overflow(el)).to.deep.equal({ scroll: 0, out: [] });
      expect(canvas(el).getBoundingClientRect().width).to.be.at.most(320);
      button(el, 'table-button').click();
      await el.updateComplete;
      expect(overflow(el)).to.deep.equal({ scroll: 0, out: [] });
      await expect(el).to.be.accessible();
    });
  }

  it('follows its container’s width', async () => {
    const el = await seed('perhekeskuksen-toiminta', { width: '800px' });
    const wide = chart(el).width;
    el.parentElement!.style.width = '360px';
    await waitUntil(() => chart(el).width < 400, 'the chart did not shrink');
    expect(wide).to.be.greaterThan(700);
    expect(chart(el).width).to.equal(q(el, '[part="figure"]')!.clientWidth);
    // Bar labels wrap to the narrower width, and the chart grows to hold them.
    await waitUntil(() => q(el, '[part="figure"]')!.clientHeight > 0);
    expect(overflow(el)).to.deep.equal({ scroll: 0, out: [] });
  });

  it('keeps its height while Chart.js draws: the box is sized before the chart exists', async () => {
    const host = document.createElement('div');
    host.style.width = '600px';
    document.body.append(host);
    hosts.push(host);
    const el = document.createElement('fc-survey-chart');
    el.data = clone(yesNo);
    host.append(el);
    await settled(el);
    const before = el.getBoundingClientRect().height;
    const figure = q(el, '[part="figure"]')!;
    expect(figure.clientHeight).to.equal(15 * 16);
    await drawn(el);
    await frame();
    expect(el.getBoundingClientRect().height).to.equal(before);
  });

  it('keeps a placeholder’s height while the data loads', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    hosts.push(host);
    const el = document.createElement('fc-survey-chart');
    el.setAttribute('src', `/__fc/slow/3000?body=${encodeURIComponent(JSON.stringify(yesNo))}`);
    el.setAttribute('timeout', '10000');
    host.append(el);
    await el.updateComplete;
    expect(q(el, '[part="loading"]')).to.exist;
    expect(el.getBoundingClientRect().height).to.equal(24 * 16);
    el.remove();
  });

  it('prints the chart with its answers when drawn, without the buttons', async () => {
    const el = await seed('perhekeskus-toiminnassa');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(q(el, '[part="actions"]')!).display).to.equal('none');
    expect(getComputedStyle(q(el, '[part="figure"]')!).display).to.not.equal('none');
    expect(q(el, '#sc-table')!.getBoundingClientRect().height).to.be.at.most(1);
  });

  it('when the chart cannot be drawn, says so, opens the table and prints the table', async () => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    const errors: CustomEvent[] = [];
    document.addEventListener('fc-error', (e) => errors.push(e as CustomEvent));
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: Parameters<typeof getContext>) {
      return this.getRootNode() instanceof ShadowRoot ? null : getContext.apply(this, args);
    } as typeof getContext;
    try {
      const el = await render(clone(yesNo), { draw: false });
      await waitUntil(() => q(el, '.sc-failed'), 'no message');
      await el.updateComplete;
      expect(squash(q(el, '.sc-failed')?.textContent)).to.equal('Kaaviota ei voitu piirtää. Tiedot ovat taulukossa.');
      expect(errors.map((e) => e.detail.message)).to.deep.equal(['Kaaviota ei voitu piirtää. Tiedot ovat taulukossa.']);
      expect(button(el, 'table-button').getAttribute('aria-expanded')).to.equal('true');
      expect(button(el, 'png-button').disabled).to.equal(true);
      expect(log.lines.join('\n')).to.contain('the chart could not be drawn');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(q(el, '[part="figure"]')!).display).to.equal('none');
      expect(q(el, '#sc-table')!.getBoundingClientRect().height).to.be.greaterThan(100);
    } finally {
      HTMLCanvasElement.prototype.getContext = getContext;
    }
  });
});

// ---- lifecycle, motion, theme ---------------------------------------------------------------------

describe('lifecycle, motion and theme', () => {
  it('destroys its chart when removed and draws again when put back; 100 rounds leave nothing', async () => {
    const base = liveCharts();
    const el = await seed('perhekeskus-toiminnassa');
    expect(liveCharts()).to.equal(base + 1);
    const host = el.parentElement!;
    el.remove();
    expect(liveCharts()).to.equal(base);
    host.append(el);
    await drawn(el);
    expect(liveCharts()).to.equal(base + 1);
    expect(chart(el).data.datasets[0].data).to.deep.equal([18, 3]);
    el.remove();
    for (let i = 0; i < 100; i++) {
      const next = document.createElement('fc-survey-chart');
      next.data = kuntaliitto;
      next.setAttribute('item', SEED_IDS[i % 4]);
      host.append(next);
      await settled(next);
      await waitUntil(() => chartOn(canvas(next)), `round ${i}: not drawn`);
      next.remove();
    }
    await frame();
    expect(liveCharts()).to.equal(base);
  });

  it('re-draws when the data changes', async () => {
    const el = await render(clone(yesNo));
    el.data = {
      ...clone(yesNo),
      answers: [
        { label: 'Kyllä', count: 8 },
        { label: 'Ei', count: 13 },
      ],
    };
    await el.updateComplete;
    await waitUntil(() => (chart(el).data.datasets[0].data as number[])[0] === 8);
    expect(names(el)).to.deep.equal([sp('Kyllä 38 % (8)'), sp('Ei 62 % (13)')]);
  });

  it('animates by default and not at all under prefers-reduced-motion', async () => {
    const el = await render(clone(yesNo));
    expect(chart(el).options.animation).to.not.equal(false);
    await emulateMedia({ reducedMotion: 'reduce' });
    await waitUntil(() => chart(el).options.animation === false, 'animation still on');
    const again = await render(clone(asPie));
    expect(again && chart(again).options.animation).to.equal(false);
    expect(chart(again).options.plugins?.tooltip?.animation).to.equal(false);
  });

  it('draws with the county theme’s series colours and follows a theme change', async () => {
    const el = await render(clone(yesNo));
    const host = el.parentElement!;
    expect((chart(el).data.datasets[0].backgroundColor as string[])[0]).to.equal('rgb(15, 70, 143)');
    host.style.setProperty('--fc-series-1', '#00573f');
    await waitUntil(
      () => (chart(el).data.datasets[0].backgroundColor as string[])[0] === 'rgb(0, 87, 63)',
      'the theme did not reach the chart',
    );
    // …and the pixels: a point inside the first segment has the theme's colour.
    const c = chart(el);
    await waitUntil(
      () =>
        !c.getDatasetMeta(0).data.some((e) => e.active) &&
        c.getDatasetMeta(0).data[0].getProps(['endAngle'])['endAngle' as never] ===
          c.getDatasetMeta(0).data[0].getProps(['endAngle'], true)['endAngle' as never],
    );
    const arc = c.getDatasetMeta(0).data[0].getProps(['x', 'y', 'startAngle', 'endAngle', 'outerRadius'], true) as Record<string, number>;
    const mid = (arc.startAngle + arc.endAngle) / 2;
    const ratio = c.currentDevicePixelRatio;
    const px = c.ctx.getImageData(
      Math.round((arc.x + Math.cos(mid) * (arc.outerRadius - 4)) * ratio),
      Math.round((arc.y + Math.sin(mid) * (arc.outerRadius - 4)) * ratio),
      1,
      1,
    ).data;
    expect([...px.slice(0, 3)]).to.deep.equal([0, 87, 63]);
    // A class on an ancestor (how a theme switcher works) is seen too.
    const style = document.createElement('style');
    style.textContent = '.teema-x { --fc-series-2: rgb(194, 65, 12); }';
    document.head.append(style);
    host.classList.add('teema-x');
    await waitUntil(() => (chart(el).data.datasets[0].backgroundColor as string[])[1] === 'rgb(194, 65, 12)');
    style.remove();
  });

  it('in forced colours draws system colours with a pattern for each answer, and the swatches match', async () => {
    const forced = (active: boolean) => executeServerCommand('fc-forced-colors', { active });
    await forced(true);
    try {
      const el = await seed('oppilashuolto-puheenjohtaja');
      await waitUntil(() => (chart(el).data.datasets[0].backgroundColor as unknown[])[1] instanceof CanvasPattern, 'no patterns');
      const fills = chart(el).data.datasets[0].backgroundColor as unknown[];
      expect(typeof fills[0]).to.equal('string');
      expect(fills.slice(1).every((f) => f instanceof CanvasPattern)).to.equal(true);
      const swatches = qa(el, '[part="swatch"]').map((s) => getComputedStyle(s).backgroundImage);
      expect(swatches[0]).to.equal('none');
      expect(swatches[1]).to.contain('repeating-linear-gradient');
      expect(swatches[2]).to.contain('repeating-linear-gradient');
      expect(swatches[1]).to.not.equal(swatches[2]);
      await executeServerCommand('fc-screenshot', { name: 'survey-chart/forced-colors.png', clip: clip(el) });
      await expect(el).to.be.accessible();
    } finally {
      await forced(false);
    }
  });
});

function clip(el: Element) {
  el.scrollIntoView();
  const r = el.getBoundingClientRect();
  return { x: r.left + scrollX, y: r.top + scrollY, width: Math.ceil(r.width), height: Math.ceil(r.height) };
}

// ---- bad input and big data --------------------------------------------------------------------------

describe('bad input', () => {
  for (const [name, bad] of Object.entries(BAD)) {
    it(`shows ${name} in place with its path, in English and Finnish`, async () => {
      const before = liveCharts();
      const en = await render(clone(bad.doc), { lang: 'en', draw: false });
      expect(errorLines(en)).to.deep.equal([bad.en]);
      expect(en.getBoundingClientRect().height).to.be.at.least(24 * 16);
      expect(q(en, 'canvas')).to.equal(null);
      const fi = await render(clone(bad.doc), { lang: 'fi', draw: false });
      expect(errorLines(fi)).to.deep.equal([bad.fi]);
      expect(liveCharts()).to.equal(before);
      expect(log.lines.join('\n')).to.contain(bad.en.split(':')[0]);
      await expect(fi).to.be.accessible();
    });
  }

  it('reports it with fc-error and recovers when good data arrives', async () => {
    const errored = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('fc-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const el = await render(clone(BAD['counts not adding up to n'].doc), { lang: 'en', draw: false });
    expect((await errored).detail).to.include({ path: 'surveys[0].answers', message: 'counts add up to 20, but n = 21' });
    el.data = clone(yesNo);
    await drawn(el);
    expect(names(el)).to.deep.equal(['Yes 86% (18)', 'No 14% (3)']);
  });
});

describe('big generated surveys', () => {
  it('draws 12 answers with patterns after the eighth colour, within a frame budget', async () => {
    const survey: Survey = generateSurvey({ answers: 12, seed: 4 });
    const started = performance.now();
    const el = await render(survey, { lang: 'en' });
    const ms = performance.now() - started;
    console.log(`fc-survey-chart: 12 answers rendered and drawn in ${ms.toFixed(0)} ms`);
    expect(ms, 'a chart of 12 answers takes well under a second').to.be.below(1000);
    expect(answers(el)).to.have.length(12);
    expect(qa(el, 'tbody tr')).to.have.length(12);
    expect(q(el, '[part="answer"][data-index="8"] [part="swatch"]')!.dataset.p).to.equal('1');
    expect(getComputedStyle(q(el, '[data-index="8"] [part="swatch"]')!).backgroundImage).to.contain('repeating-linear-gradient');
    expect((chart(el).data.datasets[0].backgroundColor as unknown[])[8]).to.be.instanceOf(CanvasPattern);
    expect(names(el)[0]).to.match(/^Child health clinic \d+% \(\d+\)$/);
    await expect(el).to.be.accessible();
  });

  it('draws 30 multiple-choice bars in a narrow column without overflow', async () => {
    const el = await render(generateSurvey({ answers: 30, type: 'multi', seed: 9 }), { width: '320px' });
    expect(kindOf(el)).to.equal('bar');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(chart(el).height).to.equal(q(el, '[part="figure"]')!.clientHeight);
  });
});
