// Runs a TypeScript module of the workspace in Node: bundles it with esbuild (the toolchain the
// project already uses) into node_modules/.cache and imports it. For build steps and the CLI tests.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function importTs(entry) {
  const outdir = resolve('node_modules/.cache/fc-kit');
  mkdirSync(outdir, { recursive: true });
  const outfile = resolve(outdir, basename(entry).replace(/\.ts$/, '.mjs'));
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error', target: 'node20' });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
