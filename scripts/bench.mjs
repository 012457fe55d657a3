// `npm run bench` (after the build): sizes against their budgets, first-render times against
// peer libraries on the same data, layout shift on the demo pages and the requests ten elements
// make under one <fc-data> — all in one headless Chromium run. Prints the table and writes it,
// with the machine it ran on, to docs/benchmarks.md. Exit code 1 when a budget is missed.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { execSync } from 'node:child_process';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';
import { unalias } from './static-paths.mjs';
import { closure, importsOf, kb, sizeFigures } from './bench/sizes.mjs';
import { VISUAL_ELEMENTS } from '../packages/fc-kit/src/elements.js';

const ROOT = resolve('.');
const CACHE = resolve('node_modules/.cache/fc-bench');
const PAGES = resolve('scripts/bench/pages');
const RUNS = Number(process.env.FC_BENCH_RUNS) || 7;
/** FC_BENCH_ONLY=survey runs only the figures whose name contains it (for working on one; the table is then partial). */
const ONLY = process.env.FC_BENCH_ONLY;
const wanted = (figure) => !ONLY || figure.includes(ONLY);
const ROADMAP_GENERATOR = 'packages/roadmap/test/generate.ts';

// ---- pages ------------------------------------------------------------------------------------

async function buildPages() {
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  const generator = existsSync(ROADMAP_GENERATOR) ? resolve(ROADMAP_GENERATOR) : join(PAGES, 'fallback-roadmap.js');
  const entries = ['tree-fc', 'tree-d3', 'roadmap-fc', 'roadmap-frappe', 'survey-fc', 'survey-chartjs', 'care-path-fc', 'cards-fc'];
  await build({
    entryPoints: Object.fromEntries(entries.map((e) => [e, join(PAGES, `${e}.js`)])),
    outdir: CACHE,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    // The kit is loaded as published (packages/fc-kit/dist), not rebundled.
    external: ['/dist/*'],
    alias: { '@bench/generate-roadmap': generator },
    loader: { '.json': 'json' },
    logLevel: 'error',
  });
  for (const f of ['page.html', 'page.css', 'entry.js']) copyFileSync(join(PAGES, f), join(CACHE, f));
  writeFileSync(join(CACHE, 'all.json'), JSON.stringify(allDatasets()));
  writeFileSync(join(CACHE, 'requests.html'), requestsPage());
  return {
    roadmapGenerator: existsSync(ROADMAP_GENERATOR)
      ? ROADMAP_GENERATOR
      : 'scripts/bench/pages/fallback-roadmap.js (the roadmap package has no generator yet)',
  };
}

/** One document with every bundled dataset's items, for ten elements of every kind under one <fc-data>. */
function allDatasets() {
  const doc = { fcVersion: 1, id: 'kaikki', ...Object.fromEntries(VISUAL_ELEMENTS.map((e) => [e.collection, []])) };
  for (const f of readdirSync('packages/datasets/src')
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const d = JSON.parse(readFileSync(join('packages/datasets/src', f), 'utf8'));
    for (const { collection: c } of VISUAL_ELEMENTS) doc[c].push(...(d[c] ?? []));
  }
  return doc;
}

