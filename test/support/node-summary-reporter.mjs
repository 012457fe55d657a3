// A node:test reporter that writes the real counts to test-results/node.json, like the browser
// runner's summary, so `npm test` and `.ci/run` can add them up.
import { mkdirSync, writeFileSync } from 'node:fs';

export default async function* summary(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else totals.failed++;
  }
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/node.json', JSON.stringify(totals, null, 2));
  yield '';
}
