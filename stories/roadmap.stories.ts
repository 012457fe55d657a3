import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@fc-kit/roadmap/define.js';
import { etelaPohjanmaa, everyStatus, pohjoisPohjanmaa, withBadItems, withOneBadItem } from '../packages/roadmap/test/fixtures.js';
import { generateRoadmap } from '../packages/roadmap/test/generate.js';

/**
 * `<fc-roadmap>` draws development work over years: a time axis (years, and quarters where they
 * fit), one lane per theme, each item a bar from its start to its end or a milestone (◆) at its
 * start, stacked so that none overlap, the goal at the end of the road and a line for today.
 * Status is a pattern on the bar, an icon and a word, never colour alone; the legend lists what
 * is used. Click an item, or press Enter on it, for its description.
 *
 * Keyboard: the roadmap is one Tab stop; Right/Left move in time within a lane, Down/Up to the
 * nearest item of the next/previous lane, Home/End, Ctrl+Home/End; Enter or Space opens,
 * Escape closes. Narrower than 40rem it is a list grouped by theme, or by year with
 * `group-by="year"`. `today="YYYY-MM-DD"` fixes the today line (`none` hides it). To print on A4
 * landscape, the page sets `@page { size: A4 landscape; }`.
 * Language and theme come from the toolbar.
 */
const meta: Meta = {
  title: 'Elements/fc-roadmap',
  component: 'fc-roadmap',
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
    width: 720px;
    outline: 1px dashed #999;
  }
  /* A complete light theme of its own, so that it reads the same under the toolbar's dark theme. */
  .county-theme {
    padding: 1rem;
    background: #ffffff;
    color: #1b1b1b;
    --fc-color-text: #1b1b1b;
    --fc-color-text-muted: #3f4a45;
    --fc-color-background: #ffffff;
    --fc-color-border: #5f6b66;
    --fc-color-error: #a4001d;
    --fc-color-accent: #00573f;
    --fc-color-focus: #00573f;
    --fc-color-surface: #eef5f1;
    --fc-radius: 0;
    --fc-series-1: #00573f;
    --fc-series-2: #8a3b00;
    --fc-roadmap-today-color: #5b2a86;
    --fc-roadmap-label-width: 10rem;
  }
  .county-theme fc-roadmap::part(item) {
    box-shadow: 0 1px 3px rgb(0 0 0 / 25%);
  }
  .county-theme fc-roadmap::part(lane-label) {
    text-transform: uppercase;
    letter-spacing: 0.03em;
    font-size: 0.8rem;
  }
  .county-theme fc-roadmap::part(goal) {
    background: #eef5f1;
  }
</style>`;

const open = (id: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = canvasElement.querySelector('fc-roadmap')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLElement>(`.rm-chart button[data-id="${id}"]`)?.click();
};

/** Seed 003: Etelä-Pohjanmaa's preliminary roadmap 2022–2025, its four themes, fifteen items and goal (lanes and spans reconstructed, as the note says). */
export const EtelaPohjanmaa: Story = {
  render: () => html`<fc-roadmap today="2023-09-15" .data=${etelaPohjanmaa}></fc-roadmap>`,
};

/** Seed 001: Pohjois-Pohjanmaa's goals (lanes) and actions for 2023–2025. */
export const PohjoisPohjanmaa: Story = {
  render: () => html`<fc-roadmap item="pohjois-pohjanmaa-2023-2025" today="2024-05-15" .data=${pohjoisPohjanmaa}></fc-roadmap>`,
};

/** Without `today`: the reader's own date; no line when it is outside 2022–2025. */
export const TodayFromTheClock: Story = {
  render: () => html`<fc-roadmap .data=${etelaPohjanmaa}></fc-roadmap>`,
};

/** Every status (planned, ongoing, done, late) by pattern, icon and word; a milestone; the legend. */
export const EveryStatus: Story = {
  render: () => html`<fc-roadmap today="2024-07-01" .data=${everyStatus}></fc-roadmap>`,
};

/** An item opened: its description under its lane. */
export const DetailsOpen: Story = {
  render: () => html`<fc-roadmap today="2024-07-01" .data=${everyStatus}></fc-roadmap>`,
  play: open('i1'),
};

/** `today="none"`: no today line, e.g. for print. */
export const WithoutToday: Story = {
  render: () => html`<fc-roadmap today="none" .data=${everyStatus}></fc-roadmap>`,
};

/** 500 generated items over 2022–2029 in six themes (the benchmark's data). */
export const Generated500: Story = {
  render: () => html`<fc-roadmap today="2025-06-15" .data=${generateRoadmap(500, 1)}></fc-roadmap>`,
};

/** 500 generated items, 320 px wide: the list by theme. */
export const Generated500Narrow: Story = {
  render: () => html`${frames}<div class="narrow"><fc-roadmap today="2025-06-15" .data=${generateRoadmap(500, 1)}></fc-roadmap></div>`,
};

/** 320 px: a list grouped by theme, each item with its place on a strip for the whole road. */
export const Narrow: Story = {
  render: () => html`${frames}<div class="narrow"><fc-roadmap today="2023-09-15" .data=${etelaPohjanmaa}></fc-roadmap></div>`,
};

/** 320 px with `group-by="year"`: each item under the year it starts in. */
export const NarrowByYear: Story = {
  render: () => html`${frames}<div class="narrow"><fc-roadmap group-by="year" today="2023-09-15" .data=${etelaPohjanmaa}></fc-roadmap></div>`,
};

/** The longest labels at 320 px, in Swedish, one opened. */
export const NarrowSwedishOpened: Story = {
  render: () => html`${frames}<div class="narrow"><fc-roadmap lang="sv" today="2024-05-15" .data=${pohjoisPohjanmaa}></fc-roadmap></div>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('fc-roadmap')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('.rm-chart button[data-id="tiedot-ja-mittarit"]')?.click();
  },
};

