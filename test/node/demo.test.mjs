// The demo pages and the builder as files: what a CMS page with fc-kit may contain (one kit script,
// plain tags, no inline script or style), county themes made only of the kit's public theming
// surface with readable colours, and the builder's strings in all three languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { readThemeTokens } from '../../scripts/manifest/fc-kit-manifest-plugin.mjs';
import { STRINGS, STRING_KEYS, UI_LANGUAGES } from '../../demo/builder/strings.js';
import { VISUAL_ELEMENTS } from '../../packages/fc-kit/src/elements.js';
import { buildSnippet, escapeHtml, fallbackText, itemDocument, jsonForScript } from '../../demo/builder/snippet.js';

const pages = readdirSync('demo')
  .filter((f) => f.endsWith('.html'))
  .map((f) => `demo/${f}`);
const read = (f) => readFileSync(f, 'utf8');
const TAGS = VISUAL_ELEMENTS.map((e) => e.tag);

test('the demo pages are there and the index links every one and the builder', () => {
  assert.deepEqual(pages.sort(), [
    'demo/csp.html',
    'demo/etela-pohjanmaa.html',
    'demo/index.html',
    'demo/kuntaliitto.html',
    'demo/pohjois-pohjanmaa.html',
    'demo/svenska.html',
  ]);
  const index = read('demo/index.html');
  for (const page of pages.filter((p) => p !== 'demo/index.html')) assert.match(index, new RegExp(`href="/${page}"`), page);
  assert.match(index, /href="\/demo\/builder\/"/);
});

for (const page of [...pages, 'demo/builder/index.html']) {
  test(`${page}: scripts only from files (the kit as /dist/fc-kit.js), no inline script, style or style attribute`, () => {
    const html = read(page);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    for (const attrs of scripts) {
      if (/type="application\/json"/.test(attrs)) continue;
      assert.match(attrs, /\bsrc="/, `${page}: an inline <script${attrs}>`);
    }
    const sources = scripts.map((a) => a.match(/\bsrc="([^"]+)"/)?.[1]).filter(Boolean);
    if (page === 'demo/builder/index.html') assert.deepEqual(sources, ['/demo/builder/builder.js']);
    else if (page !== 'demo/index.html')
      assert.ok(
        sources.includes('/dist/fc-kit.js') && sources.every((s) => s === '/dist/fc-kit.js' || s === '/demo/csp-watch.js'),
        `${page}: ${sources}`,
      );
    assert.doesNotMatch(html, /<style\b/, `${page}: a <style> block`);
    assert.doesNotMatch(html, /\sstyle="/, `${page}: a style attribute`);
    assert.doesNotMatch(html, /\son[a-z]+="/, `${page}: an event handler attribute`);
  });
}

for (const page of pages.filter((p) => p !== 'demo/index.html')) {
  test(`${page}: every kit tag carries fallback content`, () => {
    const html = read(page);
    const tags = [...html.matchAll(new RegExp(`<(${TAGS.join('|')})\\b[^>]*>([\\s\\S]*?)</\\1>`, 'g'))];
    assert.ok(tags.length > 0);
    for (const [, tag, inner] of tags) assert.match(inner, /class="fallback"/, `${page}: <${tag}> without fallback`);
  });
}

test('the CSP page sends the strict policy and loads its watcher before the kit', () => {
  const html = read('demo/csp.html');
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" \/>/);
  assert.ok(html.indexOf('/demo/csp-watch.js') < html.indexOf('/dist/fc-kit.js'));
});

// ── themes ────────────────────────────────────────────────────────────────────────────────────

const manifest = JSON.parse(read('packages/fc-kit/custom-elements.json'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const knownProperties = new Set([
  ...readThemeTokens(read('docs/theming.md')).map((x) => x.name),
  ...declarations.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)),
]);
const knownParts = new Set(declarations.flatMap((d) => (d.cssParts ?? []).map((p) => p.name)));

/** `selector { declarations }` rules of a flat stylesheet, comments removed. */
function rules(css) {
  return [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^}]*)\}/g)].map(([, selector, body]) => ({
    selectors: selector
      .trim()
      .split(/,(?![^(]*\))/)
      .map((s) => s.trim()),
    declarations: body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
  }));
}

