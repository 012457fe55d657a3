// Type declarations for what users install. tsc writes them per workspace package; the private
// `@fc-kit/*` specifiers are then rewritten to relative paths, so the published package stands
// alone (only lit, @lit/* and chart.js come from node_modules, as at run time).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const OUT = 'packages/fc-kit/dist/types';
const r = spawnSync('node_modules/.bin/tsc', ['-p', 'tsconfig.types.json'], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);

// '@fc-kit/roadmap/define.js' → 'roadmap/src/define' (from each package's exports map)
const targets = new Map();
for (const pkg of readdirSync('packages')) {
  const manifest = JSON.parse(readFileSync(`packages/${pkg}/package.json`, 'utf8'));
  for (const [key, value] of Object.entries(manifest.exports ?? {})) {
    if (typeof value !== 'string' || !value.endsWith('.ts')) continue;
    targets.set(join(manifest.name, key), join(pkg, value.replace(/\.ts$/, '.js')));
  }
}

const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
for (const file of walk(OUT).filter((f) => f.endsWith('.d.ts'))) {
  const text = readFileSync(file, 'utf8').replace(/(from |import\(|import )(['"])(@fc-kit\/[^'"]+)\2/g, (m, lead, q, spec) => {
    const target = targets.get(spec);
    if (!target) throw new Error(`${file}: no export for ${spec}`);
    let rel = relative(dirname(file), join(OUT, target));
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `${lead}${q}${rel}${q}`;
  });
  writeFileSync(file, text);
}
