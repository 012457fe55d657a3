// The validator CLI as an editor runs it: `npx fc-kit validate file.json`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = 'packages/fc-kit/bin/fc-kit.js';
const run = (...args) => spawnSync('node', [bin, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
const dir = mkdtempSync(join(tmpdir(), 'fc-kit-cli-'));
const write = (name, content) => {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};
const survey = {
  id: 's',
  question: 'Toimiiko alueellanne perhekeskus?',
  n: 21,
  type: 'single',
  answers: [
    { label: 'Kyllä', count: 18 },
    { label: 'Ei', count: 3 },
  ],
};

test('every bundled dataset is valid', () => {
  const files = readdirSync('packages/datasets/src')
    .filter((f) => f.endsWith('.json'))
    .map((f) => `packages/datasets/src/${f}`);
  assert.ok(files.length >= 2, 'datasets are there');
  const r = run('validate', ...files);
  assert.equal(
    r.stdout
      .split('\n')
      .filter((l) => l.startsWith('✗'))
      .join('\n'),
    '',
  );
  assert.equal(r.status, 0, r.stdout);
});

test('a valid file: exit 0 and a summary', () => {
  const r = run('validate', write('ok.json', { fcVersion: 1, id: 'x', surveys: [survey] }));
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^✓ .*ok\.json \(surveys 1\)$/m);
});

test('problems: exit 1, each with its JSON path, in the chosen language', () => {
  const file = write('bad.json', { fcVersion: 1, id: 'x', surveys: [{ ...survey, n: '21', answers: [{ label: 'Kyllä', count: 22 }] }] });
  const en = run('validate', file, '--lang', 'en');
  assert.equal(en.status, 1);
  assert.deepEqual(en.stdout.trim().split('\n').slice(1), ['  surveys[0].n: expected a number']);
  const fi = run('validate', file, '--lang', 'fi');
  assert.match(fi.stdout, /surveys\[0\]\.n: odotettiin lukua/);
  const sv = run('validate', file, '--lang', 'sv');
  assert.match(sv.stdout, /surveys\[0\]\.n: förväntade ett tal/);
});

test('--json gives machine-readable problems', () => {
  const file = write('sum.json', { fcVersion: 1, id: 'x', surveys: [{ ...survey, answers: [{ label: 'Kyllä', count: 18 }] }] });
  const r = run('validate', file, '--json', '--lang', 'en');
  assert.equal(r.status, 1);
  const result = JSON.parse(r.stdout);
  assert.equal(result.valid, false);
  assert.deepEqual(result.problems, [{ path: 'surveys[0].answers', message: 'counts add up to 18, but n = 21', code: 'sum-not-n' }]);
});

test('not JSON, a BOM, a missing file and bad usage', () => {
  const broken = run('validate', write('broken.json', '{"fcVersion": 1,'), '--lang', 'en');
  assert.equal(broken.status, 1);
  assert.match(broken.stdout, /The data is not valid JSON: /);
  const bom = run('validate', write('bom.json', '\uFEFF' + JSON.stringify({ fcVersion: 1, id: 'x' })));
  assert.equal(bom.status, 0, bom.stdout);
  const missing = run('validate', join(dir, 'nope.json'));
  assert.equal(missing.status, 1);
  assert.match(missing.stdout, /ENOENT/);
  assert.equal(run().status, 2);
  assert.equal(run('validate').status, 2);
  assert.equal(run('validate', 'x.json', '--lang', 'de').status, 2);
  assert.match(run('validate', 'x.json', '--lang', 'de').stderr, /--lang takes fi, sv or en/);
  assert.equal(run('--help').status, 0);
});

test('refuses javascript: URLs', () => {
  const tree = {
    id: 't',
    title: 'T',
    levels: [{ id: 'l', label: 'L' }],
    root: { id: 'r', label: 'R', level: 'l', url: 'javascript:alert(1)' },
  };
  const r = run('validate', write('xss.json', { fcVersion: 1, id: 'x', governance: [tree] }), '--lang', 'en');
  assert.equal(r.status, 1);
  assert.match(r.stdout, /governance\[0\]\.root\.url: only https, http, mailto or relative URLs are allowed/);
});

test('several files: each is reported, and one bad file makes the run fail', () => {
  const good = write('good.json', { fcVersion: 1, id: 'g', surveys: [survey] });
  const bad = write('bad-n.json', { fcVersion: 1, id: 'b', surveys: [{ ...survey, n: 0 }] });
  const r = run('validate', good, bad, '--lang', 'en');
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split('\n');
  assert.match(lines[0], /^✓ .*good\.json \(surveys 1\)$/);
  assert.match(lines[1], /^✗ .*bad-n\.json$/);
  assert.deepEqual(lines.slice(2), ['  surveys[0].n: must be at least 1']);
  const json = JSON.parse(run('validate', good, bad, '--json', '--lang', 'en').stdout);
  assert.deepEqual(
    json.map((f) => [f.file, f.valid]),
    [
      [good, true],
      [bad, false],
    ],
  );
});

test('the worked example in the editors’ guides passes, as an editor would check it', () => {
  for (const guide of ['docs/editors/ohje.md', 'docs/editors/guide.md']) {
    const example = readFileSync(guide, 'utf8').match(/```json\n(\{\n  "\$schema"[\s\S]*?)```/)[1];
    const r = run('validate', write(`example-${guide.includes('ohje') ? 'fi' : 'en'}.json`, example));
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /\(surveys 1\)$/m);
  }
});
