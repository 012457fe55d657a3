import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
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
  type CarePath,
  type CollectionItem,
  type Language,
  type RenderContext,
} from '@fc-kit/core';
import { layoutCarePath, type CarePathLayout, type EdgeRoute, type StepBox } from './care-path-layout.js';
import { KEY_MOVES, moveTargets, type Move } from './care-path-keyboard.js';
import { reach } from './care-path-reach.js';
import { carePathStyles, NARROW_BELOW } from './care-path-styles.js';
import { t } from './strings.js';

/** Lanes take the series colours in lane order. */
const laneColor = (lane: number) => `var(--_fc-series-${(lane % 8) + 1})`;
/** Step labels are set at 0.875em (CSS): the layout estimates them at that size. */
const STEP_TEXT = { charWidth: 0.6 * 0.875, lineHeight: 1.3 * 0.875, padding: 0.4 };
const em = (n: number) => `${Math.round(n * 1000) / 1000}em`;

/**
 * A service or care path: lanes (who) as bands from top to bottom, steps (what) in them along
 * the flow, arrows between them (in which order; dashed when optional; a loop is drawn back).
 * The steps are one list in reading order, each named with its lane and where it leads, so a
 * screen reader follows the same path as the eye. In a narrow container the path is that list,
 * with the lane and the next and previous steps written out.
 *
 * Keyboard: the steps are one tab stop. Right/Left follow the arrows to the next/previous step
 * (where a step branches, a menu offers the choice), Up/Down go to the nearest step in the lane
 * above/below (in the narrow list: up and down the list), Home/End to the first/last step.
 * Enter or a click opens the step's details (focus moves there) and highlights the path through
 * it; Escape closes them and focus returns to the step.
 *
 * @tag fc-care-path
 * @fires fc-select - a step was opened. detail: `{ kind: 'step', id, item }` (the step).
 * @csspart title - the path's heading.
 * @csspart legend - the key to dashed and backward arrows.
 * @csspart figure - the drawn path (scrolls sideways when wider than the element).
 * @csspart lane - a lane's band; `lane-label` its label; `settings` the list of its settings.
 * @csspart stage - a stage's heading above its columns.
 * @csspart step - a step's button (also `step-open` for the opened one, `step-on-path` for steps up- or downstream of it).
 * @csspart arrows - the arrows' drawing; `edge-label` an arrow's label.
 * @csspart choice - the menu that offers the next (or previous) steps where a step branches.
 * @csspart details - the opened step's details.
 * @csspart meta - the note and source under the path.
 * @cssprop --fc-care-path-lane-background - background of every other lane (default `--fc-color-surface`).
 * @cssprop --fc-care-path-step-background - background of steps (default `--fc-color-background`).
 * @cssprop --fc-care-path-arrow-color - arrows (default `--fc-color-text-muted`).
 * @cssprop --fc-care-path-highlight-color - the path through the opened step (default `--fc-color-accent`).
 */
export class FcCarePath extends FcElement<'paths'> {
  static override styles = [...sharedStyles, detailsStyles, carePathStyles];

  protected readonly collection = 'paths' as const;
  protected override readonly defaultHeadingLevel = 2;

  private path?: CarePath;
  private layout?: CarePathLayout;
  private layoutKey = '';
  /** The element's width in em; 0 until measured. */
  private widthEm = 0;
  /** Heights of boxes whose labels needed more than estimated (em), for this language and width. */
  private heights = new Map<string, number>();
  private heightsKey = '';
  /** Where a branch offers more than one next (or previous) step: the menu to choose from. */
  private choice?: { from: string; move: Move; ids: string[] };
  private context?: RenderContext;
  /** The steps are one tab stop; arrows follow the arrows (`moveTargets`). */
  private readonly keys = new ListKeysController(this, {
    items: (list) => [...list.querySelectorAll<HTMLElement>('.cp-step')],
    step: (event, from, items) => this.step(event, items[from].dataset.id!, items),
    roving: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.cp-steps')],
  });
  /** The open step (key: its id); closing returns focus to its box. */
  private readonly details = new DetailsController<string>(this, { opener: (id) => this.button(id) });
  /** The element's width (its root's) decides the layout (boxes fit it) and the narrow list. */
  private readonly sizes = new SizeController(this, { host: false, resized: (entries) => this.resized(entries) });

  override readingGuide(lang: Language): string {
    return t(lang, 'guide');
  }

