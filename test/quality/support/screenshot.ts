import { executeServerCommand } from '@web/test-runner-commands';

/** Saves a PNG of `el` (as laid out now) under test-results/, for a person to look at. */
export async function screenshot(el: Element, name: string): Promise<string | undefined> {
  el.scrollIntoView({ block: 'start' });
  // Parts an element loads on demand (Chart.js) draw a moment after the element is ready.
  await new Promise((r) => setTimeout(r, 300));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const rect = el.getBoundingClientRect();
  const clip = {
    x: rect.left + scrollX,
    y: rect.top + scrollY,
    width: Math.ceil(rect.width),
    height: Math.ceil(Math.min(rect.height, 4000)),
  };
  return executeServerCommand<string, { name: string; clip: typeof clip }>('fc-screenshot', { name, clip });
}
