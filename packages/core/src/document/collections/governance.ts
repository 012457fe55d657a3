/** `governance`: leadership and cooperation structures as a tree of levels, with cross links. */
import * as v from 'valibot';
import type { Issue } from '../issues.js';
import { checkTreeSize } from '../limits.js';
import type { PathSegment } from '../paths.js';
import { IdSchema, TextSchema, UrlSchema, common, type Text } from '../shared.js';
import { defineCollection } from './define-collection.js';
import { uniqueIds } from './item-checks.js';

export const NodeKindSchema = v.picklist(['group', 'role', 'network', 'place']);

/** Written out because a recursive schema needs its type named (valibot's `lazy`). */
export interface GovernanceNode {
  id: string;
  label: Text;
  level: string;
  kind?: 'group' | 'role' | 'network' | 'place';
  description?: Text;
  duties?: Text[];
  members?: Text[];
  url?: string;
  children?: GovernanceNode[];
}

export const NodeSchema: v.GenericSchema<GovernanceNode> = v.object({
  id: IdSchema,
  label: TextSchema,
  level: IdSchema,
  kind: v.optional(NodeKindSchema),
  description: v.optional(TextSchema),
  duties: v.optional(v.array(TextSchema)),
  members: v.optional(v.array(TextSchema)),
  url: v.optional(UrlSchema),
  children: v.optional(v.array(v.lazy(() => NodeSchema))),
});

export const GovernanceTreeSchema = v.object({
  id: IdSchema,
  title: TextSchema,
  levels: v.pipe(v.array(v.object({ id: IdSchema, label: TextSchema })), v.minLength(1, 'not-empty')),
  root: NodeSchema,
  links: v.optional(v.array(v.object({ from: IdSchema, to: IdSchema, label: v.optional(TextSchema) }))),
  ...common,
});

export type GovernanceTree = v.InferOutput<typeof GovernanceTreeSchema>;

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

function checkGovernance(tree: GovernanceTree): Issue[] {
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
}

export default defineCollection({
  name: 'governance',
  schema: GovernanceTreeSchema,
  check: checkGovernance,
  droppable: ['links'],
  limits: checkTreeSize,
  definitions: { Node: NodeSchema },
});
