/**
 * Links from a card to another figure on the page (`roadmaps:ep-tiekartta`): the figure is the
 * `fc-*` element showing that item (`item="ep-tiekartta"`), looked up in the card's own root
 * (document or shadow root) and then in the document. An element that is defined knows its
 * collection and must match it; one not defined yet is matched by its `item` alone.
 */
type Figure = HTMLElement & { collection?: string };

function candidates(from: Element, item: string): Figure[] {
  const roots = new Set<Document | ShadowRoot>([from.getRootNode() as Document | ShadowRoot, from.ownerDocument]);
  const found: Figure[] = [];
  for (const root of roots) {
    if (typeof root.querySelectorAll !== 'function') continue;
    for (const el of root.querySelectorAll<Figure>('[item]')) {
      if (el !== from && el.localName.startsWith('fc-') && el.getAttribute('item') === item) found.push(el);
    }
  }
  return found;
}

export function findFigure(from: Element, collection: string, item: string): HTMLElement | undefined {
  return candidates(from, item).find((el) => el.collection === undefined || el.collection === collection);
}

/** Scrolls the figure into view and moves focus to it (making it focusable for that if need be). */
export function focusFigure(from: Element, collection: string, item: string, smooth = false): boolean {
  const el = findFigure(from, collection, item);
  if (!el) return false;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  el.focus({ preventScroll: true });
  return true;
}
