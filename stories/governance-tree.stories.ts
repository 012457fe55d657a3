import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@fc-kit/governance-tree/define.js';
import etelaPohjanmaa from '@fc-kit/datasets/etela-pohjanmaa.json';
import thlPerhekeskus from '@fc-kit/datasets/thl-perhekeskus.json';
import kuntaliitto from '@fc-kit/datasets/kuntaliitto-tilannekatsaus.json';
import pohjoisPohjanmaa from '@fc-kit/datasets/pohjois-pohjanmaa.json';
import { withDanglingLink, withDetails, withDuplicateId, withUnknownLevel } from '../packages/governance-tree/test/fixtures.js';
import { deepTree, generateTree, wideTree } from '../packages/governance-tree/test/generate.js';

/**
 * `<fc-governance-tree>` draws a leadership and coordination structure: each level a labelled band,
 * each body a box in its band under the body it belongs to, dashed lines for cooperation. Click a
 * box or press Enter on it for its description, duties, members and link. The tree is a WAI-ARIA
 * tree: Tab in, arrows to move, Right/Left to open and close, Home/End, `*` opens all siblings,
 * typing jumps to a name. In a container narrower than 36rem it is an indented outline.
 *
 * Attributes: `fit="scroll"` (default; a wide tree scrolls inside the element) or `fit="zoom"`
 * (scaled to the width, down to 40 %); `expand-depth="n"` opens the first n generations (without
 * it a tree of more than 150 bodies opens as many whole generations as fit in 150 boxes).
 * Language and theme come from the toolbar.
 */
const meta: Meta = {
  title: 'Elements/fc-governance-tree',
  component: 'fc-governance-tree',
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
  .county-theme {
    /* A complete light theme, so it reads the same on a dark page. */
    --fc-color-text: #1b1b1b;
    --fc-color-text-muted: #4a4a4a;
    --fc-color-background: #ffffff;
    --fc-color-border: #6b7078;
    background: #ffffff;
    color: #1b1b1b;
    padding: 0.5rem;
    --fc-color-accent: #5b2a86;
    --fc-color-focus: #5b2a86;
    --fc-color-surface: #f4effa;
    --fc-radius: 1rem;
    --fc-governance-link-color: #c2410c;
  }
  .county-theme fc-governance-tree::part(node) {
    box-shadow: 0 1px 3px rgb(0 0 0 / 25%);
  }
  .county-theme fc-governance-tree::part(level-label) {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
</style>`;

/** Seed 001: Pohjois-Pohjanmaa's county-level bodies 1–5 and family-centre-level bodies 1–4, with every duty the plan lists. */
export const PohjoisPohjanmaa: Story = {
  render: () => html`<fc-governance-tree item="pohjois-pohjanmaa-koordinaatio" .data=${pohjoisPohjanmaa}></fc-governance-tree>`,
};

/** Pohjois-Pohjanmaa's strategic group opened: its duties beside the chart. */
export const PohjoisPohjanmaaDuties: Story = {
  render: () => html`<fc-governance-tree item="pohjois-pohjanmaa-koordinaatio" .data=${pohjoisPohjanmaa}></fc-governance-tree>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('fc-governance-tree')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[data-id="lape-yhteistyoryhma"] .gt-node')?.click();
  },
};

/** Seed 003: Etelä-Pohjanmaa's two-tier network leadership (the arrangement reconstructed from the text, as the note says). */
export const EtelaPohjanmaa: Story = {
  render: () => html`<fc-governance-tree .data=${etelaPohjanmaa}></fc-governance-tree>`,
};

/** Seed 002: the Päijät-Häme draft from the THL slides. */
export const PaijatHame: Story = {
  render: () => html`<fc-governance-tree .data=${thlPerhekeskus}></fc-governance-tree>`,
};

/** Seeds 000/004: the Kuntaliitto review's finding of three-level leadership (county, area, municipality). */
export const KuntaliittoThreeLevels: Story = {
  render: () => html`<fc-governance-tree item="kolmitasoinen-johtaminen" .data=${kuntaliitto}></fc-governance-tree>`,
};

