/**
 * axe (WCAG 2.1 A and AA rules) on every Storybook story, in the default and the dark-contrast
 * theme. The stories are found, not listed: every packages/<pkg>/stories/<name>.stories.ts is imported and each of
 * its stories rendered as Storybook would (meta and story args merged, loaders, decorators,
 * beforeEach and play), so a new story is covered the day it is written.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import { axeViolations, loadAxe } from './support/axe.js';
import { ELEMENTS } from '../../packages/fc-kit/src/elements.js';
import { quietConsole, watchUncaught } from './support/kit.js';

type Args = Record<string, unknown>;
type Fn = (...args: any[]) => any;
interface StoryLike {
  name?: string;
  args?: Args;
  render?: Fn;
  loaders?: Fn | Fn[];
  decorators?: Fn | Fn[];
  beforeEach?: Fn | Fn[];
  play?: Fn;
  parameters?: Record<string, unknown>;
}
interface MetaLike extends StoryLike {
  title?: string;
  component?: string;
  excludeStories?: string[] | RegExp;
  includeStories?: string[] | RegExp;
}

const THEMES = ['default', 'dark-contrast'];
const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
/** Storybook's story id: `Core/fc-data and shared states` + `SharedDocument` → `core-fc-data-and-shared-states--shared-document`. */
const sanitize = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const storyId = (title: string, exportName: string) =>
  `${sanitize(title)}--${sanitize(exportName.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2'))}`;

function isStory(name: string, value: unknown, meta: MetaLike): value is StoryLike {
  if (name === 'default' || name.startsWith('__') || typeof value !== 'object' || value === null) return false;
  const { includeStories: inc, excludeStories: exc } = meta;
  if (inc && !(Array.isArray(inc) ? inc.includes(name) : inc.test(name))) return false;
  if (exc && (Array.isArray(exc) ? exc.includes(name) : exc.test(name))) return false;
  return (
    'render' in value || 'args' in value || 'play' in value || 'name' in value || typeof meta.render === 'function' || !!meta.component
  );
}

/** Renders a story into `canvas` as Storybook does; returns its cleanups. */
async function renderStory(meta: MetaLike, story: StoryLike, exportName: string, canvas: HTMLElement, theme: string) {
  const args = { ...meta.args, ...story.args };
  const globals = { lang: 'fi', theme };
  document.documentElement.lang = globals.lang;
  document.documentElement.dataset.theme = theme;
  const context: Record<string, unknown> = {
    id: storyId(meta.title ?? '', exportName),
    title: meta.title,
    name: story.name ?? exportName,
    args,
    initialArgs: args,
    argTypes: {},
    globals,
    parameters: { ...meta.parameters, ...story.parameters },
    loaded: {},
    canvasElement: canvas,
    viewMode: 'story',
    step: async (_label: string, fn: Fn) => fn(),
    abortSignal: new AbortController().signal,
    mount: async () => canvas,
  };
  const cleanups: Fn[] = [];
  for (const hook of [...list(meta.beforeEach), ...list(story.beforeEach)]) {
    const cleanup = await hook(context);
    if (typeof cleanup === 'function') cleanups.push(cleanup);
  }
  for (const loader of [...list(meta.loaders), ...list(story.loaders)]) Object.assign(context.loaded as object, await loader(context));
  const draw =
    story.render ??
    meta.render ??
    ((a: Args) => {
      const el = document.createElement(meta.component!);
      Object.assign(el, a);
      return el;
    });
  // Story decorators wrap the story, then the meta's, outermost last (as Storybook applies them).
  let wrapped: Fn = (update?: { args?: Args }) => draw(update?.args ?? args, context);
  for (const decorator of [...list(story.decorators), ...list(meta.decorators)]) {
    const inner = wrapped;
    wrapped = () => decorator(inner, context);
  }
  const result = await wrapped();
  if (result instanceof Node) canvas.append(result);
  else if (result && typeof result === 'object' && '_$litType$' in result) render(result as TemplateResult, canvas);
  else throw new Error(`${exportName}: a story must return a lit template or a DOM node`);
  await settle(canvas);
  if (story.play ?? meta.play) {
    await (story.play ?? meta.play)!(context);
    await settle(canvas);
  }
  return cleanups;
}

