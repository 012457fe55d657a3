import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  FcElement,
  SizeController,
  cssVars,
  heading,
  sharedStyles,
  sourceNote,
  resolveLink,
  type Card,
  type CardSet,
  type Language,
  type RenderContext,
  type Text,
} from '@fc-kit/core';
import { layoutCards, type CardsLayout, type PlacedCard } from './cards-layout.js';
import { comparableSections, itemKey, sectionKey, sharedItems, type ComparableSection } from './cards-compare.js';
import { findFigure, focusFigure } from './figure-links.js';
import { figureText } from './figure-text.js';
import { statusIcon, statusIconStyles } from './status-icons.js';
import { cardsStyles } from './cards-styles.js';
import { t } from './strings.js';

/** A section longer than this shows its first COLLAPSED_ITEMS and a button for the rest. */
const COLLAPSE_OVER = 6;
const COLLAPSED_ITEMS = 5;
/** Above this many cards, cards off screen are not laid out until scrolled to (`content-visibility: auto`). */
const MANY = 24;

type Section = NonNullable<Card['sections']>[number];

/**
 * A set of titled cards, one layout for several kinds of structured text: a concept canvas
 * (`layout: "canvas"`: cards at their `area` in a grid, bands labelled along the side; one column
 * in band order when the element is too narrow for the canvas's columns), task or area cards
 * (`grid`: equal cards in as many columns as fit) and a numbered checklist (`list`). Every card
 * is an article in a list, named by its heading: number, title, status (an icon and a word, never
 * colour alone, with the status's own sentence), figure (formatted for the reader's language, read
 * out without the space that groups thousands) and its sections as labelled lists; a section of
 * more than six points shows five and a button for the rest.
 *
 * Comparing: when two or more cards share a section label («Erityisen hyvää:»), a switch shows
 * one section only, and "Compare side by side" shows the shared sections as a table, a row per
 * card, marking the points every card lists.
 *
 * Links: a link to another card moves focus to it; a link to `collection:item` moves focus to the
 * `fc-*` element on the page showing that item (`item="…"`), and says so when there is none.
 * Reading and keyboard order is the data's order: bands in order, each band's cards in order.
 * Print shows every point, without the buttons.
 *
 * @tag fc-cards
 * @attr section - show only the section with this label (as `sectionKey` writes it: lower case,
 *   no final colon, e.g. `kehittämiskohteena`); every section without it. Set by the switch.
 * @attr compare - show the shared sections as a table, a row per card. Set by the compare button.
 * @fires fc-select - a card was opened (a long section expanded) or reached by a link.
 *   detail: `{ kind: 'card', id, item }` (the card).
 * @csspart cards - the whole card set (title, tools, cards, note and source).
 * @csspart title - the card set's heading.
 * @csspart tools - the section switch and the compare button; `section-choice` each switch
 *   button, `compare-button` the compare button.
 * @csspart band - a canvas band (a labelled group); `band-label` its label.
 * @csspart group - the cards of a grid or list, or a canvas's cards in no band.
 * @csspart card - a card; `card-title`, `card-number`, `card-link` (its `url`) inside it.
 * @csspart status - a card's status (also `status-done`, `status-ongoing`, `status-planned`,
 *   `status-not-examined`, `status-note`).
 * @csspart figure - a card's figure; `figure-value`, `figure-unit`, `figure-label`.
 * @csspart section - a section; `section-label` its label; `toggle` the button that shows all.
 * @csspart shared - the mark on a point every card lists.
 * @csspart links - a card's links; `link` each link, `link-absent` one whose figure is not on the page.
 * @csspart compare - the comparison table's scrolling region.
 * @csspart meta - the note and source under the cards.
 * @cssprop --fc-cards-card-background - cards and buttons (default `--fc-color-background`).
 * @cssprop --fc-cards-band-background - band labels and the table's head (default `--fc-color-surface`).
 * @cssprop --fc-cards-accent - numbers, figures, links and the card's top edge (default `--fc-color-accent`).
 * @cssprop --fc-cards-gap - space between cards (default `--fc-space`).
 */
export class FcCards extends FcElement<'cards'> {
  static override styles = [...sharedStyles, statusIconStyles, cardsStyles];
  static override properties = {
    ...FcElement.properties,
    section: { reflect: true },
    compare: { type: Boolean, reflect: true },
  };

  /** The one section shown (its label, as `sectionKey` writes it); every section without it. */
  declare section: string | undefined;
  /** Shows the comparable sections as a table, a row per card. */
  declare compare: boolean;

  protected readonly collection = 'cards' as const;
  protected override readonly defaultHeadingLevel = 2;