/** Every kind of body, duties, members, a link out and two cooperation links. */
export const KindsDutiesAndLinks: Story = {
  render: () => html`<fc-governance-tree .data=${withDetails}></fc-governance-tree>`,
};

/** A body opened: its details beside the chart (below it in a narrow container). */
export const DetailsOpen: Story = {
  render: () => html`<fc-governance-tree .data=${withDetails}></fc-governance-tree>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('fc-governance-tree')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[data-id="johto"] .gt-node')?.click();
  },
};

export const Collapsed: Story = {
  render: () => html`<fc-governance-tree expand-depth="1" .data=${withDetails}></fc-governance-tree>`,
};

export const SecondGenerationOpen: Story = {
  render: () => html`<fc-governance-tree expand-depth="2" .data=${withDetails}></fc-governance-tree>`,
};

/** Same seed, 320 px wide: an indented outline with the level written in each row, no sideways scroll. */
export const Narrow: Story = {
  render: () => html`${frames}<div class="narrow"><fc-governance-tree .data=${etelaPohjanmaa}></fc-governance-tree></div>`,
};

export const NarrowWithLinks: Story = {
  render: () => html`${frames}<div class="narrow"><fc-governance-tree .data=${withDetails}></fc-governance-tree></div>`,
};

/** Wider than its 640 px: scrolls sideways inside the element, in a focusable region named after the tree. */
export const WideScrolls: Story = {
  render: () => html`${frames}<div class="medium"><fc-governance-tree .data=${generateTree(60, 1)}></fc-governance-tree></div>`,
};

/** The same with `fit="zoom"`: scaled down to the width. */
export const WideZoomed: Story = {
  render: () => html`${frames}<div class="medium"><fc-governance-tree fit="zoom" .data=${generateTree(60, 1)}></fc-governance-tree></div>`,
};

/** 1,000 generated bodies: opens with the first generations; "Expand all" shows the rest. */
export const Generated1000: Story = {
  render: () => html`<fc-governance-tree .data=${generateTree(1000, 1)}></fc-governance-tree>`,
};

/** 1,000 generated bodies, all open. */
export const Generated1000Expanded: Story = {
  render: () => html`<fc-governance-tree expand-depth="99" .data=${generateTree(1000, 1)}></fc-governance-tree>`,
};

export const Swedish: Story = {
  render: () => html`<fc-governance-tree lang="sv" .data=${etelaPohjanmaa}></fc-governance-tree>`,
};

export const English: Story = {
  render: () => html`<fc-governance-tree lang="en" .data=${withDetails}></fc-governance-tree>`,
};

/** A county theme made of `--fc-*` properties and `::part(node)`, `::part(level-label)`. */
export const Themed: Story = {
  render: () => html`${frames}<div class="county-theme"><fc-governance-tree .data=${withDetails}></fc-governance-tree></div>`,
};

export const ErrorUnknownLevel: Story = {
  render: () => html`<fc-governance-tree .data=${withUnknownLevel()}></fc-governance-tree>`,
};

export const ErrorDuplicateId: Story = {
  render: () => html`<fc-governance-tree .data=${withDuplicateId()}></fc-governance-tree>`,
};

/** A link to a body that is not there is left out, and listed under the tree. */
export const DanglingLinkLeftOut: Story = {
  render: () => html`<fc-governance-tree .data=${withDanglingLink()}></fc-governance-tree>`,
};

/** 10,000 bodies under one root: refused at once, with the limit. */
export const ErrorTooWide: Story = {
  render: () => html`<fc-governance-tree .data=${wideTree(10_000)}></fc-governance-tree>`,
};

/** 10,000 levels deep: refused at once, with the path where it got too deep. */
export const ErrorTooDeep: Story = {
  render: () => html`<fc-governance-tree .data=${deepTree(10_000)}></fc-governance-tree>`,
};

export const ErrorLoadFailed: Story = {
  render: () => html`<fc-governance-tree src="/no-such-governance.json"></fc-governance-tree>`,
};
