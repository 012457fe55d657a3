/**
 * The matrix's text version: the same table the element draws — column headers, one row header
 * and one cell per row × column pair from `matrixModel`, each cell's points as a list, an empty
 * cell said in words, a cell placed by reconstruction marked as the element marks it — then the
 * note and the source. `matrixFacts` lists what it must carry.
 */
import { pickText, type Language, type Matrix } from '@fc-kit/core/headless.js';
import { h, headingTag, langOf, noteAndSource, textBlock, type TextNode, type TextVersionOptions } from '@fc-kit/core/text-version.js';
import { matrixModel, type CellModel } from './matrix-layout.js';
import { t } from './strings.js';

function cellContent(cell: CellModel, lang: Language) {
  const mark = cell.uncertain ? h('p', null, h('em', null, t(lang, 'uncertain'))) : undefined;
  if (!cell.items.length) return [t(lang, 'empty'), mark];
  return [
    h(
      'ul',
      null,
      cell.items.map((point) => textBlock('li', point, lang)),
    ),
    mark,
  ];
}

export function matrixText(matrix: Matrix, lang: Language, { level = 2, source }: TextVersionOptions = {}): TextNode[] {
  const model = matrixModel(matrix);
  const uncertain = model.uncertain ? h('p', null, t(lang, 'uncertain-legend')) : undefined;
  return [
    textBlock(headingTag(level), matrix.title, lang),
    uncertain,
    h(
      'table',
      null,
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('td', null, ''),
          model.columns.map((c) => h('th', { scope: 'col', ...langOf(c.label, lang) }, pickText(c.label, lang))),
        ),
      ),
      h(
        'tbody',
        null,
        model.rows.map((row, r) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row', ...langOf(row.label, lang) }, pickText(row.label, lang)),
            model.cells[r].map((cell) => h('td', null, ...cellContent(cell, lang))),
          ),
        ),
      ),
    ),
    ...noteAndSource(lang, matrix.note, matrix.source ?? source),
  ].filter((x): x is TextNode => x !== undefined);
}

/** The title, every row and column label, every point, the note and the source. */
export function matrixFacts(matrix: Matrix, lang: Language): string[] {
  const text = (value: Matrix['title'] | undefined) => pickText(value, lang);
  return [
    text(matrix.title),
    ...matrix.rows.map((r) => text(r.label)),
    ...matrix.columns.map((c) => text(c.label)),
    ...matrix.cells.flatMap((c) => c.items.map(text)),
    text(matrix.note),
    text(matrix.source?.title),
  ].filter(Boolean);
}
