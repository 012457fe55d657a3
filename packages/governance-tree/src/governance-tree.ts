import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  DetailsController,
  FcElement,
  SizeController,
  cssVars,
  detailsPanel,
  detailsStyles,
  heading,
  sharedStyles,
  sourceNote,
  type CollectionItem,
  type GovernanceNode,
  type GovernanceTree,
  type Language,
  type RenderContext,
} from '@fc-kit/core';
import { layoutGovernanceTree, type GovernanceLayout, type NodeBox } from './governance-tree-layout.js';
import { governanceTreeStyles } from './governance-tree-styles.js';
import { kindIcon } from './kind-icons.js';
import { t } from './strings.js';
import { BoxHeights } from './box-heights.js';
import { ancestorsOf, hasDetails, indexTree, initialCollapsed, type LinkEnd, type TreeIndex } from './tree-index.js';
import { TreeKeyboard, type TreeKeyboardHost, type TreeRow } from './tree-keyboard.js';

/** Wider than this (em), the chart does not print legibly on paper; it prints as the outline. */
const PRINT_CHART_MAX = 70;
/**
 * Up to this many visible boxes, all are measured right after drawing. A bigger tree draws only
 * the text of boxes on screen (`content-visibility: auto`) and measures boxes as they appear.
 */
const MEASURE_ALL_MAX = 60;

/**
 * A leadership and coordination structure on levels: each level a labelled band, each body a
 * box in its level's band under the body it belongs to, dashed lines for cooperation. A tree in
 * the WAI-ARIA sense: one tab stop, arrow keys, type-ahead; Enter or a click opens a body's
 * description, duties, members and link beside the chart. In a narrow container the same tree is
 * an indented outline.
 *
 * @tag fc-governance-tree
 * @attr fit - `zoom` (default): the drawing is scaled down to the element's width, to no less than
 *   75 % of its size (smaller is hard to read); beyond that it scrolls. `scroll`: never scaled, a
 *   tree wider than the element scrolls. Either way a chart that scrolls is a focusable, named
 *   scroll region with a visible hint above it, so nothing is off to the side unannounced.
 * @attr expand-depth - how many generations start expanded: `1` shows only the root, `2` the root
 *   and its children, …. Absent: everything, unless the tree has more than 150 bodies; then as many
 *   whole generations as fit in 150 boxes (at least two). "Expand all" shows the rest.
 * @fires fc-select - a body was opened. detail: `{ kind: 'node', id, item }` where `item` is the node.
 * @csspart title - the tree's heading.
 * @csspart toolbar - the expand all / collapse all buttons.
 * @csspart scroller - the area that scrolls sideways when the chart is wider than the element.
 * @csspart scroll-hint - the visible "scroll sideways" line above a chart that scrolls.
 * @csspart level - a level's band; `level-label` its label.
 * @csspart node - a body's box (also `node-selected` on the opened one).
 * @csspart toggle - the expand / collapse knob on a box with children.
 * @csspart connector - the lines from bodies to the bodies under them (one SVG path).
 * @csspart link - a dashed cooperation line (SVG path); `link-label` its label.
 * @csspart details - the panel with the opened body's details.
 * @csspart meta - the note and source under the tree.
 * @cssprop --fc-governance-band-1 - background of odd level bands (default `--fc-color-surface`).
 * @cssprop --fc-governance-band-2 - background of even level bands (default `--fc-color-background`).
 * @cssprop --fc-governance-line-color - connectors and box outlines of knobs (default `--fc-color-border`).
 * @cssprop --fc-governance-link-color - cooperation lines and their labels (default `--fc-color-accent`).
 */
export class FcGovernanceTree extends FcElement<'governance'> implements TreeKeyboardHost {
  static override styles = [...sharedStyles, detailsStyles, governanceTreeStyles];
  static override properties = {
    ...FcElement.properties,
    fit: { reflect: true },
    expandDepth: { type: Number, attribute: 'expand-depth' },
  };

  declare fit: 'scroll' | 'zoom';
  declare expandDepth: number | undefined;

