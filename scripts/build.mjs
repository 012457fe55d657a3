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
