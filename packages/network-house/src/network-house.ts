import { html, nothing, svg, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  DetailsController,
  FcElement,
  cssVars,
  detailsPanel,
  detailsStyles,
  heading,
  sharedStyles,
  sourceNote,
  type CollectionItem,
  type House,
  type RenderContext,
  type Room,
  type Stone,
  type Text,
} from '@fc-kit/core';
import { HouseSizes } from './house-sizes.js';
import { hasText, layoutHouse, type FloorBox, type HouseLayout, type RoomBox, type StoneBox } from './network-house-layout.js';
import { networkHouseStyles } from './network-house-styles.js';
import { serviceCount, t } from './strings.js';

/** What a reader can open: the kind `fc-select` reports, and its id (`roof` and `door` have none of their own). */
type Opened =
  | { kind: 'room'; id: string; item: Room; floor: FloorBox }
  | { kind: 'stone'; id: string; item: Stone }
  | { kind: 'door'; id: 'door'; item: NonNullable<House['door']> }
  | { kind: 'roof'; id: 'roof'; item: NonNullable<House['roof']> };

const DETAILS_ID = 'nh-details';
const keyOf = (kind: string, id: string) => `${kind}:${id}`;

/**
 * The house of families (perheiden talo): a roof (the family centre's name or goal), floors of
 * services stacked with `floors[0]` at the bottom, rooms side by side on each floor, the door (the
 * way in, such as client and service guidance) on the ground floor and a foundation of
 * organisations under it all. The shapes are SVG and CSS that scale with the element; every text
 * is HTML, so it wraps, zooms and translates.
 *
 * Every room and foundation stone is a button (and the roof and the door, when they have a
 * description): it opens a details panel with the description and the services, each with its
 * provider and link, and fires `fc-select`. Focus moves to the panel; Escape or "Close" closes it
 * and focus returns to the button that opened it.
 *
 * A screen reader meets the house top to bottom, as it is drawn and as Tab moves: the title (a
 * heading), the roof, the floors from the top floor down, each a group named "Floor 2 of 3:
 * label" with its rooms as a list, the door, and the foundation (a group with its stones as a
 * list). In a container narrower than 34em the same house is a stacked list. Prints with every
 * room's services written out.
 *
 * @tag fc-network-house
 * The title's level is `heading-level` (default 3); the details panel's heading is one below it.
 * @fires fc-select - a part was opened. detail: `{ kind: 'room' | 'stone' | 'door' | 'roof', id, item }`:
 *   `item` is the room, stone, door or roof object; `id` its id (`'door'` and `'roof'` for those).
 * @csspart title - the house's title (a heading).
 * @csspart house - the drawing: roof, walls and foundation.
 * @csspart roof - the roof (its triangle and label); `roof-shape` the SVG triangle, `roof-label` its label (also `roof-open` when its description is open).
 * @csspart walls - the walls around the floors.
 * @csspart floor - a floor; `floor-label` its number and label.
 * @csspart room - a room's button (also `room-open` on the opened one).
 * @csspart door - the door (also `door-open` when its details are open).
 * @csspart foundation - the foundation; `stone` each stone's button (also `stone-open`).
 * @csspart empty - the text of a floor without rooms or a foundation without stones.
 * @csspart details - the panel with the opened part's description and services.
 * @csspart meta - the note and source under the house.
 * @cssprop --fc-house-roof-color - the roof's fill (default `--fc-color-surface`).
 * @cssprop --fc-house-wall-color - the walls' and rooms' background (default `--fc-color-background`).
 * @cssprop --fc-house-line-color - outlines of roof, walls, floors, rooms and stones (default `--fc-color-border`).
 * @cssprop --fc-house-stone-color - the foundation stones' background (default `--fc-color-surface`).
 * @cssprop --fc-house-door-color - the door (default `--fc-color-accent`; its text `--fc-color-accent-contrast`).
 */