const themes = readdirSync('demo/themes').filter((f) => f.endsWith('.css'));

test('two county themes', () => {
  assert.deepEqual(themes.sort(), ['etela-pohjanmaa.css', 'pohjois-pohjanmaa.css']);
});

for (const file of themes) {
  const css = read(`demo/themes/${file}`);
  test(`${file}: only --fc-* custom properties the kit documents, and ::part() names it has`, () => {
    for (const rule of rules(css)) {
      for (const selector of rule.selectors) {
        if (selector === ':root') {
          for (const [name] of rule.declarations)
            assert.ok(knownProperties.has(name), `${file}: ${name} is not one of the kit's custom properties`);
        } else {
          const parts = [...selector.matchAll(/::part\(([^)]+)\)/g)].map((m) => m[1]);
          assert.ok(parts.length, `${file}: "${selector}" reaches inside the elements without ::part()`);
          for (const p of parts) assert.ok(knownParts.has(p), `${file}: no element has part "${p}"`);
        }
      }
    }
  });

  test(`${file}: readable colours (accent 4.5:1 on white and under white text, series 3:1 on white)`, () => {
    const vars = Object.fromEntries(
      rules(css)
        .filter((r) => r.selectors.includes(':root'))
        .flatMap((r) => r.declarations),
    );
    assert.ok(contrast(vars['--fc-color-accent'], '#ffffff') >= 4.5, `accent ${vars['--fc-color-accent']}`);
    assert.ok(contrast(vars['--fc-color-focus'], '#ffffff') >= 3, 'focus ring');
    for (const [name, value] of Object.entries(vars)) {
      if (name.startsWith('--fc-series-'))
        assert.ok(contrast(value, '#ffffff') >= 3, `${name} ${value}: ${contrast(value, '#ffffff').toFixed(2)}`);
    }
    if (vars['--fc-color-surface']) assert.ok(contrast('#1b1b1b', vars['--fc-color-surface']) >= 4.5, 'text on surface');
  });
}

test('contrast() agrees with known WCAG ratios', () => {
  assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
  assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54');
});

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function contrast(a, b) {
  const luminance = (hex) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// ── the builder ───────────────────────────────────────────────────────────────────────────────

test('builder strings: every key in Finnish, Swedish and English, and every data-t in the page has one', () => {
  assert.deepEqual(STRING_KEYS.sv.slice().sort(), STRING_KEYS.fi.slice().sort());
  assert.deepEqual(STRING_KEYS.en.slice().sort(), STRING_KEYS.fi.slice().sort());
  const html = read('demo/builder/index.html');
  for (const [, key] of html.matchAll(/data-t="([^"]+)"/g))
    for (const lang of UI_LANGUAGES) assert.ok(STRINGS[lang][key], `${lang}: ${key}`);
});

test('builder strings: a name and a count for the collection of every element in the kit’s table', () => {
  const collections = VISUAL_ELEMENTS.map((e) => e.collection);
  assert.ok(collections.length >= 4);
  for (const lang of UI_LANGUAGES) {
    for (const c of collections) {
      assert.ok(STRINGS[lang][`collection-${c}`], `${lang}: collection-${c}`);
      assert.match(STRINGS[lang][`count-${c}`] ?? '', /\{n\}/, `${lang}: count-${c}`);
    }
  }
});

test('the builder keeps no list of its own of the kit’s tags: they come from the table of elements', () => {
  const files = readdirSync('demo/builder').filter((f) => f.endsWith('.js'));
  assert.ok(files.includes('builder.js') && files.includes('state.js'));
  for (const file of files) {
    const code = read(`demo/builder/${file}`);
    for (const { tag } of VISUAL_ELEMENTS)
      assert.doesNotMatch(code, new RegExp(`['"\`]${tag}['"\`]`), `demo/builder/${file} names <${tag}>`);
  }
});

test('builder kit.js and kit.d.ts name the same things, so what is type-checked is what is loaded', () => {
  /** `export { a, b } from '…'` → { '…': 'a,b' } */
  const exported = (code) =>
    Object.fromEntries(
      [...code.matchAll(/^export \{([^}]+)\} from '([^']+)'/gm)].map(([, names, from]) => [
        from.replace(/^.*\/(src|dist)\//, ''),
        names
          .split(',')
          .map((n) => n.trim())
          .sort()
          .join(),
      ]),
    );
  const js = exported(read('demo/builder/kit.js'));
  const dts = exported(read('demo/builder/kit.d.ts'));
  assert.deepEqual(Object.keys(js).sort(), ['elements.js', 'index.js']);
  assert.deepEqual(js, dts);
  // The served paths are the built bundle, never the sources.
  assert.match(read('demo/builder/kit.js'), /from '\/dist\/index\.js'/);
  assert.match(read('demo/builder/kit.js'), /from '\/dist\/elements\.js'/);
});

