// Server-side commands for the quality suites (test/quality): what a page cannot do itself.
// Called from tests with `executeServerCommand(name, payload)` from @web/test-runner-commands.
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** Folders whose files a test may list, so that new stories, demo pages and datasets are found. */
const LISTABLE = ['demo', 'packages/datasets/src', 'test/corpus'];
/** Each package's stories folder, beside its element. */
const STORIES = /^packages\/[a-z-]+\/stories$/;
const ARTIFACTS = 'test-results';
const sessions = new WeakMap();

export function qualityCommands() {
  return {
    name: 'fc-quality-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('fc-')) return undefined;
      if (command === 'fc-list-files') {
        const { dir, suffix = '', recursive = false } = payload;
        if (!LISTABLE.includes(dir) && !STORIES.test(dir))
          throw new Error(`fc-list-files: ${dir} is not one of ${LISTABLE.join(', ')} or packages/*/stories`);
        return readdirSync(dir, { recursive })
          .map(String)
          .filter((f) => f.endsWith(suffix))
          .sort();
      }
      if (command === 'fc-env') {
        // Only the variables a test names, and only FC_* ones (a replay seed, a run count) and CI.
        return Object.fromEntries(payload.filter((k) => k.startsWith('FC_') || k === 'CI').map((k) => [k, process.env[k]]));
      }
      const page = session.browser.getPage(session.id);
      if (command === 'fc-forced-colors') {
        // Neither @web/test-runner-commands' emulateMedia nor puppeteer's emulateMediaFeatures
        // accepts forced-colors; the DevTools protocol does. The session stays open: closing it
        // would end the emulation.
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        const features = [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }];
        if (payload.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: payload.reducedMotion });
        await sessions.get(page).send('Emulation.setEmulatedMedia', { features });
        return true;
      }
      if (command === 'fc-screenshot') {
        const path = normalize(join(ARTIFACTS, payload.name));
        if (!path.startsWith(`${ARTIFACTS}/`) || !path.endsWith('.png')) throw new Error(`fc-screenshot: ${payload.name}`);
        mkdirSync(dirname(path), { recursive: true });
        const clip = payload.clip && { ...payload.clip, width: Math.max(1, payload.clip.width), height: Math.max(1, payload.clip.height) };
        await page.screenshot({ path, clip, captureBeyondViewport: true });
        return path;
      }
      return undefined;
    },
  };
}
