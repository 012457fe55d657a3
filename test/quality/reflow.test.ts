/**
 * Reflow at 320 CSS pixels (WCAG 2.1 SC 1.4.10): each element, with every field filled and with
 * the biggest bundled item of its kind, fits a 320 px wide page: the page does not scroll
 * sideways and nothing inside the element does either. Screenshots: test-results/reflow/*.png.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { Collection } from '@fc-kit/core';
import { ELEMENT_OF, quietConsole, settled, shadowRoots, errorLines, type FcEl } from './support/kit.js';
import { showcase } from './support/showcase.js';
import { screenshot } from './support/screenshot.js';

/** The item of each collection with the most JSON in the bundled datasets: the hardest to fit. */
async function biggestItems(): Promise<Record<Collection, { doc: unknown; id: string; file: string } | undefined>> {
  const files =
    (await executeServerCommand<string[], { dir: string; suffix: string }>('fc-list-files', {
      dir: 'packages/datasets/src',
      suffix: '.json',
    })) ?? [];
  const best = {} as Record<Collection, { doc: unknown; id: string; file: string; size: number } | undefined>;
  for (const file of files) {
    const doc = await (await fetch(`/packages/datasets/src/${file}`)).json();
    for (const c of Object.keys(ELEMENT_OF) as Collection[]) {
      for (const item of doc[c] ?? []) {
        const size = JSON.stringify(item).length;
        if (!best[c] || size > best[c]!.size) best[c] = { doc, id: item.id, file, size };
      }
    }
  }
  return best;
}

/** Boxes inside the element that scroll sideways: content wider than the box, with overflow-x scroll or auto. */
function sidewaysScrollers(el: Element): string[] {
  const out: string[] = [];
  for (const root of shadowRoots(el)) {
    for (const node of root.querySelectorAll<HTMLElement>('*')) {
      const cs = getComputedStyle(node);
      if ((cs.overflowX === 'auto' || cs.overflowX === 'scroll') && node.scrollWidth > node.clientWidth + 1) {
        out.push(
          `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}${node.className ? `.${String(node.className).split(' ')[0]}` : ''} (${node.scrollWidth} px in ${node.clientWidth} px)`,
        );
      }
    }
  }
  return out;
}

describe('reflow at 320 px', function () {
  this.timeout(60_000);
  let quiet: ReturnType<typeof quietConsole>;
  before(async () => {
    await setViewport({ width: 320, height: 800 });
    // Screenshots of the finished drawing, not of an animation half-way.
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
  beforeEach(() => {
    quiet = quietConsole();
    document.body.style.margin = '0';
  });
  afterEach(() => {
    quiet.restore();
    document.body.style.margin = '';
  });

  for (const [collection, tag] of Object.entries(ELEMENT_OF) as [Collection, string][]) {
    it(`<${tag}> fits 320 px with no sideways scrolling (every field filled, and the biggest bundled item)`, async () => {
      const problems: string[] = [];
      const check = async (el: FcEl, label: string) => {
        expect(errorLines(el), `${label}: shows an error`).to.equal(undefined);
        const page = document.documentElement.scrollWidth;
        if (page > 320) problems.push(`${label}: the page is ${page} px wide`);
        const right = el.getBoundingClientRect().right;
        if (right > 320.5) problems.push(`${label}: the element reaches ${right.toFixed(0)} px`);
        problems.push(...sidewaysScrollers(el).map((s) => `${label}: scrolls sideways: ${s}`));
        await screenshot(el, `reflow/${tag}-${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
      };
      const full = await showcase(tag, document.body);
      await check(full, 'every field');
      full.remove();
      const biggest = (await biggestItems())[collection];
      if (biggest) {
        const el = document.createElement(tag) as FcEl;
        el.lang = 'fi';
        el.setAttribute('item', biggest.id);
        el.data = biggest.doc;
        document.body.append(el);
        await settled(el);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await check(el, `${biggest.file.replace('.json', '')} ${biggest.id}`);
        el.remove();
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});