  protected override renderItem(item: CollectionItem['paths'], context: RenderContext): TemplateResult {
    this.context = context;
    if (item !== this.path) {
      if (this.path?.id !== item.id) {
        this.details.reset();
        this.keys.current = this.choice = undefined;
      }
      this.path = item;
    }
    // Before the first size report: the host's width now, so a narrow page starts as the list.
    if (!this.widthEm) this.widthEm = this.getBoundingClientRect().width / this.fontSize();
    const L = this.layoutFor(item);
    const { lang, text, localized, level } = context;
    const narrow = this.narrow();
    const open = this.openId();
    const on = open ? reach(L, open) : undefined;
    const optional = L.edges.some((e) => e.optional);
    const back = L.edges.some((e) => e.back);
    return html`<div class=${`cp${narrow ? ' cp--narrow' : ''}${on ? ' cp--chosen' : ''}`} ${this.sizes.target()}>
      ${heading(level, { id: 'cp-title', class: context.titleClass('cp-title'), part: 'title' }, context.title(item.title))}
      ${context.guide}
      ${
        optional || back
          ? html`<ul class="cp-legend" part="legend" aria-hidden="true">
            ${optional ? html`<li><svg class="cp-key" viewBox="0 0 24 8"><path class="cp-edge cp-edge--optional" d="M0 4H24" /></svg>${t(lang, 'legend-optional')}</li>` : nothing}
            ${back ? html`<li><svg class="cp-key" viewBox="0 0 24 8"><path class="cp-edge" d="M24 4H4" /><path class="cp-head" d="M0 4l5-3v6z" /></svg>${t(lang, 'legend-loop')}</li>` : nothing}
          </ul>`
          : nothing
      }
      <p class="cp-hint" id="cp-hint">${t(lang, narrow ? 'hint-narrow' : 'hint')}</p>
      <div class="cp-figure" part="figure">
        <div class="cp-canvas" ${cssVars({ '--w': em(L.width), '--h': em(L.height) })}>
          ${L.lanes.map(
            (
              lane,
            ) => html`<div class="cp-lane" part="lane" ${cssVars({ '--y': em(lane.y), '--lh': em(lane.height), '--c': laneColor(lane.index) })}>
              ${heading(level + 1, { class: 'cp-lane__label', part: 'lane-label' }, localized(lane.lane.label))}
              ${
                lane.lane.settings?.length
                  ? html`<ul class="cp-settings" part="settings" aria-label=${`${text(lane.lane.label)}: ${t(lang, 'settings')}`}>
                    ${lane.lane.settings.map((s) => html`<li>${localized(s)}</li>`)}
                  </ul>`
                  : nothing
              }
            </div>`,
          )}
          ${L.stages.map((s) => html`<div class="cp-stage" part="stage" aria-hidden="true" ${cssVars({ '--x': em(s.x), '--sw': em(s.width), '--sh': em(L.stageHeight) })}>${localized(s.label)}</div>`)}
          ${narrow ? nothing : this.renderArrows(L, on)}
          <ol class="cp-steps" aria-labelledby="cp-title" aria-describedby="cp-hint" @keydown=${this.keys.keydown} @focusin=${this.keys.focusin} @click=${this.onClick}>
            ${L.sequence.map((b) => this.renderStep(b, L, on))}
          </ol>
        </div>
      </div>
      ${open ? this.renderDetails(L, open) : nothing}
      ${sourceNote(lang, item, context.source)}
    </div>`;
  }

  private renderArrows(L: CarePathLayout, on?: { up: Set<string>; down: Set<string> }) {
    const { localized } = this.context!;
    const open = this.openId();
    const lit = (e: EdgeRoute) =>
      !!on && ((inSet(on.up, e.from, open) && inSet(on.up, e.to, open)) || (inSet(on.down, e.from, open) && inSet(on.down, e.to, open)));
    // One path per look (plain, dashed, highlighted), not one per arrow: a 400-arrow path is then a handful of nodes.
    const groups = new Map<string, string[]>();
    for (const e of L.edges) {
      const cls = `${e.optional ? ' cp-edge--optional' : ''}${lit(e) ? ' cp-lit' : ''}`;
      const [x, y] = e.points[e.points.length - 1];
      if (!groups.has(cls)) groups.set(cls, ['', '']);
      const g = groups.get(cls)!;
      g[0] += `M${e.points.map((p) => p.join(' ')).join('L')}`;
      g[1] += `M${x} ${y}l-.5-.3v.6z`;
    }
    return html`<svg class="cp-arrows" part="arrows" viewBox=${`0 0 ${L.width} ${L.height}`} aria-hidden="true" focusable="false">
        ${[...groups].map(([cls, [lines, heads]]) => svg`<path class=${`cp-edge${cls}`} d=${lines} /><path class=${`cp-head${cls}`} d=${heads} />`)}
      </svg>
      ${L.edges.map((e) =>
        e.label
          ? html`<span class="cp-edge-label" part="edge-label" aria-hidden="true" ${cssVars({ '--x': em(e.label.x), '--y': em(e.label.y), '--ew': em(e.label.width) })}>${localized(e.edge.label)}</span>`
          : nothing,
      )}`;
  }

