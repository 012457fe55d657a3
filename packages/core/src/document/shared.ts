/**
 * The pieces every collection's schema is made of: text in one or more languages, ids, safe URLs,
 * times and sources, and the fields every item may carry (`common`).
 */
import * as v from 'valibot';
import { SAFE_URL_PATTERN } from './url.js';
import { TIME_PATTERN } from './time.js';

const str = () => v.string();

type RecordOptions = {
  /** The issue code for a key the entries do not name, if any (without it such keys are ignored). */
  unknownKey?: (input: Record<string, unknown>) => string | undefined;
  /** Which unknown keys `unknownKey` names; every one when absent. */
  keys?: (key: string) => boolean;
};

/**
 * `v.object`, made to hold on a hostile page and to mean "object": a list is refused as one
 * (valibot's `object` takes any `typeof 'object'`, so `"title": []` passed as an empty text);
 * the entries have no prototype, so a key added to `Object.prototype` is not walked as a field;
 * the output has none either, so an absent optional field never reads an inherited value.
 */
export function record<const E extends v.ObjectEntries>(entries: E, options: RecordOptions = {}): v.ObjectSchema<E, undefined> {
  const schema = v.object(Object.assign(Object.create(null) as E, entries));
  const run = schema['~run'];
  type Run = typeof run;
  (schema as { '~run': Run })['~run'] = function (this: typeof schema, ...[dataset, config]: Parameters<Run>) {
    const input: unknown = dataset.value;
    if (Array.isArray(input)) {
      v._addIssue(schema, 'type', dataset, config);
      return dataset as never;
    }
    const out = run.call(this, dataset, config);
    if (out.typed && typeof out.value === 'object' && out.value !== null) Object.setPrototypeOf(out.value, null);
    const unknownKey = typeof input === 'object' && input !== null ? options.unknownKey?.(input as Record<string, unknown>) : undefined;
    if (unknownKey) {
      for (const key of Object.keys(input as object)) {
        if (Object.hasOwn(entries, key) || options.keys?.(key) === false) continue;
        const path = [{ type: 'object', origin: 'key', input, key, value: (input as Record<string, unknown>)[key] }] as [v.ObjectPathItem];
        v._addIssue(schema, 'key', out, config, { input: key, received: `"${key}"`, path, message: unknownKey });
        out.typed = true;
      }
    }
    return out;
  };
  return schema;
}

const LANGUAGE_KEYS = ['fi', 'sv', 'en'] as const;
const hasLanguage = (t: Partial<Record<string, unknown>>) => LANGUAGE_KEYS.some((k) => t[k] !== undefined);
/** Keys that look like a language tag (`se`, `FI`, `sv-FI`), as opposed to stray keys such as `__proto__`. */
const LANGUAGE_LIKE = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i;

/**
 * A text is a string or language versions. Versions with none of fi, sv, en show nothing, so
 * they are refused; a key beside them that is not one (`"se"` for Swedish) is named, since
 * the reader of that language would otherwise silently get another one.
 */
export const TextSchema = v.union(
  [
    v.string(),
    v.pipe(
      record(
        { fi: v.optional(str()), sv: v.optional(str()), en: v.optional(str()) },
        // With no known language at all, "expected a text" alone says it best.
        { unknownKey: (t) => (hasLanguage(t) ? 'unknown-language' : undefined), keys: (key) => LANGUAGE_LIKE.test(key) },
      ),
      v.check((t: { fi?: string; sv?: string; en?: string }) => hasLanguage(t), 'expected-text'),
    ),
  ],
  'expected-text',
);

export const IdSchema = v.pipe(v.string(), v.minLength(1, 'not-empty'), v.maxLength(200, 'too-long'));
export const UrlSchema = v.pipe(v.string(), v.regex(new RegExp(SAFE_URL_PATTERN), 'bad-url'));
export const TimeSchema = v.pipe(v.string(), v.regex(new RegExp(TIME_PATTERN), 'bad-time'));

export const SourceSchema = record({
  title: TextSchema,
  url: v.optional(UrlSchema),
  date: v.optional(TimeSchema),
});

export type Text = v.InferOutput<typeof TextSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;

/**
 * Fields every item of every collection may carry: `note`, one or two sentences every reader
 * sees; `sourceNote`, how the figure was made from its source (shown behind "About the data").
 */
export const common = {
  note: v.optional(TextSchema),
  sourceNote: v.optional(TextSchema),
  source: v.optional(SourceSchema),
};

/** The named JSON-Schema `$defs` these pieces become in `fc-kit/schema.json`. */
export const SHARED_DEFINITIONS = { Text: TextSchema, Id: IdSchema, Url: UrlSchema, Time: TimeSchema, Source: SourceSchema };
