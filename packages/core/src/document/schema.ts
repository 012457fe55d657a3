/**
 * The document format, version 1: the single source from which the TypeScript types
 * (`types.ts`), the run-time validation (`validate.ts`) and the published JSON Schema
 * (`fc-kit/schema.json`) all come. Messages are our issue codes (see `issues.ts`), translated
 * when shown. The shared pieces are in `shared.ts`; each collection, with the checks that span
 * its fields (ids, references, sums, dates), in `collections/`.
 */
import * as v from 'valibot';
import { IdSchema, SourceSchema, TextSchema } from './shared.js';
import { COLLECTIONS, COLLECTION_SCHEMAS, type Collection } from './collections/index.js';

export { TextSchema, IdSchema, UrlSchema, TimeSchema, SourceSchema } from './shared.js';
export * from './collections/index.js';

const documentHead = {
  $schema: v.optional(v.string()),
  fcVersion: v.literal(1),
  id: IdSchema,
  title: v.optional(TextSchema),
  source: v.optional(SourceSchema),
};

/** `{ governance: f(governance's item schema), … }` for every collection, in document order. */
function eachCollection<T>(list: (c: Collection) => T) {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, list(c)])) as Record<Collection, T>;
}

type ListOf<S extends v.GenericSchema> = v.OptionalSchema<v.ArraySchema<S, undefined>, undefined>;

/**
 * What run-time validation checks first: the document's own fields, with each collection only
 * required to be a list, so that one bad item does not hide the good ones.
 */
export const DocumentHeadSchema = v.object({
  ...documentHead,
  ...eachCollection(() => v.optional(v.array(v.unknown()))),
});

/** The whole document, as published in the JSON Schema and as the types describe it. */
export const DocumentSchema = v.object({
  ...documentHead,
  ...(eachCollection((c) => v.optional(v.array(COLLECTION_SCHEMAS[c]))) as unknown as {
    [C in Collection]: ListOf<(typeof COLLECTION_SCHEMAS)[C]>;
  }),
});
