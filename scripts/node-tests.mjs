// The tests that belong in Node (the validator CLI, the published schema), with node's own runner.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = readdirSync('test/node')
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => `test/node/${f}`);
const result = spawnSync(
  'node',
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./test/support/node-summary-reporter.mjs',
    '--test-reporter-destination=stdout',
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
