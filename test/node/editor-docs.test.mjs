// The editors' guides (docs/editors/ohje.md in Finnish, guide.md in English) stay true to the kit:
// every message an element, the builder or the validator can show is explained in both, and every
// complete JSON example in them is a valid document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importTs } from '../../scripts/run-ts.mjs';

const { issueText, kitString, checkDocument, allIssues } = await importTs('packages/core/src/headless.ts');
const read = (f) => readFileSync(f, 'utf8');
const GUIDES = { fi: 'docs/editors/ohje.md', en: 'docs/editors/guide.md' };
/** Markdown as a reader sees it: entities decoded, so `&lt;fc-data&gt;` reads `<fc-data>`. */
const text = (md) => md.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The members of a string-literal union type, read from its source file. */
function union(file, typeName) {
  const source = read(file);
  const start = source.indexOf(`type ${typeName} =`);
  assert.ok(start >= 0, `${typeName} in ${file}`);
  const body = source.slice(start, source.indexOf(';', start));
  return [...body.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
}

const ISSUE_CODES = union('packages/core/src/document/issues.ts', 'IssueCode');
const KIT_KEYS = union('packages/core/src/text/kit-strings.ts', 'Key').filter((k) => k !== 'source' && k !== 'note');

test('the message lists are read from the kit', () => {
  assert.ok(ISSUE_CODES.length >= 30, ISSUE_CODES.join());
  assert.ok(KIT_KEYS.includes('http') && KIT_KEYS.includes('error-title'), KIT_KEYS.join());
});

for (const [lang, file] of Object.entries(GUIDES)) {
  const guide = text(read(file));

  test(`${file}: explains every validation message, word for word`, () => {
    const missing = ISSUE_CODES.map((code) => issueText({ path: [], code }, lang)).filter((m) => !guide.includes(`| ${m} |`));
    assert.deepEqual(missing, []);
  });

  test(`${file}: explains every loading message and names the error box, retry and loading texts`, () => {
    const missing = KIT_KEYS.map((key) => kitString(lang, key)).filter((m) => !guide.includes(m));
    assert.deepEqual(missing, []);
  });

  test(`${file}: every complete JSON example is a valid document with the $schema line`, () => {
    const blocks = [...read(file).matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => b.includes('"fcVersion"'));
    assert.ok(blocks.length >= 1, 'a worked example');
    for (const block of blocks) {
      const doc = JSON.parse(block);
      assert.equal(doc.$schema, 'https://unpkg.com/fc-kit/schema.json');
      assert.deepEqual(allIssues(checkDocument(doc)), []);
    }
  });

  test(`${file}: covers placing a widget, the data, theming, errors, stripped tags, the CLI, fallback`, () => {
    for (const must of [
      '<script type="module"',
      '<fc-data',
      'item=',
      'lang=',
      '--fc-',
      '::part(',
      'npx fc-kit validate',
      '--json',
      'iframe',
      'unfiltered_html',
      'schema.json',
      'vscode.html-custom-data.json',
      '/demo/builder/',
    ]) {
      assert.ok(guide.includes(must), `${file} mentions ${must}`);
    }
  });
}

test('README links both guides', () => {
  const readme = read('README.md');
  assert.match(readme, /\(docs\/editors\/ohje\.md\)/);
  assert.match(readme, /\(docs\/editors\/guide\.md\)/);
});

test('the example $schema URL is the published schema’s $id', () => {
  assert.equal(JSON.parse(read('packages/fc-kit/schema.json')).$id, 'https://unpkg.com/fc-kit/schema.json');
});
