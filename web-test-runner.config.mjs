import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChrome } from './scripts/find-chrome.mjs';
import { faultyServer } from './test/support/test-server.mjs';
import { aliasMiddleware } from './scripts/static-paths.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { qualityCommands } from './test/support/quality-commands.mjs';
import { rawJsonForFetch } from './test/support/raw-json.mjs';
import { demoCommands } from './test/demo/support/demo-commands.mjs';
import { ELEMENTS } from './packages/fc-kit/src/elements.js';

const executablePath = findChrome();

/**
 * Named groups, so `npm test -- --group roadmap` runs one element's tests: one per element
 * package (from the kit's table of elements) and the core, the lane `fast` (every package's
 * tests, no bundle needed), and the suites under test/. wtr runs the top-level `files` and every
 * group when no group is named, so the groups exist only when one is.
 */
const packages = ['core', ...ELEMENTS.flatMap((e) => (e.pkg ? [e.pkg] : []))];
const groups = [
  ...packages.map((name) => ({ name, files: `packages/${name}/test/**/*.test.ts` })),
  { name: 'fast', files: 'packages/*/test/**/*.test.ts' },
  { name: 'loader', files: 'test/loader.test.ts' },
  { name: 'quality', files: 'test/quality/**/*.test.ts' },
  { name: 'demo', files: 'test/demo/**/*.test.ts' },
];

export default {
  files: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
  groups: process.argv.includes('--group') ? groups : undefined,
  nodeResolve: true,
  // One page at a time: pages side by side in one headless Chromium starve each other of frames.
  concurrency: 1,
  testsFinishTimeout: 900_000,
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }), qualityCommands(), demoCommands()],
  middleware: [faultyServer, aliasMiddleware, rawJsonForFetch],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          // Test pages run side by side; a page in the background must not have its frames and
          // timers throttled, or fixtures waiting for a frame hang.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 20_000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
