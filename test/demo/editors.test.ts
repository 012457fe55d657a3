/**
 * The builder's editors as an editor uses them: start a figure of each kind, paste cells copied
 * from Excel, LibreOffice and Google Sheets (test/demo/fixtures/), import CSV and XLSX, map
 * unknown columns, type, indent an outline with Tab, undo with Ctrl+Z, and check the document the
 * snippet carries; problems at their cells in the editor's language; the preview keeps the last
 * valid figure; the work survives a reload; axe on each editor; 320 px.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, deepActiveElement, frames, openPage, type OpenPage } from './support/page-frame.js';

const DRAFT = 'fc-kit-builder-draft';
const fixture = async (name: string) => (await fetch(`/test/demo/fixtures/${name}`)).text();

class Editor {
  constructor(readonly page: OpenPage) {}

  static async open(query = '?lang=fi', width = 1280): Promise<Editor> {
    localStorage.removeItem(DRAFT);
    return Editor.reopen(query, width);
  }

  static async reopen(query = '?lang=fi', width = 1280): Promise<Editor> {
    const page = await openPage(`/demo/builder/${query}`, { width, height: 1200, settle: false });
    const e = new Editor(page);
    await e.until(() => page.doc.documentElement.dataset.builderReady === 'true', 'the builder started');
    return e;
  }

  $<T extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = this.page.doc): T {
    const el = root.querySelector<T>(selector);
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

  async start(collection: string) {
    this.$<HTMLInputElement>('input[name="source"][value="new"]').click();
    const kind = this.$<HTMLSelectElement>('#new-kind');
    kind.value = collection;
    this.$('#new-start').click();
    await frames(this.page.win, 1);
    await this.until(() => this.page.doc.querySelector('#editor .fe-part'), 'the editor is drawn');
  }

  /** The control for a JSON path (and language) in the editor. */
  control<T extends HTMLElement = HTMLInputElement>(path: string, lang?: string): T {
    const sel = `#editor [data-path="${CSS.escape(path)}"]${lang ? `[data-lang="${lang}"]` : ':is(input, select)'}`;
    return this.$<T>(sel);
  }

  async type(path: string, value: string, lang?: string) {
    const c = this.control<HTMLInputElement | HTMLSelectElement>(path, lang);
    c.value = value;
    c.dispatchEvent(new Event(c instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    await frames(this.page.win, 1);
  }

  async paste(target: HTMLElement, text: string) {
    const data = new this.page.win.DataTransfer();
    data.setData('text/plain', text);
    target.focus();
    target.dispatchEvent(new this.page.win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    await frames(this.page.win, 2);
  }

  /** The table's own paste box: opens its "from a spreadsheet" part first. */
  async pasteTable(table: string, text: string) {
    const box = this.$(`#editor [data-table="${table}"]`);
    this.$<HTMLDetailsElement>('details.fe-intake', box).open = true;
    await this.paste(this.$('textarea', box), text);
  }

  async importFile(table: string, file: File) {
    const box = this.$(`#editor [data-table="${table}"]`);
    this.$<HTMLDetailsElement>('details.fe-intake', box).open = true;
    const input = this.$<HTMLInputElement>('input[type="file"]', box);
    const data = new this.page.win.DataTransfer();
    data.items.add(file);
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** The document the snippet carries (the data is inside the code by default). */
  get snippetDocument(): any {
    const code = this.$<HTMLTextAreaElement>('#snippet').value;
    const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(code)?.[1];
    return json ? JSON.parse(json) : undefined;
  }

  get preview(): HTMLElement | null {
    return this.page.doc.querySelector<HTMLElement>('#preview > *');
  }

  problems(): string[] {
    return [...this.page.doc.querySelectorAll('#editor .fe-problem')].map((p) => p.textContent ?? '');
  }

  async axe() {
    await frames(this.page.win, 2);
    expect(await axeViolations(this.page, this.$('#editor'))).to.deep.equal([]);
  }
}

describe('builder editors', function () {
  this.timeout(90_000);
  afterEach(() => localStorage.removeItem(DRAFT));

  it('survey: an Excel clipboard with a header and a line break fills the answers; N typed; live shares; the preview renders', async () => {
    const e = await Editor.open();
    try {
      await e.start('surveys');
      await e.axe();
      await e.type('surveys[0].question', 'Onko alueellanne perhekeskus?', 'fi');
      await e.pasteTable('answers', await fixture('excel-survey-header-crlf.tsv'));
      await e.type('surveys[0].n', '21');
      const answers = e.snippetDocument.surveys[0].answers;
      expect(answers).to.deep.equal([
        { label: { fi: 'Kyllä,\nehdottomasti' }, count: 8 },
        { label: { fi: 'Ei' }, count: 13 },
      ]);
      expect([...e.page.doc.querySelectorAll('#editor .fe-derived')].map((c) => c.textContent?.replace(/\s/g, ' '))).to.deep.equal([
        '38,1 %',
        '61,9 %',
      ]);
      await e.until(() => e.preview && e.page.log.loaded.has(e.preview), 'the preview rendered the valid survey');
      expect(e.problems()).to.deep.equal([]);
      // Missing translations are marked, not copied.
      const sv = e.control('surveys[0].answers[1].label', 'sv');
      expect(sv.value).to.equal('');
      expect(sv.dataset.missing).to.equal('true');
      expect(sv.parentElement?.querySelector('.fe-missing')?.textContent).to.equal('käännös puuttuu');
      await e.axe();
    } finally {
      e.page.close();
    }
  });

  it('survey: Google Sheets cells without a header, Finnish decimal commas, pasted into a cell, fill from there', async () => {
    const e = await Editor.open();
    try {
      await e.start('surveys');
      await e.paste(e.control('surveys[0].answers[0].label', 'fi'), await fixture('google-sheets-survey-no-header-decimal-comma.tsv'));
      expect(e.snippetDocument.surveys[0].answers).to.deep.equal([
        { label: { fi: 'Kyllä' }, count: 12 },
        { label: { fi: 'Ei' }, count: 9 },
      ]);
      expect(deepActiveElement(e.page.doc)?.getAttribute('data-path')).to.equal('surveys[0].answers[0].label');
    } finally {
      e.page.close();
    }
  });

  it('survey: unknown headers open the column-mapping step; the chosen mapping fills the table', async () => {
    const e = await Editor.open('?lang=en');
    try {
      await e.start('surveys');
      await e.pasteTable('answers', await fixture('unknown-headers.tsv'));
      const mapping = e.$('#editor .fe-mapping');
      expect(mapping.querySelector('h5')?.textContent).to.equal('Where do the columns go?');
      const selects = [...mapping.querySelectorAll('select')] as HTMLSelectElement[];
      expect(selects.map((s) => s.labels?.[0]?.textContent)).to.deep.equal([
        'Column 1: “Vaihtoehdon nimi”',
        'Column 2: “Vastaajien lkm yhteensä”',
        'Column 3: “Huom”',
      ]);
      expect(e.$<HTMLInputElement>('input[type="checkbox"]', mapping).checked, 'a header row, since counts follow text').to.equal(true);
      selects[1].value = '3';
      selects[1].dispatchEvent(new Event('change'));
      selects[2].value = '-1';
      selects[2].dispatchEvent(new Event('change'));
      await e.axe();
      [...mapping.querySelectorAll('button')].find((b) => b.textContent === 'Fill the table')!.click();
      await frames(e.page.win, 2);
      expect(e.page.doc.querySelector('#editor .fe-mapping')).to.equal(null);
      expect(e.snippetDocument.surveys[0].answers).to.deep.equal([
        { label: { fi: 'Kyllä' }, count: 8 },
        { label: { fi: 'Ei' }, count: 13 },
      ]);
    } finally {
      e.page.close();
    }
  });

  it('survey: a Finnish Excel CSV and an XLSX file import; the table downloads as CSV', async () => {
    const e = await Editor.open();
    try {
      await e.start('surveys');
      const csv = await (await fetch('/test/demo/fixtures/excel-fi-survey.csv')).blob();
      await e.importFile('answers', new e.page.win.File([csv], 'kysely.csv', { type: 'text/csv' }));
      await e.until(
        () => e.snippetDocument?.surveys[0].answers.length === 2,
        `the CSV filled two rows (${e.page.doc.querySelector('#editor .fe-status')?.textContent} ${JSON.stringify(e.snippetDocument?.surveys[0].answers)})`,
      );
      expect(e.snippetDocument.surveys[0].answers[1]).to.deep.equal({ label: { fi: 'Ei; en tiedä' }, count: 13 });
      const xlsx = await (await fetch('/test/demo/fixtures/survey.xlsx')).blob();
      await e.importFile('answers', new e.page.win.File([xlsx], 'kysely.xlsx'));
      await e.until(() => e.snippetDocument?.surveys[0].answers[1].label.fi === 'Ei', 'the XLSX replaced the rows');
      expect(e.snippetDocument.surveys[0].answers).to.deep.equal([
        { label: { fi: 'Kyllä' }, count: 8 },
        { label: { fi: 'Ei' }, count: 13 },
      ]);
      // The table out as CSV: what the download button saves (semicolons and a BOM, for Excel).
      let saved: Blob | undefined;
      const win = e.page.win as typeof e.page.win & { URL: typeof URL };
      const create = win.URL.createObjectURL;
      win.URL.createObjectURL = (blob: Blob) => ((saved = blob), create.call(win.URL, blob));
      [...e.$('#editor [data-table="answers"]').querySelectorAll('button')]
        .find((b) => b.textContent === 'Lataa taulukko CSV-tiedostona')!
        .click();
      win.URL.createObjectURL = create;
      expect([...new Uint8Array(await saved!.arrayBuffer()).slice(0, 3)], 'a byte-order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(await saved!.text()).to.equal('Vastaus (suomi);Vastaus (ruotsi);Vastaus (englanti);Määrä\r\nKyllä;;;8\r\nEi;;;13');
    } finally {
      e.page.close();
    }
  });

  it('problems show at their cell with the field in words and the path; the preview keeps the last valid survey; copying warns', async () => {
    const e = await Editor.open('?lang=sv');
    try {
      await e.start('surveys');
      await e.pasteTable('answers', 'Ja\t8\nNej\t13\n');
      await e.type('surveys[0].n', '21');
      await e.type('surveys[0].question', 'Fråga?', 'sv');
      await e.until(() => e.preview && e.page.log.loaded.has(e.preview), 'the valid survey previewed');
      const shown = e.preview;
      await e.type('surveys[0].answers[1].count', '-3');
      const cell = e.control('surveys[0].answers[1].count');
      expect(cell.getAttribute('aria-invalid')).to.equal('true');
      const note = e.page.doc.getElementById(cell.getAttribute('aria-describedby')!.split(' ').pop()!);
      expect(note?.textContent).to.equal('enkät 1 › svar 2 › antal (surveys[0].answers[1].count): minsta tillåtna värde är 0');
      await new Promise((r) => setTimeout(r, 400));
      expect(e.preview, 'the preview still shows the last valid figure').to.equal(shown);
      e.$('#copy').click();
      await frames(e.page.win, 1);
      expect(e.$('#copy-warning').hidden).to.equal(false);
      expect(e.$('#copy-status').textContent).to.equal('');
      expect(deepActiveElement(e.page.doc)?.id).to.equal('copy-anyway');
      await e.axe();
    } finally {
      e.page.close();
    }
  });

  it('roadmap: a LibreOffice table with Finnish headers fills the items, statuses by their Finnish names', async () => {
    const e = await Editor.open();
    try {
      await e.start('roadmaps');
      await e.type('roadmaps[0].start', '2025');
      await e.type('roadmaps[0].end', '2027');
      await e.type('roadmaps[0].title', 'Perhekeskuksen kehittäminen', 'fi');
      await e.type('roadmaps[0].themes[0].label', 'Rakenteet', 'fi');
      await e.pasteTable('items', await fixture('libreoffice-roadmap-header.tsv'));
      const items = e.snippetDocument.roadmaps[0].items;
      expect(items.map((i: any) => [i.theme, i.label.fi, i.start, i.end, i.status, i.description])).to.deep.equal([
        ['teema-1', 'Perhekeskuksen verkosto', '2025-01', '2025-12', 'ongoing', { fi: 'Kaksi\nriviä' }],
        ['teema-1', 'Johtamismalli', '2026', undefined, 'planned', undefined],
      ]);
      expect(items[0].id, 'the item kept the id it had').to.equal('kohta-1');
      await e.until(() => e.preview && e.page.log.loaded.has(e.preview), 'the roadmap previewed');
      await e.axe();
    } finally {
      e.page.close();
    }
  });

  it('governance: an indented list of bodies pasted into the top node becomes the tree; Tab indents, Shift+Tab lifts, Ctrl+Z undoes', async () => {
    const e = await Editor.open();
    try {
      await e.start('governance');
      await e.paste(e.control('governance[0].root.label', 'fi'), await fixture('libreoffice-bodies-indented.tsv'));
      const tree = () => e.snippetDocument.governance[0].root;
      const shape = (n: any): unknown[] => [n.label.fi, ...(n.children ?? []).map(shape)];
      expect(shape(tree())).to.deep.equal(['Perhekeskus', ['Johtoryhmä', ['Verkosto A']], ['Ohjausryhmä']]);
      // Tab on the last node (Ohjausryhmä) puts it under Johtoryhmä.
      e.control('governance[0].root.children[1].label', 'fi').focus();
      await sendKeys({ press: 'Tab' });
      await e.until(() => shape(tree()).length === 2, 'Tab indented');
      expect(shape(tree())).to.deep.equal(['Perhekeskus', ['Johtoryhmä', ['Verkosto A'], ['Ohjausryhmä']]]);
      expect(deepActiveElement(e.page.doc)?.getAttribute('data-path'), 'focus stays on the node').to.equal(
        'governance[0].root.children[0].children[1].label',
      );
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await e.until(() => shape(tree()).length === 3, 'Shift+Tab lifted');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'z' });
      await sendKeys({ up: 'Control' });
      await e.until(() => shape(tree()).length === 2, 'Ctrl+Z undid the lift');
      expect(e.$('#undo-status').textContent).to.equal('Muutos kumottiin.');
      // The first child cannot go deeper: Tab moves on, as everywhere else.
      e.control('governance[0].root.children[0].label', 'fi').focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement(e.page.doc)?.getAttribute('data-path')).to.equal('governance[0].root.children[0].label');
      expect(deepActiveElement(e.page.doc)?.getAttribute('data-lang')).to.equal('sv');
      await e.type('governance[0].levels[0].label', 'Alue', 'fi');
      await e.axe();
    } finally {
      e.page.close();
    }
  });

  it('typing then Ctrl+Z undoes the whole field edit at once, and the work survives a reload until discarded', async () => {
    const e = await Editor.open();
    let again: Editor | undefined;
    try {
      await e.start('houses');
      const title = e.control('houses[0].title', 'fi');
      title.focus();
      await sendKeys({ type: 'Talo' });
      await e.until(() => e.snippetDocument?.houses[0].title.fi === 'Talo', 'typed');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'z' });
      await sendKeys({ up: 'Control' });
      await e.until(() => e.snippetDocument?.houses[0].title.fi === '', 'one undo for the field');
      await sendKeys({ type: 'Perheiden talo' });
      e.page.close();
      again = await Editor.reopen();
      await again.until(() => again!.page.doc.querySelector('#editor .fe-part'), 'the draft editor is drawn');
      expect(again.control('houses[0].title', 'fi').value).to.equal('Perheiden talo');
      expect(again.$('#draft-box').hidden).to.equal(false);
      again.$('#draft-discard').click();
      await again.until(() => again!.$('#draft-status').textContent === 'Keskeneräinen työ hylättiin.', 'discarded');
      expect(localStorage.getItem(DRAFT)).to.equal(null);
    } finally {
      e.page.close();
      again?.page.close();
    }
  });

  it('house: authored by keyboard alone — a floor, a room, a service — at 320 px without the page scrolling sideways', async () => {
    const e = await Editor.open('?lang=fi', 320);
    try {
      await e.start('houses');
      e.control('houses[0].title', 'fi').focus();
      await sendKeys({ type: 'Perheiden talo' });
      e.control('houses[0].floors[0].label', 'fi').focus();
      await sendKeys({ type: 'Palvelut' });
      const addRoom = e.$<HTMLButtonElement>('[data-key="add:rooms:0"]');
      addRoom.focus();
      await sendKeys({ press: 'Enter' });
      await e.until(() => e.snippetDocument?.houses[0].floors[0].rooms.length === 1, 'Enter added a room');
      expect(deepActiveElement(e.page.doc)?.getAttribute('data-path'), 'focus went to the new row').to.equal(
        'houses[0].floors[0].rooms[0].id',
      );
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Neuvola' });
      await e.until(() => e.snippetDocument?.houses[0].floors[0].rooms[0].label.fi === 'Neuvola', 'typed the room');
      e.$<HTMLButtonElement>('[data-key="add:services:0:0"]').focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Äitiysneuvola' });
      await e.until(() => e.snippetDocument?.houses[0].floors[0].rooms[0].services?.[0]?.label.fi === 'Äitiysneuvola', 'typed the service');
      await e.until(() => e.preview && e.page.log.loaded.has(e.preview), 'the house previewed');
      expect(e.page.doc.documentElement.scrollWidth).to.be.at.most(320);
      await e.axe();
    } finally {
      e.page.close();
    }
  });

  it('a JSON syntax error is told in the editor’s language, by line and character', async () => {
    const e = await Editor.open('?lang=en');
    try {
      e.$<HTMLInputElement>('input[name="source"][value="paste"]').click();
      const area = e.$<HTMLTextAreaElement>('#paste');
      area.value = '{\n  "fcVersion": 1,\n  "id": "x",,\n}';
      area.dispatchEvent(new Event('input', { bubbles: true }));
      await e.until(() => e.page.doc.querySelector('#problems li'), 'a problem is listed');
      expect(e.$('#problems li').textContent).to.match(
        /^\(whole document\): The text is not valid JSON: error on line 3, character \d+\.$/,
      );
    } finally {
      e.page.close();
    }
  });
});
