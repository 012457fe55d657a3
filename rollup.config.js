// The published package: per-element entry files (`fc-kit/roadmap.js`), the CDN loader
// (`fc-kit.js`) that imports them on demand, shared chunks (core, lit, Chart.js) between them,
// and the validator CLI for Node.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { ELEMENTS } from './packages/fc-kit/src/elements.js';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultShouldMinify } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

// The loader and the everything-entry, then one entry per element from the kit's table.
const entries = ['fc-kit', 'index', ...ELEMENTS.map((e) => e.entry)];
/**
 * Lit's `css` and `html` literals are shipped as written; esbuild does not minify the text inside
 * them. The Lit team's plugin parses the TypeScript and rewrites only each literal's static text,
 * joined around a placeholder for each `${…}` part, so the expressions are never touched.
 * CSS goes through lightningcss; it rejects a placeholder where CSS wants a value it can check
 * (`@container (max-width: ${…})`, `${scope} .x`, `clamp(${…}, …)`), and those literals only lose
 * comments and white space. HTML collapses white space to one space, never to none: a space
 * between inline elements or around an expression is text a reader sees.
 */
const PLACEHOLDER = /@TEMPLATE_EXPRESSION_*\(\);/g;
function cssWithoutSpace(css) {
  const expressions = css.match(PLACEHOLDER) ?? [];
  let i = 0;
  return css
    .replace(PLACEHOLDER, '\0')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .trim()
    .replace(/\0/g, () => expressions[i++]);
}
const minifyLiterals = () =>
  minifyHTML({
    include: ['packages/*/src/**/*.ts'],
    failOnError: true,
    options: {
      // lit/static-html's `<${tag}>` has no HTML for a minifier to parse: such literals stay as written.
      shouldMinify: (template) => defaultShouldMinify(template) && !template.parts.some((part) => /<\/?$/.test(part.text)),
      minifyOptions: {
        conservativeCollapse: true,
        minifyCSS(css) {
          try {
            return defaultStrategy.minifyCSS(css);
          } catch {
            return cssWithoutSpace(css);
          }
        },
      },
    },
  });

const typescript = () => esbuild({ target: 'es2022', minify: true, tsconfig: 'tsconfig.json', legalComments: 'none' });

const browser = {
  input: Object.fromEntries(entries.map((name) => [name, `packages/fc-kit/src/${name}.ts`])),
  output: {
    dir: 'packages/fc-kit/dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    // Named shared chunks make the size report readable and let pages cache the core once.
    manualChunks(id) {
      if (/node_modules\/(chart\.js|@kurkle)\//.test(id)) return 'chartjs';
      if (/node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs)\//.test(id)) return 'lit';
      if (/packages\/core\/|node_modules\/valibot\//.test(id)) return 'core';
      return undefined;
    },
  },
  plugins: [nodeResolve({ extensions: ['.ts', '.js', '.mjs'], browser: true }), minifyLiterals(), typescript()],
  // Reading a property has no side effect in this code or its dependencies; saying so lets
  // rollup drop Chart.js's unused time scales (about 3 KB gzip of the survey chart's chunk).
  treeshake: { propertyReadSideEffects: false },
};

const cli = {
  input: { cli: 'packages/fc-kit/src/cli.ts' },
  output: { dir: 'packages/fc-kit/dist', format: 'es', entryFileNames: '[name].js' },
  external: [/^node:/],
  plugins: [nodeResolve({ extensions: ['.ts', '.js', '.mjs'] }), typescript()],
};

export default [browser, cli];
