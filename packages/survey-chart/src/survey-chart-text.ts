/**
 * The survey's text version: the question, N, and the same table the chart keeps beside it —
 * each answer with its count and its whole percent of N as `layoutSurvey` computes them — and,
 * for a multiple-choice question, why the shares add up to more than 100 %. Counts are digits
 * only (see `plainNumber`). `surveyFacts` lists what it must carry.
 */
import { formatPercent, pickText, type Language, type Survey } from '@fc-kit/core/headless.js';
import {
  h,
  headingTag,
  langOf,
  noteAndSource,
  plainNumber,
  textBlock,
  type TextNode,
  type TextVersionOptions,
} from '@fc-kit/core/text-version.js';
import { layoutSurvey } from './survey-chart-layout.js';
import { t } from './strings.js';

export function surveyText(survey: Survey, lang: Language, { level = 2, source }: TextVersionOptions = {}): TextNode[] {
  const layout = layoutSurvey(survey, { lang, text: (value) => pickText(value, lang) });
  const n = plainNumber(layout.n, lang);
  return [
    textBlock(headingTag(level), survey.question, lang),
    h('p', null, t(lang, 'n', { n }), ` (${t(lang, 'respondents', { n })})`),
    layout.multi ? h('p', null, t(lang, 'multi-hint', { hundred: formatPercent(1, 1, lang) })) : undefined,
    h(
      'table',
      null,
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, t(lang, 'col-answer')),
          h('th', { scope: 'col' }, t(lang, 'col-count')),
          h('th', { scope: 'col' }, t(lang, 'col-percent')),
        ),
      ),
      h(
        'tbody',
        null,
        layout.rows.map((r) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row', ...langOf(r.answer.label, lang) }, r.label),
            h('td', null, plainNumber(r.count, lang)),
            h('td', null, r.percentText),
          ),
        ),
        h('tr', null, h('th', { scope: 'row' }, t(lang, 'total')), h('td', null, n), h('td', null, '')),
      ),
    ),
    ...noteAndSource(lang, survey.note, survey.source ?? source),
  ].filter((x): x is TextNode => x !== undefined);
}

/** The question, every answer with its count and percent, N, the note and the source. */
export function surveyFacts(survey: Survey, lang: Language): string[] {
  const text = (value: Survey['question'] | undefined) => pickText(value, lang);
  return [
    text(survey.question),
    t(lang, 'n', { n: String(survey.n) }),
    ...survey.answers.flatMap((a) => [text(a.label), String(a.count), formatPercent(a.count, survey.n, lang)]),
    text(survey.note),
    text(survey.source?.title),
  ].filter(Boolean);
}
