import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  DetailsController,
  FcElement,
  ListKeysController,
  SizeController,
  cssVars,
  detailsPanel,
  detailsStyles,
  heading,
  sharedStyles,
  sourceNote,
  timeSpan,
  type CollectionItem,
  type Language,
  type RenderContext,
  type Roadmap,
  type Text,
} from '@fc-kit/core';
import { groupByStartYear, layoutRoadmap, type ItemBox, type RoadmapLayout, type YearGroup } from './roadmap-layout.js';
import { moveFocus, type NavItem, type NavMode } from './roadmap-keyboard.js';
import { SIDE_COLUMNS_FROM, GOAL_WIDTH, LABEL_WIDTH, roadmapStyles } from './roadmap-styles.js';
import { statusIcon, statusIconStyles, STATUSES, type Status } from './status-icons.js';
import { t } from './strings.js';
import { formatDay, formatSpan, prepareFormats, tickLabel } from './time-labels.js';
import type { Tick } from './time-scale.js';

/** Views that show the items: the chart (also the narrow list by theme) and the narrow list by year. */
type View = 'chart' | 'years';

/**
 * Above this many items, lanes off screen are not laid out until scrolled to
 * (`content-visibility: auto`): a 500-item roadmap then draws in a fraction of the time.
 */
const BIG = 60;

/** `x` as a percentage of `of`, unitless (CSS multiplies by 1%), to three decimals. */
const share = (x: number, of: number) => (of > 0 ? Math.round((x / of) * 1e5) / 1e3 : 0);
const pct = (x: number, of: number) => `${share(x, of)}%`;
/** Lanes take the series colours in theme order. */
const seriesColor = (lane: number) => `var(--_fc-series-${(lane % 8) + 1})`;

/**
 * A development roadmap: a time axis from the roadmap's start to its end (years, and quarters
 * where they fit), one lane per theme, each item a bar from its start to its end or a milestone
 * at its start, stacked within its lane so that none overlap, the goal at the end of the road
 * and a line for today. Every item is a button named by its label, theme, time and status;
 * opening it shows its description. In a narrow container it is a list grouped by theme, or by
 * year with `group-by="year"`.
 *
 * Keyboard: the items are one tab stop (a roving tabindex: a 500-item roadmap is passed with one
 * Tab, not 500). Right/Left move to the next/previous item in time within a lane, Down/Up to the
 * next/previous lane (to its item nearest in time), Home/End to the first/last in the lane,
 * Ctrl+Home/End to the first/last of all. In the narrow list the arrows go down and up the list.
 * Enter or Space opens an item's details (focus moves to them); Escape closes them and focus
 * returns to the item.
 *
 * Print: prints as drawn, with the patterns, and every description listed under the chart. Page
 * size and orientation can only be set by the page (`@page { size: A4 landscape; }`): a shadow
 * root cannot set them.
 *
 * @tag fc-roadmap
 * @attr today - the date of the today line, `YYYY-MM-DD` (any time string works: its first day).
 *   Without it, the reader's current date; `none` draws no line. For tests and print.
 * @attr group-by - the narrow list's grouping: `theme` (default) or `year` (each item under the
 *   year it starts in).
 * @fires fc-select - an item was opened. detail: `{ kind: 'item', id, item }` (the roadmap item).
 * @csspart title - the roadmap's heading.
 * @csspart legend - the key to statuses, bars, milestones and today.
 * @csspart axis - the time axis; `tick` each year, quarter or month on it.
 * @csspart lane - a theme's lane; `lane-label` its label.
 * @csspart item - an item's button (bars and milestones; also `status-planned`, `status-ongoing`,
 *   `status-done` or `status-late`).
 * @csspart milestone - an item without an end (also `item`).
 * @csspart goal - the goal at the end of the road.
 * @csspart today - the today line; `today-label` its label on the axis.
 * @csspart details - the opened item's details.
 * @csspart year-group - in the narrow list by year, one year's items.
 * @csspart meta - the note and source under the roadmap.
 * @cssprop --fc-roadmap-label-width - width of the lane labels' column (default `clamp(8rem, 20%, 13rem)`).
 * @cssprop --fc-roadmap-goal-width - width of the goal's column (default `14rem`).
 * @cssprop --fc-roadmap-lane-background - background of lane labels (default `--fc-color-surface`).
 * @cssprop --fc-roadmap-item-background - background of items (default `--fc-color-background`).
 * @cssprop --fc-roadmap-today-color - the today line (default `--fc-color-error`).
 * @cssprop --fc-roadmap-grid-color - year lines and ticks (default `--fc-color-border`).
 */
