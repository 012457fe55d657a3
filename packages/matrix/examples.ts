/**
 * The examples of `<fc-matrix>`: each is a story (unless `hidden`) and a case of the element's
 * test, so what Storybook shows is what the tests check. Valid ones show the five bundled seed
 * matrices and the generated one; error ones name corpus files and the lines they show.
 */
import { corpus, type Example } from '../../test/support/examples.js';
import { FULL } from '../../test/quality/support/full-documents.js';
import { etelaPohjanmaa, everyCell, doc, kuntaliitto, pohjoisPohjanmaa, withOneBadCell } from './test/fixtures.js';
import { generateMatrix } from './test/generate.js';

const EP = { data: () => etelaPohjanmaa };
const PATHS = { data: () => etelaPohjanmaa, attributes: { item: 'ep-palvelupolut' } };
const RISKS = { data: () => pohjoisPohjanmaa, attributes: { item: 'pp-riskianalyysi' } };
const GOALS = { data: () => pohjoisPohjanmaa, attributes: { item: 'pp-tavoitteet-toimenpiteet' } };
const LAW = { data: () => kuntaliitto, attributes: { item: 'kl-opiskeluhuollon-yhteistyoryhma' } };

export const EXAMPLES: readonly Example[] = [
  {
    name: 'CriticalGroups',
    doc: "Seed 003: Etelä-Pohjanmaa's critical client groups (five columns, though the intro names four) against three questions and the Muuta? row. Every cell's column is a reconstruction, and says so.",
    ...EP,
  },
  {
    name: 'ServicePaths',
    doc: 'Seed 003: the four groups against what to do centrally and what digitally (workshop 21.9.2021).',
    ...PATHS,
  },
  {
    name: 'Risks',
    doc: "Seed 001, Taulukko 1: Pohjois-Pohjanmaa's risks with likelihood, impact and management as sentences, never ratings.",
    ...RISKS,
  },
  { name: 'GoalsActions', doc: 'Seed 001, Taulukko 2: eight goals, each with its actions for 2023–2025.', ...GOALS },
  {
    name: 'LawAndPractice',
    doc: 'Seed 000: the regional student-welfare cooperation group, the law beside observed practice; the tasks have no practice cell (empty, shown so).',
    ...LAW,
  },
  {
    name: 'EveryCell',
    doc: 'A full cell, an uncertain one, an empty one and missing ones, a row description.',
    data: () => doc(everyCell),
  },
  {
    name: 'UncertainOpened',
    doc: "An uncertain cell's marker pressed: the explanation and the note, under the table.",
    ...EP,
    open: '.mx-uncertain',
  },
  {
    name: 'OneColumnAlone',
    doc: 'A column header pressed: that column alone, the others a click away.',
    ...EP,
    open: '.mx-th--col .mx-header',
  },
  {
    name: 'ByRow',
    doc: '`view="by-row"`: a section per question, each group’s points under its label.',
    data: () => etelaPohjanmaa,
    attributes: { view: 'by-row' },
  },
  { name: 'ByColumn', doc: '`view="by-column"`: a section per group.', data: () => etelaPohjanmaa, attributes: { view: 'by-column' } },
  { name: 'Narrow', doc: '320 px: stacked by row; the reader can choose by column or the scrolling table.', ...RISKS, width: 320 },
  {
    name: 'NarrowByColumnSwedish',
    doc: '320 px in Swedish, by column: Finnish-only points marked `lang="fi"`.',
    data: () => etelaPohjanmaa,
    attributes: { view: 'by-column' },
    lang: 'sv',
    width: 320,
  },
  { name: 'Swedish', ...LAW, lang: 'sv' },
  { name: 'English', data: () => doc(everyCell), lang: 'en' },
  { name: 'Finnish', ...GOALS, lang: 'fi' },
  { name: 'Themed', doc: 'A county theme: `--fc-*`, `--fc-matrix-*` and `::part(column-header|cell-uncertain)`.', ...EP, themed: true },
  {
    name: 'Generated50x10',
    doc: "50 × 10 generated cells with 5 points each (the benchmark's data).",
    data: () => generateMatrix(50, 10, 5),
  },
  {
    name: 'OneBadCell',
    doc: 'One cell names a row that is not there: the rest renders, and the left-out cell is listed with its path.',
    data: () => withOneBadCell(),
  },
  /** Every field the format has: the keyboard, reflow and forced-colours suites walk it. */
  { name: 'EveryField', data: () => FULL.matrices, hidden: true },

  // ---- errors ----------------------------------------------------------------------------------
  corpus(
    'ErrorDuplicateRow',
    '156-matrix-duplicate-row-id.json',
    'Two rows with one id: which row a cell belongs to is unknown; the error names the later one.',
  ),
  corpus('ErrorNoRows', '157-matrix-rows-empty.json'),
  corpus('ErrorNoCells', '160-matrix-cells-missing.json'),
  corpus('ErrorColumnsNotAList', '162-matrix-columns-an-object.json'),
  {
    name: 'ErrorItemNotFound',
    doc: '`item` names a matrix the document does not have: the error lists the ones it has.',
    data: () => etelaPohjanmaa,
    attributes: { item: 'ei-ole' },
    expect: [],
  },
  { name: 'ErrorLoadFailed', src: '/no-such-matrix.json', expect: [] },
];
