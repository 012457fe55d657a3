// Writes packages/fc-kit/custom-elements.json and the VS Code custom data
// (vscode.html-custom-data.json, vscode.css-custom-data.json) from the elements' JSDoc, with
// custom-elements-manifest.config.mjs. A build step, and run before Storybook, whose autodocs read
// the manifest.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ELEMENTS } from '../packages/fc-kit/src/elements.js';

const FILES = ['custom-elements.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json'].map((f) => `packages/fc-kit/${f}`);

const r = spawnSync(
  process.execPath,
  ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs'],
  { stdio: 'inherit' },
);
if (r.status !== 0) process.exit(r.status ?? 1);

// The analyzer prints config errors and carries on with defaults; a manifest without the kit's
// tags would pass silently into Storybook and the package, so check what came out.
const manifest = JSON.parse(readFileSync(FILES[0], 'utf8'));
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .map((d) => d.tagName)
  .filter(Boolean);
const missing = ELEMENTS.map((e) => e.tag).filter((t) => !tags.includes(t));
if (missing.length) {
  console.error(
    `emit-manifest: expected every element of packages/fc-kit/src/elements.js in ${FILES[0]}; missing ${missing.join(', ')}, found: ${tags.join(', ') || 'none'}`,
  );
  process.exit(1);
}
for (const file of FILES.slice(1)) JSON.parse(readFileSync(file, 'utf8'));
