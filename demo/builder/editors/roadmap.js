// @ts-check
// The roadmap editor: title, range and goal, the themes (lanes), and a table of items with their
// theme, label, start, end, status and description.
import { field, part, textField } from './widgets.js';
import { table } from './tables.js';
import { getAt, pickLabel } from './model.js';

const STATUSES = ['planned', 'ongoing', 'done', 'late'];

/** @type {import('./index.js').FigureEditor} */
export default {
  collection: 'roadmaps',
  blank: (id) => {
    const year = new Date().getFullYear();
    return {
      id,
      title: { fi: '' },
      start: String(year),
      end: String(year + 2),
      themes: [{ id: 'teema-1', label: { fi: '' } }],
      items: [{ id: 'kohta-1', theme: 'teema-1', label: { fi: '' }, start: String(year) }],
    };
  },
  render(ctx) {
    const themes = () => {
      const list = getAt(ctx.doc, [...ctx.base, 'themes']);
      return (Array.isArray(list) ? list : []).map((t) => ({
        value: String(t?.id ?? ''),
        label: `${pickLabel(t?.label, ctx.ui) || t?.id} (${t?.id})`,
      }));
    };
    return [
      part(ctx.t('ed-roadmap'), [
        field(ctx, { path: ['id'], label: ctx.t('ed-item-id') }),
        textField(ctx, { path: ['title'], label: ctx.t('ed-title') }),
        field(ctx, { path: ['start'], label: ctx.t('ed-range-start'), hint: ctx.t('ed-time-hint') }),
        field(ctx, { path: ['end'], label: ctx.t('ed-range-end'), hint: ctx.t('ed-time-hint') }),
        textField(ctx, { path: ['goal'], label: ctx.t('ed-goal'), optional: true }),
      ]),
      part(ctx.t('ed-themes'), [
        table(ctx, {
          id: 'themes',
          path: ['themes'],
          caption: 'ed-themes',
          row: 'ed-theme-n',
          columns: [
            { key: 'id', label: 'ed-id', kind: 'text' },
            { key: 'label', label: 'ed-name', kind: 'i18n', aliases: ['theme', 'teema', 'tema'] },
          ],
          blank: (i) => ({ id: `teema-${i + 1}`, label: { fi: '' } }),
        }),
      ]),
      part(ctx.t('ed-items'), [
        table(ctx, {
          id: 'items',
          path: ['items'],
          caption: 'ed-items',
          row: 'ed-item-n',
          columns: [
            { key: 'theme', label: 'ed-theme', kind: 'select', options: themes, aliases: ['teema', 'tema', 'theme', 'lane'] },
            {
              key: 'label',
              label: 'ed-label',
              kind: 'i18n',
              aliases: ['nimi', 'namn', 'name', 'label', 'otsikko', 'toimenpide', 'åtgärd'],
            },
            { key: 'start', label: 'ed-start', kind: 'text', aliases: ['alku', 'alkaa', 'början', 'start'] },
            { key: 'end', label: 'ed-end', kind: 'text', optional: true, aliases: ['loppu', 'päättyy', 'slut', 'end'] },
            {
              key: 'status',
              label: 'ed-status',
              kind: 'select',
              optional: true,
              options: () => STATUSES.map((s) => ({ value: s, label: ctx.t(`ed-option-${s}`) })),
              aliases: ['tila', 'status'],
            },
            {
              key: 'description',
              label: 'ed-description',
              kind: 'i18n',
              optional: true,
              aliases: ['kuvaus', 'beskrivning', 'description'],
            },
            { key: 'id', label: 'ed-id', kind: 'text' },
          ],
          blank: (i, rows) => ({
            id: `kohta-${i + 1}`,
            theme: String(rows[rows.length - 1]?.theme ?? themes()[0]?.value ?? ''),
            label: { fi: '' },
            start: String(getAt(ctx.doc, [...ctx.base, 'start']) ?? ''),
          }),
        }),
      ]),
    ];
  },
};
