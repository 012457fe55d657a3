// The theme guard as a county runs it: `npx fc-kit check-theme theme.css` (reads dist: build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = 'packages/fc-kit/bin/fc-kit.js';
const run = (...args) => spawnSync('node', [bin, 'check-theme', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'fc-kit-theme-'));
const write = (name, css) => {
  const file = join(dir, name);
  writeFileSync(file, css);
  return file;
};

const themes = readdirSync('demo/themes')
  .filter((f) => f.endsWith('.css'))
  .map((f) => `demo/themes/${f}`);

test('every demo county theme passes', () => {
  assert.ok(themes.length >= 2, 'the demo themes are there');
  const r = run(...themes);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout.split('\n').filter((l) => l.startsWith('✓')).length, themes.length);
});

test('no theme at all: the light and the dark defaults pass', () => {
  for (const dark of [[], ['--dark']]) {
    const r = run(write('empty.css', '/* nothing */'), ...dark);
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /^✓ .*empty\.css \(\d+ checks\)/);
  }
});

test('a light county theme on a dark page fails: its light surface under the dark text', () => {
  const r = run(themes[0], '--dark');
  assert.equal(r.status, 1);
  assert.match(r.stdout, /text on a surface: #e8e8e8 \(--fc-color-text\) on #[0-9a-f]{6} \(--fc-color-surface\)/);
});

test('light grey text fails with the pair, the ratio and the token to change', () => {
  const r = run(write('grey.css', ':root { --fc-color-text: #999999; }'));
  assert.equal(r.status, 1);
  assert.match(r.stdout, /✗ .*grey\.css/);
  assert.match(
    r.stdout,
    /text: #999999 \(--fc-color-text\) on #ffffff \(--fc-color-background\) is 2\.85:1, needs 4\.5:1; change --fc-color-text/,
  );
});

test('a pale border, a pale focus ring and a lane colour too light fail at 3:1', () => {
  const r = run(write('pale.css', ':root { --fc-color-border: #cccccc; --fc-color-focus: #a0c0ff; --fc-series-2: #ffd0a0; }'));
  assert.equal(r.status, 1);
  assert.match(r.stdout, /borders: #cccccc .* needs 3:1; change --fc-color-border/);
  assert.match(r.stdout, /focus ring: #a0c0ff .* needs 3:1; change --fc-color-focus/);
  assert.match(r.stdout, /series 2 \(answers, lanes\): #ffd0a0 .*change --fc-series-2/);
});

test('an element token is checked where the element draws it, and blames the token the theme set', () => {
  const r = run(write('band.css', ':root { --fc-governance-band-1: #555555; }'));
  assert.equal(r.status, 1);
  assert.match(r.stdout, /tree: text on level band 1: #1b1b1b \(--fc-color-text\) on #555555 \(--fc-governance-band-1\)/);
});

test('two series that protan vision cannot tell apart fail, naming the one the theme set', () => {
  const r = run(write('cvd.css', ':root { --fc-series-1: #1f5fa6; --fc-series-2: #7a3e8f; }'));
  assert.equal(r.status, 1);
  assert.match(
    r.stdout,
    /series: #1f5fa6 \(--fc-series-1\) and #7a3e8f \(--fc-series-2\) are ΔE [\d.]+ apart for protan vision, need 20; change --fc-series-2/,
  );
});

test('var() references resolve; a colour the guard cannot read is a failure, not a pass', () => {
  assert.equal(run(write('ref.css', ':root { --brand: #00573f; --fc-color-accent: var(--fc-color-text); }')).status, 0);
  const r = run(write('hsl.css', ':root { --fc-color-accent: hsl(200 50% 30%); }'));
  assert.equal(r.status, 1);
  assert.match(r.stdout, /--fc-color-accent: "hsl\(200 50% 30%\)" is not an opaque colour/);
});

test('--json gives the failures with their tokens; bad usage exits 2', () => {
  const r = run(write('grey2.css', ':root { --fc-color-text-muted: #aaaaaa; }'), '--json');
  assert.equal(r.status, 1);
  const result = JSON.parse(r.stdout);
  assert.equal(result.ok, false);
  assert.ok(result.failures.every((f) => f.token === '--fc-color-text-muted'));
  assert.equal(run().status, 2);
  assert.equal(run('--nope', 'x.css').status, 2);
  assert.equal(run(join(dir, 'missing.css')).status, 2);
});
