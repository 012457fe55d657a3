import { walkNodes, type GovernanceNode, type GovernanceTree, type Text } from '@fc-kit/core';

export interface LinkEnd {
  other: GovernanceNode;
  label?: Text;
}

/** What the element looks up by id, built once per tree without recursion. */
export interface TreeIndex {
  node: Map<string, GovernanceNode>;
  parent: Map<string, GovernanceNode | undefined>;
  depth: Map<string, number>;
  /** The links each node takes part in, from either end. */
  links: Map<string, LinkEnd[]>;
}

export function indexTree(tree: GovernanceTree): TreeIndex {
  const node = new Map<string, GovernanceNode>();
  const parent = new Map<string, GovernanceNode | undefined>();
  const depth = new Map<string, number>();
  for (const entry of walkNodes(tree.root)) {
    node.set(entry.node.id, entry.node);
    parent.set(entry.node.id, entry.parent);
    depth.set(entry.node.id, entry.parent ? depth.get(entry.parent.id)! + 1 : 1);
  }
  const links = new Map<string, LinkEnd[]>();
  for (const link of tree.links ?? []) {
    const from = node.get(link.from);
    const to = node.get(link.to);
    if (!from || !to) continue;
    links.set(from.id, [...(links.get(from.id) ?? []), { other: to, label: link.label }]);
    links.set(to.id, [...(links.get(to.id) ?? []), { other: from, label: link.label }]);
  }
  return { node, parent, depth, links };
}

/** The ids from the root down to (not including) a node. */
export function ancestorsOf(index: TreeIndex, id: string): string[] {
  const out: string[] = [];
  for (let p = index.parent.get(id); p; p = index.parent.get(p.id)) out.unshift(p.id);
  return out;
}

/** Without `expand-depth`, a tree shows as many whole generations as fit in this many boxes. */
export const AUTO_EXPAND_MAX = 150;

/**
 * The nodes that start collapsed. With `expandDepth` n, the first n generations show. Without it,
 * everything shows unless the tree is big: then whole generations up to AUTO_EXPAND_MAX boxes (at
 * least the root and its children), because a thousand boxes are drawn slowly and read by no one
 * at once; "Expand all" shows the rest.
 */
export function initialCollapsed(index: TreeIndex, expandDepth: number | undefined): Set<string> {
  let depth = expandDepth !== undefined && expandDepth > 0 ? expandDepth : undefined;
  if (depth === undefined && index.node.size > AUTO_EXPAND_MAX) {
    const perDepth: number[] = [];
    for (const d of index.depth.values()) perDepth[d] = (perDepth[d] ?? 0) + 1;
    let shown = 0;
    depth = 1;
    for (let d = 1; d < perDepth.length; d++) {
      shown += perDepth[d] ?? 0;
      if (shown > AUTO_EXPAND_MAX) break;
      depth = d;
    }
    depth = Math.max(depth, 2);
  }
  const out = new Set<string>();
  if (depth === undefined) return out;
  for (const [id, d] of index.depth) {
    if (d >= depth && index.node.get(id)!.children?.length) out.add(id);
  }
  return out;
}

export function hasDetails(node: GovernanceNode): boolean {
  return node.description !== undefined || !!node.duties?.length || !!node.members?.length || node.url !== undefined;
}