  private width?: number;
  private layoutKey = '';
  private expanded = new Set<string>();
  private set?: CardSet;

  private readonly sizes = new SizeController(this, {
    resized: (entries) => {
      const box = entries.find((e) => e.target === this)?.contentRect;
      if (!box?.width) return false;
      this.width = box.width;
      return this.set ? this.layoutSignature(this.set) !== this.layoutKey : false;
    },
  });

  constructor() {
    super();
    this.compare = false;
  }

  private layoutFor(set: CardSet): CardsLayout {
    const width = this.width ?? (this.clientWidth || 1024);
    return layoutCards(set, { width, minCardWidth: this.remToPx(12), gap: this.remToPx(1), bandLabelWidth: this.remToPx(2.5) });
  }

  private layoutSignature(set: CardSet) {
    const L = this.layoutFor(set);
    return `${L.narrow}/${L.columns}`;
  }

  private remToPx(rem: number) {
    return rem * (parseFloat(getComputedStyle(this).fontSize) || 16);
  }

  override readingGuide(lang: Language): string {
    return t(lang, 'guide');
  }

  protected override renderItem(set: CardSet, ctx: RenderContext): TemplateResult {
    this.set = set;
    const L = this.layoutFor(set);
    this.layoutKey = `${L.narrow}/${L.columns}`;
    const comparable = comparableSections(set);
    const only = comparable.some((s) => s.key === this.section) ? this.section : undefined;
    const shared = new Map(comparable.map((s) => [s.key, new Set(sharedItems(set, s.key))]));
    const titleId = 'fc-cards-title';
    return html`<div class="cards cards--${L.kind} ${L.narrow ? 'cards--narrow' : ''} ${set.cards.length > MANY ? 'cards--many' : ''}" part="cards">
      ${heading(ctx.level, { id: titleId, class: ctx.titleClass('cards__title'), part: 'title' }, ctx.title(set.title))}
      ${ctx.guide}
      ${comparable.length ? this.renderTools(comparable, only, ctx) : nothing}
      ${
        this.compare && comparable.length
          ? this.renderCompare(set, comparable, only, shared, ctx)
          : this.renderCards(set, L, only, shared, ctx)
      }
      ${sourceNote(ctx.lang, set, ctx.source)}
    </div>`;
  }

  private renderTools(comparable: ComparableSection[], only: string | undefined, ctx: RenderContext) {
    const { lang } = ctx;
    const choice = (key: string | undefined, label: unknown) => html`<button type="button" class="cards__choice" part="section-choice"
        aria-pressed=${String(only === key)} @click=${() => this.choose(key)}>${label}</button>`;
    return html`<div class="cards__tools" part="tools">
      <div role="group" class="cards__choices" aria-label=${t(lang, 'show')}>
        <span class="cards__tools-label" aria-hidden="true">${t(lang, 'show')}:</span>
        ${choice(undefined, t(lang, 'all-sections'))}
        ${comparable.map((s) => choice(s.key, ctx.localized(trimColon(s.label))))}
      </div>
      <button type="button" class="cards__compare" part="compare-button" aria-pressed=${String(this.compare)}
        @click=${() => {
          this.compare = !this.compare;
        }}>${t(lang, 'compare')}</button>
    </div>`;
  }

  private choose(key: string | undefined) {
    this.section = key;
  }

  private renderCards(set: CardSet, L: CardsLayout, only: string | undefined, shared: Map<string, Set<string>>, ctx: RenderContext) {
    const list = L.kind === 'list';
    const cardLevel = ctx.level + (L.groups.some((g) => g.label) ? 2 : 1);
    return html`<div class="cards__groups" ${this.sizes.target()}>
      ${repeat(
        L.groups,
        (g, i) => g.id ?? `_${i}`,
        (g, gi) => {
          const labelId = `b${gi}`;
          const cards = repeat(
            g.cards,
            (p) => p.card.id,
            (
              p,
            ) => html`<li class="cards__cell" ${cssVars(cellVars(p))} value=${list && p.number !== undefined ? String(p.number) : nothing}>
            ${this.renderCard(set, p, only, shared, cardLevel, ctx)}</li>`,
          );
          return html`<div class="cards__group" part=${g.label ? 'band' : 'group'} role=${g.label ? 'group' : nothing} aria-labelledby=${g.label ? labelId : nothing}>
          ${g.label ? heading(ctx.level + 1, { id: labelId, class: 'cards__band-label', part: 'band-label' }, ctx.localized(g.label)) : nothing}
          ${
            list
              ? html`<ol class="cards__list" ${cssVars(groupVars(L, g.rows))}>${cards}</ol>`
              : html`<ul class="cards__list" role="list" ${cssVars(groupVars(L, g.rows))}>${cards}</ul>`
          }
        </div>`;
        },
      )}
    </div>`;
  }

