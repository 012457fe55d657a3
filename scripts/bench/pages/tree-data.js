// The same 1,000-node tree for the kit and for d3-org-chart, from the governance-tree engineers' generator.
import { generateTree } from '../../../packages/governance-tree/test/generate.ts';

export const tree = generateTree(1000, 1);

/** The tree as d3-org-chart wants it: a flat list with parent ids. */
export function flat() {
  const out = [];
  const stack = [{ node: tree.root, parentId: '' }];
  while (stack.length) {
    const { node, parentId } = stack.pop();
    out.push({ id: node.id, parentId, name: typeof node.label === 'string' ? node.label : node.label.fi });
    for (const child of node.children ?? []) stack.push({ node: child, parentId: node.id });
  }
  return out;
}