  protected readonly collection = 'governance' as const;
  protected override readonly defaultHeadingLevel = 2;

  // View state lives in plain fields: it changes from event handlers, which request an update.
  private tree?: GovernanceTree;
  private index?: TreeIndex;
  private collapsed = new Set<string>();
  private collapsedVersion = 0;
  private focusId?: string;
  private readonly heights = new BoxHeights();
  private heightsLang?: Language;
  private layout?: GovernanceLayout;
  private layoutKey = '';
  private layoutTree?: GovernanceTree;
  private rows?: TreeRow[];
  private overflowing = false;
  /** After a render: focus the row that has the tabindex, or keep the opened body in sight beside its details. */
  private pendingFocus?: 'row' | 'reveal';
  /** The body whose details are open (key: its id); closing returns focus to its row. */
  private readonly details = new DetailsController<string>(this, { opener: (id) => this.itemElement(id) });
  /** A new tree scrolls sideways to its root once drawn: a wide tree's root is in its middle. */
  private revealRoot = false;
  private context?: RenderContext;
  private readonly keyboard = new TreeKeyboard(this);
  /** Width decides outline or chart; whether the chart overflows decides whether the scroller is a focusable region. */
  private readonly sizes = new SizeController(this, { resized: () => this.onSizes() });
  private hostWidth = -1;
  /** Boxes of a big tree that came on screen and wait to be measured. */
  private shown = new Set<HTMLElement>();
  private measureFrame = 0;

  constructor() {
    super();
    this.fit = 'zoom';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
    cancelAnimationFrame(this.measureFrame);
  }

  /** Shows every body. */
  expandAll(): void {
    this.collapsed.clear();
    this.changedCollapse();
  }

