/**
 * Chromium's accessibility tree of an element, as a screen reader gets it (through the DevTools
 * protocol: puppeteer's accessibility snapshot, whole, by the `fc-ax-tree` command), and ways to read it: every node, and every
 * accessible name, description and value in it.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface AxNode {
  role: string;
  name?: string;
  description?: string;
  value?: string | number;
  level?: number;
  children?: AxNode[];
}

let next = 0;

/** The element's whole accessibility subtree: every node Chromium exposes, structure included. */
export async function axTree(el: HTMLElement): Promise<AxNode> {
  el.id ||= `fc-ax-${++next}`;
  const tree = await executeServerCommand<AxNode | null, { selector: string }>('fc-ax-tree', { selector: `#${el.id}` });
  if (!tree) throw new Error(`<${el.localName}> has no accessibility tree`);
  return tree;
}

export function* axNodes(node: AxNode): Generator<AxNode> {
  yield node;
  for (const child of node.children ?? []) yield* axNodes(child);
}

/** Every accessible name, description and value in the tree, with the role it belongs to. */
export function axStrings(tree: AxNode): { role: string; field: 'name' | 'description' | 'value'; text: string }[] {
  const out: { role: string; field: 'name' | 'description' | 'value'; text: string }[] = [];
  for (const node of axNodes(tree)) {
    // A line box of a StaticText: its text is already in the StaticText, and speech never stops at it.
    if (node.role === 'InlineTextBox') continue;
    for (const field of ['name', 'description', 'value'] as const) {
      const text = node[field];
      if (text !== undefined && text !== '') out.push({ role: node.role, field, text: String(text) });
    }
  }
  return out;
}
