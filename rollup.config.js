// The published package: per-element entry files (`fc-kit/roadmap.js`), the CDN loader
// (`fc-kit.js`) that imports them on demand, shared chunks (core, lit, Chart.js) between them,
// and the validator CLI for Node.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const entries = ['fc-kit', 'index', 'data', 'survey-chart', 'governance-tree', 'network-house', 'roadmap'];
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
  plugins: [nodeResolve({ extensions: ['.ts', '.js', '.mjs'], browser: true }), typescript()],
};

const cli = {
  input: { cli: 'packages/fc-kit/src/cli.ts' },
  output: { dir: 'packages/fc-kit/dist', format: 'es', entryFileNames: '[name].js' },
  external: [/^node:/],
  plugins: [nodeResolve({ extensions: ['.ts', '.js', '.mjs'] }), typescript()],
};

export default [browser, cli];
