import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@fc-kit/survey-chart/define.js';
import { asPie, awkward, BAD, kuntaliitto, yesNo } from '../packages/survey-chart/test/fixtures.js';
import { generateSurvey } from '../packages/survey-chart/test/generate.js';

/**
 * `<fc-survey-chart>` draws one survey question with Chart.js the way the Kuntaliitto status review
 * does — `86 % (18)` beside each answer, `N = 21` under the question — and makes it readable without
 * the picture: the chart has a text alternative with every answer, the answers are buttons (Tab or
 * arrow keys show each one's tooltip; Enter fires `fc-select`), and "Näytä taulukko" shows a real
 * table that screen readers reach even while it is hidden. CSV (UTF-8 with BOM; `;` in Finnish and
 * Swedish, `,` in English) and PNG downloads are named after the survey id.
 *
 * A single-choice question is a doughnut unless the data's `chart` or the `chart` attribute says
 * `pie` or `bar`; a multiple-choice question is always horizontal bars in percent of N (0–100 %).
 * `heading-level` sets the question's heading (default 3). Language and theme come from the toolbar.
 * Forced colours: Chrome DevTools → Rendering → "Emulate CSS media feature forced-colors: active"
 * turns every story into what a Windows high-contrast reader sees (system colours, one pattern per answer).
 */
const meta: Meta = {
  title: 'Elements/fc-survey-chart',
  component: 'fc-survey-chart',
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
  .column {
    max-width: 44rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr));
    gap: 2rem;
  }
  /* A light county theme, whole: it also holds when the toolbar's dark theme is on around it. */
  .county-theme {
    padding: 1rem;
    background: #ffffff;
    color: #1b1b1b;
    --fc-color-background: #ffffff;
    --fc-color-text: #1b1b1b;
    --fc-color-text-muted: #4a4a4a;
    --fc-color-surface: #eef5f1;
    --fc-color-border: #6b7078;
    --fc-series-1: #00573f;
    --fc-series-2: #b34700;
    --fc-series-3: #5b2a86;
    --fc-color-accent: #00573f;
    --fc-color-focus: #00573f;
    --fc-radius: 0;
    font-family: Georgia, 'Times New Roman', serif;
  }
</style>`;

const seed = (id: string) => html`${frames}<div class="column"><fc-survey-chart item=${id} .data=${kuntaliitto}></fc-survey-chart></div>`;

// ---- the status review's four charts (seed 000 numbers, seed 004 wording) ------------------------

/** "Toimiiko alueellanne perhekeskus?" N = 21: Kyllä 86 % (18), Ei 14 % (3). */
export const PerhekeskusToiminnassa: Story = { render: () => seed('perhekeskus-toiminnassa') };

/** Family-centre activities, N = 18, multiple choice: bars in percent of N, so they add up to more than 100 %. */
export const PerhekeskuksenToiminta: Story = { render: () => seed('perhekeskuksen-toiminta') };

/** The student-welfare cooperation group's chair from the county, N = 21: 81 % (17), 14 % (3), 5 % (1). */
export const OppilashuoltoPuheenjohtaja: Story = { render: () => seed('oppilashuolto-puheenjohtaja') };

/** The broad sisote cooperation group, N = 21: Kyllä 38 % (8), Ei 62 % (13). */
export const LaajaSisoteRyhma: Story = { render: () => seed('laaja-sisote-ryhma') };

/** All four from one `<fc-data>`: one document, one request, headings at level 2. */
export const AllFourFromOneDocument: Story = {
  render: () => html`${frames}<fc-data .data=${kuntaliitto}>
      <div class="grid">
        <fc-survey-chart heading-level="2" item="perhekeskus-toiminnassa"></fc-survey-chart>
        <fc-survey-chart heading-level="2" item="perhekeskuksen-toiminta"></fc-survey-chart>
        <fc-survey-chart heading-level="2" item="oppilashuolto-puheenjohtaja"></fc-survey-chart>
        <fc-survey-chart heading-level="2" item="laaja-sisote-ryhma"></fc-survey-chart>
      </div>
    </fc-data>`,
};

// ---- chart types ---------------------------------------------------------------------------------

/** A single-choice survey without `chart`: a doughnut. */
export const Doughnut: Story = { render: () => html`${frames}<div class="column"><fc-survey-chart .data=${yesNo}></fc-survey-chart></div>` };

/** `"chart": "pie"` in the data. */
export const Pie: Story = { render: () => html`${frames}<div class="column"><fc-survey-chart .data=${asPie}></fc-survey-chart></div>` };

/** The `chart="bar"` attribute overrides the data's doughnut. */
export const BarByAttribute: Story = {
  render: () => html`${frames}<div class="column"><fc-survey-chart chart="bar" item="laaja-sisote-ryhma" .data=${kuntaliitto}></fc-survey-chart></div>`,
};

/** Counts in the thousands and labels a CSV has to quote (`;`, `"`) or defuse (`=`). */
export const AwkwardLabels: Story = { render: () => html`${frames}<div class="column"><fc-survey-chart .data=${awkward}></fc-survey-chart></div>` };

