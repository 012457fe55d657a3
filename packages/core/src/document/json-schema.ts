import { toJsonSchema } from '@valibot/to-json-schema';
import { DocumentSchema } from './schema.js';
import { SHARED_DEFINITIONS } from './shared.js';
import { COLLECTIONS, COLLECTION_SPECS } from './collections/index.js';
import type { CollectionSpec } from './collections/define-collection.js';

/** The shared `$defs` first, then each collection's, in document order. */
const definitions = Object.assign(
  { ...SHARED_DEFINITIONS },
  ...COLLECTIONS.map((c) => (COLLECTION_SPECS[c] as CollectionSpec).definitions ?? {}),
);

/**
 * The published JSON Schema (draft 2020-12), made from the same schema the elements validate
 * with. Cross-field rules (ids, references, sums, real dates) cannot be said in JSON Schema;
 * the description says where they are checked.
 */
export function documentJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DocumentSchema, {
    target: 'draft-2020-12',
    errorMode: 'ignore',
    definitions,
  }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/fc-kit/schema.json',
    title: 'fc-kit document, format version 1',
    description:
      'Data for the fc-kit elements. Beyond this schema, the kit checks that ids are unique, that level, theme and link references exist, that single-choice counts add up to n, that dates exist and end after start. Run `npx fc-kit validate file.json` to check everything.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
