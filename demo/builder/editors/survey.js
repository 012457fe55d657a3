// @ts-check
// The survey editor: the question, N and the answer type, and a table of answers (label, count)
// with each answer's share of N shown live.
import { field, part, textField } from './widgets.js';
import { table } from './tables.js';

/** @type {import('./index.js').FigureEditor} */
export default {
  collection: 'surveys',
  blank: (id) => ({ id, question: { fi: '' }, n: 1, type: 'single', answers: [{ label: { fi: '' }, count: 0 }] }),
  render(ctx) {
    const percent = new Intl.NumberFormat(ctx.ui, { style: 'percent', maximumFractionDigits: 1 });
    return [
      part(ctx.t('ed-survey'), [
        field(ctx, { path: ['id'], label: ctx.t('ed-item-id') }),
        textField(ctx, { path: ['question'], label: ctx.t('ed-question') }),
        field(ctx, { path: ['n'], label: ctx.t('ed-n'), kind: 'number', hint: ctx.t('ed-n-hint') }),
        field(ctx, {
          path: ['type'],
          label: ctx.t('ed-type'),
          kind: 'select',
          options: ['single', 'multi'].map((v) => ({ value: v, label: ctx.t(`ed-option-${v}`) })),
        }),
        field(ctx, {
          path: ['chart'],
          label: ctx.t('ed-chart'),
          kind: 'select',
          optional: true,
          options: ['doughnut', 'pie', 'bar'].map((v) => ({ value: v, label: ctx.t(`ed-option-${v}`) })),
        }),
      ]),
      part(ctx.t('ed-answers'), [
        table(ctx, {
          id: 'answers',
          path: ['answers'],
          caption: 'ed-answers',
          row: 'ed-answer-n',
          columns: [
            {
              key: 'label',
              label: 'ed-answer',
              kind: 'i18n',
              aliases: ['answer', 'vastaus', 'svar', 'vaihtoehto', 'option', 'alternativ'],
            },
            {
              key: 'count',
              label: 'ed-count',
              kind: 'number',
              aliases: ['count', 'määrä', 'lukumäärä', 'lkm', 'antal', 'n', 'vastaajia', 'number'],
            },
          ],
          blank: () => ({ label: { fi: '' }, count: 0 }),
          derived: {
            label: ctx.t('ed-share'),
            value: (row, item) =>
              typeof row?.count === 'number' && typeof item?.n === 'number' && item.n > 0 ? percent.format(row.count / item.n) : '–',
          },
        }),
      ]),
    ];
  },
};
