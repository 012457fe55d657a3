// The kit's table of elements (packages/fc-kit/src/elements.js) against the few lists that cannot
// be made from it: the static `export *` lines of the everything-entry, the package's `exports`
// and dependencies, and the core's list of collections. Each failure says what to add where.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { ELEMENTS, VISUAL_ELEMENTS } from '../../packages/fc-kit/src/elements.js';
import { importTs } from '../../scripts/run-ts.mjs';

const KIT = 'packages/fc-kit';
const pkg = JSON.parse(readFileSync(`${KIT}/package.json`, 'utf8'));
const { COLLECTIONS } = await importTs('packages/core/src/headless.ts');

test('tags and entry files are unique, and each entry file is there', () => {
  assert.equal(new Set(ELEMENTS.map((e) => e.tag)).size, ELEMENTS.length, 'a tag is listed twice');
  assert.equal(new Set(ELEMENTS.map((e) => e.entry)).size, ELEMENTS.length, 'an entry is listed twice');
  for (const { tag, entry } of ELEMENTS) {
    assert.match(tag, /^fc-[a-z]+(-[a-z]+)*$/, `${tag}: a tag is fc-<words>`);
    assert.ok(
      existsSync(`${KIT}/src/${entry}.ts`),
      `<${tag}>: add ${KIT}/src/${entry}.ts (export * from its package; import its define.js)`,
    );
  }
});

test('each visual element lives in its workspace package and the kit depends on it', () => {
  for (const { tag, pkg: folder } of VISUAL_ELEMENTS) {
    assert.ok(folder && existsSync(`packages/${folder}/package.json`), `<${tag}>: packages/${folder}/package.json is missing`);
    const name = JSON.parse(readFileSync(`packages/${folder}/package.json`, 'utf8')).name;
    assert.ok(pkg.dependencies[name], `<${tag}>: add "${name}": "0.1.0" to the dependencies of ${KIT}/package.json`);
  }
});

test('the everything-entry (src/index.ts) exports every element, and nothing the table lacks', () => {
  const index = readFileSync(`${KIT}/src/index.ts`, 'utf8');
  const local = [...index.matchAll(/^export \* from '\.\/([\w-]+)\.js';$/gm)].map((m) => m[1]);
  for (const { tag, entry } of ELEMENTS)
    assert.ok(local.includes(entry), `<${tag}>: add \`export * from './${entry}.js';\` to ${KIT}/src/index.ts`);
  const entries = ELEMENTS.map((e) => e.entry);
  for (const entry of local)
    assert.ok(entries.includes(entry), `${KIT}/src/index.ts exports ./${entry}.js, which is no element of src/elements.js`);
});

test("the package exports every element's entry file with its types", () => {
  for (const { tag, entry } of ELEMENTS) {
    const add = `add "./${entry}.js": { "types": "./dist/types/fc-kit/src/${entry}.d.ts", "default": "./dist/${entry}.js" } to the exports of ${KIT}/package.json`;
    assert.deepEqual(
      pkg.exports[`./${entry}.js`],
      { types: `./dist/types/fc-kit/src/${entry}.d.ts`, default: `./dist/${entry}.js` },
      `<${tag}>: ${add}`,
    );
  }
  const special = new Set(['.', './fc-kit.js', './package.json']);
  const entries = ELEMENTS.map((e) => `./${e.entry}.js`);
  for (const key of Object.keys(pkg.exports).filter((k) => k.endsWith('.js') && !special.has(k))) {
    assert.ok(entries.includes(key), `${KIT}/package.json exports ${key}, which is no element of src/elements.js`);
  }
});

test('every collection of the core has one element and every element shows a collection of the core', () => {
  const shown = VISUAL_ELEMENTS.map((e) => e.collection);
  for (const c of COLLECTIONS)
    assert.equal(shown.filter((s) => s === c).length, 1, `collection ${c}: one row of ${KIT}/src/elements.js shows it`);
  for (const { tag, collection } of VISUAL_ELEMENTS) {
    assert.ok(
      COLLECTIONS.includes(collection),
      `<${tag}> shows "${collection}": add packages/core/src/document/collections/${collection}.ts and list it in collections/index.ts`,
    );
  }
  assert.ok(
    VISUAL_ELEMENTS.every((e) => e.selects.length),
    'each visual element names the kinds its fc-select events carry',
  );
});