export class FcRoadmap extends FcElement<'roadmaps'> {
  static override styles = [...sharedStyles, detailsStyles, statusIconStyles, ...roadmapStyles];
  static override properties = {
    ...FcElement.properties,
    today: { reflect: true },
    groupBy: { attribute: 'group-by', reflect: true },
  };

  declare today: string | undefined;
  declare groupBy: 'theme' | 'year' | undefined;

  protected readonly collection = 'roadmaps' as const;
  protected override readonly defaultHeadingLevel = 2;

  private roadmap?: Roadmap;
  private layout?: RoadmapLayout;
  private layoutItem?: Roadmap;
  private layoutKey = '';
  private years?: YearGroup[];
  /** Measured width of the time track (px); 0 until measured. */
  private trackWidth = 0;
  /**
   * The items are one tab stop per view (roving tabindex: the last focused item, else the view's
   * first); the arrows move as `moveFocus` says.
   */
  private readonly keys = new ListKeysController(this, {
    items: (view) => [...view.querySelectorAll<HTMLElement>('.rm-button')],
    step: (event, from, items) => this.step(event, items[from].dataset.id!, items),
    roving: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[data-view]')],
  });
  /** The item whose details are open (key: its id); closing returns focus to its button in the view shown. */
  private readonly details = new DetailsController<string>(this, {
    opener: (id) =>
      [...this.renderRoot.querySelectorAll<HTMLElement>(`button[data-id="${CSS.escape(id)}"]`)].find((b) => b.getClientRects().length > 0),
  });
  private context?: RenderContext;
  /** The time track's width: the layout places items in it. */
  private readonly sizes = new SizeController(this, { host: false, resized: () => this.onResize() });

  override connectedCallback(): void {
    super.connectedCallback();
    prepareFormats(this.language);
  }

  override readingGuide(lang: Language): string {
    return t(lang, 'guide');
  }

