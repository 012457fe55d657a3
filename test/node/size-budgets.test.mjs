// The size budgets of the built kit (gzip, level 9), so a regression fails `npm test`. Sizes are
// deterministic; the timed figures are in `npm run bench` only (docs/benchmarks.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGETS, closure, kb, sizeFigures } from '../../scripts/bench/sizes.mjs';

const rows = sizeFigures();

for (const row of rows.filter((r) => r.budget)) {
  test(`${row.figure}: ${kb(row.bytes)} ≤ ${kb(row.budget)}`, () => {
    assert.ok(row.bytes <= row.budget, `${row.figure} is ${kb(row.bytes)} gzip, over its budget of ${kb(row.budget)}; files: ${row.files.join(', ')}`);
  });
}

test('every budget of the issue is checked', () => {
  const budgets = rows.filter((r) => r.budget).map((r) => r.budget / 1024);
  assert.deepEqual([...new Set(budgets)].sort((a, b) => a - b), Object.values(BUDGETS).sort((a, b) => a - b));
  assert.equal(rows.filter((r) => r.figure.startsWith('element chunk')).length, 5);
});

test('the loader loads no element up front, and only the survey chart loads Chart.js', () => {
  assert.deepEqual([...closure(['fc-kit.js'])], ['fc-kit.js'], 'the loader imports nothing statically');
  assert.ok([...closure(['survey-chart.js'], { dynamic: true })].some((f) => f.includes('chartjs')), 'the survey chart loads Chart.js');
  for (const name of ['data', 'governance-tree', 'network-house', 'roadmap']) {
    assert.ok(![...closure([`${name}.js`], { dynamic: true })].some((f) => f.includes('chartjs')), `${name}.js must not load Chart.js`);
  }
});
