// The published package: per-element entry files (`fc-kit/roadmap.js`), the CDN loader
// (`fc-kit.js`) that imports them on demand, and shared chunks (core, Chart.js) between them.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const entries = ['fc-kit', 'index', 'data', 'survey-chart', 'governance-tree', 'network-house', 'roadmap'];

export default {
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
  plugins: [
    nodeResolve({ extensions: ['.ts', '.js', '.mjs'], browser: true }),
    esbuild({ target: 'es2022', minify: true, tsconfig: 'tsconfig.json', legalComments: 'none' }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.ids?.[0] ?? '')) return;
    warn(warning);
  },
};
