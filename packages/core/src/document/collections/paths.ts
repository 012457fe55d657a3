/**
 * `paths`: service and care paths as lanes (who) × steps (what), joined by edges (in which
 * order). Lanes are listed top to bottom; `stages`, when given, are columns in order. A cycle is
 * allowed: a follow-up loop goes back to an earlier step. Entries of `edges` can be dropped on
 * their own (the path renders without a bad arrow), as a tree's links.
 */
import * as v from 'valibot';
import type { Issue } from '../issues.js';
import type { PathSegment } from '../paths.js';
import { IdSchema, TextSchema, UrlSchema, common, record } from '../shared.js';
import { defineCollection } from './define-collection.js';
import { uniqueIds } from './item-checks.js';

export const CarePathLaneSchema = record({
  id: IdSchema,
  label: TextSchema,
  /** Where a family meets this lane (Koti, Neuvola, …), shown under the lane's label. */
  settings: v.optional(v.array(TextSchema)),
});

export const CarePathStageSchema = record({ id: IdSchema, label: TextSchema });

export const CarePathStepSchema = record({
  id: IdSchema,
  label: TextSchema,
  lane: IdSchema,
  stage: v.optional(IdSchema),
  description: v.optional(TextSchema),
  url: v.optional(UrlSchema),
});

export const CarePathEdgeSchema = record({
  from: IdSchema,
  to: IdSchema,
  label: v.optional(TextSchema),
  /** Taken only when needed: drawn dashed, read out as "may lead to". */
  optional: v.optional(v.boolean()),
});

export const CarePathSchema = record({
  id: IdSchema,
  title: TextSchema,
  lanes: v.pipe(v.array(CarePathLaneSchema), v.minLength(1, 'not-empty')),
  stages: v.optional(v.array(CarePathStageSchema)),
  steps: v.pipe(v.array(CarePathStepSchema), v.minLength(1, 'not-empty')),
  edges: v.optional(v.array(CarePathEdgeSchema)),
  ...common,
});

export type CarePath = v.InferOutput<typeof CarePathSchema>;
export type CarePathLane = v.InferOutput<typeof CarePathLaneSchema>;
export type CarePathStage = v.InferOutput<typeof CarePathStageSchema>;
export type CarePathStep = v.InferOutput<typeof CarePathStepSchema>;
export type CarePathEdge = v.InferOutput<typeof CarePathEdgeSchema>;

/** Ids of one list, each with its path. */
const ids = (list: readonly { id: string }[], key: string) => list.map((entry, i) => ({ id: entry.id, path: [key, i] as PathSegment[] }));

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
    ...uniqueIds(ids(path.lanes, 'lanes')),
    ...uniqueIds(ids(path.stages ?? [], 'stages')),
    ...uniqueIds(ids(path.steps, 'steps')),
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

export default defineCollection({ name: 'paths', schema: CarePathSchema, check: checkCarePath, droppable: ['edges'] });
