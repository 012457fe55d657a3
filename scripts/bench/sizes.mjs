// Gzip sizes of what pages really load, from the built bundle (packages/fc-kit/dist): an entry
// file and its static imports, transitively (dynamic imports load later, only when needed).
// Shared by `npm run bench` (the table) and test/node/size-budgets.test.mjs (the budgets in npm test).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = 'packages/fc-kit/dist';
export const ELEMENT_ENTRIES = ['data', 'survey-chart', 'governance-tree', 'network-house', 'roadmap'];
const KB = 1024;

/** Budgets in KB of gzip (level 9), from the issue: the kit must stay small enough to paste into any page. */
export const BUDGETS = { loader: 3, element: 8, kitWithoutChartJs: 25, surveyWithChartJs: 60 };

const gz = new Map();
export function gzipBytes(file) {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length);
  return gz.get(file);
}

/**
 * Static imports of a built module. Rollup writes them first, as `import{…}from"./x.js";` or
 * `import"./x.js";`; `import("./x.js")` (a dynamic import) has a parenthesis and is not matched.
 */
export function staticImports(file) {
  const code = readFileSync(join(DIST, file), 'utf8');
  const found = [];
  const re = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$\s{},*]*?\s*from\s*)?"(\.{1,2}\/[^"]+)"/g;
  for (const m of code.matchAll(re)) found.push(normalize(join(dirname(file), m[1])));
  return found;
}

/** The file and everything it imports statically, transitively. */
export function closure(...files) {
  const seen = new Set();
  const stack = [...files];
  while (stack.length) {
    const f = stack.pop();
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...staticImports(f));
  }
  return seen;
}

const total = (files) => [...files].reduce((sum, f) => sum + gzipBytes(f), 0);
const chunk = (prefix) => readdirSync(join(DIST, 'chunks')).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
const isShared = (f) => /^chunks\/(core|lit|chartjs)-/.test(f);

/**
 * Every size figure: `{ figure, bytes, budget? (bytes), files }`. Budgeted rows come first.
 */
export function sizeFigures() {
  if (!existsSync(join(DIST, 'fc-kit.js'))) throw new Error(`${DIST} is not built: run npm run build`);
  const chartjs = chunk('chartjs');
  const rows = [];
  const add = (figure, files, budgetKb) => rows.push({ figure, bytes: total(files), budget: budgetKb && budgetKb * KB, files: [...files].sort() });

  add('loader (fc-kit.js)', closure('fc-kit.js'), BUDGETS.loader);
  for (const name of ELEMENT_ENTRIES) {
    const own = [...closure(`${name}.js`)].filter((f) => !isShared(f));
    add(`element chunk: ${name} (own code)`, own, BUDGETS.element);
  }
  const everything = closure('fc-kit.js', ...ELEMENT_ENTRIES.map((n) => `${n}.js`));
  add('kit without Chart.js (loader + every element + core + lit)', [...everything].filter((f) => f !== `chunks/${chartjs}`), BUDGETS.kitWithoutChartJs);
  add('survey chart with Chart.js (survey-chart.js and its imports)', closure('survey-chart.js'), BUDGETS.surveyWithChartJs);
  add('core (shared chunk)', [`chunks/${chunk('core')}`]);
  add('lit (shared chunk)', [`chunks/${chunk('lit')}`]);
  if (chartjs) add('Chart.js (chunk)', [`chunks/${chartjs}`]);
  for (const name of ELEMENT_ENTRIES.slice(1)) add(`page with only <fc-${name}> (loader + ${name}.js and imports)`, closure('fc-kit.js', `${name}.js`));
  add('everything (index.js and imports)', closure('index.js'));
  return rows;
}

export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
