/**
 * The examples of `<fc-roadmap>`: each is a story (unless `hidden`) and a case of the element's
 * test, so what Storybook shows is what the tests check. Valid ones show the bundled seed
 * datasets and the generated roadmap; error ones name corpus files and the lines they show.
 */
import { corpus, type Example } from '../../test/support/examples.js';
import { FULL } from '../../test/quality/support/full-documents.js';
import { etelaPohjanmaa, everyStatus, pohjoisPohjanmaa, withBadItems, withOneBadItem } from './test/fixtures.js';
import { generateRoadmap } from './test/generate.js';

const EP = (today = '2023-09-15') => ({ data: () => etelaPohjanmaa, attributes: { today } });
const PP = { data: () => pohjoisPohjanmaa, attributes: { item: 'pohjois-pohjanmaa-2023-2025', today: '2024-05-15' } };
const opens = (id: string) => `.rm-chart button[data-id="${id}"]`;

export const EXAMPLES: readonly Example[] = [
  {
    name: 'EtelaPohjanmaa',
    doc: "Seed 003: Etelä-Pohjanmaa's preliminary roadmap 2022–2025, its four themes, fifteen items and goal (lanes and spans reconstructed, as the note says).",
    ...EP(),
  },
  { name: 'PohjoisPohjanmaa', doc: "Seed 001: Pohjois-Pohjanmaa's goals (lanes) and actions for 2023–2025.", ...PP },
  {
    name: 'TodayFromTheClock',
    doc: "Without `today`: the reader's own date; no line when it is outside 2022–2025.",
    data: () => etelaPohjanmaa,
  },
  {
    name: 'EveryStatus',
    doc: 'Every status (planned, ongoing, done, late) by pattern, icon and word; a milestone; the legend.',
    data: () => everyStatus,
    attributes: { today: '2024-07-01' },
  },
  {
    name: 'DetailsOpen',
    doc: 'An item opened: its description under its lane.',
    data: () => everyStatus,
    attributes: { today: '2024-07-01' },
    open: opens('i1'),
  },
  { name: 'WithoutToday', doc: '`today="none"`: no today line, e.g. for print.', data: () => everyStatus, attributes: { today: 'none' } },
  {
    name: 'Generated500',
    doc: "500 generated items over 2022–2029 in six themes (the benchmark's data).",
    data: () => generateRoadmap(500, 1),
    attributes: { today: '2025-06-15' },
  },
  {
    name: 'Generated500Narrow',
    doc: '500 generated items, 320 px wide: the list by theme.',
    data: () => generateRoadmap(500, 1),
    attributes: { today: '2025-06-15' },
    width: 320,
  },
  { name: 'Narrow', doc: '320 px: a list grouped by theme, each item with its place on a strip for the whole road.', ...EP(), width: 320 },
  {
    name: 'NarrowByYear',
    doc: '320 px with `group-by="year"`: each item under the year it starts in.',
    data: () => etelaPohjanmaa,
    attributes: { 'group-by': 'year', today: '2023-09-15' },
    width: 320,
  },
  {
    name: 'NarrowSwedishOpened',
    doc: 'The longest labels at 320 px, in Swedish, one opened.',
    data: () => pohjoisPohjanmaa,
    attributes: { today: '2024-05-15' },
    lang: 'sv',
    width: 320,
    open: opens('tiedot-ja-mittarit'),
  },
  {
    name: 'Medium',
    doc: '720 px: lane labels above their items, the goal under the lanes.',
    ...PP,
    attributes: { today: '2024-05-15' },
    width: 720,
  },
  { name: 'Swedish', ...EP(), lang: 'sv' },
  { name: 'English', data: () => everyStatus, attributes: { today: '2024-07-01' }, lang: 'en' },
  { name: 'Finnish', ...PP, attributes: { today: '2024-05-15' }, lang: 'fi' },
  {
    name: 'Themed',
    doc: 'A county theme made of `--fc-*` properties, `--fc-roadmap-*` and `::part(item|lane-label|goal)`.',
    ...EP(),
    themed: true,
  },
  {
    name: 'OneBadItem',
    doc: 'One item ends before it starts: the other fourteen render, and the left-out one is listed with its path.',
    data: () => withOneBadItem(),
    attributes: { today: '2023-09-15' },
  },
  {
    name: 'BadItemsLeftOut',
    doc: 'An item of each bad kind (end before start, outside the range, unknown theme, bad time), each listed with its path.',
    data: () => withBadItems(),
    attributes: { today: '2024-07-01' },
  },
  /** Every field the format has: the keyboard, reflow and forced-colours suites walk it. */
  { name: 'EveryField', data: () => FULL.roadmaps, hidden: true },

  // ---- errors ----------------------------------------------------------------------------------
  corpus(
    'ErrorRangeBackwards',
    '075-roadmap-end-before-start.json',
    'The roadmap itself ends before it starts: nothing can be drawn; the error names the path.',
  ),
  corpus('ErrorInvalidRoadmap', '076-roadmap-end-and-start-bad.json', 'Times that are not times: every problem, each with its path.'),
  corpus('ErrorNoThemes', '077-roadmap-themes-empty.json'),
  corpus('ErrorEveryItemBad', '090-roadmap-every-item-bad.json', 'When no item is left to draw, the left-out items are the error.'),
  {
    name: 'ErrorItemNotFound',
    doc: '`item` names a roadmap the document does not have: the error lists the ones it has.',
    data: () => etelaPohjanmaa,
    attributes: { item: 'ei-ole' },
    expect: [],
  },
  { name: 'ErrorLoadFailed', src: '/no-such-roadmap.json', expect: [] },
];