  protected override renderItem(item: CollectionItem['roadmaps'], context: RenderContext): TemplateResult {
    this.context = context;
    this.adopt(item);
    const L = this.layoutFor(item);
    const { lang } = context;
    const byYear = this.groupBy === 'year';
    const big = L.items.length > BIG;
    const classes = `rm${L.goal ? ' rm--goal' : ''}${byYear ? ' rm--by-year' : ''}${big ? ' rm--big' : ''}${L.wholeRange ? ' rm--list' : ''}`;
    const rows = 1 + L.lanes.length + (this.openView('chart') ? 1 : 0);
    return html`<div class=${classes}>
      <div class="rm-head">
        ${heading(context.level, { id: 'rm-title', class: context.titleClass('rm-title'), part: 'title' }, context.title(item.title))}
        <p class="rm-range">${formatSpan(item.start, item.end, lang)}</p>
      </div>
      ${context.guide}
      ${this.renderLegend(L, lang)}
      ${L.wholeRange ? html`<p class="rm-whole-range">${t(lang, 'whole-range', { range: formatSpan(item.start, item.end, lang) })}</p>` : nothing}
      <p class="rm-hint" id="rm-hint">
        <span class="rm-hint__chart">${t(lang, 'hint-chart')}</span><span class="rm-hint__list">${t(lang, 'hint-list')}</span>
      </p>
      <div class="rm-chart" role="group" aria-labelledby="rm-title" aria-describedby="rm-hint" data-view="chart"
        ${cssVars({ '--rm-rows': String(rows) })} @keydown=${this.keys.keydown} @click=${this.onClick} @focusin=${this.keys.focusin}>
        ${this.renderAxis(L, lang)}
        <div class="rm-overlay" aria-hidden="true">
          ${L.ticks.years.slice(1).map((y) => html`<span class="rm-yearline" ${cssVars({ '--x': pct(y.x0, L.width) })}></span>`)}
          ${L.today ? html`<span class="rm-today" part="today" ${cssVars({ '--x': pct(L.today.x, L.width) })}></span>` : nothing}
        </div>
        ${L.lanes.map(
          (lane) => html`<div class="rm-lane" part="lane" data-lane=${lane.id}
            ${cssVars({ '--_rm-c': seriesColor(lane.index), '--rm-h': `${lane.rows * 5.5 + 0.75}rem` })}>
            ${heading(context.level + 1, { id: `rm-lane-${lane.index}`, class: 'rm-lane__label', part: 'lane-label' }, context.localized(lane.label))}
            <ul class="rm-lane__items" role="list" aria-labelledby=${`rm-lane-${lane.index}`}>
              ${lane.items.map((b) => this.renderBox(b, 'chart'))}
              ${lane.items.length ? nothing : html`<li class="rm-empty">${t(lang, 'no-items')}</li>`}
            </ul>
          </div>
          ${this.openLane() === lane.index ? this.renderDetails('chart') : nothing}`,
        )}
        ${L.goal ? this.renderGoal(L.goal.text, lang) : nothing}
      </div>
      ${byYear ? this.renderYears(lang) : nothing}
      ${this.renderPrintNotes(L, lang)}
      ${sourceNote(lang, item, context.source)}
    </div>`;
  }

  // ---- pieces ----------------------------------------------------------------------------------

  /**
   * The key. Left out where it would explain nothing: bars over the whole range are a list
   * without bars or axis, and a key holding only "period" shows a swatch in the text colour
   * beside bars in the lanes' colours.
   */
  private renderLegend(L: RoadmapLayout, lang: Language) {
    const used = new Set(L.items.map((b) => b.item.status));
    const timed = !L.wholeRange;
    const bars = timed && L.items.some((b) => !b.milestone);
    const milestones = timed && L.items.some((b) => b.milestone);
    const statuses = STATUSES.filter((s) => used.has(s));
    const today = timed ? L.today : undefined;
    if (!milestones && !statuses.length && !today) return nothing;
    return html`<div class="rm-legend" part="legend">
      <span class="rm-legend__title" id="rm-legend-title">${t(lang, 'legend')}:</span>
      <ul role="list" aria-labelledby="rm-legend-title">
        ${bars ? html`<li><span class="rm-swatch" aria-hidden="true"><span class="rm-bar"></span></span>${t(lang, 'bar')}</li>` : nothing}
        ${
          milestones
            ? html`<li><span class="rm-swatch rm-swatch--milestone" aria-hidden="true"><span class="rm-bar rm-bar--milestone"></span></span>${t(lang, 'milestone')}</li>`
            : nothing
        }
        ${statuses.map(
          (s) =>
            html`<li data-status=${s}><span class="rm-swatch" aria-hidden="true"><span class="rm-bar rm-bar--${s}"></span></span>${statusIcon(s)}${t(lang, `status-${s}`)}</li>`,
        )}
        ${
          today
            ? html`<li data-today><span class="rm-swatch rm-swatch--today" aria-hidden="true"></span>${t(lang, 'today-on', { date: formatDay(today.time, lang) })}</li>`
            : nothing
        }
      </ul>
    </div>`;
  }

