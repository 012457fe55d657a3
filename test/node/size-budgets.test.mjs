// The size budgets of the built kit (gzip, level 9), so a regression fails `npm test`. Sizes are
// deterministic; the timed figures are in `npm run bench` only (docs/benchmarks.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGETS, CEILINGS, ELEMENT_ENTRIES, closure, kb, sizeFigures } from '../../scripts/bench/sizes.mjs';

const rows = sizeFigures();

for (const row of rows.filter((r) => r.budget)) {
  const ceiling = CEILINGS[row.figure] && CEILINGS[row.figure] * 1024;
  const limit = ceiling ?? row.budget;
  const what = ceiling ? `held to ${kb(ceiling)} (the issue's ${kb(row.budget)} not met yet)` : kb(row.budget);
  test(`${row.figure}: ${kb(row.bytes)} ≤ ${what}`, () => {
    assert.ok(row.bytes <= limit, `${row.figure} is ${kb(row.bytes)} gzip, over ${what}; files: ${row.files.join(', ')}`);
  });
}

test("a ceiling exists only where the issue's budget is missed", () => {
  for (const row of rows.filter((r) => CEILINGS[r.figure])) {
    assert.ok(row.bytes > row.budget, `${row.figure} now meets its budget (${kb(row.bytes)} ≤ ${kb(row.budget)}): remove its ceiling`);
  }
});

test('every budget of the issue is checked', () => {
  const budgets = rows.filter((r) => r.budget).map((r) => r.budget / 1024);
  assert.deepEqual(
    [...new Set(budgets)].sort((a, b) => a - b),
    Object.values(BUDGETS).sort((a, b) => a - b),
  );
  assert.equal(rows.filter((r) => r.figure.startsWith('element chunk')).length, ELEMENT_ENTRIES.length);
});

test('the loader loads no element up front, and only the survey chart loads Chart.js', () => {
  assert.deepEqual([...closure(['fc-kit.js'])], ['fc-kit.js'], 'the loader imports nothing statically');
  assert.ok(
    [...closure(['survey-chart.js'], { dynamic: true })].some((f) => f.includes('chartjs')),
    'the survey chart loads Chart.js',
  );
  for (const name of ELEMENT_ENTRIES.filter((n) => n !== 'survey-chart')) {
    assert.ok(![...closure([`${name}.js`], { dynamic: true })].some((f) => f.includes('chartjs')), `${name}.js must not load Chart.js`);
  }
});
