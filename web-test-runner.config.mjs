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

const executablePath = findChrome();

export default {
  files: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
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