  private renderStep(b: StepBox, L: CarePathLayout, on?: { up: Set<string>; down: Set<string> }) {
    const { lang, text, localized } = this.context!;
    const step = b.step;
    const open = b.id === this.openId();
    const onPath = !!on && (on.up.has(b.id) || on.down.has(b.id));
    const next = this.links(L, b.id, 'next');
    const previous = this.links(L, b.id, 'previous');
    const lane = text(L.lanes[b.lane].lane.label);
    const parts = `step${open ? ' step-open' : ''}${onPath ? ' step-on-path' : ''}`;
    return html`<li class="cp-item" ${cssVars({ '--x': em(b.x), '--y': em(b.y), '--bw': em(b.width), '--bh': em(b.height), '--c': laneColor(b.lane) })}>
      <button type="button" class=${`cp-step${onPath ? ' cp-lit' : ''}`} part=${parts} data-id=${b.id} tabindex="-1"
        aria-expanded=${open ? 'true' : 'false'} aria-controls="cp-details" aria-describedby=${`cp-meta-${b.order}`}>${localized(step.label)}</button>
      <p class="cp-meta fc-visually-hidden" id=${`cp-meta-${b.order}`}>
        <span class="cp-meta__lane">${t(lang, 'lane')}: ${lane}.</span>
        ${next ? html`<span>${t(lang, 'leads-to')}: ${next}.</span>` : nothing}
        ${previous ? html`<span>${t(lang, 'comes-after')}: ${previous}.</span>` : nothing}
        ${!next && !previous && L.edges.length ? html`<span>${t(lang, 'not-joined')}.</span>` : nothing}
      </p>
      ${this.choice?.from === b.id ? this.renderChoice(L) : nothing}
    </li>`;
  }

