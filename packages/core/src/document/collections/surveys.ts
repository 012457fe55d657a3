/** `surveys`: one question of a survey with its answer counts. */
import * as v from 'valibot';
import type { Issue } from '../issues.js';
import { IdSchema, TextSchema, common } from '../shared.js';
import { defineCollection } from './define-collection.js';

const count = () => v.pipe(v.number(), v.integer(), v.minValue(0, 'min-value'));

export const SurveySchema = v.object({
  id: IdSchema,
  question: TextSchema,
  n: v.pipe(v.number(), v.integer(), v.minValue(1, 'min-value')),
  type: v.picklist(['single', 'multi']),
  answers: v.pipe(v.array(v.object({ label: TextSchema, count: count() })), v.minLength(1, 'not-empty')),
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
