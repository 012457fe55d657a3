// The built kit carries the embed builder (packages/fc-kit/dist/builder/, scripts/copy-builder.mjs)
// as static files that work from wherever the kit is served: no address in it points at this
// repository's paths; and the builder's spreadsheet libraries are in none of the kit's bundles.
// Reads `dist`: build first (`node scripts/build.mjs`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const DIST = 'packages/fc-kit/dist';
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));

test('dist/builder: the page, its scripts and data, every address relative', () => {
  const all = files(`${DIST}/builder`);
  for (const f of ['index.html', 'builder.js', 'kit.js', 'editors/tables.js', 'vendor/spreadsheet.js', 'datasets.json', 'ohje.md'])
    assert.ok(all.includes(`${DIST}/builder/${f}`), f);
  for (const f of all.filter((f) => /\.(js|html)$/.test(f) && !f.includes('/vendor/'))) {
    // Code, not the comments that explain the repository's layout.
    const code = readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => !/^\s*(\/\/|\*|\/\*\*)/.test(l))
      .join('\n');
    assert.doesNotMatch(code, /["'`]\/(dist|demo|data|docs)\//, `${f} names a repository path`);
  }
  assert.match(readFileSync(`${DIST}/builder/kit.js`, 'utf8'), /from '\.\.\/index\.js'/);
  const catalogue = JSON.parse(readFileSync(`${DIST}/builder/datasets.json`, 'utf8'));
  for (const d of catalogue) assert.ok(all.includes(`${DIST}/builder/${d.file.slice(2)}`), d.file);
});

test('the kit’s own bundles hold neither papaparse nor read-excel-file', () => {
  for (const f of readdirSync(DIST).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(`${DIST}/${f}`, 'utf8');
    assert.doesNotMatch(text, /sharedStrings|papaparse|delimitersToGuess/, f);
  }
  assert.match(readFileSync(`${DIST}/builder/vendor/spreadsheet.js`, 'utf8'), /sharedStrings/);
});