// ---- languages -----------------------------------------------------------------------------------

export const Finnish: Story = { render: () => html`${frames}<div class="column"><fc-survey-chart lang="fi" item="oppilashuolto-puheenjohtaja" .data=${kuntaliitto}></fc-survey-chart></div>` };

/** `86 % (18)` with a space in Swedish too; the data's Swedish translations. */
export const Swedish: Story = { render: () => html`${frames}<div class="column"><fc-survey-chart lang="sv" item="oppilashuolto-puheenjohtaja" .data=${kuntaliitto}></fc-survey-chart></div>` };

/** `86% (18)` without a space in English. */
export const English: Story = { render: () => html`${frames}<div class="column"><fc-survey-chart lang="en" item="perhekeskuksen-toiminta" .data=${kuntaliitto}></fc-survey-chart></div>` };

// ---- layout, interaction, theme ------------------------------------------------------------------

/** A 320 px CMS column: the answers go under the chart, bar labels wrap, nothing scrolls sideways. */
export const NarrowColumn: Story = {
  render: () => html`${frames}<div class="narrow">
      <fc-survey-chart item="perhekeskus-toiminnassa" .data=${kuntaliitto}></fc-survey-chart>
      <fc-survey-chart item="perhekeskuksen-toiminta" .data=${kuntaliitto}></fc-survey-chart>
    </div>`,
};

/** The table shown with "Näytä taulukko" (it is in the page for screen readers all the time). */
export const TableShown: Story = {
  render: () => seed('perhekeskuksen-toiminta'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('fc-survey-chart')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-button"]')?.click();
  },
};

/** Keyboard focus on the second answer shows the tooltip a hover would. */
export const KeyboardFocusOnAnswer: Story = {
  render: () => seed('oppilashuolto-puheenjohtaja'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('fc-survey-chart')!;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="answer"]')[1]?.focus();
  },
};

/** A county theme: series colours, accent, square corners and a serif, all from `--fc-*` properties on the page. */
export const CountyTheme: Story = {
  render: () => html`${frames}<div class="county-theme column">
      <fc-survey-chart item="oppilashuolto-puheenjohtaja" .data=${kuntaliitto}></fc-survey-chart>
    </div>`,
};

/**
 * Twelve answers: after the eighth series colour the colours repeat with a stripe pattern, in the
 * chart and its swatches alike. In forced colours (see above) every answer has its own pattern.
 */
export const ManyAnswersWithPatterns: Story = {
  render: () => html`${frames}<div class="column"><fc-survey-chart .data=${generateSurvey({ answers: 12, seed: 4 })}></fc-survey-chart></div>`,
};

/** Thirty multiple-choice bars, generated (deterministic). */
export const ThirtyBars: Story = {
  render: () => html`${frames}<div class="column"><fc-survey-chart .data=${generateSurvey({ answers: 30, type: 'multi', seed: 9 })}></fc-survey-chart></div>`,
};

// ---- errors --------------------------------------------------------------------------------------

const bad = (name: string) => html`${frames}<div class="column"><fc-survey-chart .data=${BAD[name].doc}></fc-survey-chart></div>`;

export const ErrorCountOverN: Story = { render: () => bad('count over n') };
export const ErrorNegativeCount: Story = { render: () => bad('a negative count') };
export const ErrorSumNotN: Story = { render: () => bad('counts not adding up to n') };
export const ErrorNoAnswers: Story = { render: () => bad('no answers') };
export const ErrorNZero: Story = { render: () => bad('n = 0') };
export const ErrorUnknownChartInData: Story = { render: () => bad('an unknown chart') };
export const ErrorCountNotANumber: Story = { render: () => bad('a count that is not a number') };

/** A typo in the `chart` attribute is shown where the editor sees it, like a typo in the data. */
export const ErrorUnknownChartAttribute: Story = {
  render: () => html`${frames}<div class="column"><fc-survey-chart chart="piirakka" .data=${yesNo}></fc-survey-chart></div>`,
};

export const ErrorLoadFailed: Story = {
  render: () => html`${frames}<div class="column"><fc-survey-chart src="/no-such-survey.json"></fc-survey-chart></div>`,
};

/** A `src` that never answers (kept pending here): the placeholder keeps the chart's height (24rem). */
export const Loading: Story = {
  render: () => html`${frames}<div class="column"><fc-survey-chart src="/never-answers.json" timeout="3600000"></fc-survey-chart></div>`,
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input, init) => (String(input).includes('never-answers') ? new Promise(() => {}) : original(input, init));
    return () => {
      window.fetch = original;
    };
  },
};
