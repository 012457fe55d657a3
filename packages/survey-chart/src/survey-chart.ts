import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import {
  FcElement,
  ListKeysController,
  SizeController,
  cssVars,
  emit,
  formatPercent,
  heading,
  sharedStyles,
  sourceNote,
  type CollectionItem,
  type Language,
  type RenderContext,
  type Survey,
} from '@fc-kit/core';
import type { ChartSpec, SurveyChart } from './chart.js';
import { readTheme, sameTheme, type ChartTheme } from './chart-theme.js';
import { files } from './download.js';
import { t } from './strings.js';
import { fileName, surveyCsv } from './survey-csv.js';
import { CHART_KINDS, layoutSurvey, type ChartKind, type SurveyLayout } from './survey-chart-layout.js';
import { surveyChartStyles } from './survey-chart-styles.js';
import { ThemeWatch } from './theme-watch.js';

type ChartModule = typeof import('./chart.js');
/** chart.ts with Chart.js, once an element has fetched them. */
let chartModule: ChartModule | undefined;
let loading: Promise<ChartModule> | undefined;

interface View {
  survey: Survey;
  layout: SurveyLayout;
  lang: Language;
}

/**
 * One survey question's answers as a Chart.js chart: the question as a heading, `N = 21`, each
 * answer with its whole percent and count in the reader's locale (`86 % (18)`), a doughnut for a
 * single-choice question and horizontal bars (percent of N, 0–100 %) for a multiple-choice one.
 * The chart is an image with a text alternative that states the question, N and every answer;
 * the answers are also a list of buttons (each in the Tab order; arrow keys, Home and End move
 * between them and show the tooltip a hover shows; Enter, Space or a click on a segment fires
 * `fc-select`), and a real table that a button shows and screen readers always reach. The table
 * downloads as CSV (UTF-8 with BOM; `;` in Finnish and Swedish, `,` in English) and the chart as
 * PNG, both named after the survey id. Chart.js is fetched only once there is a survey to draw.
 *
 * @tag fc-survey-chart
 * @attr chart - `doughnut`, `pie` or `bar`: overrides the survey's own `chart`. A multiple-choice
 *   question is always bars (its shares do not add up to a whole). Any other value is shown as an
 *   in-place error.
 * @fires fc-select - an answer was activated. detail: `{ kind: 'answer', id: '<index>', item }`, `item` the answer.
 * @csspart title - the question (a heading).
 * @csspart n - the `N = 21` line; `hint` the note under it on multiple-choice questions.
 * @csspart figure - the box the chart is drawn in (its height is fixed before the chart loads).
 * @csspart canvas - the chart.
 * @csspart legend - the list of answers; `answer` each answer's button, `swatch` its colour.
 * @csspart actions - the buttons under the chart: `table-button`, `csv-button`, `png-button`.
 * @csspart table - the table of answers.
 * @csspart meta - the note and source.
 * @cssprop --fc-series-1 - colour of the first answer; `--fc-series-2` … `--fc-series-8` the next ones.
 * @cssprop --fc-placeholder-height - height kept while loading (default 24rem).
 */
export class FcSurveyChart extends FcElement<'surveys'> {
  static override styles = [...sharedStyles, ...surveyChartStyles];
  static override properties = {
    ...FcElement.properties,
    chart: { reflect: true },
    tableOpen: { state: true },
    drawn: { state: true },
    failed: { state: true },
  };

  declare chart: string | undefined;
  declare tableOpen: boolean;
  declare drawn: boolean;
  declare failed: boolean;

  protected readonly collection = 'surveys' as const;

  private view?: View;
  private handle?: SurveyChart;
  private drawnKey = '';
  private theme?: ChartTheme;
  private width = 0;
  private active = -1;

