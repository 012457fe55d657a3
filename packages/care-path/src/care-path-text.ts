/**
 * The care path's text version: the lanes with their settings, then every step in the reading
 * order `layoutCarePath` gives (the narrow view's order), each with its lane, stage, description,
 * link, and the steps it leads to and comes after, named in words — then the note and source.
 * `carePathFacts` lists what it must carry.
 */
import { pickText, type CarePath, type Language } from '@fc-kit/core/headless.js';
import { h, headingTag, langOf, noteAndSource, textBlock, type TextNode, type TextVersionOptions } from '@fc-kit/core/text-version.js';
import { layoutCarePath } from './care-path-layout.js';
import { t } from './strings.js';

export function carePathText(path: CarePath, lang: Language, { level = 2, source }: TextVersionOptions = {}): TextNode[] {
  const L = layoutCarePath(path);
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, lang);
  const label = (id: string) => text(L.byId.get(id)?.step.label) || id;
  const stageOf = new Map((path.stages ?? []).map((s) => [s.id, s.label]));
  const names = (ids: readonly string[] | undefined) => (ids ?? []).map(label).join('; ');
  return [
    textBlock(headingTag(level), path.title, lang),
    h('p', null, h('strong', null, `${t(lang, 'lane')}:`)),
    h(
      'ul',
      null,
      L.lanes.map((lane) =>
        h(
          'li',
          null,
          h('strong', langOf(lane.lane.label, lang), text(lane.lane.label)),
          lane.lane.settings?.length ? ` (${t(lang, 'settings')}: ${lane.lane.settings.map(text).join(', ')})` : '',
        ),
      ),
    ),
    h(
      'ol',
      null,
      L.sequence.map((box) => {
        const step = box.step;
        const stage = step.stage ? stageOf.get(step.stage) : undefined;
        const next = names(L.next.get(box.id));
        const previous = names(L.previous.get(box.id));
        return h(
          'li',
          null,
          h('strong', langOf(step.label, lang), step.url ? h('a', { href: step.url }, text(step.label)) : text(step.label)),
          h(
            'ul',
            null,
            h('li', null, `${t(lang, 'lane')}: ${text(L.lanes[box.lane].lane.label)}`),
            stage ? h('li', null, `${t(lang, 'stage')}: ${text(stage)}`) : undefined,
            step.description ? textBlock('li', step.description, lang) : undefined,
            next ? h('li', null, `${t(lang, 'leads-to')}: ${next}`) : undefined,
            previous ? h('li', null, `${t(lang, 'comes-after')}: ${previous}`) : undefined,
            !next && !previous ? h('li', null, t(lang, 'not-joined')) : undefined,
          ),
        );
      }),
    ),
    ...noteAndSource(lang, path.note, path.source ?? source),
  ].filter((x): x is TextNode => x !== undefined);
}

/** The title, every lane with its settings, every stage and step with its description, the note and the source. */
export function carePathFacts(path: CarePath, lang: Language): string[] {
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, lang);
  return [
    text(path.title),
    ...path.lanes.flatMap((l) => [text(l.label), ...(l.settings ?? []).map(text)]),
    ...(path.stages ?? []).map((s) => text(s.label)),
    ...path.steps.flatMap((s) => [text(s.label), text(s.description)]),
    text(path.note),
    text(path.source?.title),
  ].filter(Boolean);
}
