// The embed builder's document model (demo/builder/editors/model.js): every bundled document
// and every valid corpus file opens and saves back the same, key for key and in the same order,
// keys the kit does not know included; its governance trees go through the editor's outline and
// back unchanged; and a text's three columns written back as they are leave it as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import {
  buildTree,
  flattenTree,
  getAt,
  moveRow,
  openDocument,
  outlinePaths,
  saveDocument,
  setAt,
  shiftRow,
  textColumns,
  withText,
} from '../../demo/builder/editors/model.js';

const manifest = JSON.parse(readFileSync('test/corpus/manifest.json', 'utf8'));
const documents = [
  ...readdirSync('packages/datasets/src')
    .filter((f) => f.endsWith('.json'))
    .map((f) => `packages/datasets/src/${f}`),
  ...Object.entries(manifest)
    .filter(([, v]) => v.shown === 'renders' || v.shown === 'warnings')
    .map(([f]) => `test/corpus/${f}`),
];

/** Every text-like value of a document with its path: strings and {fi, sv, en} objects under text keys. */
function* texts(value, path = []) {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* texts(v, [...path, i]);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (['label', 'title', 'question', 'description', 'goal', 'note', 'provider'].includes(k)) yield [[...path, k], v];
      else yield* texts(v, [...path, k]);
    }
  }
}

test(`the round trip covers the bundled documents and the valid corpus (${documents.length} files)`, () => {
  assert.ok(documents.length >= 4 + 18, documents.join(', '));
});

for (const file of documents) {
  test(`${file}: opened and saved unchanged, through the outline and the text columns too`, () => {
    const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
    const original = JSON.parse(text);
    const opened = openDocument(original);
    assert.equal(saveDocument(opened), JSON.stringify(original, null, 2) + '\n');
    let edited = opened;
    (Array.isArray(original.governance) ? original.governance : []).forEach((tree, i) => {
      if (!tree?.root || typeof tree.root !== 'object') return;
      const rows = flattenTree(tree.root);
      assert.equal(JSON.stringify(buildTree(rows)), JSON.stringify(tree.root), `governance[${i}] through the outline`);
      assert.deepEqual(
        outlinePaths(rows).map((p) => getAt(tree, p)),
        rows.map((r) => r.node),
        'each row’s path finds its node',
      );
      edited = setAt(edited, ['governance', i, 'root'], buildTree(rows));
    });
    for (const [path, value] of texts(original)) {
      const c = textColumns(value);
      let again = value;
      for (const lang of ['fi', 'sv', 'en']) again = withText(again, lang, c[lang]);
      if (
        typeof value === 'string' ||
        (value && typeof value === 'object' && Object.keys(value).every((k) => ['fi', 'sv', 'en'].includes(k)))
      ) {
        assert.deepEqual(again, value, `${path.join('.')} written back column by column`);
        edited = setAt(edited, path, again);
      }
    }
    assert.equal(saveDocument(edited), saveDocument(original));
  });
}

test('unknown keys and `__proto__` keys stay own keys of the copies a change makes', () => {
  const doc = JSON.parse('{"fcVersion":1,"id":"x","extra":{"a":1},"surveys":[{"__proto__":{"polluted":true},"id":"s","answers":[]}]}');
  const changed = setAt(doc, ['surveys', 0, 'id'], 't');
  assert.equal(changed.surveys[0].id, 't');
  assert.deepEqual(changed.extra, { a: 1 });
  assert.ok(Object.hasOwn(changed.surveys[0], '__proto__'));
  assert.equal({}.polluted, undefined);
  assert.equal(getAt({}, ['__proto__']), undefined, 'the prototype is not a key');
  assert.equal(doc.surveys[0].id, 's', 'the original is not changed');
});

test('texts: a plain string fills Finnish and marks the rest missing; writing them keeps it plain until another language', () => {
  assert.deepEqual(textColumns('Kyllä'), { fi: 'Kyllä', sv: '', en: '', missing: ['sv', 'en'] });
  assert.equal(withText('Kyllä', 'fi', 'Joo'), 'Joo');
  assert.deepEqual(withText('Kyllä', 'sv', 'Ja'), { fi: 'Kyllä', sv: 'Ja' });
  assert.deepEqual(withText({ fi: 'Kyllä', sv: 'Ja' }, 'sv', ''), { fi: 'Kyllä' });
  assert.equal(withText({ sv: 'Ja' }, 'sv', ''), '', 'no language left is an empty text, not {}');
});

test('outline: indent, lift and move carry the subtree; the root stays the root', () => {
  const root = { id: 'r', children: [{ id: 'a', children: [{ id: 'a1' }] }, { id: 'b' }] };
  const rows = flattenTree(root);
  assert.deepEqual(
    rows.map((r) => `${r.node.id}:${r.depth}`),
    ['r:0', 'a:1', 'a1:2', 'b:1'],
  );
  assert.equal(shiftRow(rows, 1, 1), rows, 'a first child cannot go deeper');
  const b = shiftRow(rows, 3, 1);
  assert.deepEqual(buildTree(b), { id: 'r', children: [{ id: 'a', children: [{ id: 'a1' }, { id: 'b' }] }] });
  const moved = moveRow(rows, 3, -1);
  assert.deepEqual(
    moved.map((r) => r.node.id),
    ['r', 'b', 'a', 'a1'],
  );
  assert.equal(shiftRow(rows, 0, 1), rows);
  assert.deepEqual(buildTree(shiftRow(rows, 2, -1)), { id: 'r', children: [{ id: 'a', children: [] }, { id: 'a1' }, { id: 'b' }] });
});
