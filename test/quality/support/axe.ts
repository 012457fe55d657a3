/** axe-core, loaded once into a window (the test page or a demo page in a frame), run with the WCAG 2.1 A and AA rules. */
export const WCAG21AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeResult {
  violations: { id: string; impact?: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}
type AxeWindow = Window & { axe?: { run: (context: unknown, options: unknown) => Promise<AxeResult> } };

export async function loadAxe(win: Window = window): Promise<void> {
  const w = win as AxeWindow;
  if (w.axe) return;
  const script = w.document.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error('axe-core did not load')), { once: true });
  });
  w.document.head.append(script);
  await loaded;
}

/** The violations in `context`, one line each: `rule (impact): help — targets`. */
export async function axeViolations(context: Element | Document, win: Window = window): Promise<string[]> {
  await loadAxe(win);
  const result = await (win as AxeWindow).axe!.run(context, { runOnly: { type: 'tag', values: WCAG21AA }, resultTypes: ['violations'] });
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => JSON.stringify(n.target))
        .join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`,
  );
}
