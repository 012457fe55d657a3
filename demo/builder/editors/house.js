// @ts-check
// The house editor: roof and door, the floors as a list (each with its rooms, each room with its
// services), and the foundation stones.
import { getAt, moveItem, pickLabel, updateList } from './model.js';
import { button, field, h, part, textField } from './widgets.js';
import { table } from './tables.js';

/** @typedef {import('./widgets.js').EditorContext} EditorContext */

/** @type {import('./index.js').FigureEditor} */
export default {
  collection: 'houses',
  blank: (id) => ({ id, title: { fi: '' }, floors: [{ id: 'kerros-1', label: { fi: '' }, rooms: [] }], foundation: [] }),
  render(ctx) {
    const floors = getAt(ctx.doc, [...ctx.base, 'floors']);
    const list = Array.isArray(floors) ? floors : [];
    const floorsPath = [...ctx.base, 'floors'];
    return [
      part(ctx.t('ed-house'), [
        field(ctx, { path: ['id'], label: ctx.t('ed-item-id') }),
        textField(ctx, { path: ['title'], label: ctx.t('ed-title') }),
        textField(ctx, { path: ['roof', 'label'], label: ctx.t('ed-roof') }),
        textField(ctx, { path: ['roof', 'description'], label: ctx.t('ed-roof-description'), optional: true }),
        textField(ctx, { path: ['door', 'label'], label: ctx.t('ed-door') }),
        textField(ctx, { path: ['door', 'description'], label: ctx.t('ed-door-description'), optional: true }),
      ]),
      part(ctx.t('ed-floors'), [
        h(
          'ol',
          { class: 'fe-floors' },
          list.map((floor, i) => {
            const name = ctx.t('ed-floor-n', { n: i + 1 });
            const rooms = Array.isArray(floor?.rooms) ? floor.rooms : [];
            return h('li', { class: 'fe-floor', 'data-path': ctx.pathText([...floorsPath, i]) }, [
              part(
                `${name}${pickLabel(floor?.label, ctx.ui) ? ` – ${pickLabel(floor?.label, ctx.ui)}` : ''}`,
                [
                  field(ctx, { path: ['floors', i, 'id'], label: ctx.t('ed-id') }),
                  textField(ctx, { path: ['floors', i, 'label'], label: ctx.t('ed-name') }),
                  table(ctx, {
                    id: `rooms:${i}`,
                    path: ['floors', i, 'rooms'],
                    caption: 'ed-rooms',
                    row: 'ed-room-n',
                    columns: [
                      { key: 'id', label: 'ed-id', kind: 'text' },
                      { key: 'label', label: 'ed-name', kind: 'i18n', aliases: ['huone', 'rum', 'room'] },
                      { key: 'description', label: 'ed-description', kind: 'i18n', optional: true },
                    ],
                    blank: (k) => ({ id: `huone-${i + 1}-${k + 1}`, label: { fi: '' } }),
                  }),
                  ...rooms.map((/** @type {any} */ room, /** @type {number} */ k) =>
                    part(
                      ctx.t('ed-services-of', { room: pickLabel(room?.label, ctx.ui) || ctx.t('ed-room-n', { n: k + 1 }) }),
                      [
                        table(ctx, {
                          id: `services:${i}:${k}`,
                          path: ['floors', i, 'rooms', k, 'services'],
                          caption: 'ed-services',
                          row: 'ed-service-n',
                          columns: [
                            { key: 'label', label: 'ed-name', kind: 'i18n', aliases: ['palvelu', 'tjänst', 'service'] },
                            {
                              key: 'provider',
                              label: 'ed-provider',
                              kind: 'i18n',
                              optional: true,
                              aliases: ['tuottaja', 'järjestäjä', 'producent'],
                            },
                            { key: 'url', label: 'ed-url', kind: 'text', optional: true, aliases: ['url', 'linkki', 'länk', 'link'] },
                          ],
                          blank: () => ({ label: { fi: '' } }),
                        }),
                      ],
                      6,
                    ),
                  ),
                ],
                5,
              ),
              h('div', { class: 'fe-row-actions' }, [
                button(
                  ctx.t('ed-move-up', { row: name }),
                  () => ctx.update((d) => updateList(d, floorsPath, (l) => moveItem(l, i, i - 1)), `floor:${i - 1}:up`),
                  { text: '↑', disabled: i === 0, key: `floor:${i}:up` },
                ),
                button(
                  ctx.t('ed-move-down', { row: name }),
                  () => ctx.update((d) => updateList(d, floorsPath, (l) => moveItem(l, i, i + 1)), `floor:${i + 1}:down`),
                  { text: '↓', disabled: i === list.length - 1, key: `floor:${i}:down` },
                ),
                button(
                  ctx.t('ed-remove', { row: name }),
                  () => ctx.update((d) => updateList(d, floorsPath, (l) => l.filter((_, k) => k !== i)), 'floor:add'),
                  { text: '✕', disabled: list.length === 1, key: `floor:${i}:remove` },
                ),
              ]),
            ]);
          }),
        ),
        button(
          ctx.t('ed-add-floor'),
          () =>
            ctx.update(
              (d) => updateList(d, floorsPath, (l) => [...l, { id: `kerros-${l.length + 1}`, label: { fi: '' }, rooms: [] }]),
              'floor:add',
            ),
          { key: 'floor:add' },
        ),
      ]),
      part(ctx.t('ed-foundation'), [
        table(ctx, {
          id: 'foundation',
          path: ['foundation'],
          caption: 'ed-foundation',
          row: 'ed-stone-n',
          columns: [
            { key: 'id', label: 'ed-id', kind: 'text' },
            { key: 'label', label: 'ed-name', kind: 'i18n', aliases: ['perusta', 'grund', 'stone'] },
            { key: 'description', label: 'ed-description', kind: 'i18n', optional: true },
          ],
          blank: (k) => ({ id: `kivi-${k + 1}`, label: { fi: '' } }),
        }),
      ]),
    ];
  },
};
