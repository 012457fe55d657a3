/**
 * Checks that span more than one field and so cannot live in the schema: unique ids, references
 * to existing ids, survey sums, real dates and time order. Each takes a schema-valid item and
 * returns issues with paths relative to that item.
 */
import type { Issue } from './issues.js';
import type { PathSegment } from './paths.js';
import { spanBetween, timeSpan } from './time.js';
import type { CollectionItem, Collection, GovernanceNode, GovernanceTree, House, Roadmap, Survey } from './types.js';

type Check<T> = (item: T) => Issue[];

/** Records ids in order; a second use of one is an issue at the later place. */
function uniqueIds(entries: Iterable<{ id: string; path: PathSegment[] }>): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const { id, path } of entries) {
    if (seen.has(id)) issues.push({ path: [...path, 'id'], code: 'duplicate-id', params: { id } });
    seen.add(id);
  }
  return issues;
}

/** Every node with its path, depth first, without recursion (trees may be deep). */
export function* walkNodes(root: GovernanceNode): Generator<{ node: GovernanceNode; path: PathSegment[]; parent?: GovernanceNode }> {
  const stack: { node: GovernanceNode; path: PathSegment[]; parent?: GovernanceNode }[] = [{ node: root, path: ['root'] }];
  while (stack.length) {
    const entry = stack.pop()!;
    yield entry;
    const children = entry.node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i], path: [...entry.path, 'children', i], parent: entry.node });
    }
  }
}

const checkGovernance: Check<GovernanceTree> = (tree) => {
  const levelIds = new Set(tree.levels.map((l) => l.id));
  const nodes = [...walkNodes(tree.root)];
  const parentOf = new Map(nodes.map(({ node, parent }) => [node.id, parent?.id]));
  const issues = [
    ...uniqueIds(tree.levels.map((l, i) => ({ id: l.id, path: ['levels', i] }))),
    ...uniqueIds(nodes.map(({ node, path }) => ({ id: node.id, path }))),
  ];
  for (const { node, path } of nodes) {
    if (!levelIds.has(node.level)) issues.push({ path: [...path, 'level'], code: 'unknown-reference', params: { id: node.level } });
  }
  (tree.links ?? []).forEach((link, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!parentOf.has(link[end])) issues.push({ path: ['links', i, end], code: 'unknown-reference', params: { id: link[end] } });
    }
    if (link.from === link.to) issues.push({ path: ['links', i, 'to'], code: 'self-link' });
    else if (parentOf.get(link.from) === link.to || parentOf.get(link.to) === link.from) {
      issues.push({ path: ['links', i], code: 'parent-link' });
    }
  });
  return issues;
};

const checkHouse: Check<House> = (house) =>
  uniqueIds([
    ...house.floors.map((f, i) => ({ id: f.id, path: ['floors', i] as PathSegment[] })),
    ...house.floors.flatMap((f, i) => f.rooms.map((r, j) => ({ id: r.id, path: ['floors', i, 'rooms', j] as PathSegment[] }))),
    ...house.foundation.map((s, i) => ({ id: s.id, path: ['foundation', i] as PathSegment[] })),
  ]);

const checkSurvey: Check<Survey> = (survey) => {
  const issues: Issue[] = [];
  survey.answers.forEach((a, i) => {
    if (a.count > survey.n) issues.push({ path: ['answers', i, 'count'], code: 'count-over-n', params: { count: a.count, n: survey.n } });
  });
  const sum = survey.answers.reduce((s, a) => s + a.count, 0);
  if (survey.type === 'single' && sum !== survey.n) issues.push({ path: ['answers'], code: 'sum-not-n', params: { sum, n: survey.n } });
  return issues;
};

const checkRoadmap: Check<Roadmap> = (roadmap) => {
  const issues = [
    ...uniqueIds(roadmap.themes.map((t, i) => ({ id: t.id, path: ['themes', i] }))),
    ...uniqueIds(roadmap.items.map((t, i) => ({ id: t.id, path: ['items', i] }))),
  ];
  const range = checkSpan(roadmap, [], issues);
  const themes = new Set(roadmap.themes.map((t) => t.id));
  roadmap.items.forEach((item, i) => {
    if (!themes.has(item.theme)) issues.push({ path: ['items', i, 'theme'], code: 'unknown-reference', params: { id: item.theme } });
    const span = checkSpan(item, ['items', i], issues);
    if (span && range && (span.start < range.start || span.end > range.end)) {
      // Name the end that lies outside: the start for an item wholly before or after the range.
      const field = span.start < range.start || span.start >= range.end || item.end === undefined ? 'start' : 'end';
      issues.push({ path: ['items', i, field], code: 'outside-range', params: { start: roadmap.start, end: roadmap.end } });
    }
  });
  return issues;
};

function checkSpan(entry: { start: string; end?: string }, path: PathSegment[], issues: Issue[]) {
  let ok = true;
  for (const field of ['start', 'end'] as const) {
    const value = entry[field];
    if (value !== undefined && !timeSpan(value)) {
      issues.push({ path: [...path, field], code: 'bad-time' });
      ok = false;
    }
  }
  if (!ok) return undefined;
  const span = spanBetween(entry.start, entry.end)!;
  if (entry.end !== undefined && timeSpan(entry.end)!.end <= timeSpan(entry.start)!.start) {
    issues.push({ path: [...path, 'end'], code: 'end-before-start', params: { start: entry.start, end: entry.end } });
    return undefined;
  }
  return span;
}

export const REFERENCE_CHECKS: { [C in Collection]: Check<CollectionItem[C]> } = {
  governance: checkGovernance,
  houses: checkHouse,
  surveys: checkSurvey,
  roadmaps: checkRoadmap,
};
