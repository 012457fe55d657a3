/**
 * Focus, per focus stop of every element (WCAG 2.4.7, 2.4.11, 2.4.13's two-colour ring, 2.5.8):
 * Tab and Enter walk each element as a keyboard user does (opening what opens, so the details
 * panels' stops count too), and at each stop the ring is at least 2 px, has two colours of which
 * one stands 3:1 out of the background behind it, is not cut off by any ancestor's overflow, and
 * the focused part is not hidden under anything. Every interactive part, in the Tab order or
 * reached with arrows, is at least 24 × 24 px, except links inside a sentence (2.5.8's inline
 * exception). In forced colours the ring is the system's Highlight outline.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { composite, contrast, parseColour, worstBackgroundContrast, TOKENS, type Rgba } from '@fc-kit/core/headless.js';
import { ELEMENTS, shadowRoots } from './support/kit.js';
import { deepActive, describe_, showcase, showcasePage } from './support/showcase.js';

const press = (key: string) => sendKeys({ press: key });

/** The element a ring is drawn on: the focused one, or (the tree) the box inside it. */
function ringOf(el: Element): { node: Element; cs: CSSStyleDeclaration } | undefined {
  for (const node of [el, ...el.querySelectorAll('*')].slice(0, 20)) {
    const cs = getComputedStyle(node);
    if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) return { node, cs };
  }
  return undefined;
}

/** The parent in the flat tree: across a shadow root to its host. */
const flatParent = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/** The opaque colour behind an element: its ancestors' backgrounds composited, white at the bottom. */
function backgroundBehind(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let n: Element | null = flatParent(el); n; n = flatParent(n)) {
    const c = parseColour(getComputedStyle(n).backgroundColor);
    if (c && c[3] > 0) layers.push(c);
    if (c && c[3] === 1) break;
  }
  return layers.reverse().reduce((under, over) => composite(over, under), [1, 1, 1, 1] as Rgba);
}

const shadowColours = (boxShadow: string) => (boxShadow.match(/rgba?\([^)]*\)/g) ?? []).map((c) => parseColour(c)!).filter((c) => c[3] > 0);

/** Problems with the ring at one stop; [] when it is all right. */
function ringProblems(active: Element, forced: boolean): string[] {
  const ring = ringOf(active);
  if (!ring) return ['no outline'];
  const { node, cs } = ring;
  const problems: string[] = [];
  const width = parseFloat(cs.outlineWidth);
  if (width < 2) problems.push(`outline ${width}px < 2px`);
  const outline = parseColour(cs.outlineColor)!;
  if (!forced) {
    const halo = shadowColours(cs.boxShadow);
    const behind = backgroundBehind(node);
    const best = Math.max(contrast(outline, behind), ...halo.map((h) => contrast(h, behind)));
    if (!halo.length) problems.push('one colour only (no halo)');
    if (best < 3) problems.push(`ring ${best.toFixed(2)}:1 against its background`);
  }
  // Not cut off: the ring's outer edge inside every clipping ancestor's box.
  const offset = parseFloat(cs.outlineOffset);
  const reach = Math.max(0, offset) + width;
  const r = node.getBoundingClientRect();
  const outer = { left: r.left - reach, top: r.top - reach, right: r.right + reach, bottom: r.bottom + reach };
  for (let a = flatParent(node); a; a = flatParent(a)) {
    const acs = getComputedStyle(a);
    const clipsX = acs.overflowX !== 'visible';
    const clipsY = acs.overflowY !== 'visible';
    if (!clipsX && !clipsY) continue;
    const box = a.getBoundingClientRect();
    const left = box.left + a.clientLeft;
    const top = box.top + a.clientTop;
    const cut =
      (clipsX && (outer.left < left - 0.5 || outer.right > left + a.clientWidth + 0.5)) ||
      (clipsY && (outer.top < top - 0.5 || outer.bottom > top + a.clientHeight + 0.5));
    if (cut) problems.push(`ring cut off by ${describe_(a)} (overflow ${acs.overflowX}/${acs.overflowY})`);
  }
  // Not obscured (2.4.11): what is at the centre of the focused part is the part.
  const c = active.getBoundingClientRect();
  const x = c.left + c.width / 2;
  const y = c.top + c.height / 2;
  let hit: Element | null = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  const inside = (h: Element | null) => {
    for (let n = h; n; n = flatParent(n)) if (n === active) return true;
    return false;
  };
  if (c.width && c.height && !inside(hit)) problems.push(`covered by ${describe_(hit)}`);
  return problems;
}

