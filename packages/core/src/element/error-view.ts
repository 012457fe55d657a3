import { html, nothing } from 'lit';
import type { Language } from '../text/language.js';
import { kitString } from '../text/kit-strings.js';

export interface Problem {
  message: string;
  path?: string;
}

/**
 * What a reader sees instead of the content: what went wrong and where, in their language,
 * in the element's own space, with a retry button when loading again could help.
 */
export function errorView(lang: Language, problems: Problem[], retry?: () => void) {
  return html`<div class="fc-error" part="error">
    <p class="fc-error__title"><span aria-hidden="true">⚠ </span>${kitString(lang, 'error-title')}</p>
    <ul>
      ${problems.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}
    </ul>
    ${retry ? html`<button type="button" class="fc-button" part="retry-button" @click=${retry}>${kitString(lang, 'retry')}</button>` : nothing}
  </div>`;
}

/** Entries left out of an otherwise rendered item. */
export function droppedView(lang: Language, problems: Problem[]) {
  if (!problems.length) return nothing;
  return html`<details class="fc-dropped" part="warnings">
    <summary>${kitString(lang, 'dropped-title')} (${problems.length})</summary>
    <ul>
      ${problems.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}
    </ul>
  </details>`;
}
