/** What each element is shown with in the keyboard, reflow and forced-colours suites: every field filled. */
import { FULL } from './full-documents.js';
import { ELEMENT_OF, settled, type FcEl } from './kit.js';
import { VISUAL_ELEMENTS } from '../../../packages/fc-kit/src/elements.js';
import type { Collection } from '@fc-kit/core';

/** The kind `fc-select` reports when a reader opens the main part of each element (the first of its table row's `selects`). */
export const SELECT_KIND: Record<string, string> = Object.fromEntries(VISUAL_ELEMENTS.map((e) => [e.tag, e.selects[0]]));

export async function showcase(tag: string, parent: HTMLElement, lang = 'fi'): Promise<FcEl> {
  const collection = Object.entries(ELEMENT_OF).find(([, t]) => t === tag)![0] as Collection;
  const el = document.createElement(tag) as FcEl;
  el.lang = lang;
  el.data = FULL[collection];
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
      if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) return `outline ${cs.outlineWidth} ${cs.outlineStyle} on ${node.localName}${pseudo ?? ''}`;
      if (!outlineOnly && cs.boxShadow !== 'none') return `box-shadow on ${node.localName}${pseudo ?? ''}`;
    }
  }
  return undefined;
}

/** `tag.class` or `tag[role]` of an element, to name a tab stop in a message. */
export const describe_ = (el: Element | null) => (el ? `${el.localName}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"` : 'nothing');
