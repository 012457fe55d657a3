// @ts-check
/**
 * The kit's one table of elements. The CDN loader, the build, the embed builder, the test
 * supports and the bench all read it, so a new element is one row here (plus its own package
 * and its entry file `src/<entry>.ts`). Plain JavaScript so that Node scripts (rollup config,
 * bench, node tests) import it as it is; `load` is only called in the browser.
 */

/**
 * @typedef {object} KitElement
 * @property {string} tag the custom element name
 * @property {string} entry the entry file, `src/<entry>.ts`, published as `fc-kit/<entry>.js`
 * @property {string} [pkg] the workspace package that holds the element (`packages/<pkg>`)
 * @property {import('../../core/src/document/collections/index.js').Collection} [collection] the document collection it shows
 * @property {readonly string[]} selects the `kind`s its `fc-select` events carry
 * @property {readonly string[]} [attributes] attributes it observes beyond the shared ones (`src`,
 *   `item`, `lang`, `timeout`, `heading-level`): the CDN loader's stand-in must observe them from the start
 * @property {() => Promise<unknown>} load imports the entry file (code-split by the build)
 */

/** @type {readonly KitElement[]} */
export const ELEMENTS = [
  { tag: 'fc-data', entry: 'data', selects: [], load: () => import('./data.js') },
  {
    tag: 'fc-governance-tree',
    entry: 'governance-tree',
    pkg: 'governance-tree',
    collection: 'governance',
    selects: ['node'],
    attributes: ['fit', 'expand-depth'],
    load: () => import('./governance-tree.js'),
  },
  {
    tag: 'fc-network-house',
    entry: 'network-house',
    pkg: 'network-house',
    collection: 'houses',
    selects: ['room', 'stone', 'roof', 'door'],
    load: () => import('./network-house.js'),
  },
  {
    tag: 'fc-survey-chart',
    entry: 'survey-chart',
    pkg: 'survey-chart',
    collection: 'surveys',
    selects: ['answer'],
    attributes: ['chart'],
    load: () => import('./survey-chart.js'),
  },
  {
    tag: 'fc-roadmap',
    entry: 'roadmap',
    pkg: 'roadmap',
    collection: 'roadmaps',
    selects: ['item'],
    attributes: ['today', 'group-by'],
    load: () => import('./roadmap.js'),
  },
  {
    tag: 'fc-matrix',
    entry: 'matrix',
    pkg: 'matrix',
    collection: 'matrices',
    selects: ['column', 'row', 'cell'],
    attributes: ['view'],
    load: () => import('./matrix.js'),
  },
  {
    tag: 'fc-care-path',
    entry: 'care-path',
    pkg: 'care-path',
    collection: 'paths',
    selects: ['step'],
    load: () => import('./care-path.js'),
  },
  {
    tag: 'fc-cards',
    entry: 'cards',
    pkg: 'cards',
    collection: 'cards',
    selects: ['card'],
    attributes: ['section', 'compare'],
    load: () => import('./cards.js'),
  },
];

/** The elements that show a collection, i.e. every one but `<fc-data>`. */
export const VISUAL_ELEMENTS = ELEMENTS.filter((e) => e.collection);

/** @param {string} collection */
export const elementFor = (collection) => ELEMENTS.find((e) => e.collection === collection);
