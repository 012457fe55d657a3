/**
 * What the core knows about one collection of the document (`governance`, `houses`, …): its
 * schema and the checks around it. `collections/index.ts` lists them; the document schema, the
 * types, validation and the JSON Schema are all made from that list.
 */
import type * as v from 'valibot';
import type { Issue } from '../issues.js';

export interface CollectionSpec<N extends string = string, S extends v.GenericSchema = v.GenericSchema> {
  /** The document's key for the collection, e.g. `roadmaps`. */
  name: N;
  /** One item of the collection. */
  schema: S;
  /**
   * Checks that span fields (unique ids, references, sums, time order) on a schema-valid item;
   * paths relative to the item. `document` is the document the item is in, as given (each
   * collection a list), for references to other items (a card's link to `roadmaps:…`); absent
   * when an item is checked on its own.
   */
  check?(item: v.InferOutput<S>, document?: Readonly<Record<string, unknown>>): Issue[];
  /** Lists in an item whose entries can be dropped one by one: the item renders without them and says so. */
  droppable?: readonly string[];
  /** Checks on the raw item before the schema walks it (e.g. a tree too deep for a recursive check). */
  limits?(raw: unknown): Issue[];
  /** Named JSON-Schema `$defs` the collection contributes to `fc-kit/schema.json`. */
  definitions?: Record<string, v.GenericSchema>;
}

/** Keeps the literal name and the schema's type, so that types can be derived from the list. */
export function defineCollection<const N extends string, S extends v.GenericSchema>(spec: CollectionSpec<N, S>): CollectionSpec<N, S> {
  return spec;
}
