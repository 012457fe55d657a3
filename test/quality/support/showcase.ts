/**
 * What each element is shown with in the keyboard, reflow and forced-colours suites: its
 * `EveryField` example (every field filled), from the element's own examples list.
 */
import { EXAMPLES as TREE } from '../../../packages/governance-tree/examples.js';
import { EXAMPLES as HOUSE } from '../../../packages/network-house/examples.js';
import { EXAMPLES as ROADMAP } from '../../../packages/roadmap/examples.js';
import { EXAMPLES as SURVEY } from '../../../packages/survey-chart/examples.js';
import { EXAMPLES as MATRIX } from '../../../packages/matrix/examples.js';
import { EXAMPLES as CARE_PATH } from '../../../packages/care-path/examples.js';
import { EXAMPLES as CARDS } from '../../../packages/cards/examples.js';
import { exampleInput, exampleNamed, type Example } from '../../support/examples.js';
import { quietConsole, settled, type FcEl } from './kit.js';
import { VISUAL_ELEMENTS } from '../../../packages/fc-kit/src/elements.js';

/** Each element's examples (packages/<el>/examples.ts). */
export const EXAMPLES_OF: Record<string, readonly Example[]> = {
  'fc-governance-tree': TREE,
  'fc-network-house': HOUSE,
  'fc-roadmap': ROADMAP,
  'fc-survey-chart': SURVEY,
  'fc-matrix': MATRIX,
  'fc-care-path': CARE_PATH,
  'fc-cards': CARDS,
};

/** The kind `fc-select` reports when a reader opens the main part of each element (the first of its table row's `selects`). */
export const SELECT_KIND: Record<string, string> = Object.fromEntries(VISUAL_ELEMENTS.map((e) => [e.tag, e.selects[0]]));

/** For each test of the calling suite: a page `width` wide to show elements on, and the kit's expected console reports kept quiet. */
export function showcasePage(width: string): { readonly page: HTMLElement } {
  let quiet: ReturnType<typeof quietConsole>;
  const current = { page: document.body };
  beforeEach(() => {
    quiet = quietConsole();
    current.page = document.createElement('div');
    current.page.style.width = width;
    document.body.append(current.page);
  });
  afterEach(() => {
    current.page.remove();
    quiet.restore();
  });
  return current;
}

export async function showcase(tag: string, parent: HTMLElement, lang = 'fi'): Promise<FcEl> {
  const el = document.createElement(tag) as FcEl;
  el.lang = lang;
  el.data = exampleInput(exampleNamed(EXAMPLES_OF[tag], 'EveryField')).data;
  parent.append(el);
  await settled(el);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return el;
}

/** The focused element, looking through shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** How focus shows on `el`: an outline or a box shadow on it, a descendant or a pseudo-element; undefined when it does not. */
export function focusIndicator(el: Element, { outlineOnly = false } = {}): string | undefined {
  const candidates = [el, ...el.querySelectorAll('*')].slice(0, 50);
  for (const node of candidates) {
    for (const pseudo of [null, '::before', '::after']) {
      const cs = getComputedStyle(node, pseudo);
      if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0)
        return `outline ${cs.outlineWidth} ${cs.outlineStyle} on ${node.localName}${pseudo ?? ''}`;
      if (!outlineOnly && cs.boxShadow !== 'none') return `box-shadow on ${node.localName}${pseudo ?? ''}`;
    }
  }
  return undefined;
}

/** `tag.class` or `tag[role]` of an element, to name a tab stop in a message. */
export const describe_ = (el: Element | null) =>
  el
    ? `${el.localName}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`
    : 'nothing';
