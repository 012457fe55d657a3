// `npm test`: type-check, lint, build the bundle (the loader tests load it as a page would), run
// every test in real Chromium, then print the real counts. Some of them, browser tests only:
// `npm test -- --files <glob>…`, or `npm test -- --group <name>` for a group of
// web-test-runner.config.mjs (an element package such as `roadmap`, `core`, `loader`, `quality`,
// `demo`, or `fast`: every package's tests, which `npm run test:fast` runs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const args = process.argv.slice(2);
/** The values after a flag, up to the next flag: `--files a.test.ts b.test.ts`. */
const valuesOf = (flag) => {
  const at = args.indexOf(flag);
  if (at < 0) return [];
  const end = args.findIndex((a, i) => i > at && a.startsWith('--'));
  return args.slice(at + 1, end < 0 ? undefined : end);
};
const only = valuesOf('--files');
const [group] = valuesOf('--group');
const everything = !only.length && !group;
const bin = (name) => `node_modules/.bin/${name}`;

function run(label, command, commandArgs, env = {}) {
  console.log(`\n── ${label}`);
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

let chrome;
try {
  chrome = findChrome();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

const steps = { typecheck: true, lint: true, build: true, node: true, browser: true };
if (everything) {
  steps.typecheck =
    run('type-check (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) &&
    run('type-check the CLI (tsc --noEmit, Node types)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.node.json']);
  steps.lint = run('lint (prettier --check, eslint)', 'npm', ['run', '--silent', 'lint']);
  steps.build = run('build (rollup)', 'node', ['scripts/build.mjs']);
}
rmSync('test-results/browser.json', { force: true });
rmSync('test-results/node.json', { force: true });
mkdirSync('test-results', { recursive: true });
if (everything && existsSync('test/node')) {
  steps.node = run('node tests (CLI, schema)', 'node', ['scripts/node-tests.mjs']);
}
const wtrArgs = ['--config', 'web-test-runner.config.mjs'];
if (only.length) wtrArgs.push('--files', ...only);
if (group) wtrArgs.push('--group', group);
steps.browser = run('browser tests (@web/test-runner, Chromium)', bin('wtr'), wtrArgs, { CHROME_PATH: chrome });

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : undefined);
const browser = read('test-results/browser.json');
const node = read('test-results/node.json');
let passed = (browser?.passed ?? 0) + (node?.passed ?? 0);
let failed = (browser?.failed ?? 0) + (node?.failed ?? 0);
if (browser?.brokenFiles?.length) console.error(`files that did not run: ${browser.brokenFiles.join(', ')}`);
// A step that failed without a failing test to show for it (it did not compile, or a runner
// crashed) is one failure more, so a broken run can never look green.
const silentFailures = [
  ['type-check', !steps.typecheck],
  ['lint', !steps.lint],
  ['build', !steps.build],
  ['node tests', !steps.node && !node?.failed],
  ['browser tests', !browser || (!steps.browser && !browser.failed)],
].filter(([, failedSilently]) => failedSilently);
for (const [step] of silentFailures) console.error(`fc-kit: ${step} failed; counting it as one failure.`);
failed += silentFailures.length;
writeFileSync('test-results/summary.json', JSON.stringify({ passed, failed }, null, 2));
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
