// The Custom Elements Manifest and VS Code data that `npm run build` writes into the package, as
// Storybook autodocs and an editor's VS Code read them: every tag with its attributes, properties,
// events, parts and custom properties, and nothing an element's template has that the docs miss.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { readThemeTokens } from '../../scripts/manifest/fc-kit-manifest-plugin.mjs';
import { ELEMENTS as KIT_ELEMENTS, VISUAL_ELEMENTS } from '../../packages/fc-kit/src/elements.js';

const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const manifest = read('packages/fc-kit/custom-elements.json');
const html = read('packages/fc-kit/vscode.html-custom-data.json');
const css = read('packages/fc-kit/vscode.css-custom-data.json');
const pkg = read('packages/fc-kit/package.json');

const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, module: m.path })));
const byTag = Object.fromEntries(declarations.filter((d) => d.tagName).map((d) => [d.tagName, d]));
const names = (list) => (list ?? []).map((x) => x.name);

/** The visual elements and the package folder each lives in, from the kit's table. */
const ELEMENTS = Object.fromEntries(VISUAL_ELEMENTS.map((e) => [e.tag, e.pkg]));
const SHARED_PARTS = ['error', 'retry-button', 'loading', 'warnings'];

test('the package points tools at the manifest and ships it with the VS Code data', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  for (const f of ['custom-elements.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json'])
    assert.ok(pkg.files.includes(f), f);
  assert.match(manifest.schemaVersion, /^\d+\.\d+\.\d+$/);
});

test("every tag of the kit's table, each defined by its class", () => {
  assert.deepEqual(Object.keys(byTag).sort(), KIT_ELEMENTS.map((e) => e.tag).sort());
  for (const [tag, d] of Object.entries(byTag)) {
    const mod = manifest.modules.find((m) => m.path === d.module);
    const definition = mod.exports.find((e) => e.kind === 'custom-element-definition' && e.name === tag);
    assert.equal(definition?.declaration.name, d.name, `${tag} has a custom-element-definition export`);
    assert.ok(d.description?.length > 20, `${tag} has a description`);
  }
});

test('<fc-data>: src, timeout, the data property and its slot', () => {
  const d = byTag['fc-data'];
  assert.deepEqual(names(d.attributes).sort(), ['src', 'timeout']);
  assert.ok(names(d.members).includes('data'));
  assert.deepEqual(names(d.slots), ['']);
});

for (const [tag, folder] of Object.entries(ELEMENTS)) {
  test(`<${tag}>: the shared attributes, property, events and parts, inherited from the base element`, () => {
    const d = byTag[tag];
    for (const a of ['src', 'item', 'lang', 'timeout']) {
      const attribute = d.attributes?.find((x) => x.name === a);
      assert.ok(attribute, `${tag} lists attribute ${a}`);
      assert.ok(attribute.description, `${tag}[${a}] is described`);
    }
    const data = d.members.find((m) => m.name === 'data');
    assert.ok(data?.description, `${tag}.data is listed and described`);
    for (const field of ['src', 'item', 'timeout'])
      assert.equal(d.members.find((m) => m.name === field)?.attribute, field, `${tag}.${field} is tied to its attribute`);
    // Implementation stays out: Lit's statics and the base class's protected plumbing.
    for (const hidden of ['styles', 'properties', 'renderItem', 'source', 'collection'])
      assert.ok(!names(d.members).includes(hidden), `${tag} hides ${hidden}`);
    for (const e of ['fc-load', 'fc-error', 'fc-select']) assert.ok(names(d.events).includes(e), `${tag} lists event ${e}`);
    for (const p of SHARED_PARTS) assert.ok(names(d.cssParts).includes(p), `${tag} lists part ${p}`);
    for (const token of ['--fc-color-accent', '--fc-series-1', '--fc-placeholder-height'])
      assert.ok(names(d.cssProperties).includes(token), `${tag} lists ${token}`);
  });

  test(`<${tag}>: every part its templates set is documented, and every documented part exists`, () => {
    const dir = `packages/${folder}/src`;
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
      .join('\n');
    const documented = names(byTag[tag].cssParts);
    const own = documented.filter((p) => !SHARED_PARTS.includes(p));
    const inTemplates = partsIn(source);
    assert.deepEqual(
      inTemplates.filter((p) => !documented.includes(p)),
      [],
      `${tag}: parts in the templates without @csspart`,
    );
    assert.deepEqual(
      own.filter((p) => !source.includes(p)),
      [],
      `${tag}: @csspart names that no template sets`,
    );
  });
}

test('the theme tokens in the manifest are the ones the theming guide describes', () => {
  const tokens = readThemeTokens(readFileSync('docs/theming.md', 'utf8'));
  assert.ok(tokens.length >= 25, `${tokens.length} tokens`);
  const roadmap = byTag['fc-roadmap'];
  for (const t of tokens) assert.ok(names(roadmap.cssProperties).includes(t.name), t.name);
  assert.equal(roadmap.cssProperties.find((p) => p.name === '--fc-series-2').default, '#d55e00');
});

test('VS Code HTML data: each tag with its attributes; CSS data: the tokens and ::part() names', () => {
  const tags = Object.fromEntries(html.tags.map((t) => [t.name, t]));
  assert.deepEqual(Object.keys(tags).sort(), Object.keys(byTag).sort());
  for (const tag of Object.keys(ELEMENTS)) {
    assert.deepEqual(
      names(tags[tag].attributes)
        .filter((a) => ['src', 'item', 'lang', 'timeout'].includes(a))
        .sort(),
      ['item', 'lang', 'src', 'timeout'],
    );
    assert.match(tags[tag].description, /fc-load/);
  }
  assert.ok(names(css.properties).includes('--fc-color-accent'));
  assert.ok(names(css.pseudoElements).includes('::part(retry-button)'));
});

test('readThemeTokens reads names, ranges and defaults from a table', () => {
  const md =
    '| property | default | used for |\n| --- | --- | --- |\n| `--fc-a` | `1px` | a thing |\n| `--fc-s-1` … `--fc-s-3` | see below | series |\nnot a row';
  assert.deepEqual(readThemeTokens(md, { '--fc-s-2': '#000' }), [
    { name: '--fc-a', description: 'Theme token: a thing.', default: '1px' },
    { name: '--fc-s-1', description: 'Theme token: series (series 1).' },
    { name: '--fc-s-2', description: 'Theme token: series (series 2).', default: '#000' },
    { name: '--fc-s-3', description: 'Theme token: series (series 3).' },
  ]);
});

/** Part names a Lit template sets: `part="a b"` and the string literals in `part=${…}`. */
function partsIn(source) {
  const found = new Set();
  for (const m of source.matchAll(/\bpart="([^"]*)"/g)) for (const p of m[1].split(/\s+/)) if (p && !p.includes('$')) found.add(p);
  for (const m of source.matchAll(/\bpart=\$\{([^}]*)\}/g))
    for (const s of m[1].matchAll(/'([^']*)'|"([^"]*)"|`([^`$]*)`/g))
      for (const p of (s[1] ?? s[2] ?? s[3]).split(/\s+/)) if (p) found.add(p);
  return [...found].sort();
}
