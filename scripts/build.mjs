// `npm run build`: the bundle (rollup), the published JSON Schema, types, and the Custom Elements
// Manifest with VS Code's custom data, and the list of bundled documents the embed builder offers.
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';

function step(label, command, args) {
  const r = spawnSync(command, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(r.status ?? 1);
  }
}

rmSync('packages/fc-kit/dist', { recursive: true, force: true });
step('bundle', 'node_modules/.bin/rollup', ['-c', 'rollup.config.js', '--silent']);
// The kit's table of elements as it is, beside the entry files its `load()`s import: the embed
// builder reads it from there (/dist/elements.js), static, with no build step of its own.
copyFileSync('packages/fc-kit/src/elements.js', 'packages/fc-kit/dist/elements.js');
step('schema', 'node', ['scripts/emit-schema.mjs']);
step('types', 'node', ['scripts/emit-types.mjs']);
step('manifest', 'node', ['scripts/emit-manifest.mjs']);
step('demo datasets', 'node', ['scripts/emit-demo-data.mjs']);
// The builder's spreadsheet libraries (papaparse, read-excel-file) from npm, bundled for the
// builder alone: the kit's bundles above never import them.
step('builder vendor', 'node_modules/.bin/esbuild', [
  'scripts/builder-vendor.js',
  '--bundle',
  '--format=esm',
  '--minify',
  '--legal-comments=eof',
  '--log-level=warning',
  '--outfile=demo/builder/vendor/spreadsheet.js',
]);
step('builder copy', 'node', ['scripts/copy-builder.mjs']);
// The accessibility pack (docs/accessibility/*.md) from its checklist, so the two never differ.
step('accessibility docs', 'node', ['scripts/accessibility-docs.mjs']);
