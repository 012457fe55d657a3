/**
 * The roadmap's text version: its span and goal, then one table per theme with the theme's items
 * in time order (`layoutRoadmap`'s lanes), each with its time in words, its status in words (or
 * "milestone") and its description. `roadmapFacts` lists what it must carry.
 */
import { pickText, type Language, type Roadmap, type Text } from '@fc-kit/core/headless.js';
import { h, headingTag, langOf, noteAndSource, textBlock, type TextNode, type TextVersionOptions } from '@fc-kit/core/text-version.js';
import { layoutRoadmap } from './roadmap-layout.js';
import { t } from './strings.js';
import { formatSpan } from './time-labels.js';

export function roadmapText(roadmap: Roadmap, lang: Language, { level = 2, source }: TextVersionOptions = {}): TextNode[] {
  const text = (value: Text | undefined) => pickText(value, lang);
  // Only the lanes and their time order are used: the width does not change either.
  const layout = layoutRoadmap(roadmap, { width: 1000 });
  const sub = headingTag(level + 1);
  const out: TextNode[] = [
    textBlock(headingTag(level), roadmap.title, lang),
    h('p', null, h('strong', null, `${t(lang, 'time')}:`), ' ', formatSpan(roadmap.start, roadmap.end, lang)),
  ];
  if (text(roadmap.goal)) out.push(h('p', null, h('strong', null, `${t(lang, 'goal')}:`), ' ', text(roadmap.goal)));
  // A column no item fills is left out: most roadmaps give no status or no descriptions at all.
  const withStatus = layout.items.some((b) => b.item.status || b.milestone);
  const withDescription = layout.items.some((b) => text(b.item.description));
  for (const lane of layout.lanes) {
    out.push(textBlock(sub, lane.label, lang));
    if (!lane.items.length) {
      out.push(h('p', null, t(lang, 'no-items')));
      continue;
    }
    out.push(
      h(
        'table',
        null,
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, t(lang, 'time')),
            h('th', { scope: 'col' }, t(lang, 'item')),
            withStatus && h('th', { scope: 'col' }, t(lang, 'status')),
            withDescription && h('th', { scope: 'col' }, t(lang, 'description')),
          ),
        ),
        h(
          'tbody',
          null,
          lane.items.map(({ item, milestone }) =>
            h(
              'tr',
              null,
              h('td', null, formatSpan(item.start, item.end, lang)),
              h('th', { scope: 'row', ...langOf(item.label, lang) }, text(item.label) || item.id),
              withStatus &&
                h(
                  'td',
                  null,
                  [item.status ? t(lang, `status-${item.status}`) : '', milestone ? t(lang, 'milestone') : ''].filter(Boolean).join(', '),
                ),
              withDescription && textBlock('td', item.description, lang),
            ),
          ),
        ),
      ),
    );
  }
  return [...out, ...noteAndSource(lang, roadmap.note, roadmap.source ?? source)];
}

/** Every theme, item (with its time and status in words), the goal, the note and the source. */
export function roadmapFacts(roadmap: Roadmap, lang: Language): string[] {
  const text = (value: Text | undefined) => pickText(value, lang);
  return [
    text(roadmap.title),
    formatSpan(roadmap.start, roadmap.end, lang),
    text(roadmap.goal),
    ...roadmap.themes.map((th) => text(th.label)),
    ...roadmap.items.flatMap((item) => [
      text(item.label),
      formatSpan(item.start, item.end, lang),
      item.status ? t(lang, `status-${item.status}`) : '',
      text(item.description),
    ]),
    text(roadmap.note),
    text(roadmap.source?.title),
  ].filter(Boolean);
}
