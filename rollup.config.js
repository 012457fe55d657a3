// The published package: per-element entry files (`fc-kit/roadmap.js`), the CDN loader
// (`fc-kit.js`) that imports them on demand, shared chunks (core, lit, Chart.js) between them,
// and the validator CLI for Node.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { ELEMENTS } from './packages/fc-kit/src/elements.js';

// The loader and the everything-entry, then one entry per element from the kit's table.
const entries = ['fc-kit', 'index', ...ELEMENTS.map((e) => e.entry)];
/**
 * Lit's `css` literals are shipped as written; esbuild does not minify CSS inside JavaScript.
 * Comments and white space in them are dropped here, before TypeScript is compiled: about 5 %
 * of each element's gzip size. Only the static text is touched; `${…}` parts pass unchanged.
 */
function minifyCssLiterals() {
  const minify = (body) =>
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .trim();
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/packages\/[^/]+\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(/\bcss`([^`]*)`/g, (all, body) => `css\`${minify(body)}\``), map: null };
    },
  };
}

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
  plugins: [nodeResolve({ extensions: ['.ts', '.js', '.mjs'], browser: true }), minifyCssLiterals(), typescript()],
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