/** Walks the element with Tab (opening what Enter opens) and returns each stop's problems. */
async function walk(tag: string, page: HTMLElement, forced: boolean) {
  const before = Object.assign(document.createElement('button'), { textContent: 'ennen' });
  page.append(before);
  const el = await showcase(tag, page);
  const after = Object.assign(document.createElement('button'), { textContent: 'jälkeen' });
  page.append(after);
  before.focus();
  const stops: string[] = [];
  const problems: string[] = [];
  for (let i = 0; i < 80; i++) {
    await press('Tab');
    const active = deepActive()!;
    if (active === after) break;
    stops.push(describe_(active));
    active.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    for (const p of ringProblems(active, forced)) problems.push(`${describe_(active)}: ${p}`);
    const opens = active.localName === 'button' || active.getAttribute('role') === 'treeitem';
    if (opens && !active.matches('[part~="retry-button"], [part~="csv-button"], [part~="png-button"]')) await press('Enter');
  }
  return { el, stops, problems };
}

describe('focus: a two-colour ring of at least 2 px at every stop, never cut off or covered', function () {
  this.timeout(90_000);
  const shown = showcasePage('1000px');

  it("the default ring's two colours keep 3:1 against any background", () => {
    expect(worstBackgroundContrast(TOKENS['--fc-color-focus'], TOKENS['--fc-color-focus-contrast'])).to.be.at.least(3);
  });

  for (const tag of ELEMENTS) {
    it(`<${tag}>: every focus stop`, async () => {
      const { stops, problems } = await walk(tag, shown.page, false);
      expect(stops.length).to.be.greaterThan(1);
      expect(problems, `stops: ${stops.join(' → ')}`).to.deep.equal([]);
    });
  }

  describe('in forced colours', () => {
    before(() => executeServerCommand('fc-forced-colors', { active: true }));
    after(() => executeServerCommand('fc-forced-colors', { active: false }));
    for (const tag of ELEMENTS) {
      it(`<${tag}>: every focus stop has a ≥ 2 px system-colour outline, not cut off`, async () => {
        const { stops, problems } = await walk(tag, shown.page, true);
        expect(stops.length).to.be.greaterThan(1);
        expect(problems, `stops: ${stops.join(' → ')}`).to.deep.equal([]);
      });
    }
  });
});

describe('target size (WCAG 2.5.8): every interactive part at least 24 × 24 px', function () {
  this.timeout(60_000);
  const shown = showcasePage('1000px');
  const INTERACTIVE = 'button, a[href], [role="treeitem"], [role="button"], [tabindex], summary, input, select';

  /** A link inside running text: 2.5.8's inline exception. */
  const inSentence = (el: Element) =>
    el.localName === 'a' && [...(el.parentElement?.childNodes ?? [])].some((n) => n !== el && (n.textContent ?? '').trim().length > 1);

  for (const tag of ELEMENTS) {
    for (const width of [1000, 320]) {
      it(`<${tag}> at ${width} px`, async () => {
        shown.page.style.width = `${width}px`;
        const el = await showcase(tag, shown.page);
        const parts = [...shadowRoots(el)].flatMap((r) => [...r.querySelectorAll(INTERACTIVE)]);
        const small: string[] = [];
        let measured = 0;
        for (const part of parts) {
          if (part.getAttribute('tabindex') === '-1' && !part.matches('[role="treeitem"], button, a')) continue;
          const r = part.getBoundingClientRect();
          if (!r.width || !r.height || inSentence(part)) continue;
          measured++;
          if (r.width < 24 - 0.01 || r.height < 24 - 0.01) small.push(`${describe_(part)}: ${r.width.toFixed(1)} × ${r.height.toFixed(1)}`);
        }
        expect(measured, 'interactive parts measured').to.be.greaterThan(0);
        expect(small).to.deep.equal([]);
      });
    }
  }
});
