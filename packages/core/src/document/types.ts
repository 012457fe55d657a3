/**
 * The document's types, inferred from its schema. Each collection's item types (`Roadmap`,
 * `RoadmapItem`, …) are declared beside its schema in `collections/` and exported with it.
 */
import type { InferOutput } from 'valibot';
import type { DocumentSchema } from './schema.js';

export type * from './collections/index.js';
export type { Text, Source } from './shared.js';
export type FcDocument = InferOutput<typeof DocumentSchema>;
