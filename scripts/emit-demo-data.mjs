// Writes demo/builder/datasets.json: the bundled documents the embed builder offers, with their
// titles, so a new dataset in packages/datasets/src appears in the builder without editing it.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const DIR = 'packages/datasets/src';
const catalogue = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const doc = JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8'));
    // `/data/` is the path `npm start` and the test server give the datasets (scripts/static-paths.mjs).
    return { id: doc.id, file: `/data/${f}`, title: doc.title ?? doc.id };
  });
writeFileSync('demo/builder/datasets.json', JSON.stringify(catalogue, null, 2) + '\n');