  private renderAxis(L: RoadmapLayout, lang: Language) {
    const row = (kind: string, ticks: Tick[]) =>
      ticks.length
        ? html`<div class="rm-ticks rm-ticks--${kind}">
            ${ticks.map(
              (
                tick,
              ) => html`<span class="rm-tick" part="tick" ${cssVars({ '--x0': pct(tick.x0, L.width), '--w': pct(tick.x1 - tick.x0, L.width) })}
              >${tick.labelled ? tickLabel(tick, lang) : ''}</span>`,
            )}
          </div>`
        : nothing;
    const today = L.today;
    const edge = today
      ? today.x < L.width * 0.06
        ? ' rm-today-label--start'
        : today.x > L.width * 0.94
          ? ' rm-today-label--end'
          : ''
      : '';
    return html`<div class="rm-axis" part="axis" aria-hidden="true">
      <div class="rm-axis__corner"></div>
      <div class="rm-axis__track" ${this.sizes.target()}>
        ${row('year', L.ticks.years)} ${row('quarter', L.ticks.quarters)} ${row('month', L.ticks.months)}
        ${
          today
            ? html`<div class="rm-axis__today">
              <span class=${`rm-today-label${edge}`} part="today-label" ${cssVars({ '--x': pct(today.x, L.width) })}>${t(lang, 'today')}</span>
            </div>`
            : nothing
        }
      </div>
    </div>`;
  }

  private renderBox(b: ItemBox, view: View) {
    const { lang, text, localized } = this.context!;
    const item = b.item;
    const status = item.status;
    const label = text(item.label);
    const theme = text(this.roadmap!.themes[b.lane].label);
    const time = formatSpan(item.start, item.end, lang);
    const statusText = status ? t(lang, `status-${status}`) : '';
    // What is visible comes first, in its visible order (WCAG 2.5.3), then what the lane shows.
    const name = [label, time, statusText, theme, b.milestone ? t(lang, 'milestone') : ''].filter(Boolean).join(', ');
    const open = b.id === this.openId;
    const parts = ['item', b.milestone ? 'milestone' : '', status ? `status-${status}` : ''].filter(Boolean).join(' ');
    return html`<li class="rm-item" ${cssVars(this.itemVars(b, view))}>
      <button
        type="button"
        class="rm-button"
        part=${parts}
        data-id=${b.id}
        aria-label=${name}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? `rm-details-${view}` : nothing}
      >
        <span class=${`rm-bar${b.milestone ? ' rm-bar--milestone' : ''}${status ? ` rm-bar--${status}` : ''}`} aria-hidden="true"></span>
        <span class="rm-label">${localized(item.label)}</span>
        <span class="rm-meta"
          ><span class="rm-time">${time}</span> <span class="rm-status" ?hidden=${!status}
            ><span class=${`rm-icon rm-icon--${status ?? 'none'}`} aria-hidden="true"></span>${statusText}</span
          ></span
        >
        ${view === 'years' ? html`<span class="rm-theme-name">${localized(this.roadmap!.themes[b.lane].label)}</span>` : nothing}
      </button>
    </li>`;
  }

  /**
   * The box in % of the track, the bar in % of the box (the list derives the bar's place on the
   * road from these). Defaults (row 1, a bar filling its box) are left to the CSS: fewer inline
   * properties make a big roadmap's first render measurably faster.
   */
  private itemVars(b: ItemBox, view: View): Record<string, string> {
    const width = this.layout!.width;
    const boxWidth = b.box1 - b.box0;
    const vars: Record<string, string> = { '--ix': String(share(b.box0, width)), '--iw': String(share(boxWidth, width)) };
    if (b.row) vars['--r'] = String(b.row + 1);
    const b0 = share(b.x0 - b.box0, boxWidth);
    const b1 = share(b.x1 - b.box0, boxWidth);
    if (b0 !== 0) vars['--b0'] = String(b0);
    if (b1 !== 100) vars['--b1'] = String(b1);
    // In the list by year, items of every theme stand together: each brings its lane's colour.
    if (view === 'years') vars['--_rm-c'] = seriesColor(b.lane);
    return vars;
  }

