import type { Issue } from './issues.js';
import type { PathSegment } from './paths.js';

/** Beyond these a tree is not a leadership structure any more but a mistake; say so, fast. */
export const MAX_TREE_DEPTH = 50;
export const MAX_TREE_NODES = 5000;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/**
 * Measures a raw governance tree before the schema walks it: a 10,000-deep tree would overflow
 * the stack of any recursive check, so this one keeps its own stack.
 */
export function checkTreeSize(tree: unknown): Issue[] {
  if (!isObject(tree) || !isObject(tree.root)) return [];
  const stack: { node: Record<string, unknown>; path: PathSegment[]; depth: number }[] = [{ node: tree.root, path: ['root'], depth: 1 }];
  let count = 0;
  while (stack.length) {
    const { node, path, depth } = stack.pop()!;
    count++;
    if (depth > MAX_TREE_DEPTH) return [{ path, code: 'too-deep', params: { limit: MAX_TREE_DEPTH } }];
    if (count > MAX_TREE_NODES) return [{ path: ['root'], code: 'too-large', params: { limit: MAX_TREE_NODES } }];
    const children = node.children;
    if (Array.isArray(children)) {
      children.forEach((child, i) => {
        if (isObject(child)) stack.push({ node: child, path: [...path, 'children', i], depth: depth + 1 });
      });
    }
  }
  return [];
}
