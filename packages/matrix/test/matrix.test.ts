import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { files } from '@fc-kit/core';
import '../src/define.js';
import type { FcMatrix } from '../src/matrix.js';
import { clone, criticalGroups, doc, etelaPohjanmaa, everyCell, kuntaliitto, pohjoisPohjanmaa, withOneBadCell } from './fixtures.js';
import { generateMatrix } from './generate.js';
import { describeExamples, elementFixture } from '../../../test/support/element-fixture.js';
import { EXAMPLES } from '../examples.js';

const root = (el: FcMatrix) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: FcMatrix, s: string) => root(el).querySelector<T>(s);
const qa = <T extends Element = HTMLElement>(el: FcMatrix, s: string) => [...root(el).querySelectorAll<T>(s)];
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const texts = (nodes: Element[]) => nodes.map((n) => squash(n.textContent));
const frames = (n = 2) =>
  new Promise<void>((r) => {
    const step = (k: number) => (k ? requestAnimationFrame(() => step(k - 1)) : r());
    step(n);
  });
const focused = (el: FcMatrix) => root(el).activeElement as HTMLElement | null;

async function settled(el: FcMatrix) {
  await el.updateComplete;
  await frames(2);
  await el.updateComplete;
}

const { render, renderExample, log } = elementFixture<FcMatrix>('fc-matrix', { settle: settled });
describeExamples(EXAMPLES, { collection: 'matrices', renderExample, log });

const small = () => doc(clone(everyCell));

describe('<fc-matrix> table', () => {
  it('is a real table: caption, scoped column and row headers, a list in each cell, in reading order', async () => {
    const el = await render(small());
    const table = q(el, 'table')!;
    expect(squash(table.querySelector('caption')!.textContent)).to.equal('Asiakasryhmät ja kysymykset');
    expect(texts(qa(el, 'thead th[scope="col"]'))).to.deep.equal(['Nepsy-asiakkaat', 'Eroperheet', 'Huoltoriidat']);
    expect(texts(qa(el, 'tbody th[scope="row"] .mx-header'))).to.deep.equal(['Miksi?', 'Kuka vastaa?']);
    expect(squash(q(el, 'tbody th[scope="row"] .mx-header__description')!.textContent)).to.equal('Koordinointivastuu');
    const rows = qa(el, 'tbody tr').map((tr) => [...tr.querySelectorAll('td')]);
    expect(rows.map((r) => r.length)).to.deep.equal([3, 3]);
    expect(texts([...rows[0][0].querySelectorAll('li')])).to.deep.equal(['Monenlaiset palvelutarpeet', 'Ongelmat voivat kasautua']);
    expect(texts([...rows[1][2].querySelectorAll('li')])).to.deep.equal(['Sosiaalityö']);
    await expect(el).to.be.accessible();
  });

  it('shows empty cells as empty, in words for a screen reader, whether given empty or left out', async () => {
    const el = await render(small());
    const empties = qa(el, 'td[part~="cell-empty"]');
    // miksi × huolto (left out), kuka × nepsy (given empty), kuka × ero (left out).
    expect(empties).to.have.length(3);
    for (const td of empties) {
      expect(td.querySelector('ul')).to.equal(null);
      expect(squash(td.querySelector('.fc-visually-hidden')!.textContent)).to.equal('tyhjä');
      expect(squash(td.querySelector('[aria-hidden="true"]')!.textContent)).to.equal('–');
    }
  });

  it('marks an uncertain cell visibly and in words, and says how many there are', async () => {
    const el = await render(small());
    const cell = q(el, 'td[part~="cell-uncertain"]')!;
    const mark = cell.querySelector<HTMLButtonElement>('button.mx-uncertain')!;
    expect(squash(mark.textContent)).to.equal('Sijainti epävarma');
    expect(mark.getBoundingClientRect().width).to.be.above(0);
    expect(squash(cell.querySelector('li')!.textContent)).to.equal('Kallista yhteiskunnalle');
    expect(squash(q(el, '[part="legend"]')!.textContent)).to.include('1 solua 6:sta on sijoitettu päättelemällä.');
    // A cell that is not uncertain has no marker; a matrix without any has no legend.
    expect(qa(el, '.mx-uncertain')).to.have.length(1);
    const sure = clone(everyCell);
    sure.cells.forEach((c) => delete c.uncertain);
    const plain = await render(doc(sure));
    expect(q(plain, '[part="legend"]')).to.equal(null);
  });

  it('opens the explanation and the note from the marker, emits fc-select, and Escape returns focus', async () => {
    const el = await render(small());
    const mark = q<HTMLButtonElement>(el, '.mx-uncertain')!;
    setTimeout(() => mark.click());
    const event = (await oneEvent(el, 'fc-select')) as CustomEvent;
    expect(event.detail).to.deep.equal({ kind: 'cell', id: 'miksi/ero', item: everyCell.cells[1] });
    await settled(el);
    const panel = q(el, '[part="details"]')!;
    expect(squash(panel.textContent)).to.include('Miksi? × Eroperheet');
    expect(squash(panel.textContent)).to.include('Eroperheiden sarake on päätelty.');
    expect(mark.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)?.classList.contains('fc-details__title')).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(q(el, '[part="details"]')).to.equal(null);
    expect(focused(el)).to.equal(mark);
  });

  it('shows one column alone from its header, emits fc-select, and brings the others back', async () => {
    const el = await render(small());
    const header = q<HTMLButtonElement>(el, 'th[scope="col"] .mx-header[data-id="ero"]')!;
    setTimeout(() => header.click());
    const event = (await oneEvent(el, 'fc-select')) as CustomEvent;
    expect(event.detail).to.deep.equal({ kind: 'column', id: 'ero', item: everyCell.columns[1] });
    await settled(el);
    expect(texts(qa(el, 'thead th[scope="col"]'))).to.deep.equal(['Eroperheet']);
    expect(qa(el, 'tbody tr')).to.have.length(2);
    expect(squash(q(el, '.mx-only')!.textContent)).to.include('Näytetään vain: Eroperheet');
    expect(q(el, '.mx-header[data-id="ero"]')!.getAttribute('aria-pressed')).to.equal('true');
    q<HTMLButtonElement>(el, '.mx-all')!.click();
    await settled(el);
    expect(qa(el, 'thead th[scope="col"]')).to.have.length(3);
    expect(focused(el)?.dataset.id).to.equal('ero');
  });

  it('shows one row alone, and the same header pressed again shows all', async () => {
    const el = await render(small());
    q<HTMLButtonElement>(el, 'th[scope="row"] .mx-header[data-id="kuka"]')!.click();
    await settled(el);
    expect(texts(qa(el, 'tbody th[scope="row"] .mx-header'))).to.deep.equal(['Kuka vastaa?']);
    q<HTMLButtonElement>(el, 'th[scope="row"] .mx-header[data-id="kuka"]')!.click();
    await settled(el);
    expect(qa(el, 'tbody tr')).to.have.length(2);
  });
});