export class FcNetworkHouse extends FcElement<'houses'> {
  static override styles = [...sharedStyles, detailsStyles, networkHouseStyles];
  protected readonly collection = 'houses' as const;

  // View state lives in plain fields: it changes from event handlers, which request an update.
  private house?: House;
  private layout?: HouseLayout;
  /** The part whose details are open (key: `room:<id>`, `stone:<id>`, `roof` or `door`). */
  private readonly details = new DetailsController<string>(this, {
    opener: (key) => this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`),
  });
  private context?: RenderContext;
  private readonly sizes = new HouseSizes(this, (width) =>
    this.house && this.context ? layoutHouse(this.house, { width, text: this.context.text }).signature : '',
  );

  protected override renderItem(item: CollectionItem['houses'], context: RenderContext): TemplateResult {
    if (item.id !== this.house?.id) this.details.reset();
    this.house = item;
    this.context = context;
    const L = (this.layout = layoutHouse(item, { width: this.sizes.width, text: context.text }));
    const { lang } = context;
    const level = context.level;
    const opened = this.opened(L);
    // The opened part is gone from the data: nothing is open (and no focus moves).
    if (!opened && this.details.key !== undefined) this.details.reset();
    return html`<div class="nh" lang=${lang}>
      ${heading(level, { class: 'nh-title', part: 'title' }, this.text(item.title, item.id))}
      <div class=${classMap({ 'nh-body': true, 'nh-body--open': !!opened })}>
        <div class="nh-house" part="house" ${this.sizes.target()}>
          ${this.renderRoof(item, L)}
          <div class=${classMap({ 'nh-walls': true, 'nh-walls--door': !!item.door })} part="walls">
            ${repeat(
              L.floors,
              (f) => f.id,
              (f) => this.renderFloor(f, L),
            )}
            ${this.renderDoor(item, L)}
          </div>
          ${this.renderFoundation(L)}
        </div>
        ${this.renderDetails(opened, level + 1)}
      </div>
      ${sourceNote(lang, item.note, context.source)}
    </div>`;
  }

  // ---- the drawing ------------------------------------------------------------------------------

  private renderRoof(house: House, L: HouseLayout) {
    const { lang } = this.context!;
    const roof = house.roof;
    const shape = svg`<svg class="nh-roof__shape" part="roof-shape" aria-hidden="true" focusable="false" viewBox="0 0 100 100" preserveAspectRatio="none">
      <rect class="nh-roof__chimney" x="71" y="14" width="8" height="56"></rect>
      <polygon points="0,100 50,0 100,100"></polygon>
    </svg>`;
    if (!roof || !L.roof) return html`<div class="nh-roof nh-roof--bare" part="roof">${shape}</div>`;
    const label = html`<span class="fc-visually-hidden">${t(lang, 'roof')}: </span>${this.text(roof.label)}`;
    return html`<div class="nh-roof" part="roof">
      ${shape}
      ${
        L.roof.hasDetails
          ? html`<button type="button" class="nh-roof__label nh-openable" ${this.sizes.target()} part=${this.isOpen('roof') ? 'roof-label roof-open' : 'roof-label'}
            data-key="roof" aria-expanded=${String(this.isOpen('roof'))} aria-controls=${DETAILS_ID} @click=${() => this.toggle('roof')}>${label}</button>`
          : html`<p class="nh-roof__label" part="roof-label" ${this.sizes.target()}>${label}</p>`
      }
    </div>`;
  }

  private renderFloor(f: FloorBox, L: HouseLayout) {
    const { lang, text } = this.context!;
    const name = t(lang, 'floor-name', { n: f.number, total: L.floorCount, label: text(f.floor.label) }).replace(/: $/, '');
    return html`<div role="group" aria-label=${name} class=${classMap({ 'nh-floor': true, 'nh-floor--ground': f.ground })} part="floor" data-id=${f.id}>
      <div class="nh-floor__head" part="floor-label" aria-hidden="true">
        <span class="nh-floor__number">${t(lang, 'floor-tag', { n: f.number })}</span>
        <span class="nh-floor__label">${this.text(f.floor.label)}</span>
      </div>
      ${
        f.rooms.length
          ? html`<ul class="nh-rooms" role="list" ${cssVars({ '--cols': String(f.columns) })}>
            ${repeat(
              f.rooms,
              (r) => r.id,
              (r) => this.renderRoom(r),
            )}
          </ul>`
          : html`<p class="nh-empty" part="empty">${t(lang, 'empty-floor')}</p>`
      }
    </div>`;
  }

  private renderRoom(r: RoomBox) {
    const { lang } = this.context!;
    const key = keyOf('room', r.id);
    const open = this.isOpen(key);
    const services = r.room.services ?? [];
    return html`<li class="nh-rooms__item">
      <button type="button" class="nh-room nh-openable" part=${open ? 'room room-open' : 'room'} data-key=${key}
        aria-expanded=${String(open)} aria-controls=${DETAILS_ID} @click=${() => this.toggle(key)}>
        <span class="nh-room__label">${this.text(r.room.label, r.id)}</span>
        ${services.length ? html`<span class="nh-room__count">${serviceCount(lang, services.length)}</span>` : nothing}
      </button>
      ${
        services.length || hasText(r.room.description)
          ? // Written out for paper only: on screen the panel shows them.
            html`<div class="nh-print">
            ${hasText(r.room.description) ? html`<p>${this.text(r.room.description)}</p>` : nothing}
            ${services.length ? html`<ul>${services.map((s) => html`<li>${this.serviceLine(s)}</li>`)}</ul>` : nothing}
          </div>`
          : nothing
      }
    </li>`;
  }

  private renderDoor(house: House, L: HouseLayout) {
    const door = house.door;
    if (!door || !L.door) return nothing;
    const { lang } = this.context!;
    const label = html`<span class="fc-visually-hidden">${t(lang, 'door')}: </span><span class="nh-door__label">${this.text(door.label)}</span>`;
    const open = this.isOpen('door');
    return html`<div class="nh-doorway" ${cssVars({ '--nh-door-w': `${L.door.width}em` })}>
      ${
        L.door.hasDetails
          ? html`<button type="button" class="nh-door nh-openable" part=${open ? 'door door-open' : 'door'} data-key="door"
            aria-expanded=${String(open)} aria-controls=${DETAILS_ID} @click=${() => this.toggle('door')}>${label}</button>`
          : html`<p class="nh-door" part="door">${label}</p>`
      }
    </div>`;
  }

  private renderFoundation(L: HouseLayout) {
    const { lang } = this.context!;
    const F = L.foundation;
    return html`<div role="group" aria-label=${t(lang, 'foundation')} class="nh-foundation" part="foundation">
      <div class="nh-foundation__head" aria-hidden="true">${t(lang, 'foundation')}</div>
      ${
        F.stones.length
          ? html`<ul class="nh-stones" role="list" ${cssVars({ '--cols': String(F.columns) })}>
            ${repeat(
              F.stones,
              (s) => s.id,
              (s) => this.renderStone(s),
            )}
          </ul>`
          : html`<p class="nh-empty" part="empty">${t(lang, 'empty-foundation')}</p>`
      }
    </div>`;
  }

  private renderStone(s: StoneBox) {
    const key = keyOf('stone', s.id);
    const open = this.isOpen(key);
    return html`<li class="nh-stones__item">
      <button type="button" class="nh-stone nh-openable" part=${open ? 'stone stone-open' : 'stone'} data-key=${key}
        aria-expanded=${String(open)} aria-controls=${DETAILS_ID} @click=${() => this.toggle(key)}>${this.text(s.stone.label, s.id)}</button>
      ${hasText(s.stone.description) ? html`<p class="nh-print">${this.text(s.stone.description)}</p>` : nothing}
    </li>`;
  }

  // ---- details ----------------------------------------------------------------------------------

  private renderDetails(o: Opened | undefined, level: number) {
    const { lang, text } = this.context!;
    // Always rendered, hidden when closed: the openers' aria-controls point at it.
    if (!o)
      return detailsPanel({
        name: 'nh-details',
        id: DETAILS_ID,
        titleId: 'nh-details-title',
        level,
        lang,
        title: '',
        content: nothing,
        close: () => {},
        open: false,
      });
    const kind =
      o.kind === 'room'
        ? t(lang, 'kind-room', { floor: `${t(lang, 'floor-tag', { n: o.floor.number })}: ${text(o.floor.floor.label)}`.replace(/: $/, '') })
        : t(lang, `kind-${o.kind}`);
    const description = o.item.description;
    const services = o.kind === 'room' ? (o.item.services ?? []) : [];
    return detailsPanel({
      name: 'nh-details',
      id: DETAILS_ID,
      titleId: 'nh-details-title',
      level,
      lang,
      kind: html`<p class="nh-details__kind">${kind}</p>`,
      title: this.text(o.item.label, o.id),
      close: () => this.details.close(),
      content: html`${hasText(description) ? html`<p class="nh-details__description">${this.text(description)}</p>` : nothing}
        ${
          services.length
            ? html`${heading(level + 1, { class: 'nh-details__services-title' }, `${t(lang, 'services')} (${services.length})`)}
              <ul class="nh-details__services">
                ${services.map((s) => html`<li>${this.serviceLine(s)}</li>`)}
              </ul>`
            : nothing
        }
        ${!hasText(description) && !services.length ? html`<p class="nh-details__empty">${t(lang, 'no-details')}</p>` : nothing}`,
    });
  }

  private serviceLine(s: NonNullable<Room['services']>[number]) {
    const { lang } = this.context!;
    const label = this.text(s.label);
    return html`<span class="nh-service__label">${s.url ? html`<a href=${s.url}>${label}</a>` : label}</span>
      ${hasText(s.provider) ? html`<span class="nh-service__provider">${t(lang, 'provider')}: ${this.text(s.provider)}</span>` : nothing}`;
  }

  /** A visible data text, with its own `lang` when it is not in the reader's language; `fallback` when empty. */
  private text(value: Text | undefined, fallback = ''): unknown {
    return this.context!.localized(value) || fallback;
  }

  // ---- state ------------------------------------------------------------------------------------

  private isOpen(key: string) {
    return this.details.key === key;
  }

  private opened(L: HouseLayout): Opened | undefined {
    const key = this.details.key;
    const house = this.house;
    if (!key || !house) return undefined;
    if (key === 'roof') return house.roof && L.roof?.hasDetails ? { kind: 'roof', id: 'roof', item: house.roof } : undefined;
    if (key === 'door') return house.door && L.door?.hasDetails ? { kind: 'door', id: 'door', item: house.door } : undefined;
    const [kind, ...rest] = key.split(':');
    const id = rest.join(':');
    if (kind === 'room') {
      for (const floor of L.floors) {
        const room = floor.rooms.find((r) => r.id === id);
        if (room) return { kind: 'room', id, item: room.room, floor };
      }
    }
    if (kind === 'stone') {
      const stone = L.foundation.stones.find((s) => s.id === id);
      if (stone) return { kind: 'stone', id, item: stone.stone };
    }
    return undefined;
  }

  /** Opens a part (focus goes to the panel), or closes it when it is the one open (focus stays). */
  private toggle(key: string) {
    if (this.details.key === key) {
      this.details.close();
      return;
    }
    this.details.open(key);
    const opened = this.layout && this.opened(this.layout);
    if (!opened) {
      this.details.reset();
      return;
    }
    this.select(opened.kind, opened.id, opened.item);
  }
}