  private renderDetails(view: View) {
    const { lang, localized, level } = this.context!;
    const box = this.layout!.byId.get(this.openId!)!;
    const item = box.item;
    const status = item.status as Status | undefined;
    return detailsPanel({
      name: 'rm-details',
      id: `rm-details-${view}`,
      titleId: `rm-details-title-${view}`,
      level: level + 2,
      lang,
      title: localized(item.label),
      close: () => this.details.close(),
      content: html`<dl>
        <dt>${t(lang, 'theme')}</dt>
        <dd>${localized(this.roadmap!.themes[box.lane].label)}</dd>
        <dt>${t(lang, 'time')}</dt>
        <dd>${formatSpan(item.start, item.end, lang)}</dd>
        <dt>${t(lang, 'kind')}</dt>
        <dd>${t(lang, box.milestone ? 'milestone' : 'bar')}</dd>
        ${status ? html`<dt>${t(lang, 'status')}</dt><dd><span class="rm-status">${statusIcon(status)}${t(lang, `status-${status}`)}</span></dd>` : nothing}
      </dl>
      ${
        item.description
          ? html`<p class="rm-details__description">${localized(item.description)}</p>`
          : html`<p class="rm-details__empty">${t(lang, 'no-description')}</p>`
      }`,
    });
  }

  private renderGoal(goal: Text, lang: Language) {
    const { localized, level } = this.context!;
    const flag = svg`<path d="M3 15V1.5M3 2h9l-2 3 2 3H3" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />`;
    return html`<div class="rm-goal" part="goal">
      <div class="rm-goal__inner">
        ${heading(level + 1, { class: 'rm-goal__label' }, html`<svg class="rm-flag" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${flag}</svg>${t(lang, 'goal')}`)}
        <p class="rm-goal__text">${localized(goal)}</p>
      </div>
    </div>`;
  }

  private renderYears(lang: Language) {
    const groups = (this.years ??= groupByStartYear(this.layout!));
    const { level } = this.context!;
    return html`<div class="rm-years" role="group" aria-labelledby="rm-title" aria-describedby="rm-hint" data-view="years"
      @keydown=${this.keys.keydown} @click=${this.onClick} @focusin=${this.keys.focusin}>
      ${groups.map(
        (g) => html`<section class="rm-years__group" part="year-group" aria-labelledby=${`rm-year-${g.year}`}>
            ${heading(level + 1, { id: `rm-year-${g.year}`, class: 'rm-years__title' }, t(lang, 'year-group', { year: g.year }))}
            <ul role="list">${repeat(
              g.items,
              (b) => b.id,
              (b) => this.renderBox(b, 'years'),
            )}</ul>
          </section>
          ${this.openView('years') && g.items.some((b) => b.id === this.openId) ? this.renderDetails('years') : nothing}`,
      )}
    </div>`;
  }

  /** Descriptions can't be opened on paper: print lists them under the chart. */
  private renderPrintNotes(L: RoadmapLayout, lang: Language) {
    const described = L.items.filter((b) => b.item.description !== undefined);
    if (!described.length) return nothing;
    const { localized, level } = this.context!;
    return html`<div class="rm-print-notes" aria-hidden="true">
      ${heading(level + 1, { class: 'rm-print-notes__title' }, t(lang, 'descriptions'))}
      <dl>${described.map((b) => html`<dt>${localized(b.item.label)}</dt><dd>${localized(b.item.description)}</dd>`)}</dl>
    </div>`;
  }

  // ---- state -----------------------------------------------------------------------------------

  /** Keeps what is open and focused while the same roadmap is shown; starts afresh for another. */
  private adopt(item: Roadmap) {
    if (item === this.roadmap) return;
    if (this.roadmap?.id !== item.id) {
      this.details.reset();
      this.keys.current = undefined;
    }
    this.roadmap = item;
  }

