/**
 * The pieces every collection's schema is made of: text in one or more languages, ids, safe URLs,
 * times and sources, and the fields every item may carry (`common`).
 */
import * as v from 'valibot';
import { SAFE_URL_PATTERN } from './url.js';
import { TIME_PATTERN } from './time.js';

const str = () => v.string();

export const TextSchema = v.union(
  [v.string(), v.object({ fi: v.optional(str()), sv: v.optional(str()), en: v.optional(str()) })],
  'expected-text',
);

export const IdSchema = v.pipe(v.string(), v.minLength(1, 'not-empty'), v.maxLength(200, 'too-long'));
export const UrlSchema = v.pipe(v.string(), v.regex(new RegExp(SAFE_URL_PATTERN), 'bad-url'));
export const TimeSchema = v.pipe(v.string(), v.regex(new RegExp(TIME_PATTERN), 'bad-time'));

export const SourceSchema = v.object({
  title: TextSchema,
  url: v.optional(UrlSchema),
  date: v.optional(TimeSchema),
});

export type Text = v.InferOutput<typeof TextSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;

/** Fields every item of every collection may carry. */
export const common = {
  note: v.optional(TextSchema),
  source: v.optional(SourceSchema),
};

/** The named JSON-Schema `$defs` these pieces become in `fc-kit/schema.json`. */
export const SHARED_DEFINITIONS = { Text: TextSchema, Id: IdSchema, Url: UrlSchema, Time: TimeSchema, Source: SourceSchema };
