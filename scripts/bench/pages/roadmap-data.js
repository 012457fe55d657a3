// The same 500-item roadmap for the kit and for Frappe Gantt, from the roadmap engineers' generator.
import { generateRoadmap } from '@bench/generate-roadmap';
import { timeSpan } from '../../../packages/core/src/document/time.ts';

export const roadmap = generateRoadmap(500, 1);

const day = (ms) => new Date(ms).toISOString().slice(0, 10);

/** The items as Frappe Gantt tasks: the same labels, the same start and end days. */
export function tasks() {
  return roadmap.items.map((item) => {
    const start = timeSpan(item.start);
    const end = timeSpan(item.end ?? item.start);
    return {
      id: item.id,
      name: typeof item.label === 'string' ? item.label : item.label.fi,
      start: day(start.start),
      end: day(end.end - 86_400_000),
      progress: item.status === 'done' ? 100 : item.status === 'ongoing' ? 50 : 0,
    };
  });
}