  private layoutFor(item: Roadmap): RoadmapLayout {
    // Until the track is measured, the first guess stands: guessing again would force a layout.
    const width = Math.round(this.trackWidth || this.layout?.width || this.estimateTrackWidth(item));
    const today = this.todayString();
    const key = `${width}|${today}`;
    if (!this.layout || this.layoutKey !== key || this.layoutItem !== item) {
      this.layout = layoutRoadmap(item, { width, today });
      this.layoutKey = key;
      this.layoutItem = item;
      this.years = undefined;
    }
    const L = this.layout;
    if (this.openId && !L.byId.has(this.openId)) this.details.reset();
    if (this.keys.current && !L.byId.has(this.keys.current)) this.keys.current = undefined;
    return L;
  }

  /** The today line's date: the attribute, or the reader's calendar date; none for `today="none"`. */
  private todayString(): string | undefined {
    const value = this.today?.trim();
    if (value === 'none') return undefined;
    if (value && timeSpan(value)) return value;
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  }

  /** Before the track is measured: the host's width less the columns beside the track (as the CSS sets them). */
  private estimateTrackWidth(item: Roadmap): number {
    const host = this.getBoundingClientRect().width || 960;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const wide = host > SIDE_COLUMNS_FROM * rem;
    const label = wide ? Math.min(Math.max(LABEL_WIDTH.min * rem, host * LABEL_WIDTH.share), LABEL_WIDTH.max * rem) : 0;
    const goal = item.goal !== undefined && wide ? GOAL_WIDTH * rem : 0;
    return Math.max(host - label - goal, 100);
  }

  /** The lane whose details are open in the chart, if any. */
  private openLane(): number | undefined {
    return this.openId ? this.layout?.byId.get(this.openId)?.lane : undefined;
  }

  private openView(view: View): boolean {
    return !!this.openId && (view === 'chart' || this.groupBy === 'year');
  }

  // ---- interaction -----------------------------------------------------------------------------

  /** Opens an item's details and moves focus to them. */
  private open(id: string) {
    const box = this.layout?.byId.get(id);
    if (!box) return;
    this.keys.current = id;
    this.details.open(id);
    this.select('item', id, box.item);
  }

  private get openId(): string | undefined {
    return this.details.key;
  }

  private readonly onClick = (event: MouseEvent) => {
    const id = itemButton(event)?.dataset.id;
    if (id === undefined) return;
    if (id === this.openId) this.details.close();
    else this.open(id);
  };

  /** Where a key moves from item `id` in a view (its items in `items`): by lanes in the wide chart, down the list otherwise. */
  private step(event: KeyboardEvent, id: string, items: HTMLElement[]): number | undefined {
    const L = this.layout;
    const container = items[0]?.closest<HTMLElement>('[data-view]');
    if (!L || !container) return undefined;
    const years = container.dataset.view === 'years';
    const groups: NavItem[][] = years ? (this.years ?? []).map((g) => g.items) : L.lanes.map((l) => l.items);
    const mode: NavMode =
      years || getComputedStyle(container.closest('.rm')!).getPropertyValue('--_rm-mode').trim() === 'list' ? 'list' : 'grid';
    const next = moveFocus(groups, id, event, mode);
    return next === undefined ? undefined : items.findIndex((b) => b.dataset.id === next);
  }

  // ---- after render: the track's width --------------------------------------------------------

  /** True when the track's width changed enough to lay out again. */
  private onResize(): boolean {
    const track = this.renderRoot.querySelector<HTMLElement>('.rm-axis__track');
    const width = track?.getBoundingClientRect().width ?? 0;
    // 0: the list is shown (no track); keep the last width.
    if (width <= 0 || Math.abs(width - (this.layout?.width ?? 0)) < 2) return false;
    this.trackWidth = width;
    return true;
  }
}

function itemButton(event: Event): HTMLElement | undefined {
  for (const el of event.composedPath()) {
    if (el instanceof HTMLElement && el.classList.contains('rm-button')) return el;
    if (el === event.currentTarget) break;
  }
  return undefined;
}
