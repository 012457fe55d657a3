/** `roadmaps`: development work over years, in theme lanes, with status and a goal. */
import * as v from 'valibot';
import type { Issue } from '../issues.js';
import { IdSchema, TextSchema, TimeSchema, common } from '../shared.js';
import { defineCollection } from './define-collection.js';
import { checkSpan, uniqueIds } from './item-checks.js';

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

export type Roadmap = v.InferOutput<typeof RoadmapSchema>;
export type RoadmapItem = v.InferOutput<typeof RoadmapItemSchema>;

function checkRoadmap(roadmap: Roadmap): Issue[] {
  const issues = [
    ...uniqueIds(roadmap.themes.map((t, i) => ({ id: t.id, path: ['themes', i] }))),
    ...uniqueIds(roadmap.items.map((t, i) => ({ id: t.id, path: ['items', i] }))),
  ];
  const range = checkSpan(roadmap, [], issues);
  const themes = new Set(roadmap.themes.map((t) => t.id));
  roadmap.items.forEach((item, i) => {
    if (!themes.has(item.theme)) issues.push({ path: ['items', i, 'theme'], code: 'unknown-reference', params: { id: item.theme } });
    const span = checkSpan(item, ['items', i], issues);
    if (span && range && (span.start < range.start || span.end > range.end)) {
      // Name the end that lies outside: the start for an item wholly before or after the range.
      const field = span.start < range.start || span.start >= range.end || item.end === undefined ? 'start' : 'end';
      issues.push({ path: ['items', i, field], code: 'outside-range', params: { start: roadmap.start, end: roadmap.end } });
    }
  });
  return issues;
}

export default defineCollection({ name: 'roadmaps', schema: RoadmapSchema, check: checkRoadmap, droppable: ['items'] });