  constructor() {
    super();
    this.tableOpen = false;
    this.drawn = false;
    this.failed = false;
    new ThemeWatch(this, () => this.syncChart());
    new SizeController(this, {
      resized: (entries) => this.resized(entries.find((e) => e.target === this)?.contentRect.width ?? this.width),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A chart that failed (say, Chart.js could not be fetched) is tried again when the element returns.
    this.failed = false;
    // Back on the page after a move: draw again (the chart was destroyed when it left).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dropChart();
  }

  protected override render() {
    this.view = undefined;
    return super.render();
  }

  protected override renderItem(
    survey: CollectionItem['surveys'],
    { lang, text, localized, source, level }: RenderContext,
  ): TemplateResult {
    const requested = this.chart?.trim() || undefined;
    // An editor's typo shows where they will see it, like a typo in the data does.
    if (requested && !(CHART_KINDS as readonly string[]).includes(requested)) throw new Error(t(lang, 'bad-chart', { value: requested }));
    this.width ||= this.clientWidth;
    const fontSize = parseFloat(getComputedStyle(this).fontSize) || 16;
    const L = layoutSurvey(survey, { lang, text, chart: requested as ChartKind | undefined, width: this.width || undefined, fontSize });
    this.view = { survey, layout: L, lang };
    const open = this.tableOpen || this.failed;
    const rows = L.rows;
    return html`<div class=${classMap({ sc: true, [`sc--${L.kind}`]: true, 'sc--drawn': this.drawn })}>
      <span class="sc-probe fc-visually-hidden" aria-hidden="true"></span>
      ${heading(level, { id: 'sc-title', class: 'sc-title', part: 'title' }, localized(survey.question))}
      <p class="sc-n" part="n">${t(lang, 'n', { n: L.nText })}</p>
      ${L.multi ? html`<p class="sc-hint" part="hint">${t(lang, 'multi-hint', { hundred: formatPercent(1, 1, lang) })}</p>` : nothing}
      <div class="sc-body">
        <div class="sc-figure" part="figure" ${cssVars({ '--sc-h': `${L.height}em` })}>
          <canvas part="canvas" role="img" aria-label=${L.summary}></canvas>
          ${this.failed ? html`<p class="sc-failed">${t(lang, 'chart-failed')}</p>` : nothing}
        </div>
        <ul class="sc-legend" part="legend" aria-label=${t(lang, 'answers')}
          @click=${this.onLegendClick} @keydown=${this.keys.keydown} @focusin=${this.onLegendFocus} @focusout=${this.onLegendBlur}
          @mouseover=${this.onLegendFocus} @mouseleave=${this.onLegendBlur}>
          ${rows.map(
            (r) => html`<li>
              <button type="button" class="sc-answer" part="answer" data-index=${r.index}>
                <span class="sc-swatch" part="swatch" aria-hidden="true" data-p=${r.pattern} data-fp=${r.forcedPattern}
                  ${cssVars({ '--sc-color': `var(--_fc-series-${r.color})` })}></span>
                <span class="sc-answer__label">${localized(r.answer.label, breakable)}</span>
                <span class="sc-answer__value">${r.valueText}</span>
              </button>
            </li>`,
          )}
        </ul>
      </div>
      <div class="sc-actions" part="actions">
        <button type="button" class="fc-button" part="table-button" aria-expanded=${open ? 'true' : 'false'} aria-controls="sc-table"
          aria-describedby="sc-title" @click=${() => (this.tableOpen = !open)}>${t(lang, open ? 'hide-table' : 'show-table')}</button>
        <button type="button" class="fc-button" part="csv-button" aria-describedby="sc-title" @click=${this.downloadCsv}>${t(lang, 'download-csv')}</button>
        <button type="button" class="fc-button" part="png-button" aria-describedby="sc-title" ?disabled=${!this.drawn} @click=${this.downloadPng}>
          ${t(lang, 'download-png')}
        </button>
      </div>
      <div class=${classMap({ 'sc-table': true, 'fc-visually-hidden': !open })} id="sc-table">
        <table part="table">
          <caption>${localized(survey.question)} (${t(lang, 'n', { n: L.nText })})</caption>
          <thead>
            <tr><th scope="col">${t(lang, 'col-answer')}</th><th scope="col">${t(lang, 'col-count')}</th><th scope="col">${t(lang, 'col-percent')}</th></tr>
          </thead>
          <tbody>
            ${rows.map((r) => html`<tr><th scope="row">${localized(r.answer.label, breakable)}</th><td>${r.countText}</td><td>${r.percentText}</td></tr>`)}
          </tbody>
          <tfoot>
            <tr><th scope="row">${t(lang, 'total')}</th><td>${L.nText}</td><td></td></tr>
          </tfoot>
        </table>
      </div>
      ${sourceNote(lang, survey.note, source)}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncChart();
  }

  // ---- the chart --------------------------------------------------------------------------------

  /** Brings the canvas in line with the view: creates, updates, resizes or destroys the chart. */
  private syncChart(): void {
    try {
      const view = this.view;
      const canvas = this.renderRoot.querySelector('canvas');
      const figure = canvas?.parentElement;
      const probe = this.renderRoot.querySelector<HTMLElement>('.sc-probe');
      if (!view || !canvas || !figure || !probe || !this.isConnected) return this.dropChart();
      if (this.handle && (this.handle.canvas !== canvas || this.handle.kind !== view.layout.kind)) this.dropChart();
      const { clientWidth: width, clientHeight: height } = figure;
      // Not laid out (hidden, or in a closed <details>): the size observer calls again.
      if (!width || !height || this.failed) return;
      if (!chartModule) return this.loadChart();
      const theme = readTheme(this, probe);
      if (!sameTheme(this.theme, theme)) this.theme = theme;
      const spec: ChartSpec = { layout: view.layout, theme: this.theme!, formatAxis: (p) => formatPercent(p, 100, view.lang) };
      const key = JSON.stringify([view.layout, this.theme, view.lang]);
      if (!this.handle) {
        this.handle = chartModule.createSurveyChart(canvas, spec, { width, height }, (i) => this.selectAnswer(i));
        this.drawnKey = key;
        this.later(() => (this.drawn = true));
      } else {
        this.handle.resize(width, height);
        if (key !== this.drawnKey) {
          this.drawnKey = key;
          this.handle.update(spec);
        }
      }
      if (this.active >= 0) this.handle.show(this.active);
    } catch (e) {
      this.chartFailed(e);
    }
  }

  private loadChart(): void {
    loading ??= import('./chart.js');
    loading.then(
      (m) => {
        chartModule = m;
        this.syncChart();
      },
      (e) => {
        loading = undefined;
        this.chartFailed(e);
      },
    );
  }

  private dropChart(): void {
    if (!this.handle) return;
    this.handle.destroy();
    this.handle = undefined;
    this.drawnKey = '';
    this.later(() => (this.drawn = false));
  }

  /** State set from `updated()` would ask for an update inside one; a microtask later it does not. */
  private later(set: () => void): void {
    queueMicrotask(set);
  }

  private chartFailed(error: unknown): void {
    console.error('fc-kit <fc-survey-chart>: the chart could not be drawn', error);
    const message = t(this.view?.lang ?? this.language, 'chart-failed');
    try {
      this.dropChart();
    } catch {
      this.handle = undefined;
    }
    this.later(() => (this.failed = true));
    emit(this, 'fc-error', { message, messages: [{ message }] });
  }

  /** True when the survey has to be laid out again: bars wrap their labels to the width. */
  private resized(width: number): boolean {
    if (Math.abs(width - this.width) < 1) return false;
    const before = this.width;
    this.width = width;
    this.syncChart();
    return !!before && this.view?.layout.kind === 'bar';
  }

  // ---- answers ----------------------------------------------------------------------------------

  /**
   * Arrows, Home and End between the answers. Each answer stays a button in the Tab order (a reader
   * who does not know the arrows loses nothing); focus shows the chart's tooltip for that answer.
   */
  private readonly keys = new ListKeysController(this, {
    items: (list) => [...list.querySelectorAll<HTMLElement>('.sc-answer')],
    keyOf: (button) => button.dataset.index,
  });

  private indexOf(target: EventTarget | null): number {
    const button = target instanceof Element ? target.closest<HTMLElement>('.sc-answer') : null;
    return button ? Number(button.dataset.index) : -1;
  }

  private selectAnswer(index: number): void {
    const row = this.view?.layout.rows[index];
    if (row) this.select('answer', String(index), row.answer);
  }

  /** What a hover shows, for the answer a keyboard or a pointer is on (-1: none). */
  private showAnswer(index: number): void {
    if (index === this.active) return;
    this.active = index;
    try {
      this.handle?.show(index);
    } catch (e) {
      this.chartFailed(e);
    }
  }

  private onLegendClick = (e: Event) => {
    const index = this.indexOf(e.target);
    if (index >= 0) this.selectAnswer(index);
  };

  private onLegendFocus = (e: Event) => {
    const index = this.indexOf(e.target);
    if (index >= 0) this.showAnswer(index);
  };

  private onLegendBlur = (e: Event) => {
    const next = (e as FocusEvent).relatedTarget;
    const focused = this.indexOf(this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null);
    // Leaving the list: back to the answer that has focus, or to nothing.
    if (e.type === 'mouseleave') return this.showAnswer(focused);
    if (!(next instanceof Node && (e.currentTarget as Element).contains(next))) this.showAnswer(-1);
  };

  // ---- downloads --------------------------------------------------------------------------------

  private downloadCsv = () => {
    const view = this.view;
    if (!view) return;
    const csv = surveyCsv(view.layout, view.lang);
    files.save(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName(view.survey.id, 'csv'));
  };

  private downloadPng = async () => {
    const view = this.view;
    if (!view || !this.handle) return;
    try {
      const { layout, lang } = view;
      const lines = [
        t(lang, 'n', { n: layout.nText }),
        ...(layout.multi ? [t(lang, 'multi-hint', { hundred: formatPercent(1, 1, lang) })] : []),
      ];
      const blob = await this.handle.png(layout.question, lines);
      if (blob) files.save(blob, fileName(view.survey.id, 'png'));
    } catch (e) {
      console.error('fc-kit <fc-survey-chart>: the image could not be made', e);
    }
  };
}

/** A label that may break after a slash (`sivistystoimen/varhaiskasvatuksen`) rather than mid-word. */
function breakable(label: string) {
  return label.includes('/') ? label.split(/(?<=\/)/).map((part, i) => (i ? html`<wbr>${part}` : part)) : label;
}
