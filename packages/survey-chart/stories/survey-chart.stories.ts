import '@fc-kit/survey-chart/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { elementStories, neverAnswers } from '../../../.storybook/story-frame.js';
import { EXAMPLES } from '../examples.js';
import { kuntaliitto } from '../test/fixtures.js';

const { story } = elementStories('fc-survey-chart', EXAMPLES, { frame: 'fc-story-frame--column' });

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
const meta: Meta = { title: 'Elements/fc-survey-chart', component: 'fc-survey-chart', tags: ['autodocs'] };
export default meta;

export const PerhekeskusToiminnassa = story('PerhekeskusToiminnassa');
export const PerhekeskuksenToiminta = story('PerhekeskuksenToiminta');
export const OppilashuoltoPuheenjohtaja = story('OppilashuoltoPuheenjohtaja');
export const LaajaSisoteRyhma = story('LaajaSisoteRyhma');
export const Doughnut = story('Doughnut');
export const Pie = story('Pie');
export const BarByAttribute = story('BarByAttribute');
export const AwkwardLabels = story('AwkwardLabels');
export const Finnish = story('Finnish');
export const Swedish = story('Swedish');
export const English = story('English');
export const TableShown = story('TableShown');
export const CountyTheme = story('CountyTheme');
export const ManyAnswersWithPatterns = story('ManyAnswersWithPatterns');
export const ThirtyBars = story('ThirtyBars');
export const ErrorCountOverN = story('ErrorCountOverN');
export const ErrorNegativeCount = story('ErrorNegativeCount');
export const ErrorSumNotN = story('ErrorSumNotN');
export const ErrorNoAnswers = story('ErrorNoAnswers');
export const ErrorNZero = story('ErrorNZero');
export const ErrorUnknownChartInData = story('ErrorUnknownChartInData');
export const ErrorCountNotANumber = story('ErrorCountNotANumber');
export const ErrorNotJson = story('ErrorNotJson');
export const ErrorUnknownChartAttribute = story('ErrorUnknownChartAttribute');
export const ErrorLoadFailed = story('ErrorLoadFailed');

// ---- stories of more than one element, or of a moment an example cannot name ---------------------

/** All four from one `<fc-data>`: one document, one request, headings at level 2. */
export const AllFourFromOneDocument: StoryObj = {
  render: () => html`<fc-data .data=${kuntaliitto}>
    <div class="fc-story-grid">
      <fc-survey-chart heading-level="2" item="perhekeskus-toiminnassa"></fc-survey-chart>
      <fc-survey-chart heading-level="2" item="perhekeskuksen-toiminta"></fc-survey-chart>
      <fc-survey-chart heading-level="2" item="oppilashuolto-puheenjohtaja"></fc-survey-chart>
      <fc-survey-chart heading-level="2" item="laaja-sisote-ryhma"></fc-survey-chart>
    </div>
  </fc-data>`,
};

/** A 320 px CMS column: the answers go under the chart, bar labels wrap, nothing scrolls sideways. */
export const NarrowColumn: StoryObj = {
  render: () => html`<div class="fc-story-frame--sized fc-story-frame--narrow">
    <fc-survey-chart item="perhekeskus-toiminnassa" .data=${kuntaliitto}></fc-survey-chart>
    <fc-survey-chart item="perhekeskuksen-toiminta" .data=${kuntaliitto}></fc-survey-chart>
  </div>`,
};

/** Keyboard focus on the second answer shows the tooltip a hover would. */
export const KeyboardFocusOnAnswer: StoryObj = {
  ...story('OppilashuoltoPuheenjohtaja'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('fc-survey-chart')!;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="answer"]')[1]?.focus();
  },
};

/** A `src` that never answers (kept pending here): the placeholder keeps the chart's height (24rem). */
export const Loading: StoryObj = {
  render: () =>
    html`<div class="fc-story-frame--column"><fc-survey-chart src="/never-answers.json" timeout="3600000"></fc-survey-chart></div>`,
  beforeEach: neverAnswers,
};
