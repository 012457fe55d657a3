import { html, nothing } from 'lit';

/** The id of the guide paragraph, for an element's figure to point `aria-describedby` at. */
export const READING_GUIDE_ID = 'fc-guide';

/**
 * "How to read this figure": one or two short sentences under the title saying what the figure is
 * for, how it is read and which keys work in it (Chartability's critical "no explanation for
 * purpose or how to read" and "no interaction cues"). Shown, so that everyone gets it, not only
 * screen readers; `::part(guide)` restyles or hides it.
 */
export function readingGuide(text: string) {
  return text ? html`<p class="fc-guide" id=${READING_GUIDE_ID} part="guide">${text}</p>` : nothing;
}
