// The robustness corpus through the validator CLI, as an editor runs it:
// `npx fc-kit validate --json`. The browser test (test/quality/corpus.test.ts) runs the same files
// through the elements and expects the same lines, so the CLI and the elements agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedCases } from '../corpus/generated.mjs';
import { currentExpectation, expectedLines, linesMatch, problemLine } from '../corpus/match-lines.mjs';
import { VISUAL_ELEMENTS } from '../../packages/fc-kit/src/elements.js';

const DIR = 'test/corpus';
const VISUAL_TAGS = VISUAL_ELEMENTS.map((e) => e.tag);
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
const files = readdirSync(DIR)
  .filter((f) => /^\d{3}-.*\.(json|txt)$/.test(f))
  .sort();

function validate(paths) {
  const r = spawnSync('node', ['packages/fc-kit/bin/fc-kit.js', 'validate', '--json', '--lang', 'en', ...paths], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, LANG: 'C' },
  });
  assert.equal(r.stderr, '', 'the CLI wrote to stderr');
  const out = JSON.parse(r.stdout);
  return { status: r.status, results: Array.isArray(out) ? out : [out] };
}

/** Checks one CLI result; returns a failure message, or undefined. */
function check(label, result, entry, url) {
  const got = result.problems.map(problemLine);
  const lines = (e) => expectedLines(e.cli ?? e.lines, url);
  if (entry.known && linesMatch(got, lines(entry))) {
    return `${label}: fixed (${entry.known.issue}); move "known" out of its manifest entry`;
  }
  const want = lines(currentExpectation(entry));
  if (!linesMatch(got, want)) return `${label}\n  expected: ${JSON.stringify(want)}\n  CLI said: ${JSON.stringify(got)}`;
  if (result.valid !== (want.length === 0)) return `${label}: "valid" should be ${want.length === 0}`;
  return undefined;
}

const assertAll = (failures) => assert.deepEqual(failures.filter(Boolean), [], 'corpus entries the CLI disagrees with');

test('the corpus has at least 100 files, each with its expected lines', () => {
  assert.ok(files.length >= 100, `${files.length} files`);
  assert.deepEqual(files, Object.keys(manifest).sort(), 'every corpus file is in manifest.json and every entry has its file');
  for (const [file, entry] of Object.entries(manifest)) {
    assert.ok(VISUAL_TAGS.includes(entry.element), `${file}: element ${entry.element} is not in packages/fc-kit/src/elements.js`);
    assert.ok(['error', 'warnings', 'renders'].includes(entry.shown), `${file}: shown`);
    assert.equal(entry.shown === 'renders', entry.lines.length === 0, `${file}: only a rendering case has no lines`);
  }
});

test('npx fc-kit validate --json gives each corpus file its expected messages', (t) => {
  const paths = files.map((f) => join(DIR, f));
  const { status, results } = validate(paths);
  assert.equal(status, 1, 'exit code 1: problems found');
  assert.equal(results.length, files.length);
  assertAll(results.map((result, i) => check(files[i], result, manifest[files[i]], paths[i])));
  for (const [file, entry] of Object.entries(manifest)) if (entry.known) t.diagnostic(`known defect, ${file}: ${entry.known.issue}`);
});

test('the generated cases (10 MB, 10,000 deep, 5,001 wide) give their expected messages, quickly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-corpus-'));
  const cases = generatedCases();
  const paths = cases.map((c) => {
    const path = join(dir, `${c.name}.json`);
    writeFileSync(path, c.body);
    return path;
  });
  assert.ok(cases.find((c) => c.name === 'ten-megabytes').body.length >= 10 * 1024 * 1024);
  const started = performance.now();
  const { results } = validate(paths);
  const seconds = (performance.now() - started) / 1000;
  assertAll(results.map((result, i) => check(cases[i].name, result, cases[i], paths[i])));
  // Not a benchmark: a guard against validation that goes quadratic (a minute, not a second).
  assert.ok(seconds < 30, `validating took ${seconds.toFixed(1)} s`);
});

test('no corpus file pollutes Object.prototype in the validator', async () => {
  const { checkDocument } = await import('../../scripts/run-ts.mjs').then((m) => m.importTs('packages/core/src/headless.ts'));
  for (const f of files.filter((f) => /proto|constructor/.test(f))) {
    checkDocument(JSON.parse(readFileSync(join(DIR, f), 'utf8')));
  }
  assert.equal({}.polluted, undefined);
  assert.equal(Object.prototype.fi, undefined);
  assert.deepEqual(
    Object.getOwnPropertyNames(Object.prototype).filter((k) => ['polluted', 'fi', 'sv', 'en'].includes(k)),
    [],
  );
});
