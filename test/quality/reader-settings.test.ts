/**
 * The reader's own settings, each element (Chartability's critical "user style change not
 * respected"; WCAG 1.4.4, 1.4.12, 1.4.3 and 1.4.11 under them): more contrast asked for, text
 * zoomed to 200 %, the text spacing of 1.4.12, and a page that is dark (`color-scheme: dark`).
 * Nothing clips, the text grows, and contrast holds (axe). Forced colours and reduced motion are
 * in forced-colors.test.ts; 400 % page zoom (a 320 px wide page) in reflow.test.ts.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { contrast, DARK_TOKENS } from '@fc-kit/core/headless.js';
import { ELEMENTS, errorLines, frames, shadowRoots, type FcEl } from './support/kit.js';
import { showcase, showcasePage } from './support/showcase.js';

const media = (features: { name: string; value: string }[]) => executeServerCommand('fc-emulate-media', { features });

/** Text an element cuts off: a box that hides its overflow while its content is bigger. */
function clippedText(el: Element): string[] {
  const out: string[] = [];
  for (const root of shadowRoots(el)) {
    for (const node of root.querySelectorAll('*')) {
      if (node.closest('.fc-visually-hidden, [hidden], svg, canvas')) continue;
      const cs = getComputedStyle(node);
      const clipX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
      const clipY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
      if ((!clipX && !clipY) || !(node.textContent ?? '').trim() || cs.display === 'none') continue;
      if ((clipX && node.scrollWidth > node.clientWidth + 1) || (clipY && node.scrollHeight > node.clientHeight + 1))
        out.push(
          `${node.localName}.${[...node.classList].join('.')}: ${node.scrollWidth}×${node.scrollHeight} in ${node.clientWidth}×${node.clientHeight}`,
        );
    }
  }
  return out;
}

const guideOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="guide"]')!;
const titleOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="title"]')!;

describe("the reader's settings", function () {
  this.timeout(90_000);
  const shown = showcasePage('900px');

  describe('prefers-contrast: more', () => {
    before(() => media([{ name: 'prefers-contrast', value: 'more' }]));
    after(() => media([]));
    for (const tag of ELEMENTS) {
      it(`<${tag}>: muted text and lines take the text colour (7:1 or more), axe passes`, async () => {
        expect(matchMedia('(prefers-contrast: more)').matches).to.equal(true);
        const el = await showcase(tag, shown.page);
        const cs = getComputedStyle(guideOf(el));
        expect(cs.color).to.equal(getComputedStyle(el).color);
        expect(contrast(cs.color, '#ffffff')).to.be.at.least(7);
        expect(getComputedStyle(el).getPropertyValue('--_fc-line-width').trim()).to.equal('3px');
        await expect(el).to.be.accessible();
      });
    }
    it('without it, muted text stays muted (the query is what changes it)', async () => {
      await media([]);
      const el = await showcase(ELEMENTS[0], shown.page);
      expect(getComputedStyle(guideOf(el)).color).not.to.equal(getComputedStyle(el).color);
      await media([{ name: 'prefers-contrast', value: 'more' }]);
    });
  });

  describe('text zoomed to 200 % (1.4.4)', () => {
    afterEach(() => document.documentElement.style.removeProperty('font-size'));
    for (const tag of ELEMENTS) {
      it(`<${tag}>: the text doubles, nothing is cut off, nothing scrolls sideways`, async () => {
        const el = await showcase(tag, shown.page);
        const before = parseFloat(getComputedStyle(titleOf(el)).fontSize);
        el.remove();
        document.documentElement.style.fontSize = '200%';
        const big = await showcase(tag, shown.page);
        await frames(3);
        expect(errorLines(big)).to.equal(undefined);
        expect(parseFloat(getComputedStyle(titleOf(big)).fontSize)).to.be.closeTo(2 * before, 1);
        expect(clippedText(big)).to.deep.equal([]);
        expect(big.scrollWidth, 'sideways overflow of the element').to.be.at.most(big.clientWidth + 1);
      });
    }
  });

  describe('text spacing (1.4.12)', () => {
    // What a text-spacing bookmarklet or user style sheet sets, put into every shadow root.
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-block-end: 2em !important; }`);
    for (const tag of ELEMENTS) {
      it(`<${tag}>: with 1.5 line height, 0.12 em letters, 0.16 em words and 2 em paragraphs nothing is cut off`, async () => {
        const el = (await showcase(tag, shown.page)) as FcEl;
        for (const root of shadowRoots(el)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
        (el as unknown as { requestUpdate(): void }).requestUpdate();
        await el.updateComplete;
        await frames(3);
        const title = titleOf(el);
        expect(parseFloat(getComputedStyle(title).letterSpacing)).to.be.closeTo(0.12 * parseFloat(getComputedStyle(title).fontSize), 0.5);
        expect(clippedText(el)).to.deep.equal([]);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      });
    }
  });

  describe('a dark page (color-scheme: dark)', () => {
    for (const tag of ELEMENTS) {
      it(`<${tag}>: takes the dark defaults and keeps its contrast (axe)`, async () => {
        const dark = document.createElement('div');
        dark.className = 'dark-page';
        // The CSSOM, not a style attribute: the kit's pages run under a strict CSP.
        dark.style.setProperty('color-scheme', 'dark');
        dark.style.setProperty('background', '#121212');
        dark.style.setProperty('color', '#e8e8e8');
        shown.page.append(dark);
        const el = await showcase(tag, dark);
        expect(getComputedStyle(titleOf(el)).color).to.equal('rgb(232, 232, 232)');
        expect(DARK_TOKENS['--fc-color-text']).to.equal('#e8e8e8');
        await expect(el).to.be.accessible();
      });
    }
  });
});
