/**
 * The collections of the document, in document order. The document schema, the `Collection`
 * type, the item types, validation and the JSON Schema are all made from this list, so a new
 * collection is its own file beside this one and a line in each of the three lists below.
 */
import type * as v from 'valibot';
import type { CollectionSpec } from './define-collection.js';
import governance from './governance.js';
import houses from './houses.js';
import surveys from './surveys.js';
import roadmaps from './roadmaps.js';
import paths from './paths.js';
import matrices from './matrices.js';
import cards from './cards.js';

export * from './governance.js';
export * from './houses.js';
export * from './surveys.js';
export * from './roadmaps.js';
export * from './paths.js';
export * from './matrices.js';
export * from './cards.js';

/** Keyed by each spec's own name, in the order given, so that a key cannot differ from its name. */
function byName<const T extends readonly CollectionSpec[]>(specs: T): { [S in T[number] as S['name']]: S } {
  return Object.fromEntries(specs.map((s) => [s.name, s])) as { [S in T[number] as S['name']]: S };
}

export const COLLECTION_SPECS = byName([governance, houses, surveys, roadmaps, paths, matrices, cards]);

type Specs = typeof COLLECTION_SPECS;
export type Collection = keyof Specs;
export const COLLECTIONS = Object.keys(COLLECTION_SPECS) as Collection[];

/** The schema of one item of each collection. */
export const COLLECTION_SCHEMAS = Object.fromEntries(COLLECTIONS.map((c) => [c, COLLECTION_SPECS[c].schema])) as {
  [C in Collection]: Specs[C]['schema'];
};

/** The item type each collection holds. */
export type CollectionItem = { [C in Collection]: v.InferOutput<Specs[C]['schema']> };
