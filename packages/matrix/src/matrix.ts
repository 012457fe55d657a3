import { html, nothing, type TemplateResult } from 'lit';
import {
  DetailsController,
  FcElement,
  SizeController,
  cellKey,
  cssVars,
  detailsPanel,
  detailsStyles,
  fileName,
  files,
  heading,
  sharedStyles,
  sourceNote,
  LOCALES,
  type CollectionItem,
  type Language,
  type Matrix,
  type RenderContext,
  type Text,
} from '@fc-kit/core';
import {
  filterPoints,
  matrixModel,
  showOnly,
  splitMatches,
  stackedSections,
  type Axis,
  type CellModel,
  type HeaderModel,
  type MatrixModel,
} from './matrix-layout.js';
import { matrixCsv } from './matrix-csv.js';
import { matrixStyles } from './matrix-styles.js';
import { t } from './strings.js';

/** What the reader reads the matrix as: the table, or stacked sections by row or by column. */
export type MatrixView = 'table' | 'by-row' | 'by-column';
const VIEWS: readonly MatrixView[] = ['table', 'by-row', 'by-column'];
const VIEW_LABEL = { table: 'view-table', 'by-row': 'view-by-row', 'by-column': 'view-by-column' } as const;

/** Narrower than this many em, the matrix is stacked by row unless the reader chose otherwise. */
const NARROW_EM = 40;
/** Above this many cells the table has fixed column widths. */
const BIG_CELLS = 120;

/**
 * A matrix: rows × columns whose cells are lists of points, as a real table with a caption, row
 * and column headers (`scope`) and a list in each cell. An empty cell is shown as empty (a dash,
 * read as "empty"); a cell whose place was reconstructed carries a visible "placement uncertain"
 * button that explains it and shows the note. Column headers stay in view while the table
 * scrolls. Narrower than 40em it is stacked — one section per row, or per column, as the reader
 * chooses — with no horizontal page scroll at 320 px.
 *
 * Reading aids: a row or column header shows that row or column alone (pressed again, or "Show
 * all", brings the others back); a search field shows only the points that contain a word and
 * says how many matched; the CSV holds what is shown, one point a line within its cell.
 *
 * Keyboard: every control is a real button or input, in reading order (Tab). Escape closes an
 * opened explanation and focus returns to its button.
 *
 * @tag fc-matrix
 * @attr view - `table`, `by-row` or `by-column`: how it is read at first. Without it: the table,
 *   stacked by row when narrow. The reader's choice wins.
 * @fires fc-select - a header or an uncertain cell was chosen. detail: `{ kind: 'row' | 'column', id, item }`
 *   (the row or column), or `{ kind: 'cell', id: 'row/column', item }` (the cell).
 * @csspart title - the matrix's heading.
 * @csspart tools - the view buttons, the search field and the CSV button.
 * @csspart view-button - one of the view buttons; `search` the search field; `csv-button` the CSV button.
 * @csspart status - how many points matched the search.
 * @csspart legend - what the uncertainty marker means.
 * @csspart scroll - the table's scroll area; `table` the table.
 * @csspart column-header - a column header; `row-header` a row header; `header-button` the button in one.
 * @csspart cell - a cell (also `cell-uncertain`, `cell-empty`); `points` its list.
 * @csspart uncertain - the marker of an uncertain cell (a button).
 * @csspart stack - the stacked sections (narrow, or by row or column).
 * @csspart section - a stacked section; `section-title` its heading; `entry` one cell in it.
 * @csspart details - the opened explanation of an uncertain cell.
 * @csspart meta - the note and source under the matrix.
 * @cssprop --fc-matrix-max-height - the table's scroll area height (default `80vh`).
 * @cssprop --fc-matrix-header-background - header cells' background (default `--fc-color-surface`).
 * @cssprop --fc-matrix-uncertain-color - the uncertain cells' dashed border and marker (default `--fc-color-accent`).
 * @cssprop --fc-matrix-mark-background - a search match's background (default `#ffe9a8`).
 */
export class FcMatrix extends FcElement<'matrices'> {
  static override styles = [...sharedStyles, detailsStyles, matrixStyles];
  static override properties = {
    ...FcElement.properties,
    view: { reflect: true },
  };

