import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@fc-kit/network-house/define.js';
import etelaPohjanmaa from '@fc-kit/datasets/etela-pohjanmaa.json';
import thlPerhekeskus from '@fc-kit/datasets/thl-perhekeskus.json';
import {
  badRoomAndUrl, bareHouse, finnishOnly, longLabels, missingFoundation, noFloors, smallHouse, withEmptyFloor, withThirtyRooms,
} from '../packages/network-house/test/fixtures.js';
import { generateHouse } from '../packages/network-house/test/generate.js';

/**
 * `<fc-network-house>` draws the house of families (perheiden talo): the roof (the family
 * centre's name or goal), floors of services with `floors[0]` at the bottom, rooms side by side on
 * each floor, the door (the way in) on the ground floor and a foundation of organisations under
 * it. Every room and stone is a button: click it or press Enter/Space for its description and its
 * services with provider and link (so are the roof and the door when they have a description).
 * Escape or "Close" closes the panel and returns focus to the part. In a container narrower than
 * 34em it is a stacked list: roof, floors, door, foundation.
 *
 * Attributes: `heading-level="n"` (1–6, default 3) for the title heading. Language and theme come
 * from the toolbar.
 */
const meta: Meta = {
  title: 'Elements/fc-network-house',
  component: 'fc-network-house',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** Styles for the stories' frames: a story template may not carry inline style attributes. */
const frames = html`<style>
  .narrow {
    width: 320px;
    outline: 1px dashed #999;
  }
  .medium {
    width: 640px;
    outline: 1px dashed #999;
  }
  /* A whole light theme: a county that sets light house colours sets the text colours with them. */
  .county-theme {
    color: #1b1b1b;
    background: #ffffff;
    --fc-color-text: #1b1b1b;
    --fc-color-text-muted: #4a4a4a;
    --fc-color-background: #ffffff;
    --fc-color-surface: #f3f1ec;
    --fc-color-border: #6b6359;
    --fc-color-accent-contrast: #ffffff;
    --fc-color-accent: #00573f;
    --fc-color-focus: #00573f;
    --fc-house-roof-color: #f6e7d8;
    --fc-house-stone-color: #e8e4dc;
    --fc-house-door-color: #8a3b12;
    --fc-radius: 0;
  }
  .county-theme fc-network-house::part(floor-label) {
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .county-theme fc-network-house::part(room) {
    box-shadow: 0 1px 3px rgb(0 0 0 / 25%);
  }
</style>`;

const open = (key: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = canvasElement.querySelector('fc-network-house')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLElement>(`button[data-key="${key}"]`)?.click();
};

/** Seed 003: Etelä-Pohjanmaa's house of families (the floor grouping reconstructed, as the note says). */
export const EtelaPohjanmaa: Story = {
  render: () => html`<fc-network-house item="perheiden-talo" .data=${etelaPohjanmaa}></fc-network-house>`,
};

/** A room opened: its services beside the house (below it in a narrower container). */
export const RoomOpen: Story = {
  render: () => html`<fc-network-house item="perheiden-talo" .data=${etelaPohjanmaa}></fc-network-house>`,
  play: open('room:terveyspalvelut'),
};

/** The door opened: client and service guidance. */
export const DoorOpen: Story = {
  render: () => html`<fc-network-house item="perheiden-talo" .data=${etelaPohjanmaa}></fc-network-house>`,
  play: open('door'),
};

/** Seed 002: THL's service palette as a house (the arrangement is fc-kit's, as the note says); the door has no description, so it is text. */
export const ThlPalvelupaletti: Story = {
  render: () => html`<fc-network-house item="thl-palvelupaletti" .data=${thlPerhekeskus}></fc-network-house>`,
};

/** A foundation stone opened: physical accessibility. */
export const StoneOpen: Story = {
  render: () => html`<fc-network-house item="thl-palvelupaletti" .data=${thlPerhekeskus}></fc-network-house>`,
  play: open('stone:fyysinen-saavutettavuus'),
};

/** Services with providers and links (https and mailto). */
export const ServicesWithLinks: Story = {
  render: () => html`<fc-network-house .data=${smallHouse}></fc-network-house>`,
  play: open('room:neuvola'),
};

/** Seed house at 320 px: a stacked list that reads roof, floors, door, foundation; no sideways scroll. */
export const Narrow: Story = {
  render: () => html`${frames}<div class="narrow"><fc-network-house item="perheiden-talo" .data=${etelaPohjanmaa}></fc-network-house></div>`,
};

export const NarrowRoomOpen: Story = {
  render: () => html`${frames}<div class="narrow"><fc-network-house item="thl-palvelupaletti" .data=${thlPerhekeskus}></fc-network-house></div>`,
  play: open('room:perustaso'),
};

/** 640 px: rooms wrap into balanced rows; the opened panel comes below the house. */
export const Medium: Story = {
  render: () => html`${frames}<div class="medium"><fc-network-house item="thl-palvelupaletti" .data=${thlPerhekeskus}></fc-network-house></div>`,
};

/** Generated: one floor. */
export const OneFloor: Story = {
  render: () => html`<fc-network-house .data=${generateHouse(1, 5, 1)}></fc-network-house>`,
};

/** Generated: five floors of six rooms. */
export const FiveFloors: Story = {
  render: () => html`<fc-network-house .data=${generateHouse(5, 6, 2)}></fc-network-house>`,
};

export const FiveFloorsNarrow: Story = {
  render: () => html`${frames}<div class="narrow"><fc-network-house .data=${generateHouse(5, 6, 2)}></fc-network-house></div>`,
};

/** A floor of 30 rooms wraps into rows. */
export const ThirtyRooms: Story = {
  render: () => html`<fc-network-house .data=${withThirtyRooms()}></fc-network-house>`,
};

/** Five floors of 40 rooms: 200 buttons. */
export const Generated200Rooms: Story = {
  render: () => html`<fc-network-house .data=${generateHouse(5, 40, 3)}></fc-network-house>`,
};

/** A floor without rooms and a foundation without stones say so. */
export const EmptyFloor: Story = {
  render: () => html`<fc-network-house .data=${withEmptyFloor()}></fc-network-house>`,
};

/** Unbreakable Finnish compounds wrap inside their boxes. */
export const LongLabels: Story = {
  render: () => html`<fc-network-house .data=${longLabels}></fc-network-house>`,
};

export const LongLabelsNarrow: Story = {
  render: () => html`${frames}<div class="narrow"><fc-network-house .data=${longLabels}></fc-network-house></div>`,
};

/** No roof and no door: a roof is still drawn. */
export const BareHouse: Story = {
  render: () => html`<fc-network-house .data=${bareHouse}></fc-network-house>`,
};

export const Swedish: Story = {
  render: () => html`<fc-network-house lang="sv" item="perheiden-talo" .data=${etelaPohjanmaa}></fc-network-house>`,
};

export const English: Story = {
  render: () => html`<fc-network-house lang="en" item="thl-palvelupaletti" .data=${thlPerhekeskus}></fc-network-house>`,
};

/** Finnish-only texts on an English page are marked `lang="fi"`. */
export const EnglishWithFinnishOnlyTexts: Story = {
  render: () => html`<fc-network-house lang="en" .data=${finnishOnly}></fc-network-house>`,
};

/** `heading-level="2"` for a page where the house is a main section. */
export const HeadingLevel2: Story = {
  render: () => html`<fc-network-house heading-level="2" .data=${smallHouse}></fc-network-house>`,
};

/** A county theme made of `--fc-*` and `--fc-house-*` properties and `::part(floor-label)`, `::part(room)`. */
export const Themed: Story = {
  render: () => html`${frames}<div class="county-theme"><fc-network-house item="perheiden-talo" .data=${etelaPohjanmaa}></fc-network-house></div>`,
};

/** `houses[0].foundation: required value is missing`, in place. */
export const ErrorMissingFoundation: Story = {
  render: () => html`<fc-network-house .data=${missingFoundation()}></fc-network-house>`,
};

export const ErrorNoFloors: Story = {
  render: () => html`<fc-network-house .data=${noFloors()}></fc-network-house>`,
};

/** A label that is a number and a `javascript:` URL: both named with their paths. */
export const ErrorBadRoomAndUrl: Story = {
  render: () => html`<fc-network-house .data=${badRoomAndUrl()}></fc-network-house>`,
};

export const ErrorItemNotFound: Story = {
  render: () => html`<fc-network-house item="ei-ole" .data=${etelaPohjanmaa}></fc-network-house>`,
};

export const ErrorLoadFailed: Story = {
  render: () => html`<fc-network-house src="/no-such-house.json"></fc-network-house>`,
};