  /** Hides everything under the root. */
  collapseAll(): void {
    if (!this.index) return;
    this.collapsed = new Set([...this.index.node.values()].filter((n) => n.children?.length).map((n) => n.id));
    this.changedCollapse();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('expandDepth') && this.index) {
      this.collapsed = initialCollapsed(this.index, this.expandDepth);
      this.collapsedVersion++;
    }
  }

  override readingGuide(lang: Language): string {
    return t(lang, 'guide');
  }

  protected override renderItem(item: CollectionItem['governance'], context: RenderContext): TemplateResult {
    this.context = context;
    this.adopt(item, context.lang);
    const L = this.layoutFor(item, context);
    const { lang, text } = context;
    const title = text(item.title);
    const open = this.openId ? this.index!.node.get(this.openId) : undefined;
    const big = L.nodes.length > MEASURE_ALL_MAX;
    return html`<div class=${classMap({ gt: true, 'gt--big': big, 'gt--zoom': this.fit !== 'scroll', 'gt--print-outline': L.width > PRINT_CHART_MAX })}>
      ${heading(context.level, { id: 'gt-title', class: context.titleClass('gt-title'), part: 'title' }, context.title(item.title))}
      ${context.guide}
      <div class="gt-toolbar" part="toolbar" role="group" aria-label=${t(lang, 'toolbar')}>
        <button type="button" class="gt-button" @click=${() => this.expandAll()}>${t(lang, 'expand-all')}</button>
        <button type="button" class="gt-button" @click=${() => this.collapseAll()}>${t(lang, 'collapse-all')}</button>
      </div>
      <div class=${classMap({ 'gt-body': true, 'gt-body--open': !!open })}>
        <div class="gt-chart">
        ${this.overflowing ? html`<p class="gt-scroll-hint" id="gt-scroll-hint" part="scroll-hint"><span aria-hidden="true">⇆</span> ${t(lang, 'scroll-hint')}</p>` : nothing}
        <div
          class="gt-scroller"
          part="scroller"
          ${this.sizes.target()}
          role=${this.overflowing ? 'region' : nothing}
          aria-label=${this.overflowing ? t(lang, 'scroll-region', { title }) : nothing}
          aria-describedby=${this.overflowing ? 'gt-scroll-hint' : nothing}
          tabindex=${this.overflowing ? '0' : nothing}
        >
          <div class="gt-canvas" ${this.sizes.target()} ${cssVars({ '--gt-w': String(L.width), '--gt-h': String(L.height), '--gt-node-w': String(L.nodeWidth) })}>
            <div class="gt-bands" aria-hidden="true">
              ${L.bands.map(
                (
                  b,
                ) => html`<div class="gt-band" part="level" data-level=${b.id} ${cssVars({ '--y': String(b.y), '--h': String(b.height) })}>
                  <span class="gt-band__label" part="level-label">${context.localized(b.label)}</span>
                </div>`,
              )}
            </div>
            <div class="gt-stage">
              <svg class="gt-lines" aria-hidden="true" focusable="false" viewBox="0 0 ${L.width} ${L.height}" preserveAspectRatio="xMinYMin meet">
                <path class="gt-connectors" part="connector" d=${L.connectors}></path>
                ${L.links.map((l) => svg`<path class="gt-link" part="link" data-from=${l.from} data-to=${l.to} d=${l.d}></path>`)}
              </svg>
              <ul role="tree" class="gt-tree" aria-labelledby="gt-title" @keydown=${this.onKeydown} @focusin=${this.onFocusIn} @click=${this.onClick}
                @contentvisibilityautostatechange=${this.onBoxShown}>
                ${repeat(
                  L.nodes,
                  (n) => n.id,
                  (n) => this.renderNode(L, n),
                )}
              </ul>
              <div class="gt-link-labels" aria-hidden="true">
                ${L.links.map((l) =>
                  l.label
                    ? html`<div class="gt-link-label" part="link-label" data-from=${l.from} data-to=${l.to} ${cssVars({ '--x': String(l.labelX), '--y': String(l.labelY), '--w': String(l.labelWidth) })}>
                        <span>${context.localized(l.label)}</span>
                      </div>`
                    : nothing,
                )}
              </div>
            </div>
          </div>
        </div>
        </div>
        ${open ? this.renderDetails(open, item, context) : nothing}
      </div>
      ${sourceNote(context.lang, item, context.source)}
    </div>`;
  }

  /**
   * One treeitem. The list is flat, with the hierarchy in aria-level, aria-setsize and
   * aria-posinset (as ARIA allows, and as large trees such as VS Code's do): a treeitem that
   * contained its children would, in Chrome, take their text into its own name.
   */
  private renderNode(L: GovernanceLayout, box: NodeBox): TemplateResult {
    const { lang, text, localized } = this.context!;
    const node = box.node;
    const kind = node.kind;
    const label = text(node.label);
    const level = text(this.tree!.levels[box.level].label);
    const kindName = kind ? t(lang, `kind-${kind}`) : '';
    const links = this.index!.links.get(node.id);
    const linkTexts = links?.map((l) => this.linkText(l)) ?? [];
    const selected = node.id === this.openId;
    const vars: Record<string, string> = {
      '--x': String(box.x),
      '--y': String(box.y),
      '--h': String(box.height),
      '--d': String(box.depth),
    };
    if (box.toggleX !== L.nodeWidth / 2) vars['--tx'] = `${box.toggleX}em`;
    // The name holds what is visible in the box, in the same order (WCAG 2.5.3), then the level;
    // the description says with whom it cooperates. Links, knob and marker are drawn from
    // attributes by CSS so that they are no part of the box's text.
    const name = [label, kindName, level].filter(Boolean).join(', ');
    return html`<li
      role="treeitem"
      class="gt-item"
      data-id=${node.id}
      aria-level=${box.depth}
      aria-setsize=${box.setSize}
      aria-posinset=${box.posInSet}
      aria-expanded=${box.hasChildren ? String(box.expanded) : nothing}
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${name}
      aria-description=${linkTexts.length ? linkTexts.join('. ') : nothing}
      tabindex=${node.id === this.focusId ? '0' : '-1'}
      ${cssVars(vars)}
    >
      <div class="gt-node gt-node--${kind ?? 'none'}" part=${selected ? 'node node-selected' : 'node'}>
        <div class="gt-node__body" data-links=${linkTexts.length ? `⇢ ${linkTexts.join('\n⇢ ')}` : nothing}>
          <span class="gt-node__label">${localized(node.label)}</span>
          <span class="gt-node__kind" ?hidden=${!kind}>${kindIcon(kind)}${kindName}</span>
          <span class="gt-node__level">${localized(this.tree!.levels[box.level].label)}</span>
        </div>
        <span class="gt-node__info" aria-hidden="true" ?hidden=${!hasDetails(node)}></span>
        <span class="gt-node__toggle" part="toggle" aria-hidden="true" ?hidden=${!box.hasChildren} data-label=${box.expanded ? '−' : `+${box.hiddenCount}`}></span>
      </div>
    </li>`;
  }

  private linkText(l: LinkEnd): string {
    const { lang, text } = this.context!;
    return l.label
      ? t(lang, 'link-with-label', { label: text(l.label), other: text(l.other.label) })
      : t(lang, 'link-with', { other: text(l.other.label) });
  }

  private renderDetails(node: GovernanceNode, tree: GovernanceTree, { lang, localized, level: top }: RenderContext) {
    const level = tree.levels.find((l) => l.id === node.level);
    const parent = this.index!.parent.get(node.id);
    const links = this.index!.links.get(node.id) ?? [];
    const goto = (target: GovernanceNode) =>
      html`<button type="button" class="gt-goto" @click=${() => this.openNode(target.id)}>${localized(target.label)}</button>`;
    return detailsPanel({
      name: 'gt-details',
      titleId: 'gt-details-title',
      level: top + 1,
      lang,
      title: localized(node.label),
      close: () => this.details.close(),
      content: html`<dl>
        <dt>${t(lang, 'level')}</dt>
        <dd>${localized(level?.label)}</dd>
        ${
          node.kind
            ? html`<dt>${t(lang, 'kind')}</dt>
              <dd><span class="gt-details__kind">${kindIcon(node.kind)}${t(lang, `kind-${node.kind}`)}</span></dd>`
            : nothing
        }
        ${parent ? html`<dt>${t(lang, 'part-of')}</dt><dd>${goto(parent)}</dd>` : nothing}
      </dl>
      ${node.description ? html`<p class="gt-details__description">${localized(node.description)}</p>` : nothing}
      ${
        node.duties?.length
          ? html`${heading(top + 2, { class: 'gt-details__subtitle' }, t(lang, 'duties'))}
            <ul class="gt-details__duties">${node.duties.map((d) => html`<li>${localized(d)}</li>`)}</ul>`
          : nothing
      }
      ${
        node.members?.length
          ? html`${heading(top + 2, { class: 'gt-details__subtitle' }, t(lang, 'members'))}
            <ul class="gt-details__members">${node.members.map((m) => html`<li>${localized(m)}</li>`)}</ul>`
          : nothing
      }
      ${
        links.length
          ? html`${heading(top + 2, { class: 'gt-details__subtitle' }, t(lang, 'links'))}
            <ul class="gt-details__links">${links.map((l) => html`<li>${goto(l.other)}${l.label ? html` – ${localized(l.label)}` : ''}</li>`)}</ul>`
          : nothing
      }
      ${node.url ? html`<p><a href=${node.url}>${t(lang, 'more')}</a></p>` : nothing}
      ${!hasDetails(node) ? html`<p class="gt-details__empty">${t(lang, 'no-details')}</p>` : nothing}`,
    });
  }

  // ---- state ------------------------------------------------------------------------------------

  /** Keeps the view state while the same tree is shown; starts afresh for another tree. */
  private adopt(item: GovernanceTree, lang: Language) {
    if (item !== this.tree) {
      const same = this.tree?.id === item.id;
      this.tree = item;
      this.index = indexTree(item);
      this.rows = undefined;
      if (!same) {
        this.collapsed = initialCollapsed(this.index, this.expandDepth);
        this.collapsedVersion++;
        this.details.reset();
        this.focusId = item.root.id;
        this.revealRoot = true;
        this.heights.reset();
      }
    }
    if (this.heightsLang !== lang) {
      this.heightsLang = lang;
      this.heights.reset();
    }
  }

  private layoutFor(item: GovernanceTree, { lang, text }: RenderContext): GovernanceLayout {
    const key = `${lang}|${this.collapsedVersion}|${this.heights.version}`;
    if (!this.layout || this.layoutKey !== key || this.layoutTree !== item) {
      this.layout = layoutGovernanceTree(item, { collapsed: this.collapsed, heights: this.heights.byId, text });
      this.layoutKey = key;
      this.layoutTree = item;
      this.rows = undefined;
    }
    const L = this.layout;
    // Focus stays on a visible row: the nearest visible ancestor of one that was hidden.
    if (!this.focusId || !L.byId.has(this.focusId)) {
      const visible = this.focusId ? [...ancestorsOf(this.index!, this.focusId)].reverse().find((id) => L.byId.has(id)) : undefined;
      this.focusId = visible ?? item.root.id;
    }
    return L;
  }

  private changedCollapse() {
    this.collapsedVersion++;
    this.requestUpdate();
  }

  // ---- TreeKeyboardHost -------------------------------------------------------------------------

  treeRows(): readonly TreeRow[] {
    const L = this.layout;
    if (!L || !this.context) return [];
    const { text } = this.context;
    return (this.rows ??= L.nodes.map((b) => ({
      id: b.id,
      parent: b.parent >= 0 ? L.nodes[b.parent].id : undefined,
      expandable: b.hasChildren,
      expanded: b.expanded,
      text: text(b.node.label),
    })));
  }

  focusRow(id: string): void {
    this.focusId = id;
    this.itemElement(id)?.focus();
    this.requestUpdate();
  }

  setExpanded(ids: readonly string[], expanded: boolean): void {
    for (const id of ids) {
      if (expanded) this.collapsed.delete(id);
      else this.collapsed.add(id);
    }
    // Rows move when others open or close; keep focus on the row that had it.
    if ((this.renderRoot as ShadowRoot).activeElement?.getAttribute('role') === 'treeitem') this.pendingFocus = 'row';
    this.changedCollapse();
  }

  activateRow(id: string): void {
    this.openNode(id);
  }

  // ---- events -----------------------------------------------------------------------------------

  /** Opens a body's details (showing it in the tree first) and moves focus to them. */
  private openNode(id: string) {
    const node = this.index?.node.get(id);
    if (!node) return;
    const hidden = ancestorsOf(this.index!, id).filter((a) => this.collapsed.has(a));
    if (hidden.length) this.setExpanded(hidden, true);
    this.focusId = id;
    this.pendingFocus = 'reveal';
    this.details.open(id);
    this.select('node', id, node);
  }

  private get openId(): string | undefined {
    return this.details.key;
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    const id = rowOf(event)?.dataset.id;
    if (id !== undefined && this.keyboard.keydown(event, id)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  private readonly onFocusIn = (event: FocusEvent) => {
    const id = rowOf(event)?.dataset.id;
    if (id !== undefined && id !== this.focusId) {
      this.focusId = id;
      this.requestUpdate();
    }
  };

  private readonly onClick = (event: MouseEvent) => {
    const row = rowOf(event);
    const id = row?.dataset.id;
    if (id === undefined) return;
    const onToggle = event.composedPath().some((el) => el instanceof Element && el.classList.contains('gt-node__toggle'));
    this.focusId = id;
    if (onToggle) {
      this.setExpanded([id], this.collapsed.has(id));
      row!.focus();
    } else {
      this.openNode(id);
    }
  };

  private itemElement(id: string | undefined): HTMLElement | null {
    if (id === undefined) return null;
    return this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`);
  }

  // ---- after render: focus, measured heights, overflow -----------------------------------------

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    try {
      this.moveFocus();
      const L = this.layout;
      if (L && L.nodes.length <= MEASURE_ALL_MAX && this.heights.pending(L)) {
        this.measure(this.renderRoot.querySelectorAll<HTMLElement>('li.gt-item'), 0.05);
      }
    } catch (e) {
      console.error('fc-kit <fc-governance-tree>:', e);
    }
  }

  private moveFocus() {
    const what = this.pendingFocus;
    if (!what) return;
    this.pendingFocus = undefined;
    if (what === 'reveal') {
      // The panel takes width from the chart: keep the opened body in sight beside it (the details controller focuses the panel).
      const scroller = this.renderRoot.querySelector<HTMLElement>('.gt-scroller');
      const row = this.itemElement(this.openId);
      if (scroller && row) {
        const box = row.getBoundingClientRect();
        const view = scroller.getBoundingClientRect();
        if (box.left < view.left || box.right > view.right) scroller.scrollLeft += box.left + box.width / 2 - (view.left + view.width / 2);
      }
    } else this.itemElement(this.focusId)?.focus();
  }

  /** Measures boxes in the chart (in the outline the boxes have other widths); lays out again if one was off. */
  private measure(items: Iterable<HTMLElement>, tolerance: number) {
    const canvas = this.renderRoot.querySelector<HTMLElement>('.gt-canvas');
    if (!canvas || !this.layout) return;
    const style = getComputedStyle(canvas);
    const em = parseFloat(style.fontSize);
    if (style.position !== 'relative' || !em) return;
    if (this.heights.measure(items, this.layout, em, tolerance)) this.requestUpdate();
  }

  private readonly onBoxShown = (event: Event) => {
    const row = event.target as HTMLElement;
    if ((event as Event & { skipped?: boolean }).skipped !== false || !row.classList?.contains('gt-item')) return;
    this.shown.add(row);
    cancelAnimationFrame(this.measureFrame);
    this.measureFrame = requestAnimationFrame(() => {
      try {
        const label = (r: HTMLElement) => r.querySelector('.gt-node__label') as HTMLElement | null;
        // Only rows still drawn: measuring a skipped row would read its placeholder size.
        const rows = [...this.shown].filter((r) => r.isConnected && label(r)?.checkVisibility?.({ contentVisibilityAuto: true }) !== false);
        this.shown.clear();
        // On a big tree, only a real difference (a line) is worth moving boxes the reader sees.
        this.measure(rows, 0.3);
      } catch (e) {
        console.error('fc-kit <fc-governance-tree>:', e);
      }
    });
  };

  private readonly onFontsLoaded = () => {
    this.heights.forget();
    this.requestUpdate();
  };

  /** Read when the browser has reported sizes (after its layout), which costs no extra layout. True: render again. */
  private onSizes(): boolean {
    const width = this.getBoundingClientRect().width;
    let update = Math.abs(width - this.hostWidth) >= 0.5;
    this.hostWidth = width;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.gt-scroller');
    const overflowing = !!scroller && scroller.scrollWidth > scroller.clientWidth + 1;
    if (overflowing !== this.overflowing) {
      this.overflowing = overflowing;
      update = true;
    }
    if (this.revealRoot && scroller && this.tree) this.scrollToRoot(scroller, this.tree);
    return update;
  }

  private scrollToRoot(scroller: HTMLElement, tree: GovernanceTree) {
    const root = this.itemElement(tree.root.id);
    if (!root) return;
    this.revealRoot = false;
    if (scroller.scrollWidth <= scroller.clientWidth) return;
    const box = root.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    scroller.scrollLeft += box.left + box.width / 2 - (view.left + view.width / 2);
  }
}

// Measuring and overflow can only be known after a render; the follow-up update is intended.
(FcGovernanceTree as unknown as { disableWarning?: (w: string) => void }).disableWarning?.('change-in-update');

function rowOf(event: Event): HTMLElement | undefined {
  for (const el of event.composedPath()) {
    if (el instanceof HTMLElement && el.getAttribute('role') === 'treeitem') return el;
  }
  return undefined;
}
