/** `surveys`: one question of a survey with its answer counts. */
import * as v from 'valibot';
import type { Issue } from '../issues.js';
import { IdSchema, TextSchema, common, record } from '../shared.js';
import { defineCollection } from './define-collection.js';

/**
 * More than there are people: a count beyond it is a typo or a hostile file, and it would be
 * drawn as a 309-digit number (`1e308`) or sum to Infinity.
 */
export const MAX_COUNT = 10_000_000_000;

const count = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min, 'min-value'), v.maxValue(MAX_COUNT, 'max-value'));

export const SurveySchema = record({
  id: IdSchema,
  question: TextSchema,
  n: count(1),
  type: v.picklist(['single', 'multi']),
  answers: v.pipe(v.array(record({ label: TextSchema, count: count(0) })), v.minLength(1, 'not-empty')),
  chart: v.optional(v.picklist(['doughnut', 'pie', 'bar'])),
  ...common,
});

export type Survey = v.InferOutput<typeof SurveySchema>;

function checkSurvey(survey: Survey): Issue[] {
  const issues: Issue[] = [];
  survey.answers.forEach((a, i) => {
    if (a.count > survey.n) issues.push({ path: ['answers', i, 'count'], code: 'count-over-n', params: { count: a.count, n: survey.n } });
  });
  const sum = survey.answers.reduce((s, a) => s + a.count, 0);
  if (survey.type === 'single' && sum !== survey.n) issues.push({ path: ['answers'], code: 'sum-not-n', params: { sum, n: survey.n } });
  return issues;
}

export default defineCollection({ name: 'surveys', schema: SurveySchema, check: checkSurvey });
