import type { CarePathLayout } from './care-path-layout.js';

/**
 * The path through a chosen step: every step that leads to it (upstream) and every step it
 * leads to (downstream), following arrows as far as they go. In a loop a step can be both.
 */
export function reach(layout: CarePathLayout, id: string): { up: Set<string>; down: Set<string> } {
  const walk = (links: Map<string, string[]>) => {
    const seen = new Set<string>();
    const stack = [...(links.get(id) ?? [])];
    while (stack.length) {
      const s = stack.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(...(links.get(s) ?? []));
    }
    return seen;
  };
  return { up: walk(layout.previous), down: walk(layout.next) };
}