test('the build copies the table of elements into the bundle, beside the files its load() imports', () => {
  assert.equal(read('packages/fc-kit/dist/elements.js'), read('packages/fc-kit/src/elements.js'));
  for (const [, file] of read('packages/fc-kit/dist/elements.js').matchAll(/import\('\.\/([^']+)'\)/g)) {
    assert.ok(readdirSync('packages/fc-kit/dist').includes(file), `dist/${file}`);
  }
});

test('builder datasets.json lists every bundled document (written by the build)', () => {
  const listed = JSON.parse(read('demo/builder/datasets.json')).map((d) => d.file);
  const files = readdirSync('packages/datasets/src')
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `/data/${f}`);
  assert.deepEqual(listed, files);
});

test('snippet: HTML-escaped attributes and text, JSON that cannot end its script block', () => {
  assert.equal(escapeHtml(`a"b'<c>&`), 'a&quot;b&#39;&lt;c&gt;&amp;');
  assert.equal(jsonForScript({ x: '</script><!--' }), '{\n  "x": "\\u003c/script>\\u003c!--"\n}');
  assert.deepEqual(JSON.parse(jsonForScript({ x: '</script><!--' })), { x: '</script><!--' });
  const doc = { fcVersion: 1, id: 'd', title: 'T', $schema: 'x', surveys: [{ id: 'a' }, { id: 'b' }], roadmaps: [{ id: 'r' }] };
  assert.deepEqual(itemDocument(doc, 'surveys', 1), { fcVersion: 1, id: 'd', title: 'T', surveys: [{ id: 'b' }] });
  const text = (x) => (typeof x === 'string' ? x : (x?.fi ?? ''));
  assert.equal(
    fallbackText(
      'surveys',
      {
        question: 'Toimiiko?',
        n: 21,
        answers: [
          { label: 'Kyllä', count: 18 },
          { label: { fi: 'Ei' }, count: 3 },
        ],
      },
      text,
    ),
    'Toimiiko? Kyllä 18; Ei 3 (N = 21)',
  );
  assert.equal(fallbackText('roadmaps', { title: 'Tiekartta', themes: [{ label: 'A' }, { label: 'B' }] }, text), 'Tiekartta: A; B');
  // An invalid item (the builder lists those too) gives empty text, not an exception.
  assert.equal(fallbackText('governance', undefined, text), '');
  const snippet = buildSnippet({
    scriptUrl: 'https://cdn.example/fc-kit.js',
    tag: 'fc-roadmap',
    itemId: 'r',
    lang: 'fi',
    delivery: 'src',
    dataUrl: '/files/a&b.json',
    fallback: 'Tiekartta: A',
    source: { label: 'Lähde', title: 'Suunnitelma', url: 'https://example.fi/a.pdf' },
  });
  assert.equal(
    snippet,
    [
      '<script type="module" src="https://cdn.example/fc-kit.js"></script>',
      '<fc-roadmap src="/files/a&amp;b.json" item="r" lang="fi">',
      '  <p>Tiekartta: A <a href="https://example.fi/a.pdf">Lähde: Suunnitelma</a></p>',
      '</fc-roadmap>',
      '',
    ].join('\n'),
  );
});
