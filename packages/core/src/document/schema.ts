/**
 * The document format, version 1: the single source from which the TypeScript types
 * (`types.ts`), the run-time validation (`validate.ts`) and the published JSON Schema
 * (`fc-kit/schema.json`) all come. Messages are our issue codes (see `issues.ts`), translated
 * when shown. Checks that span fields (ids, references, sums, dates) live in `check-references.ts`.
 */
import * as v from 'valibot';
import { SAFE_URL_PATTERN } from './url.js';
import { TIME_PATTERN } from './time.js';

const str = () => v.string();

export const TextSchema = v.union(
  [
    v.string(),
    v.object({ fi: v.optional(str()), sv: v.optional(str()), en: v.optional(str()) }),
  ],
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

const common = {
  note: v.optional(TextSchema),
  source: v.optional(SourceSchema),
};

// ---- GovernanceTree --------------------------------------------------------------------------

export const NodeKindSchema = v.picklist(['group', 'role', 'network', 'place']);

/** Written out because a recursive schema needs its type named (valibot's `lazy`). */
export interface GovernanceNode {
  id: string;
  label: Text;
  level: string;
  kind?: 'group' | 'role' | 'network' | 'place';
  description?: Text;
  duties?: Text[];
  members?: Text[];
  url?: string;
  children?: GovernanceNode[];
}
type Text = v.InferOutput<typeof TextSchema>;

export const NodeSchema: v.GenericSchema<GovernanceNode> = v.object({
  id: IdSchema,
  label: TextSchema,
  level: IdSchema,
  kind: v.optional(NodeKindSchema),
  description: v.optional(TextSchema),
  duties: v.optional(v.array(TextSchema)),
  members: v.optional(v.array(TextSchema)),
  url: v.optional(UrlSchema),
  children: v.optional(v.array(v.lazy(() => NodeSchema))),
});

export const GovernanceTreeSchema = v.object({
  id: IdSchema,
  title: TextSchema,
  levels: v.pipe(v.array(v.object({ id: IdSchema, label: TextSchema })), v.minLength(1, 'not-empty')),
  root: NodeSchema,
  links: v.optional(v.array(v.object({ from: IdSchema, to: IdSchema, label: v.optional(TextSchema) }))),
  ...common,
});

// ---- House -----------------------------------------------------------------------------------

const LabelledSchema = v.object({ label: TextSchema, description: v.optional(TextSchema) });

export const ServiceSchema = v.object({
  label: TextSchema,
  provider: v.optional(TextSchema),
  url: v.optional(UrlSchema),
});

export const RoomSchema = v.object({
  id: IdSchema,
  label: TextSchema,
  description: v.optional(TextSchema),
  services: v.optional(v.array(ServiceSchema)),
});

export const FloorSchema = v.object({ id: IdSchema, label: TextSchema, rooms: v.array(RoomSchema) });
export const StoneSchema = v.object({ id: IdSchema, label: TextSchema, description: v.optional(TextSchema) });

export const HouseSchema = v.object({
  id: IdSchema,
  title: TextSchema,
  roof: v.optional(LabelledSchema),
  door: v.optional(LabelledSchema),
  floors: v.pipe(v.array(FloorSchema), v.minLength(1, 'not-empty')),
  foundation: v.array(StoneSchema),
  ...common,
});

// ---- Survey ----------------------------------------------------------------------------------

const count = () => v.pipe(v.number(), v.integer(), v.minValue(0, 'min-value'));

export const SurveySchema = v.object({
  id: IdSchema,
  question: TextSchema,
  n: v.pipe(v.number(), v.integer(), v.minValue(1, 'min-value')),
  type: v.picklist(['single', 'multi']),
  answers: v.pipe(
    v.array(v.object({ label: TextSchema, count: count() })),
    v.minLength(1, 'not-empty'),
  ),
  chart: v.optional(v.picklist(['doughnut', 'pie', 'bar'])),
  ...common,
});

// ---- Roadmap ---------------------------------------------------------------------------------

export const RoadmapItemSchema = v.object({
  id: IdSchema,
  theme: IdSchema,
  label: TextSchema,
  start: TimeSchema,
  end: v.optional(TimeSchema),
  status: v.optional(v.picklist(['planned', 'ongoing', 'done', 'late'])),
  description: v.optional(TextSchema),
});

export const RoadmapSchema = v.object({
  id: IdSchema,
  title: TextSchema,
  start: TimeSchema,
  end: TimeSchema,
  goal: v.optional(TextSchema),
  themes: v.pipe(v.array(v.object({ id: IdSchema, label: TextSchema })), v.minLength(1, 'not-empty')),
  items: v.pipe(v.array(RoadmapItemSchema), v.minLength(1, 'not-empty')),
  ...common,
});

// ---- The document ----------------------------------------------------------------------------

export const COLLECTION_SCHEMAS = {
  governance: GovernanceTreeSchema,
  houses: HouseSchema,
  surveys: SurveySchema,
  roadmaps: RoadmapSchema,
} as const;

export type Collection = keyof typeof COLLECTION_SCHEMAS;
export const COLLECTIONS = Object.keys(COLLECTION_SCHEMAS) as Collection[];

const documentHead = {
  $schema: v.optional(v.string()),
  fcVersion: v.literal(1),
  id: IdSchema,
  title: v.optional(TextSchema),
  source: v.optional(SourceSchema),
};

/**
 * What run-time validation checks first: the document's own fields, with each collection only
 * required to be a list, so that one bad item does not hide the good ones.
 */
export const DocumentHeadSchema = v.object({
  ...documentHead,
  governance: v.optional(v.array(v.unknown())),
  houses: v.optional(v.array(v.unknown())),
  surveys: v.optional(v.array(v.unknown())),
  roadmaps: v.optional(v.array(v.unknown())),
});

/** The whole document, as published in the JSON Schema and as the types describe it. */
export const DocumentSchema = v.object({
  ...documentHead,
  governance: v.optional(v.array(GovernanceTreeSchema)),
  houses: v.optional(v.array(HouseSchema)),
  surveys: v.optional(v.array(SurveySchema)),
  roadmaps: v.optional(v.array(RoadmapSchema)),
});
