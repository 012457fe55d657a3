import { VERSION } from '../version.js';

const warned = new Set<string>();

/**
 * Defines a tag unless it is defined already: a page may load the kit twice, or two versions
 * of it, and must not throw. The first definition wins; the page gets one warning per tag.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor || warned.has(tag)) return;
  warned.add(tag);
  const other = (existing as { fcVersion?: string }).fcVersion ?? 'unknown';
  console.warn(`fc-kit ${VERSION}: <${tag}> is already defined (fc-kit ${other}); keeping that one.`);
}
