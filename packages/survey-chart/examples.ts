/**
 * The examples of `<fc-survey-chart>`: each is a story (unless `hidden`) and a case of the
 * element's test, so what Storybook shows is what the tests check. Valid ones show the bundled
 * Kuntaliitto status review and the generated surveys; error ones name corpus files and the
 * lines they show.
 */
import { corpus, type Example } from '../../test/support/examples.js';
import { FULL } from '../../test/quality/support/full-documents.js';
import { asPie, awkward, kuntaliitto, yesNo } from './test/fixtures.js';
import { generateSurvey } from './test/generate.js';

const seed = (item: string) => ({ data: () => kuntaliitto, attributes: { item } });

export const EXAMPLES: readonly Example[] = [
  // ---- the status review's four charts (seed 000 numbers, seed 004 wording) ----------------------
  {
    name: 'PerhekeskusToiminnassa',
    doc: '"Toimiiko alueellanne perhekeskus?" N = 21: Kyllä 86 % (18), Ei 14 % (3).',
    ...seed('perhekeskus-toiminnassa'),
  },
  {
    name: 'PerhekeskuksenToiminta',
    doc: 'Family-centre activities, N = 18, multiple choice: bars in percent of N, so they add up to more than 100 %.',
    ...seed('perhekeskuksen-toiminta'),
  },
  {
    name: 'OppilashuoltoPuheenjohtaja',
    doc: "The student-welfare cooperation group's chair from the county, N = 21: 81 % (17), 14 % (3), 5 % (1).",
    ...seed('oppilashuolto-puheenjohtaja'),
  },
  {
    name: 'LaajaSisoteRyhma',
    doc: 'The broad sisote cooperation group, N = 21: Kyllä 38 % (8), Ei 62 % (13).',
    ...seed('laaja-sisote-ryhma'),
  },

  // ---- chart types -------------------------------------------------------------------------------
  { name: 'Doughnut', doc: 'A single-choice survey without `chart`: a doughnut.', data: () => yesNo },
  { name: 'Pie', doc: '`"chart": "pie"` in the data.', data: () => asPie },
  {
    name: 'BarByAttribute',
    doc: 'The `chart="bar"` attribute overrides the data\'s doughnut.',
    data: () => kuntaliitto,
    attributes: { item: 'laaja-sisote-ryhma', chart: 'bar' },
  },
  { name: 'AwkwardLabels', doc: 'Counts in the thousands and labels a CSV has to quote (`;`, `"`) or defuse (`=`).', data: () => awkward },

  // ---- languages ---------------------------------------------------------------------------------
  { name: 'Finnish', ...seed('oppilashuolto-puheenjohtaja'), lang: 'fi' },
  {
    name: 'Swedish',
    doc: "`86 % (18)` with a space in Swedish too; the data's Swedish translations.",
    ...seed('oppilashuolto-puheenjohtaja'),
    lang: 'sv',
  },
  { name: 'English', doc: '`86% (18)` without a space in English.', ...seed('perhekeskuksen-toiminta'), lang: 'en' },

  // ---- layout, interaction, theme ----------------------------------------------------------------
  {
    name: 'TableShown',
    doc: 'The table shown with "Näytä taulukko" (it is in the page for screen readers all the time).',
    ...seed('perhekeskuksen-toiminta'),
    open: '[part="table-button"]',
  },
  {
    name: 'CountyTheme',
    doc: 'A county theme: series colours, accent, square corners and a serif, all from `--fc-*` properties on the page.',
    ...seed('oppilashuolto-puheenjohtaja'),
    themed: true,
  },
  {
    name: 'ManyAnswersWithPatterns',
    doc: 'Twelve answers: after the eighth series colour the colours repeat with a stripe pattern, in the chart and its swatches alike. In forced colours (see above) every answer has its own pattern.',
    data: () => generateSurvey({ answers: 12, seed: 4 }),
  },
  {
    name: 'ThirtyBars',
    doc: 'Thirty multiple-choice bars, generated (deterministic).',
    data: () => generateSurvey({ answers: 30, type: 'multi', seed: 9 }),
  },
  /** Every field the format has: the keyboard, reflow and forced-colours suites walk it. */
  { name: 'EveryField', data: () => FULL.surveys, hidden: true },

  // ---- errors: the contract's bad inputs ---------------------------------------------------------
  corpus('ErrorCountOverN', '047-survey-count-over-n-multi.json'),
  corpus('ErrorNegativeCount', '045-survey-count-negative.json'),
  corpus('ErrorSumNotN', '049-survey-sum-not-n.json'),
  corpus('ErrorNoAnswers', '051-survey-answers-empty.json'),
  corpus('ErrorNZero', '037-survey-n-zero.json'),
  corpus('ErrorUnknownChartInData', '057-survey-chart-unknown.json'),
  corpus('ErrorCountNotANumber', '043-survey-count-as-string.json'),
  corpus('ErrorNotJson', '128-trailing-comma.txt', "A file that is not JSON (a trailing comma): the parser's own words."),
  {
    name: 'ErrorUnknownChartAttribute',
    doc: 'A typo in the `chart` attribute is shown where the editor sees it, like a typo in the data.',
    data: () => yesNo,
    attributes: { chart: 'piirakka' },
    expect: [],
  },
  { name: 'ErrorLoadFailed', src: '/no-such-survey.json', expect: [] },
];