  private renderCard(
    set: CardSet,
    p: PlacedCard,
    only: string | undefined,
    shared: Map<string, Set<string>>,
    level: number,
    ctx: RenderContext,
  ) {
    const { card, index } = p;
    const { lang } = ctx;
    const id = `c${index}`;
    const sections = (card.sections ?? []).map((s, si) => ({ s, si })).filter(({ s }) => !only || sectionKey(s.label) === only);
    return html`<article class="card ${card.status ? `card--${card.status.kind}` : ''}" part="card" id=${id} tabindex="-1" aria-labelledby=${`${id}-h`}>
      ${heading(
        level,
        { id: `${id}-h`, class: 'card__title', part: 'card-title' },
        html`${
          p.number !== undefined ? html`<span class="card__number" part="card-number">${p.number}.</span> ` : nothing
        }${ctx.localized(card.title)}`,
      )}
      ${card.status ? this.renderStatus(card.status, ctx) : nothing}
      ${card.figure ? this.renderFigure(card.figure, ctx) : nothing}
      ${sections.map(({ s, si }) => this.renderSection(card, s, `${id}-s${si}`, shared.get(sectionKey(s.label) ?? ''), level + 1, ctx))}
      ${this.renderLinks(set, card, ctx)}
      ${card.url ? html`<p class="card__more"><a href=${card.url} part="card-link">${t(lang, 'read-more')}<span class="fc-visually-hidden">: ${ctx.text(card.title)}</span></a></p>` : nothing}
    </article>`;
  }

  private renderStatus(status: NonNullable<Card['status']>, ctx: RenderContext) {
    return html`<p class="card__status" part=${`status status-${status.kind}`}>
      <span class="card__badge">${statusIcon(status.kind)}<span>${t(ctx.lang, `status-${status.kind}`)}</span></span>
      ${status.label ? html`<span class="card__status-label">${ctx.localized(status.label)}</span>` : nothing}
    </p>`;
  }

  private renderFigure(figure: NonNullable<Card['figure']>, ctx: RenderContext) {
    const n = figureText(figure.value, ctx.lang);
    const value =
      n.spoken === n.text
        ? html`<span class="card__value" part="figure-value">${n.text}</span>`
        : html`<span class="card__value" part="figure-value" aria-hidden="true">${n.text}</span><span class="fc-visually-hidden">${n.spoken}</span>`;
    return html`<p class="card__figure" part="figure">
      ${figure.label ? html`<span class="card__figure-label" part="figure-label">${ctx.localized(figure.label)}</span> ` : nothing}${value}${figure.unit ? html` <span class="card__unit" part="figure-unit">${ctx.localized(figure.unit)}</span>` : nothing}
    </p>`;
  }

  private renderSection(card: Card, s: Section, id: string, shared: Set<string> | undefined, level: number, ctx: RenderContext) {
    return html`<div class="card__section" part="section">
      ${s.label ? heading(level, { id: `${id}-h`, class: 'card__section-label', part: 'section-label' }, ctx.localized(s.label)) : nothing}
      ${this.renderItems(card, s.items, id, s.label ? `${id}-h` : undefined, shared, ctx)}
    </div>`;
  }

  /** A list of points; one of more than COLLAPSE_OVER shows COLLAPSED_ITEMS and a button for the rest (on a card and in the table alike). */
  private renderItems(
    card: Card,
    list: Text[],
    id: string,
    labelledBy: string | undefined,
    shared: Set<string> | undefined,
    ctx: RenderContext,
  ) {
    const long = list.length > COLLAPSE_OVER;
    const open = !long || this.expanded.has(id);
    const mark = (item: Text) => (shared?.has(itemKey(item)) ? sharedMark(ctx.lang) : nothing);
    // Most lists are short: their points need no `hidden` binding (a 100-card set has 1,500 points).
    const items = long
      ? list.map((item, i) => html`<li ?hidden=${!open && i >= COLLAPSED_ITEMS}>${ctx.localized(item)}${mark(item)}</li>`)
      : list.map((item) => html`<li>${ctx.localized(item)}${mark(item)}</li>`);
    return html`<ul class="card__items" id=${`${id}-l`} aria-labelledby=${labelledBy ?? nothing}>${items}</ul>
      ${
        long
          ? html`<button type="button" class="card__toggle" part="toggle" aria-expanded=${String(open)} aria-controls=${`${id}-l`}
          @click=${() => this.toggle(card, id)}>${open ? t(ctx.lang, 'less') : t(ctx.lang, 'more', { count: list.length })}</button>`
          : nothing
      }`;
  }