describe('<fc-matrix> search', () => {
  async function search(el: FcMatrix, text: string) {
    const input = q<HTMLInputElement>(el, 'input[type="search"]')!;
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await settled(el);
  }

  it('shows only the points with the word, marked, and says how many matched', async () => {
    const el = await render(etelaPohjanmaa);
    await search(el, 'kallista');
    expect(squash(q(el, '[part="status"]')!.textContent)).to.equal('2 kohtaa sisältää sanan ”kallista” (2 solussa).');
    expect(texts(qa(el, 'td li'))).to.deep.equal(['Kallista', 'Kallista yhteiskunnalle']);
    expect(texts(qa(el, 'td li mark'))).to.deep.equal(['Kallista', 'Kallista']);
    // Only the row and the columns that hold a match stay.
    expect(texts(qa(el, 'thead th'))).to.deep.equal(['Päihdeasiakkaat', 'Vaikeat huoltoriidat']);
    expect(q(el, '[part="status"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('says when nothing matched, and an emptied field shows everything again', async () => {
    const el = await render(small(), { lang: 'en' });
    await search(el, 'zebra');
    expect(squash(q(el, '[part="status"]')!.textContent)).to.equal('No point contains “zebra”.');
    expect(qa(el, 'td li')).to.have.length(0);
    await search(el, '');
    expect(qa(el, 'td li')).to.have.length(4);
    expect(squash(q(el, '[part="status"]')!.textContent)).to.equal('');
  });

  it('downloads what is shown as CSV, one point a line in its cell', async () => {
    const saved: { blob: Blob; name: string }[] = [];
    const save = files.save;
    files.save = (blob, name) => saved.push({ blob, name });
    try {
      const el = await render(small());
      await search(el, 'kallista');
      q<HTMLButtonElement>(el, '[part="csv-button"]')!.click();
      expect(saved).to.have.length(1);
      expect(saved[0].name).to.equal('kaikki-solut.csv');
      const text = new TextDecoder().decode(await saved[0].blob.arrayBuffer());
      // TextDecoder drops the BOM it reads; the bytes keep it.
      expect([...new Uint8Array(await saved[0].blob.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(text.split('\r\n')).to.deep.equal([
        ';Eroperheet',
        'Miksi?;"Kallista yhteiskunnalle\n*"',
        '',
        '* sijainti on päätelty (ks. huomautus)',
        '',
      ]);
    } finally {
      files.save = save;
    }
  });
});

describe('<fc-matrix> views and narrow screens', () => {
  it('stacks by row or by column as the reader chooses, keeping empty and uncertain cells', async () => {
    const el = await render(small());
    expect(q(el, '.mx-view[data-view="table"]')!.getAttribute('aria-pressed')).to.equal('true');
    q<HTMLButtonElement>(el, '.mx-view[data-view="by-row"]')!.click();
    await settled(el);
    expect(q(el, 'table')).to.equal(null);
    expect(texts(qa(el, '.mx-section__title'))).to.deep.equal(['Miksi?', 'Kuka vastaa?']);
    expect(texts([...qa(el, '.mx-section')[0].querySelectorAll('.mx-entry__title')])).to.deep.equal([
      'Nepsy-asiakkaat',
      'Eroperheet',
      'Huoltoriidat',
    ]);
    expect(qa(el, '.mx-section')[0].querySelectorAll('.mx-uncertain')).to.have.length(1);
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '.mx-view[data-view="by-column"]')!.click();
    await settled(el);
    expect(texts(qa(el, '.mx-section__title'))).to.deep.equal(['Nepsy-asiakkaat', 'Eroperheet', 'Huoltoriidat']);
    expect(q(el, '.mx-view[data-view="by-column"]')!.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('is stacked by row at 320 px, with no horizontal scroll, and the table scrolls inside itself', async () => {
    const el = await render(pohjoisPohjanmaa, { width: '320px' });
    expect(q(el, 'table')).to.equal(null);
    expect(qa(el, '.mx-section')).to.have.length(5);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '.mx-view[data-view="table"]')!.click();
    await settled(el);
    const scroll = q(el, '[part="scroll"]')!;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(scroll.scrollWidth).to.be.above(scroll.clientWidth);
    expect(scroll.getAttribute('tabindex')).to.equal('0');
    await expect(el).to.be.accessible();
  });

  it('keeps the column headers in view while the table scrolls', async () => {
    const el = await render(generateMatrix(30, 4, 3));
    const scroll = q(el, '[part="scroll"]')!;
    const th = q(el, 'thead th')!;
    const top = th.getBoundingClientRect().top;
    scroll.scrollTop = 600;
    await frames(1);
    expect(scroll.scrollTop).to.be.above(0);
    expect(Math.round(th.getBoundingClientRect().top)).to.equal(Math.round(top));
  });

  it('takes its heading level from heading-level, and sections go one deeper', async () => {
    const el = await render(small(), { attrs: { 'heading-level': '4', view: 'by-row' } });
    expect(q(el, '[part="title"]')!.tagName).to.equal('H4');
    expect(q(el, '.mx-section__title')!.tagName).to.equal('H5');
    expect(q(el, '.mx-entry__title')!.tagName).to.equal('H6');
  });
});

describe('<fc-matrix> keyboard', () => {
  it('reaches every control in reading order with Tab, and Enter works them', async () => {
    const el = await render(small());
    const before = Object.assign(document.createElement('button'), { textContent: 'ennen' });
    el.before(before);
    before.focus();
    const order: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      const f = focused(el);
      order.push(f ? (f.dataset.view ?? f.dataset.id ?? f.dataset.key ?? f.getAttribute('part') ?? f.tagName) : 'outside');
    }
    expect(order).to.deep.equal([
      'table',
      'by-row',
      'by-column',
      'search',
      'csv-button',
      'scroll',
      'nepsy',
      'ero',
      'huolto',
      'miksi',
      '["miksi","ero"]',
      'kuka',
    ]);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(texts(qa(el, 'tbody th[scope="row"] .mx-header'))).to.deep.equal(['Kuka vastaa?']);
    before.remove();
  });
});

describe('<fc-matrix> languages', () => {
  it('speaks Finnish, Swedish and English: kit strings, labels and counts', async () => {
    const fi = await render(small(), { lang: 'fi' });
    expect(texts(qa(fi, '.mx-view'))).to.deep.equal(['Taulukko', 'Riveittäin', 'Sarakkeittain']);
    const sv = await render(small(), { lang: 'sv' });
    expect(texts(qa(sv, '.mx-view'))).to.deep.equal(['Tabell', 'Radvis', 'Kolumnvis']);
    expect(texts(qa(sv, 'thead th'))).to.deep.equal(['Nepsy-klienter', 'Skilsmässofamiljer', 'Vårdnadstvister']);
    expect(squash(q(sv, '.mx-uncertain')!.textContent)).to.equal('Osäker placering');
    expect(squash(q(sv, 'td.mx-cell--uncertain li')!.textContent)).to.equal('Dyrt för samhället');
    const en = await render(small(), { lang: 'en' });
    expect(squash(q(en, '[part="legend"]')!.textContent)).to.include('1 of 6 cells were placed by inference.');
    expect(squash(q(en, 'label')!.textContent)).to.equal('Search the points');
    expect(squash(q(en, 'td[part~="cell-empty"] .fc-visually-hidden')!.textContent)).to.equal('empty');
  });

  it('marks a Finnish-only point lang="fi" on a Swedish or English page', async () => {
    const sv = await render(kuntaliitto, { lang: 'sv' });
    const point = q(sv, 'td li')!;
    expect(point.querySelector('[lang="fi"]')).to.not.equal(null);
    expect(texts(qa(sv, 'thead th .mx-header'))).to.deep.equal([
      '377/2022 14 a §',
      'Sammansättningar av de regionala samarbetsgrupperna för elevhälsa',
    ]);
    const fi = await render(kuntaliitto, { lang: 'fi' });
    expect(q(fi, 'td li [lang]')).to.equal(null);
  });
});

describe('<fc-matrix> seed matrices', () => {
  it('shows the critical groups with the Muuta? row and every placement marked uncertain', async () => {
    const el = await render(etelaPohjanmaa);
    expect(texts(qa(el, 'thead th'))).to.deep.equal([
      'Nepsy-asiakkaat',
      'Päihdeasiakkaat',
      'Mt-asiakkaat',
      'Eroperheet',
      'Vaikeat huoltoriidat',
    ]);
    expect(texts(qa(el, 'tbody th .mx-header')).at(-1)).to.equal('Muuta?');
    expect(qa(el, '.mx-uncertain')).to.have.length(criticalGroups.cells.length);
    expect(qa(el, 'td li')).to.have.length(60);
    expect(squash(q(el, '[part="meta"]')!.textContent)).to.include('taulukossa on viisi saraketta');
  });

  it('shows the risk table as sentences under Todennäköisyys, Vaikutus and Riskien hallinta', async () => {
    const el = await render(pohjoisPohjanmaa);
    expect(texts(qa(el, 'thead th'))).to.deep.equal(['Todennäköisyys', 'Vaikutus', 'Riskien hallinta']);
    expect(squash(q(el, 'tbody th')!.textContent)).to.equal('Perhekeskuskehittäminen on ollut osittain hankevetoista.');
    expect(qa(el, '.mx-uncertain')).to.have.length(0);
  });
});

describe('<fc-matrix> bad input', () => {
  it('renders the rest when one cell is bad, and names the left-out one by its path', async () => {
    const el = await render(withOneBadCell());
    const warnings = q(el, '[part="warnings"]')!;
    expect(squash(warnings.textContent)).to.include('matrices[0].cells[4].row: tunnistetta "milloin" ei ole');
    expect(qa(el, 'td li')).to.have.length(4);
    expect(log.lines.join('\n')).to.include('matrices[0].cells[4].row');
  });

  it('shows an in-place error with the path for a broken matrix, and emits fc-error', async () => {
    const m = clone(everyCell);
    m.rows.push({ id: 'miksi', label: 'Taas' });
    const el = document.createElement('fc-matrix');
    el.lang = 'en';
    const error = oneEvent(el, 'fc-error');
    el.data = doc(m);
    document.body.append(el);
    const event = (await error) as CustomEvent;
    expect(event.detail).to.include({ path: 'matrices[0].rows[2].id', message: 'id "miksi" is used twice' });
    await el.updateComplete;
    expect(squash(q(el, '[part~="error"]')!.textContent)).to.include('matrices[0].rows[2].id');
    el.remove();
  });

  it('shows text that looks like HTML as text', async () => {
    const m = clone(everyCell);
    m.columns[0].label = '<img src=x onerror="window.__mx=1">Nepsy';
    m.cells[0].items = ['<b>lihava</b>'];
    const el = await render(doc(m));
    expect(q(el, 'img')).to.equal(null);
    expect(q(el, 'td li b')).to.equal(null);
    expect(squash(q(el, 'td li')!.textContent)).to.equal('<b>lihava</b>');
    expect((window as unknown as { __mx?: number }).__mx).to.equal(undefined);
  });

  it('emits fc-load once it has rendered, and renders a generated 50 × 10 × 5 matrix', async () => {
    const el = document.createElement('fc-matrix');
    const loaded = oneEvent(el, 'fc-load');
    el.data = generateMatrix(50, 10, 5);
    document.body.append(el);
    expect(((await loaded) as CustomEvent).detail).to.deep.equal({ collection: 'matrices', id: 'generoitu-50x10' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('td li')).to.have.length(2500);
    el.remove();
  });
});