  declare view: MatrixView | undefined;

  protected readonly collection = 'matrices' as const;

  private shown?: Matrix;
  private model?: MatrixModel;
  /** The reader's choices, forgotten when another matrix is shown. */
  private chosenView?: MatrixView;
  private only?: { axis: Axis; id: string };
  private query = '';
  private narrow = false;
  private measured = false;
  private context?: RenderContext;
  private readonly details = new DetailsController<string>(this, {
    opener: (key) => [...this.renderRoot.querySelectorAll<HTMLElement>('.mx-uncertain')].find((b) => b.dataset.key === key),
  });

  constructor() {
    super();
    // Narrow or wide is decided by the element's own width, not the page's.
    new SizeController(this, { resized: (entries) => this.onResize(entries) });
  }

  override readingGuide(lang: Language): string {
    return t(lang, 'guide');
  }

  protected override renderItem(item: CollectionItem['matrices'], context: RenderContext): TemplateResult {
    this.context = context;
    if (item !== this.shown) this.adopt(item);
    if (!this.measured) this.measureNow();
    const { lang, level, localized } = context;
    let model = this.model!;
    if (this.only) model = showOnly(model, this.only.axis, this.only.id);
    const filtered = filterPoints(model, this.query, (x) => context.text(x), LOCALES[lang]);
    model = filtered.model;
    const view = this.currentView();
    const onlyHeader = this.only && this.header(this.only.axis, this.only.id);
    return html`<div class="mx" data-view=${view}>
      ${heading(level, { id: 'mx-title', class: context.titleClass('mx-title'), part: 'title' }, context.title(item.title))}
      ${context.guide}
      <div class="mx-tools" part="tools">
        <div class="mx-views" role="group" aria-label=${t(lang, 'view')}>
          ${VIEWS.map(
            (
              v,
            ) => html`<button type="button" class="mx-view" part="view-button" data-view=${v} aria-pressed=${v === view ? 'true' : 'false'}
              @click=${() => this.choose(v)}>${t(lang, VIEW_LABEL[v])}</button>`,
          )}
        </div>
        <div class="mx-search">
          <label for="mx-search">${t(lang, 'filter')}</label>
          <input id="mx-search" type="search" part="search" autocomplete="off" .value=${this.query} @input=${this.onSearch} />
        </div>
        <button type="button" class="fc-button mx-csv" part="csv-button" aria-describedby="mx-title" @click=${this.download}>
          ${t(lang, 'download-csv')}
        </button>
      </div>
      <p class="mx-status" part="status" role="status">${this.searchStatus(filtered.matches, filtered.cells)}</p>
      ${
        onlyHeader
          ? html`<p class="mx-only">
              <span>${t(lang, 'showing-only')} <strong>${localized(onlyHeader.label)}</strong></span>
              <button type="button" class="fc-button mx-all" @click=${this.showAll}>${t(lang, 'show-all')}</button>
            </p>`
          : nothing
      }
      ${
        this.model!.uncertain
          ? html`<p class="mx-legend" part="legend" id="mx-legend">
              <span class="mx-mark" aria-hidden="true">${t(lang, 'uncertain')}</span> ${t(lang, 'uncertain-legend')}
              ${t(lang, 'uncertain-count', { count: this.model!.uncertain, total: this.model!.rows.length * this.model!.columns.length })}
            </p>`
          : nothing
      }
      <p class="fc-visually-hidden" id="mx-header-hint">${t(lang, 'show-only')}</p>
      ${view === 'table' ? this.renderTable(item, model) : this.renderStack(model, view === 'by-row' ? 'row' : 'column')}
      ${this.renderDetails(item)}
      ${sourceNote(lang, item, context.source)}
    </div>`;
  }

  // ---- pieces ----------------------------------------------------------------------------------