/** Every fc-* element in the story has rendered something other than "loading" (a story of the loading state waits 2 s). */
async function settle(canvas: HTMLElement) {
  const els = () =>
    [...canvas.querySelectorAll('*')].filter((e) => e.localName.startsWith('fc-') && e.localName !== 'fc-data') as (HTMLElement & {
      hasUpdated?: boolean;
      updateComplete?: Promise<unknown>;
    })[];
  const ready = () => els().every((e) => e.hasUpdated && e.shadowRoot && !e.shadowRoot.querySelector('[part~="loading"]'));
  const until = performance.now() + 2000;
  while (!ready() && performance.now() < until) await new Promise((r) => setTimeout(r, 25));
  for (const e of els()) await e.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/** Each package that has stories beside its element: the elements' packages and the core's. */
const PACKAGES = ['core', ...ELEMENTS.flatMap((e) => (e.pkg ? [e.pkg] : []))];
const files: string[] = [];
for (const pkg of PACKAGES) {
  const dir = `packages/${pkg}/stories`;
  const found =
    (await executeServerCommand<string[], { dir: string; suffix: string }>('fc-list-files', { dir, suffix: '.stories.ts' })) ?? [];
  files.push(...found.map((f) => `${dir}/${f}`));
}

describe('axe on every Storybook story', function () {
  this.timeout(300_000);
  let quiet: ReturnType<typeof quietConsole>;
  before(async () => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/.storybook/preview.css';
    document.head.append(css);
    await new Promise((r) => css.addEventListener('load', r, { once: true }));
    await loadAxe();
  });
  beforeEach(() => {
    quiet = quietConsole();
  });
  afterEach(() => {
    quiet.restore();
    document.documentElement.dataset.theme = 'default';
    document.documentElement.lang = 'fi';
  });

  it('finds the story files', () => {
    expect(files.length).to.be.greaterThan(0);
  });

  it('every example that is not hidden is a story of its element', async () => {
    for (const { pkg } of ELEMENTS.filter((e) => e.pkg)) {
      const { EXAMPLES } = (await import(`/packages/${pkg}/examples.ts`)) as { EXAMPLES: { name: string; hidden?: boolean }[] };
      const mod = (await import(`/packages/${pkg}/stories/${pkg}.stories.ts`)) as Record<string, unknown>;
      expect(
        EXAMPLES.filter((e) => !e.hidden && !(e.name in mod)).map((e) => e.name),
        `${pkg}: examples without a story`,
      ).to.deep.equal([]);
    }
  });

  for (const file of files) {
    for (const theme of THEMES) {
      it(`${file} (${theme} theme): 0 violations in every story`, async () => {
        const mod = (await import(`/${file}`)) as Record<string, unknown> & { default: MetaLike };
        const meta = mod.default;
        const stories = Object.entries(mod).filter(([name, value]) => isStory(name, value, meta)) as [string, StoryLike][];
        expect(stories.length, `${file} has stories`).to.be.greaterThan(0);
        const failing: string[] = [];
        for (const [exportName, story] of stories) {
          const id = storyId(meta.title ?? file, exportName);
          const canvas = document.createElement('div');
          canvas.id = 'storybook-root';
          document.body.append(canvas);
          const uncaught = watchUncaught();
          let cleanups: Fn[] = [];
          try {
            cleanups = await renderStory(meta, story, exportName, canvas, theme);
            const violations = await axeViolations(canvas);
            if (violations.length) failing.push(`${id}:\n    ${violations.join('\n    ')}`);
          } catch (e) {
            failing.push(`${id}: the story failed: ${(e as Error)?.stack?.split('\n').slice(0, 3).join(' ') ?? e}`);
          } finally {
            for (const c of cleanups) await c();
            uncaught.stop();
            if (uncaught.caught.length) failing.push(`${id}: ${uncaught.caught.join('; ')}`);
            render(null, canvas);
            canvas.remove();
          }
        }
        expect(failing, `stories with violations (${theme} theme):\n  ${failing.join('\n  ')}`).to.deep.equal([]);
      });
    }
  }
});
