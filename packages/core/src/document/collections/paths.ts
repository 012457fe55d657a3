/**
 * The `paths` collection: service and care paths as lanes (who) × steps (what), joined by edges
 * (in which order). Lanes are listed top to bottom; `stages`, when given, are columns in order.
 * A cycle is allowed: follow-up loops («jatkohoito ja seuranta») go back to an earlier step.
 *
 * Not yet wired into `schema.ts`/`validate.ts`: the collections registry does that. Entries of
 * `edges` can be dropped on their own (the path renders without a bad arrow), as a tree's links.
 */
import * as v from 'valibot';
import type { Issue } from '../issues.js';
import type { PathSegment } from '../paths.js';
import { IdSchema, SourceSchema, TextSchema, UrlSchema } from '../schema.js';

export const CarePathLaneSchema = v.object({
  id: IdSchema,
  label: TextSchema,
  /** Where a family meets this lane (Koti, Neuvola, …), shown under the lane's label. */
  settings: v.optional(v.array(TextSchema)),
});

export const CarePathStageSchema = v.object({ id: IdSchema, label: TextSchema });

export const CarePathStepSchema = v.object({
  id: IdSchema,
  label: TextSchema,
  lane: IdSchema,
  stage: v.optional(IdSchema),
  description: v.optional(TextSchema),
  url: v.optional(UrlSchema),
});

export const CarePathEdgeSchema = v.object({
  from: IdSchema,
  to: IdSchema,
  label: v.optional(TextSchema),
  /** Taken only when needed: drawn dashed, read out as "may lead to". */
  optional: v.optional(v.boolean()),
});

export const CarePathSchema = v.object({
  id: IdSchema,
  title: TextSchema,
  lanes: v.pipe(v.array(CarePathLaneSchema), v.minLength(1, 'not-empty')),
  stages: v.optional(v.array(CarePathStageSchema)),
  steps: v.pipe(v.array(CarePathStepSchema), v.minLength(1, 'not-empty')),
  edges: v.optional(v.array(CarePathEdgeSchema)),
  note: v.optional(TextSchema),
  source: v.optional(SourceSchema),
});

export type CarePath = v.InferOutput<typeof CarePathSchema>;
export type CarePathLane = v.InferOutput<typeof CarePathLaneSchema>;
export type CarePathStage = v.InferOutput<typeof CarePathStageSchema>;
export type CarePathStep = v.InferOutput<typeof CarePathStepSchema>;
export type CarePathEdge = v.InferOutput<typeof CarePathEdgeSchema>;

/** Lists whose entries validation may leave out one by one, keeping the rest of the path. */
export const CARE_PATH_DROPPABLE = ['edges'] as const;

/** A second use of an id within one list is an issue at the later place. */
function duplicates(list: readonly { id: string }[], key: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  list.forEach((entry, i) => {
    if (seen.has(entry.id)) issues.push({ path: [key, i, 'id'], code: 'duplicate-id', params: { id: entry.id } });
    seen.add(entry.id);
  });
  return issues;
}

function reference(ids: Set<string>, id: string | undefined, path: PathSegment[], issues: Issue[]) {
  if (id !== undefined && !ids.has(id)) issues.push({ path, code: 'unknown-reference', params: { id } });
}

/**
 * What the schema cannot see: ids unique within lanes, stages and steps; `lane`, `stage` and
 * edge ends pointing at existing ids; no edge from a step to itself; no edge given twice.
 * Paths are relative to the item.
 */
export function checkCarePath(path: CarePath): Issue[] {
  const issues = [
    ...duplicates(path.lanes, 'lanes'),
    ...duplicates(path.stages ?? [], 'stages'),
    ...duplicates(path.steps, 'steps'),
  ];
  const lanes = new Set(path.lanes.map((l) => l.id));
  const stages = new Set((path.stages ?? []).map((s) => s.id));
  const steps = new Set(path.steps.map((s) => s.id));
  path.steps.forEach((step, i) => {
    reference(lanes, step.lane, ['steps', i, 'lane'], issues);
    reference(stages, step.stage, ['steps', i, 'stage'], issues);
  });
  const seen = new Set<string>();
  (path.edges ?? []).forEach((edge, i) => {
    const before = issues.length;
    reference(steps, edge.from, ['edges', i, 'from'], issues);
    reference(steps, edge.to, ['edges', i, 'to'], issues);
    if (issues.length > before) return;
    if (edge.from === edge.to) {
      issues.push({ path: ['edges', i, 'to'], code: 'self-link' });
      return;
    }
    // JSON.stringify keeps ids with any characters apart (no separator can collide).
    const key = JSON.stringify([edge.from, edge.to]);
    if (seen.has(key)) {
      issues.push({ path: ['edges', i], code: 'duplicate-edge', params: { from: edge.from, to: edge.to } });
    } else seen.add(key);
  });
  return issues;
}
