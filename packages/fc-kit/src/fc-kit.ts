/**
 * The CDN script: `<script type="module" src="…/fc-kit/dist/fc-kit.js"></script>`.
 *
 * It defines every `fc-*` tag at once, with a light stand-in class (lazy-element.ts), so a tag
 * is an element with a `data` property from the first moment: React 19 and Vue 3 then pass
 * `data` as a property, and tags inside closed shadow roots or in components defined later are
 * found by the browser itself. Each element's code (Chart.js only with the survey chart) is
 * imported the first time one of its tags is connected, and takes the stand-in over.
 *
 * Loading it twice, or two versions, is harmless: a tag is claimed by the first copy that knows
 * it (a tag another version defined is kept, with a warning), and a copy with nothing left to
 * claim says so once and does nothing.
 */
import { ELEMENTS } from './elements.js';
import { ADOPT, lazyElement } from './lazy-element.js';

let claimed = 0;
for (const { tag, load, attributes, collection } of ELEMENTS) {
  const existing = customElements.get(tag) as (CustomElementConstructor & { fcVersion?: string; [ADOPT]?: unknown }) | undefined;
  if (!existing) {
    customElements.define(tag, lazyElement(load, { attributes, holdSpace: !!collection }));
    claimed++;
  } else if (!existing[ADOPT]) {
    // Not another copy of this loader's stand-in: an element defined by other code (another version, a bundle).
    console.warn(`fc-kit: <${tag}> is already defined (fc-kit ${existing.fcVersion ?? 'unknown'}); keeping that one.`);
  }
}
if (!claimed) console.warn('fc-kit: the kit is already loaded on this page; this copy does nothing.');
