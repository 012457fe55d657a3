/**
 * The examples of `<fc-cards>`: each is a story (unless `hidden`) and a case of the element's
 * test, so what Storybook shows is what the tests check. Valid ones show the bundled seed card
 * sets (each layout) and a generated set; error ones name corpus files and the lines they show.
 */
import { corpus, type Example } from '../../test/support/examples.js';
import { FULL } from '../../test/quality/support/full-documents.js';
import { etelaPohjanmaa, pohjoisPohjanmaa, thlPerhekeskus } from './test/fixtures.js';
import { generateCardSet } from './test/generate.js';

const EP = (item: string) => ({ data: () => etelaPohjanmaa, attributes: { item } });
const PP = (item: string) => ({ data: () => pohjoisPohjanmaa, attributes: { item } });

export const EXAMPLES: readonly Example[] = [
  {
    name: 'Canvas',
    doc: "Seed 003: Etelä-Pohjanmaa's concept canvas, eleven blocks in two bands labelled along the side; four blocks «not examined», each with its chapter's sentence (bands and places reconstructed, as the note says).",
    ...EP('perhekeskuskonsepti-kanvas'),
  },
  {
    name: 'CanvasNarrow',
    doc: 'The canvas at 320 px: one column in band order, each band labelled above its blocks.',
    ...EP('perhekeskuskonsepti-kanvas'),
    width: 320,
  },
  {
    name: 'Guidelines',
    doc: 'Seed 003: the eight national guidelines as a numbered checklist; guideline 1 links to the canvas, 4 to the network-leadership figure when they are on the page.',
    ...EP('kansalliset-linjaukset'),
  },
  {
    name: 'Tasks',
    doc: "Seed 001: Pohjois-Pohjanmaa's seven family-centre tasks: current state → needs → proposed actions, and what NGOs and parishes offer.",
    ...PP('perhekeskuksen-tehtavat'),
  },
  {
    name: 'ServiceAreasCompared',
    doc: 'Seed 001: the six service areas side by side, development targets only: every area names «Perhekeskuksen johtaminen ja koordinointi» first, marked as shared by all.',
    ...PP('palvelualueiden-nykytila'),
    attributes: { item: 'palvelualueiden-nykytila', compare: '', section: 'kehittämiskohteena' },
  },
  {
    name: 'ServiceAreas',
    doc: 'The six service areas as cards, each with «Erityisen hyvää:» and «Kehittämiskohteena:».',
    ...PP('palvelualueiden-nykytila'),
  },
  {
    name: 'OneSection',
    doc: 'The tasks with one section shown: «Ehdotetut toimenpiteet:».',
    ...PP('perhekeskuksen-tehtavat'),
    attributes: { item: 'perhekeskuksen-tehtavat', section: 'ehdotetut toimenpiteet' },
  },
  {
    name: 'KeyFigures',
    doc: 'Seed 001: key figures, numbers formatted for the reader’s language (a screen reader hears «415000», not «415 0»).',
    ...PP('pohjois-pohjanmaa-lukuina'),
  },
  {
    name: 'GuidelinePurpose',
    doc: 'Seed 002: what the national guidelines are for.',
    data: () => thlPerhekeskus,
    attributes: { item: 'kansallisten-linjausten-tarkoitus' },
  },
  {
    name: 'Generated100',
    doc: "100 generated cards with 3 sections of 5 points (the benchmark's data).",
    data: () => generateCardSet(100),
  },
  {
    name: 'GeneratedCanvas',
    doc: '60 generated cards on a 4-column canvas in two bands.',
    data: () => generateCardSet(60, { layout: 'canvas' }),
  },
  { name: 'Swedish', ...PP('palvelualueiden-nykytila'), lang: 'sv' },
  { name: 'English', ...EP('perhekeskuskonsepti-kanvas'), lang: 'en' },
  { name: 'Finnish', ...EP('kansalliset-linjaukset'), lang: 'fi' },
  {
    name: 'Themed',
    doc: 'A county theme made of `--fc-*` properties, `--fc-cards-*` and `::part(card|band-label|status)`.',
    ...EP('perhekeskuskonsepti-kanvas'),
    themed: true,
  },
  /** Every field the format has: the keyboard, reflow and forced-colours suites walk it. */
  { name: 'EveryField', data: () => FULL.cards, hidden: true },

  // ---- errors ----------------------------------------------------------------------------------
  corpus(
    'ErrorAreasOverlap',
    '303-cards-areas-overlap.json',
    'Two canvas blocks on one cell: the error names the later one and the one it overlaps.',
  ),
  corpus(
    'ErrorFigureNotANumber',
    '302-cards-figure-value-string.json',
    'A figure written as the seed prints it («415 000») instead of a number.',
  ),
  corpus('ErrorBandMemberUnknown', '304-cards-band-member-unknown.json'),
  corpus(
    'ErrorLinkToMissingFigure',
    '306-cards-link-to-missing-roadmap.json',
    'A link to `roadmaps:ei-ole`, which the document does not have.',
  ),
  corpus('ErrorStatusUnknown', '308-cards-status-kind-unknown.json'),
  corpus('ErrorNoCards', '301-cards-set-without-cards.json'),
  {
    name: 'ErrorItemNotFound',
    doc: '`item` names a card set the document does not have: the error lists the ones it has.',
    data: () => etelaPohjanmaa,
    attributes: { item: 'ei-ole' },
    expect: [],
  },
  { name: 'ErrorLoadFailed', src: '/no-such-cards.json', expect: [] },
];