  /** The steps a step leads to (or comes from), in words: `Arvio, Perhetyö (tarvittaessa)`. */
  private links(L: CarePathLayout, id: string, move: 'next' | 'previous'): string {
    const { lang, text } = this.context!;
    return (move === 'next' ? L.next : L.previous)
      .get(id)!
      .map((other) => {
        const e = L.edges.find((r) => (move === 'next' ? r.from === id && r.to === other : r.from === other && r.to === id))!;
        const notes = [e.edge.label ? text(e.edge.label) : '', e.optional ? t(lang, 'if-needed') : ''].filter(Boolean);
        return `${text(L.byId.get(other)!.step.label)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
      })
      .join(', ');
  }

  private renderChoice(L: CarePathLayout) {
    const { lang, localized } = this.context!;
    const c = this.choice!;
    return html`<div class="cp-choice" part="choice" role="menu" aria-label=${t(lang, 'choose')} @keydown=${this.onChoiceKey}>
      ${c.ids.map((id) => html`<button type="button" role="menuitem" tabindex="-1" data-go=${id}>${localized(L.byId.get(id)!.step.label)}</button>`)}
    </div>`;
  }

  private renderDetails(L: CarePathLayout, open: string) {
    const { lang, localized, level } = this.context!;
    const b = L.byId.get(open)!;
    const step = b.step;
    const stage = this.path!.stages?.find((s) => s.id === step.stage);
    const list = (key: 'leads-to' | 'comes-after', ids: string[]) =>
      ids.length
        ? html`${heading(level + 2, { class: 'cp-details__sub' }, t(lang, key))}
          <ul class="cp-details__steps">${ids.map((id) => html`<li><button type="button" class="fc-button" data-go=${id}>${localized(L.byId.get(id)!.step.label)}</button></li>`)}</ul>`
        : nothing;
    return html`<div @click=${this.onDetailsClick}>${detailsPanel({
      name: 'cp-details',
      id: 'cp-details',
      titleId: 'cp-details-title',
      level: level + 1,
      lang,
      title: localized(step.label),
      close: () => this.details.close(),
      content: html`<dl>
          <dt>${t(lang, 'lane')}</dt><dd>${localized(L.lanes[b.lane].lane.label)}</dd>
          ${stage ? html`<dt>${t(lang, 'stage')}</dt><dd>${localized(stage.label)}</dd>` : nothing}
        </dl>
        ${step.description ? html`<p>${localized(step.description)}</p>` : html`<p>${t(lang, 'no-description')}</p>`}
        ${step.url ? html`<p><a href=${step.url}>${t(lang, 'more')}</a></p>` : nothing}
        ${list('comes-after', L.previous.get(b.id)!)} ${list('leads-to', L.next.get(b.id)!)}`,
    })}</div>`;
  }

  // ---- layout and size -------------------------------------------------------------------------

  private narrow() {
    return this.widthEm > 0 && this.widthEm < NARROW_BELOW;
  }

  private layoutFor(item: CarePath): CarePathLayout {
    const { lang, text } = this.context!;
    const width = Math.floor(this.widthEm) || 60;
    const key = `${lang}|${width}`;
    if (key !== this.heightsKey) {
      this.heights = new Map();
      this.heightsKey = key;
    }
    const full = `${key}|${[...this.heights].join()}`;
    if (!this.layout || this.layoutKey !== full || this.layout.steps[0]?.step !== item.steps[0]) {
      this.layout = layoutCarePath(item, { text, width, heights: this.heights, ...STEP_TEXT });
      this.layoutKey = full;
    }
    const L = this.layout;
    if (this.details.key !== undefined && !L.byId.has(this.details.key)) this.details.reset();
    return L;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    try {
      if (this.layout && !this.narrow()) this.measureLabels();
    } catch (e) {
      console.error('fc-kit <fc-care-path>:', e);
    }
  }

  private fontSize() {
    return parseFloat(getComputedStyle(this).fontSize) || 16;
  }

  private resized(entries: readonly ResizeObserverEntry[]): boolean {
    const width = (entries[0]?.contentRect.width ?? 0) / this.fontSize();
    if (width <= 0 || Math.abs(width - this.widthEm) < 0.5) return false;
    this.widthEm = width;
    return true;
  }

  /** A label taller than its box (fonts and languages differ from the estimate) grows the box. */
  private measureLabels() {
    const size = this.fontSize();
    let grew = false;
    for (const button of this.renderRoot.querySelectorAll<HTMLElement>('.cp-step')) {
      const need = Math.ceil((button.scrollHeight / size) * 100) / 100;
      const box = this.layout!.byId.get(button.dataset.id!)!;
      if (need > box.height + 0.05) {
        this.heights.set(box.id, need);
        grew = true;
      }
    }
    if (grew) this.requestUpdate();
  }

  // ---- interaction -----------------------------------------------------------------------------

  private openId() {
    return this.details.key;
  }

  private button(id: string) {
    return this.renderRoot.querySelector<HTMLElement>(`.cp-step[data-id="${CSS.escape(id)}"]`);
  }

  private open(id: string) {
    const box = this.layout?.byId.get(id);
    if (!box) return;
    this.keys.current = id;
    this.choice = undefined;
    this.details.open(id);
    this.select('step', id, box.step);
  }

  /** Focus to a step's box, closing the branch menu. */
  private go(id: string | undefined) {
    this.choice = undefined;
    this.requestUpdate();
    if (id !== undefined) this.button(id)?.focus();
  }

  private readonly onClick = (event: MouseEvent) => {
    const target = event.target as HTMLElement;
    const go = target.closest<HTMLElement>('[data-go]');
    if (go) return this.go(go.dataset.go);
    const id = target.closest<HTMLElement>('.cp-step')?.dataset.id;
    if (id === undefined) return;
    if (id === this.openId()) this.details.close();
    else this.open(id);
  };

  /**
   * Where an arrow key goes from step `id` (its index in `items`): along an arrow, to another lane,
   * to an end. More than one way on opens the branch menu; no way on keeps the focus (and the key).
   */
  private step(event: KeyboardEvent, id: string, items: HTMLElement[]): number | undefined {
    const move = KEY_MOVES[event.key];
    const L = this.layout;
    if (!move || !L || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
    let targets: string[];
    if (this.narrow() && (move === 'up' || move === 'down')) {
      const at = L.byId.get(id)!.order + (move === 'up' ? -1 : 1);
      targets = L.sequence[at] ? [L.sequence[at].id] : [];
    } else targets = moveTargets(L, id, move);
    if (targets.length > 1) {
      event.preventDefault();
      this.choice = { from: id, move, ids: targets };
      this.requestUpdate();
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.cp-choice [data-go]')?.focus());
      return undefined;
    }
    const to = items.findIndex((b) => b.dataset.id === (targets[0] ?? id));
    return to < 0 ? undefined : to;
  }

  /** The branch menu: Up/Down between its items, Enter (a click) goes, Escape goes back. */
  private readonly onChoiceKey = (event: KeyboardEvent) => {
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('.cp-choice [data-go]')];
    const i = items.indexOf(event.target as HTMLElement);
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: items.length - 1 }[event.key];
    event.stopPropagation();
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      this.go(this.choice?.from);
    } else if (to !== undefined) {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    }
  };

  private readonly onDetailsClick = (event: MouseEvent) => {
    const go = (event.target as HTMLElement).closest<HTMLElement>('[data-go]')?.dataset.go;
    if (go) this.open(go);
  };
}

const inSet = (set: Set<string>, id: string, chosen?: string) => id === chosen || set.has(id);