/** 720 px: lane labels above their items, the goal under the lanes. */
export const Medium: Story = {
  render: () => html`${frames}<div class="medium"><fc-roadmap today="2024-05-15" .data=${pohjoisPohjanmaa}></fc-roadmap></div>`,
};

export const Swedish: Story = {
  render: () => html`<fc-roadmap lang="sv" today="2023-09-15" .data=${etelaPohjanmaa}></fc-roadmap>`,
};

export const English: Story = {
  render: () => html`<fc-roadmap lang="en" today="2024-07-01" .data=${everyStatus}></fc-roadmap>`,
};

export const Finnish: Story = {
  render: () => html`<fc-roadmap lang="fi" today="2024-05-15" .data=${pohjoisPohjanmaa}></fc-roadmap>`,
};

/** A county theme made of `--fc-*` properties, `--fc-roadmap-*` and `::part(item|lane-label|goal)`. */
export const Themed: Story = {
  render: () => html`${frames}<div class="county-theme"><fc-roadmap today="2023-09-15" .data=${etelaPohjanmaa}></fc-roadmap></div>`,
};

/** One item ends before it starts: the other fourteen render, and the left-out one is listed with its path. */
export const OneBadItem: Story = {
  render: () => html`<fc-roadmap today="2023-09-15" .data=${withOneBadItem()}></fc-roadmap>`,
};

/** An item of each bad kind (end before start, outside the range, unknown theme, bad time), each listed with its path. */
export const BadItemsLeftOut: Story = {
  render: () => html`<fc-roadmap today="2024-07-01" .data=${withBadItems()}></fc-roadmap>`,
};

/** The roadmap itself ends before it starts: nothing can be drawn; the error names the path. */
export const ErrorRangeBackwards: Story = {
  render: () => html`<fc-roadmap
    .data=${{ fcVersion: 1, id: 'x', roadmaps: [{ id: 'r', title: 'Tiekartta', start: '2025', end: '2022', themes: [{ id: 'a', label: 'Johtaminen' }], items: [{ id: 'i', theme: 'a', label: 'Kohde', start: '2023' }] }] }}
  ></fc-roadmap>`,
};

/** No themes and a time that is not a time: every problem, each with its path. */
export const ErrorInvalidRoadmap: Story = {
  render: () => html`<fc-roadmap
    .data=${{ fcVersion: 1, id: 'x', roadmaps: [{ id: 'r', title: 'Tiekartta', start: '2022', end: '1.1.2025', themes: [], items: [{ id: 'i', theme: 'a', label: 'Kohde', start: '2023' }] }] }}
  ></fc-roadmap>`,
};

/** `item` names a roadmap the document does not have: the error lists the ones it has. */
export const ErrorItemNotFound: Story = {
  render: () => html`<fc-roadmap item="ei-ole" .data=${etelaPohjanmaa}></fc-roadmap>`,
};

export const ErrorLoadFailed: Story = {
  render: () => html`<fc-roadmap src="/no-such-roadmap.json"></fc-roadmap>`,
};