function requestsPage() {
  const doc = allDatasets();
  const elements = [];
  for (let i = 0; elements.length < 10; i++) {
    for (const { collection: c, tag } of VISUAL_ELEMENTS) {
      const list = doc[c];
      if (elements.length < 10 && list.length) elements.push(`<${tag} item="${list[i % list.length].id}"></${tag}>`);
    }
  }
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>10 elements, one fc-data</title>
<script type="module" src="/dist/fc-kit.js"></script></head><body>
<fc-data src="/__bench/all.json">
${elements.join('\n')}
</fc-data></body></html>`;
}

// ---- server -----------------------------------------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function serve() {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = pathname.startsWith('/__bench/')
      ? normalize(join(CACHE, pathname.slice('/__bench/'.length)))
      : normalize(join(ROOT, unalias(decodeURIComponent(pathname))));
    const inside = file.startsWith(CACHE + '/') || file.startsWith(ROOT + '/');
    let ok = false;
    try {
      ok = inside && statSync(file).isFile();
    } catch {
      ok = false;
    }
    if (!ok) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('Not found');
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

// ---- measurements -----------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timeOnce(browser, origin, page, query = '') {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`${origin}/__bench/page.html?page=${page}${query}`, { waitUntil: 'load' });
  await tab.waitForFunction('window.benchReady || window.benchFailed', { timeout: 60_000 });
  const failed = await tab.evaluate('window.benchFailed');
  if (failed) throw new Error(`${page}: ${failed}`);
  const result = await tab.evaluate('window.bench.run()');
  await tab.close();
  if (errors.length) throw new Error(`${page}: ${errors.join('; ')}`);
  return result;
}

/** Median first-render time of the kit and of the peer on the same data, runs interleaved. */
async function compare(browser, origin, [ours, peer], query) {
  const times = { ours: [], peer: [] };
  let drawn = {};
  for (let i = 0; i < RUNS; i++) {
    const order =
      i % 2
        ? [
            ['peer', peer],
            ['ours', ours],
          ]
        : [
            ['ours', ours],
            ['peer', peer],
          ];
    for (const [side, page] of order) {
      const r = await timeOnce(browser, origin, page, query);
      times[side].push(r.ms);
      drawn[side] = r.drawn;
    }
  }
  return { ours: median(times.ours), peer: median(times.peer), drawn, runs: times };
}

async function layoutShift(browser, origin, path, width) {
  const tab = await browser.newPage();
  await tab.setViewport({ width, height: 900 });
  await tab.evaluateOnNewDocument(() => {
    window.__cls = 0;
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__cls += e.value;
        window.__shifts.push({ value: e.value, sources: (e.sources ?? []).map((s) => s.node?.nodeName ?? '?') });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
  await tab.waitForFunction(
    () => {
      const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('fc-') && e.localName !== 'fc-data');
      return els.every((e) => e.shadowRoot && e.hasUpdated && !e.shadowRoot.querySelector('[part~="loading"]'));
    },
    { timeout: 30_000 },
  );
  await new Promise((r) => setTimeout(r, 1500));
  const result = await tab.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts }));
  await tab.close();
  return result;
}

async function requests(browser, origin) {
  const tab = await browser.newPage();
  const seen = [];
  tab.on('request', (r) => seen.push(new URL(r.url()).pathname));
  await tab.goto(`${origin}/__bench/requests.html`, { waitUntil: 'load' });
  await tab.waitForFunction(
    () => {
      const els = [...document.querySelectorAll('fc-data > *')];
      return els.length === 10 && els.every((e) => e.shadowRoot && e.hasUpdated && !e.shadowRoot.querySelector('[part~="loading"]'));
    },
    { timeout: 30_000 },
  );
  const errors = await tab.evaluate(() =>
    [...document.querySelectorAll('fc-data > *')].filter((e) => e.shadowRoot.querySelector('[part~="error"]')).map((e) => e.localName),
  );
  await new Promise((r) => setTimeout(r, 500));
  await tab.close();
  return {
    documents: seen.filter((p) => p.endsWith('/all.json')).length,
    scripts: seen.filter((p) => p.endsWith('.js')).length,
    total: seen.length,
    errors,
  };
}

function demoPages(dir = 'demo') {
  const out = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...demoPages(p));
    else if (f.endsWith('.html')) out.push(`/${p}`);
  }
  return out;
}

/** The chunk the survey chart imports on demand (Chart.js and the code around it), as a /dist/ URL. */
function chartChunk() {
  const loaded = [...closure(['survey-chart.js'])];
  const lazy = loaded.flatMap((f) => importsOf(f, { dynamic: true })).filter((f) => !loaded.includes(f));
  return lazy.length ? `/dist/${lazy[0]}` : '';
}

// ---- the run ----------------------------------------------------------------------------------

function machine(browserVersion) {
  const cpu = cpus();
  let commit = '';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    commit = 'unknown';
  }
  return {
    CPU: `${cpu[0]?.model ?? 'unknown'} (nproc ${cpu.length})`,
    Chromium: browserVersion,
    'Node.js': process.version,
    OS: `${process.platform} ${process.arch}`,
    // Times on a shared machine vary with what else runs; this says how busy it was.
    'load average (1, 5, 15 min) at the end': loadavg()
      .map((x) => x.toFixed(2))
      .join(', '),
    commit: commit,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  };
}

const ms = (x) => `${x.toFixed(1)} ms`;

async function main() {
  const rows = [];
  const notes = [];
  for (const s of sizeFigures()) {
    rows.push({
      figure: `gzip: ${s.figure}`,
      value: kb(s.bytes),
      budget: s.budget ? `≤ ${kb(s.budget)}` : '',
      peer: '',
      ratio: '',
      ok: s.budget ? s.bytes <= s.budget : undefined,
    });
  }

  const { roadmapGenerator } = await buildPages();
  notes.push(
    `500-item roadmap from ${roadmapGenerator}; 1,000-node tree from packages/governance-tree/test/generate.ts (generateTree(1000, 1)); survey: the first survey of packages/datasets/src/kuntaliitto-tilannekatsaus.json.`,
  );
  const { server, origin } = await serve();
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const version = await browser.version();
    const comparisons = [
      ['first render: 1,000-node tree, root and its children shown', ['tree-fc', 'tree-d3'], '&expand=2', 'd3-org-chart 3.1.1', 'boxes'],
      ['first render: 1,000-node tree, all expanded', ['tree-fc', 'tree-d3'], '&expand=all', 'd3-org-chart 3.1.1', 'boxes'],
      ['first render: 500-item roadmap', ['roadmap-fc', 'roadmap-frappe'], '', 'frappe-gantt 1.2.2', 'items'],
      [
        'first render: survey chart (until the chart is drawn)',
        ['survey-fc', 'survey-chartjs'],
        `&preload=${encodeURIComponent(chartChunk())}`,
        'Chart.js 4 (raw)',
        'canvases',
      ],
    ];
    for (const [figure, pages, query, peerName, unit] of comparisons) {
      if (!wanted(figure)) continue;
      process.stdout.write(`${figure}…\n`);
      try {
        const r = await compare(browser, origin, pages, query);
        // A render that drew nothing would be fast for the wrong reason.
        if (!r.drawn.ours || !r.drawn.peer)
          throw new Error(`nothing was drawn (fc-kit ${r.drawn.ours ?? 0} ${unit}, ${peerName} ${r.drawn.peer ?? 0})`);
        const ratio = r.ours / r.peer;
        rows.push({
          figure,
          value: ms(r.ours),
          budget: '≤ peer',
          peer: `${peerName}: ${ms(r.peer)}`,
          ratio: `${ratio.toFixed(2)}×`,
          ok: ratio <= 1,
        });
        notes.push(
          `${figure}: median of ${RUNS} runs each, fresh page per run; fc-kit drew ${r.drawn.ours ?? '?'} ${unit}, ${peerName} ${r.drawn.peer ?? '?'}. fc-kit runs: ${r.runs.ours.map((x) => x.toFixed(0)).join(', ')} ms; peer: ${r.runs.peer.map((x) => x.toFixed(0)).join(', ')} ms.`,
        );
      } catch (e) {
        rows.push({ figure, value: 'failed', budget: '≤ peer', peer: peerName, ratio: '', ok: false });
        notes.push(`${figure}: could not be measured: ${e.message.split('\n')[0]}`);
      }
    }
    // No peer draws swimlanes with routed arrows from the same data: an absolute budget (issue 12).
    const careFigure = 'first render: care path of 200 steps and 400 arrows (data to painted)';
    if (wanted(careFigure)) {
      process.stdout.write(`${careFigure}…\n`);
      try {
        const runs = [];
        let drawn;
        for (let i = 0; i < RUNS; i++) {
          const r = await timeOnce(browser, origin, 'care-path-fc', '');
          runs.push(r.ms);
          drawn = r.drawn;
        }
        if (drawn !== 200) throw new Error(`drew ${drawn ?? 0} steps, not 200`);
        const value = median(runs);
        rows.push({ figure: careFigure, value: ms(value), budget: '≤ 50 ms', peer: '', ratio: '', ok: value <= 50 });
        notes.push(
          `${careFigure}: median of ${RUNS} runs, fresh page per run; generateCarePath(200, 400) from packages/care-path/test/generate.ts. Runs: ${runs.map((x) => x.toFixed(0)).join(', ')} ms.`,
        );
      } catch (e) {
        rows.push({ figure: careFigure, value: 'failed', budget: '≤ 50 ms', peer: '', ratio: '', ok: false });
        notes.push(`${careFigure}: could not be measured: ${e.message.split('\n')[0]}`);
      }
    }
    for (const path of demoPages()) {
      for (const width of [1280, 360]) {
        const figure = `layout shift (CLS): ${path} at ${width} px`;
        if (!wanted(figure)) continue;
        try {
          const r = await layoutShift(browser, origin, path, width);
          rows.push({ figure, value: r.cls.toFixed(4), budget: '0', peer: '', ratio: '', ok: r.cls === 0 });
          if (r.shifts.length)
            notes.push(`${figure}: ${r.shifts.map((s) => `${s.value.toFixed(4)} (${s.sources.join(', ')})`).join('; ')}`);
        } catch (e) {
          rows.push({ figure, value: 'failed', budget: '0', peer: '', ratio: '', ok: false });
          notes.push(`${figure}: ${e.message.split('\n')[0]}`);
        }
      }
    }
    if (wanted('document requests'))
      try {
        const r = await requests(browser, origin);
        rows.push({
          figure: 'document requests: 10 elements under one <fc-data>',
          value: String(r.documents),
          budget: '1',
          peer: '',
          ratio: '',
          ok: r.documents === 1 && !r.errors.length,
        });
        notes.push(
          `10 elements under one <fc-data>: ${r.documents} request for the document, ${r.scripts} script files, ${r.total} requests in all${r.errors.length ? `; elements showing an error: ${r.errors.join(', ')}` : ''}.`,
        );
      } catch (e) {
        rows.push({
          figure: 'document requests: 10 elements under one <fc-data>',
          value: 'failed',
          budget: '1',
          peer: '',
          ratio: '',
          ok: false,
        });
        notes.push(`requests: ${e.message.split('\n')[0]}`);
      }
    if (ONLY) console.log(`FC_BENCH_ONLY=${ONLY}: a partial run; docs/benchmarks.md is left as it was.`);
    else report(rows, notes, machine(version));
    if (ONLY) printTable(rows);
  } finally {
    await browser.close();
    server.close();
  }
  const missed = rows.filter((r) => r.ok === false);
  if (missed.length) {
    console.error(`\n${missed.length} figure(s) miss their budget:\n  ${missed.map((r) => `${r.figure}: ${r.value}`).join('\n  ')}`);
    process.exitCode = 1;
  }
}

const mark = (ok) => (ok === undefined ? '' : ok ? '✓' : '✗');

function printTable(rows) {
  const header = ['figure', 'measured', 'budget', 'peer', 'ratio', ''];
  const cells = rows.map((r) => [r.figure, r.value, r.budget, r.peer, r.ratio, mark(r.ok)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) =>
    c
      .map((x, i) => x.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}\n${cells.map(line).join('\n')}\n`);
}

