/**
 * The examples of `<fc-care-path>`: each is a story (unless `hidden`) and a case of the element's
 * test, so what Storybook shows is what the tests check. Valid ones show the two seed paths, a
 * small path with stages and the generated path of the benchmark; error ones name corpus files.
 */
import { corpus, type Example } from '../../test/support/examples.js';
import { FULL } from '../../test/quality/support/full-documents.js';
import { etelaPohjanmaa, pohjoisPohjanmaa, smallDocument, withBadArrows } from './test/fixtures.js';
import { generateCarePath } from './test/generate.js';

const EP = { data: () => etelaPohjanmaa, attributes: { item: 'ep-nepsy-polku' } };
const PP = { data: () => pohjoisPohjanmaa, attributes: { item: 'pp-hyvinvointineuvola' } };
const opens = (id: string) => `.cp-step[data-id="${id}"]`;

export const EXAMPLES: readonly Example[] = [
  {
    name: 'NepsyPath',
    doc: "Seed 003: Etelä-Pohjanmaa's Nepsy care path for an unfocused child or young person: four lanes, the child's own settings, twelve steps (lanes and arrows reconstructed, as the note says).",
    ...EP,
  },
  {
    name: 'WellbeingClinic',
    doc: "Seed 001: Pohjois-Pohjanmaa's wellbeing-clinic (hyvinvointineuvola) model from the text (its figure is lost): the network may meet again, a dashed arrow back.",
    ...PP,
  },
  {
    name: 'WithStages',
    doc: 'Stages as column groups, a branch that merges again, an optional and a labelled arrow back.',
    data: () => smallDocument,
  },
  {
    name: 'DetailsOpen',
    doc: 'A step opened: its lane, description, link and the steps before and after as buttons; the path through it highlighted.',
    ...EP,
    open: opens('hoitosuunnitelma'),
  },
  {
    name: 'Generated200',
    doc: "200 generated steps and 400 arrows in five lanes (the benchmark's data).",
    data: () => ({ fcVersion: 1, id: 'g', paths: [generateCarePath(200, 400)] }),
  },
  {
    name: 'Narrow',
    doc: '320 px: the steps as a list in flow order, each with its lane and the steps before and after in words.',
    ...EP,
    width: 320,
  },
  {
    name: 'NarrowSwedishOpened',
    doc: 'The wellbeing-clinic model at 320 px, in Swedish, one step opened.',
    ...PP,
    lang: 'sv',
    width: 320,
    open: opens('sovitaan-etenemisesta'),
  },
  { name: 'Swedish', ...EP, lang: 'sv' },
  { name: 'English', ...PP, lang: 'en' },
  { name: 'Finnish', data: () => smallDocument, lang: 'fi' },
  {
    name: 'Themed',
    doc: 'A county theme made of `--fc-*` properties, `--fc-care-path-*` and `::part(step|lane-label)`.',
    ...EP,
    themed: true,
  },
  {
    name: 'BadArrowsLeftOut',
    doc: 'An arrow to itself, one to a step that does not exist and one given twice: the path renders without them, each listed with its path.',
    data: () => withBadArrows(),
  },
  /** Every field the format has: the keyboard, reflow and forced-colours suites walk it. */
  { name: 'EveryField', data: () => FULL.paths, hidden: true },

  // ---- errors ----------------------------------------------------------------------------------
  corpus(
    'ErrorUnknownLane',
    '202-path-step-lane-dangling.json',
    'A step in a lane the path does not have: nothing can be placed; the error names the path.',
  ),
  corpus('ErrorNoSteps', '201-path-steps-empty.json'),
  corpus('ErrorDuplicateStep', '204-path-duplicate-step.json'),
  corpus('ErrorUnsafeLink', '210-path-step-url-javascript.json', 'A `javascript:` link is refused.'),
  corpus('ErrorLanesNotAList', '212-path-lanes-an-object.json'),
  {
    name: 'ErrorItemNotFound',
    doc: '`item` names a path the document does not have: the error lists the ones it has.',
    data: () => etelaPohjanmaa,
    attributes: { item: 'ei-ole' },
    expect: [],
  },
  { name: 'ErrorLoadFailed', src: '/no-such-path.json', expect: [] },
];
