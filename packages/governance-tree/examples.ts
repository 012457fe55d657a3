/**
 * The examples of `<fc-governance-tree>`: each is a story (unless `hidden`) and a case of the
 * element's test, so what Storybook shows is what the tests check. Valid ones show the bundled
 * seed datasets and the generated trees; error ones name corpus files and the lines they show.
 */
import etelaPohjanmaa from '@fc-kit/datasets/etela-pohjanmaa.json';
import thlPerhekeskus from '@fc-kit/datasets/thl-perhekeskus.json';
import kuntaliitto from '@fc-kit/datasets/kuntaliitto-tilannekatsaus.json';
import pohjoisPohjanmaa from '@fc-kit/datasets/pohjois-pohjanmaa.json';
import { corpus, type Example } from '../../test/support/examples.js';
import { FULL } from '../../test/quality/support/full-documents.js';
import { withDanglingLink, withDetails } from './test/fixtures.js';
import { deepTree, generateTree, wideTree } from './test/generate.js';

export const EXAMPLES: readonly Example[] = [
  {
    name: 'PohjoisPohjanmaa',
    doc: "Seed 001: Pohjois-Pohjanmaa's county-level bodies 1–5 and family-centre-level bodies 1–4, with every duty the plan lists.",
    data: () => pohjoisPohjanmaa,
    attributes: { item: 'pohjois-pohjanmaa-koordinaatio' },
  },
  {
    name: 'PohjoisPohjanmaaDuties',
    doc: "Pohjois-Pohjanmaa's strategic group opened: its duties beside the chart.",
    data: () => pohjoisPohjanmaa,
    attributes: { item: 'pohjois-pohjanmaa-koordinaatio' },
    open: '[data-id="lape-yhteistyoryhma"] .gt-node',
  },
  {
    name: 'EtelaPohjanmaa',
    doc: "Seed 003: Etelä-Pohjanmaa's two-tier network leadership (the arrangement reconstructed from the text, as the note says).",
    data: () => etelaPohjanmaa,
  },
  { name: 'PaijatHame', doc: 'Seed 002: the Päijät-Häme draft from the THL slides.', data: () => thlPerhekeskus },
  {
    name: 'KuntaliittoThreeLevels',
    doc: "Seeds 000/004: the Kuntaliitto review's finding of three-level leadership (county, area, municipality).",
    data: () => kuntaliitto,
    attributes: { item: 'kolmitasoinen-johtaminen' },
  },
  {
    name: 'KindsDutiesAndLinks',
    doc: 'Every kind of body, duties, members, a link out and two cooperation links.',
    data: () => withDetails,
  },
  {
    name: 'DetailsOpen',
    doc: 'A body opened: its details beside the chart (below it in a narrow container).',
    data: () => withDetails,
    open: '[data-id="johto"] .gt-node',
  },
  { name: 'Collapsed', data: () => withDetails, attributes: { 'expand-depth': '1' } },
  { name: 'SecondGenerationOpen', data: () => withDetails, attributes: { 'expand-depth': '2' } },
  {
    name: 'Narrow',
    doc: 'Same seed, 320 px wide: an indented outline with the level written in each row, no sideways scroll.',
    data: () => etelaPohjanmaa,
    width: 320,
  },
  { name: 'NarrowWithLinks', data: () => withDetails, width: 320 },
  {
    name: 'WideScrolls',
    doc: 'Wider than its 640 px even at 75 %: scrolls sideways inside the element, in a focusable region named after the tree, with a visible hint.',
    data: () => generateTree(60, 1),
    width: 640,
  },
  {
    name: 'WideZoomed',
    doc: 'A narrower tree, scaled down to the width (`fit="zoom"`, the default).',
    data: () => generateTree(30, 1),
    width: 1200,
    attributes: { fit: 'zoom' },
  },
  {
    name: 'Generated1000',
    doc: '1,000 generated bodies: opens with the first generations; "Expand all" shows the rest.',
    data: () => generateTree(1000, 1),
  },
  {
    name: 'Generated1000Expanded',
    doc: '1,000 generated bodies, all open.',
    data: () => generateTree(1000, 1),
    attributes: { 'expand-depth': '99' },
  },
  { name: 'Swedish', data: () => etelaPohjanmaa, lang: 'sv' },
  { name: 'English', data: () => withDetails, lang: 'en' },
  {
    name: 'Themed',
    doc: 'A county theme made of `--fc-*` properties and `::part(node)`, `::part(level-label)`.',
    data: () => withDetails,
    themed: true,
  },
  {
    name: 'DanglingLinkLeftOut',
    doc: 'A link to a body that is not there is left out, and listed under the tree.',
    data: () => withDanglingLink(),
  },
  /** Every field the format has: the keyboard, reflow and forced-colours suites walk it. */
  { name: 'EveryField', data: () => FULL.governance, hidden: true },

  // ---- errors ----------------------------------------------------------------------------------
  corpus('ErrorUnknownLevel', '093-tree-level-dangling.json', 'A body on a level the tree does not have: the error names its path.'),
  corpus('ErrorDuplicateId', '094-tree-duplicate-node.json', 'One id used twice, and the link that can no longer find its body.'),
  corpus('ErrorScriptUrl', '103-tree-url-javascript.json', 'A `javascript:` link is refused, with its path.'),
  { name: 'ErrorTooWide', doc: '10,000 bodies under one root: refused at once, with the limit.', data: () => wideTree(10_000), expect: [] },
  {
    name: 'ErrorTooDeep',
    doc: '10,000 levels deep: refused at once, with the path where it got too deep.',
    data: () => deepTree(10_000),
    expect: [],
  },
  { name: 'ErrorLoadFailed', src: '/no-such-governance.json', expect: [] },
];
