// Writes the real counts of a test run to test-results/summary.json, for `npm test` and
// `.ci/run` to print: a run that executed no test must show as one.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, totals);
}

export function summaryReporter(file = 'test-results/browser.json') {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length, brokenFiles: [] };
      for (const session of sessions) {
        const before = totals.passed + totals.failed;
        count(session.testResults, totals);
        // A file that failed to load, or threw outside a test, counts as one failure.
        const ranNothing = totals.passed + totals.failed === before;
        if ((!session.passed && ranNothing) || session.errors?.length) {
          totals.failed++;
          totals.brokenFiles.push(session.testFile);
        }
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync(file, JSON.stringify(totals, null, 2));
    },
  };
}