  private renderTable(item: Matrix, model: MatrixModel) {
    const { localized } = this.context!;
    // A big table is laid out by its first row only (fixed layout): a 50 × 10 table of lists
    // then lays out in a fraction of the time automatic layout takes to measure every cell.
    const big = model.rows.length * model.columns.length > BIG_CELLS;
    return html`<div class="mx-scroll" part="scroll" tabindex="0" role="region" aria-labelledby="mx-title">
      <table class=${big ? 'mx-table mx-table--big' : 'mx-table'} part="table" ${cssVars({ '--mx-columns': String(model.columns.length) })}>
        <caption class="fc-visually-hidden">${localized(item.title)}</caption>
        <thead>
          <tr>
            <td class="mx-corner"></td>
            ${model.columns.map((c) => html`<th scope="col" class="mx-th mx-th--col" part="column-header">${this.headerButton('column', c)}${this.description(c)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${model.rows.map(
            (row, r) => html`<tr>
              <th scope="row" class="mx-th mx-th--row" part="row-header">${this.headerButton('row', row)}${this.description(row)}</th>
              ${model.cells[r].map((cell) => this.renderCell(cell, 'td'))}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderStack(model: MatrixModel, by: Axis) {
    const { level, localized } = this.context!;
    return html`<div class="mx-stack" part="stack">
      ${stackedSections(model, by).map(
        (section) => html`<section class="mx-section" part="section" aria-labelledby=${`mx-s-${section.header.index}`}>
          ${heading(level + 1, { id: `mx-s-${section.header.index}`, class: 'mx-section__title', part: 'section-title' }, this.headerButton(by, section.header))}
          ${this.description(section.header)}
          ${section.entries.map(
            (entry) => html`<div class="mx-entry" part="entry">
              ${heading(level + 2, { class: 'mx-entry__title' }, localized(entry.header.label))}
              ${this.renderCell(entry.cell, 'div')}
            </div>`,
          )}
        </section>`,
      )}
    </div>`;
  }

  /** A header's label as the button that shows its row or column alone. */
  private headerButton(axis: Axis, header: HeaderModel) {
    const { localized } = this.context!;
    const pressed = this.only?.axis === axis && this.only.id === header.id;
    return html`<button type="button" class="mx-header" part="header-button" data-axis=${axis} data-id=${header.id}
        aria-pressed=${pressed ? 'true' : 'false'} aria-describedby="mx-header-hint" @click=${() => this.toggleOnly(axis, header)}>
        ${localized(header.label)}</button
      >`;
  }

  private description(header: HeaderModel) {
    return header.description ? html`<span class="mx-header__description">${this.context!.localized(header.description)}</span>` : nothing;
  }

  private renderCell(cell: CellModel, tag: 'td' | 'div') {
    const { lang, localized } = this.context!;
    const parts = `cell${cell.uncertain ? ' cell-uncertain' : ''}${cell.items.length ? '' : ' cell-empty'}`;
    const key = cellKey(cell.row.id, cell.column.id);
    const mark = cell.uncertain
      ? html`<button type="button" class="mx-uncertain" part="uncertain" data-key=${key} aria-expanded=${this.details.key === key ? 'true' : 'false'}
          aria-controls="mx-details" @click=${() => this.openCell(cell)}>${t(lang, 'uncertain')}</button>`
      : nothing;
    const body = cell.items.length
      ? html`<ul class="mx-points" part="points">
          ${cell.items.map((point) => html`<li>${localized(point, this.marked)}</li>`)}
        </ul>`
      : html`<span class="mx-empty"><span aria-hidden="true">–</span><span class="fc-visually-hidden">${t(lang, 'empty')}</span></span>`;
    const classes = `mx-cell${cell.uncertain ? ' mx-cell--uncertain' : ''}`;
    return tag === 'td'
      ? html`<td class=${classes} part=${parts}>${mark}${body}</td>`
      : html`<div class=${classes} part=${parts}>${mark}${body}</div>`;
  }

  /** A point with its search matches marked, as text nodes (data is text, never HTML). */
  private readonly marked = (text: string) => {
    if (!this.query.trim()) return text;
    return splitMatches(text, this.query, LOCALES[this.context!.lang]).map((p) => (p.match ? html`<mark>${p.text}</mark>` : p.text));
  };

  private renderDetails(item: Matrix) {
    const key = this.details.key;
    const cell = key === undefined ? undefined : this.cellAt(key);
    if (!cell) return nothing;
    const { lang, level, localized } = this.context!;
    return detailsPanel({
      name: 'mx-details',
      id: 'mx-details',
      titleId: 'mx-details-title',
      level: level + 1,
      lang,
      kind: html`<p class="mx-details__kind">${t(lang, 'uncertain')}</p>`,
      title: html`${localized(cell.row.label)} × ${localized(cell.column.label)}`,
      content: html`<p>${t(lang, 'uncertain-cell')}</p>
        ${item.note ? html`<p><strong>${t(lang, 'note')}:</strong> ${localized(item.note)}</p>` : nothing}`,
      close: () => this.details.close(),
    });
  }

  private searchStatus(matches: number, cells: number): string {
    const query = this.query.trim();
    if (!query) return '';
    const lang = this.context!.lang;
    return matches ? t(lang, 'matches', { count: matches, query, cells }) : t(lang, 'no-matches', { query });
  }

  // ---- state -----------------------------------------------------------------------------------

  /** Another matrix: its model, and the reader's choices about the last one forgotten. */
  private adopt(item: Matrix) {
    this.shown = item;
    this.model = matrixModel(item);
    this.chosenView = undefined;
    this.only = undefined;
    this.query = '';
    this.details.reset();
  }

  private currentView(): MatrixView {
    const given = VIEWS.includes(this.view as MatrixView) ? this.view : undefined;
    return this.chosenView ?? given ?? (this.narrow ? 'by-row' : 'table');
  }

  private header(axis: Axis, id: string) {
    return (axis === 'row' ? this.model!.rows : this.model!.columns).find((h) => h.id === id);
  }

  private cellAt(key: string) {
    for (const line of this.model!.cells) for (const cell of line) if (cellKey(cell.row.id, cell.column.id) === key) return cell;
    return undefined;
  }

  private choose(view: MatrixView) {
    this.chosenView = view;
    this.requestUpdate();
  }

  private toggleOnly(axis: Axis, header: HeaderModel) {
    const again = this.only?.axis === axis && this.only.id === header.id;
    this.only = again ? undefined : { axis, id: header.id };
    this.requestUpdate();
    this.select(axis, header.id, (axis === 'row' ? this.shown!.rows : this.shown!.columns)[header.index]);
  }

  private readonly showAll = () => {
    const { axis, id } = this.only!;
    this.only = undefined;
    this.requestUpdate();
    // Focus goes back to the header that was pressed, not to the top of the page.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`.mx-header[data-axis="${axis}"][data-id="${CSS.escape(id)}"]`)?.focus(),
    );
  };

  private openCell(cell: CellModel) {
    const key = cellKey(cell.row.id, cell.column.id);
    this.details.toggle(key);
    if (this.details.key === key) {
      const source = this.shown!.cells[cell.source];
      this.select('cell', `${cell.row.id}/${cell.column.id}`, source);
    }
  }

  private readonly onSearch = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.requestUpdate();
  };

  private readonly download = () => {
    const lang = this.context!.lang;
    let model = this.model!;
    if (this.only) model = showOnly(model, this.only.axis, this.only.id);
    model = filterPoints(model, this.query, (x: Text) => this.context!.text(x), LOCALES[lang]).model;
    files.save(new Blob([matrixCsv(model, lang)], { type: 'text/csv;charset=utf-8' }), fileName(this.shown!.id, 'csv', 'matrix'));
  };

  /**
   * The first drawing already fits: a phone gets the stacked view at once, not a table that
   * turns into sections a frame later. After that the size controller follows the width.
   */
  private measureNow() {
    const width = this.getBoundingClientRect().width;
    if (width <= 0) return;
    this.measured = true;
    this.narrow = width < NARROW_EM * (parseFloat(getComputedStyle(this).fontSize) || 16);
  }

  private onResize(entries: readonly ResizeObserverEntry[]) {
    const host = entries.find((e) => e.target === this);
    if (!host) return false;
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    this.measured = true;
    const narrow = host.contentRect.width < NARROW_EM * em;
    if (narrow === this.narrow) return false;
    this.narrow = narrow;
    return true;
  }
}
