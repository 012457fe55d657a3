import { VERSION } from '../version.js';

const warned = new Set<string>();
/** What the CDN loader's stand-in class for a tag answers to (see fc-kit's lazy-element.ts). */
const ADOPT = Symbol.for('fc-kit:adopt');
type StandIn = { [ADOPT]?: (real: CustomElementConstructor, tag: string) => boolean };

/**
 * Defines a tag unless it is defined already: a page may load the kit twice, or two versions
 * of it, and must not throw. The first definition wins; the page gets one warning per tag. A tag
 * the CDN loader defined ahead of its code is handed over to `constructor`.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  // The CDN loader defined the tag with a stand-in at once; it becomes this class now.
  if ((existing as StandIn)[ADOPT]?.(constructor, tag)) return;
  if (existing === constructor || Object.getPrototypeOf(existing) === constructor || warned.has(tag)) return;
  warned.add(tag);
  const other = (existing as { fcVersion?: string }).fcVersion ?? 'unknown';
  console.warn(`fc-kit ${VERSION}: <${tag}> is already defined (fc-kit ${other}); keeping that one.`);
}