function report(rows, notes, info) {
  printTable(rows);
  console.log(
    Object.entries(info)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n'),
  );

  const md = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (build, then `node scripts/bench.mjs`): one headless Chromium run.',
    '',
    '- **Sizes** are gzip (level 9) of the built files in `packages/fc-kit/dist`, counting what loads',
    '  by the time an element has drawn: its entry file, its static imports, transitively, and what',
    "  it imports on demand (the survey chart fetches Chart.js when it first draws). An element's",
    '  own code leaves out the chunks every element shares (core, lit) and Chart.js. The size',
    '  budgets are also checked by `npm test` (test/node/size-budgets.test.mjs).',
    '- **First render** is the median time from creating the element (code loaded, data in memory)',
    '  to the frame that shows it (for charts: until the canvas has pixels), against the peer library',
    '  drawing the same data in the same 1200 × 800 px box; each run is a fresh page, kit and peer',
    '  runs alternate. A ratio below 1 means fc-kit is faster. The kit validates the data as part of',
    '  its render; the peers do not.',
    '- **Layout shift** is the CLS of each demo page (PerformanceObserver, `layout-shift`) from load',
    '  until every element has rendered and 1.5 s more, at 1280 and 360 px.',
    "- Times vary with the machine's load (its load average is recorded below): on a shared",
    '  machine, ratios near 1 can fall either side of it from run to run.',
    '',
    '## Machine',
    '',
    ...Object.entries(info).map(([k, v]) => `- ${k}: ${v}`),
    '',
    '## Results',
    '',
    '| figure | measured | budget | peer | ratio | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${[r.figure, r.value, r.budget, r.peer, r.ratio, mark(r.ok)].map((x) => x.replaceAll('|', '\\|').replaceAll('<', '&lt;')).join(' | ')} |`,
    ),
    '',
    '## Notes',
    '',
    ...notes.map((n) => `- ${n.replaceAll('<', '&lt;')}`),
    '',
  ].join('\n');
  writeFileSync('docs/benchmarks.md', md);
  console.log('\nwritten to docs/benchmarks.md');
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