  private toggle(card: Card, id: string) {
    if (this.expanded.has(id)) this.expanded.delete(id);
    else {
      this.expanded.add(id);
      this.select('card', card.id, card);
    }
    this.requestUpdate();
  }

  private renderLinks(set: CardSet, card: Card, ctx: RenderContext) {
    if (!card.links?.length) return nothing;
    return html`<div class="card__links" part="links">
      <p class="card__links-label">${t(ctx.lang, 'links')}:</p>
      <ul>${card.links.map((link) => {
        const target = resolveLink(set, link.to);
        if (!target) return nothing;
        if ('card' in target) {
          const i = target.card;
          const label = link.label ? ctx.localized(link.label) : ctx.localized(set.cards[i].title);
          return html`<li><a href=${`#c${i}`} part="link" @click=${(e: Event) => this.goToCard(e, i)}>${label}</a></li>`;
        }
        const label = link.label ? ctx.localized(link.label) : link.to;
        return findFigure(this, target.collection, target.item)
          ? html`<li><a href=${`#${target.item}`} part="link" @click=${(e: Event) => {
              e.preventDefault();
              focusFigure(this, target.collection, target.item);
            }}>${label}</a></li>`
          : html`<li><span part="link-absent">${label}</span> <span class="card__absent">(${t(ctx.lang, 'not-on-page')})</span></li>`;
      })}</ul>
    </div>`;
  }

  private goToCard(e: Event, index: number) {
    e.preventDefault();
    const el = this.renderRoot.querySelector<HTMLElement>(`#c${index}`);
    if (!el) return;
    el.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
    el.focus({ preventScroll: true });
    const card = this.set?.cards[index];
    if (card) this.select('card', card.id, card);
  }

  private renderCompare(
    set: CardSet,
    comparable: ComparableSection[],
    only: string | undefined,
    shared: Map<string, Set<string>>,
    ctx: RenderContext,
  ) {
    const columns = only ? comparable.filter((s) => s.key === only) : comparable;
    const { lang } = ctx;
    return html`<div class="cards__compare-table" part="compare" role="region" tabindex="0" aria-label=${t(lang, 'compare-caption', { title: ctx.text(set.title) })}>
      <table>
        <caption class="fc-visually-hidden">${t(lang, 'compare-caption', { title: ctx.text(set.title) })}</caption>
        <thead><tr><th scope="col">${t(lang, 'card')}</th>${columns.map((c) => html`<th scope="col">${ctx.localized(trimColon(c.label))}</th>`)}</tr></thead>
        <tbody>${set.cards.map(
          (card, ci) => html`<tr>
          <th scope="row">${card.n !== undefined ? `${card.n}. ` : ''}${ctx.localized(card.title)}</th>
          ${columns.map((c) => {
            const k = comparable.indexOf(c);
            const items = (card.sections ?? []).filter((s) => sectionKey(s.label) === c.key).flatMap((s) => s.items);
            return html`<td>${
              items.length
                ? this.renderItems(card, items, `t${ci}-${k}`, undefined, shared.get(c.key), ctx)
                : html`<span class="cards__none" aria-hidden="true">–</span><span class="fc-visually-hidden">${t(lang, 'empty')}</span>`
            }</td>`;
          })}
        </tr>`,
        )}</tbody>
      </table>
    </div>`;
  }
}

function cellVars(p: PlacedCard): Record<string, string> {
  return { '--_r': String(p.row), '--_c': String(p.column), '--_rs': String(p.rows), '--_cs': String(p.columns) };
}

function groupVars(L: CardsLayout, rows: number): Record<string, string> {
  return { '--_cols': String(L.columns), '--_rows': String(Math.max(1, rows)) };
}

function sharedMark(lang: Language) {
  return html` <span class="card__shared" part="shared" title=${t(lang, 'shared-by-all')}><span aria-hidden="true">${t(lang, 'shared')}</span><span class="fc-visually-hidden">(${t(lang, 'shared-by-all')})</span></span>`;
}

/** A section label as a column head or a choice: without the colon it ends with in the seeds. */
function trimColon(label: Text): Text {
  const strip = (s: string) => s.replace(/\s*:\s*$/, '');
  if (typeof label === 'string') return strip(label);
  return Object.fromEntries(Object.entries(label).map(([k, v]) => [k, v === undefined ? v : strip(v)])) as Text;
}

function reducedMotion() {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
