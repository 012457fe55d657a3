/** Runs inside csp-frame.html (a strict Content-Security-Policy) and reports what it saw. */
import '../src/define.js';
import { withDetails } from './fixtures.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`));

const el = document.createElement('fc-governance-tree');
el.data = withDetails;
el.addEventListener('fc-load', async () => {
  for (let i = 0; i < 10 && !(await el.updateComplete); i++);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const boxes = [...el.shadowRoot!.querySelectorAll('[role="treeitem"]')].map((li) => li.getBoundingClientRect());
  (window as unknown as { cspResult: unknown }).cspResult = {
    violations,
    count: boxes.length,
    places: new Set(boxes.map((b) => `${Math.round(b.left)},${Math.round(b.top)}`)).size,
    linkLabels: el.shadowRoot!.querySelectorAll('[part="link-label"]').length,
  };
});
document.body.append(el);
