import { html } from 'lit';

/**
 * Text that shows one way and is read out another: `shown` for the eye (say `N = 11 700`, grouped
 * as the locale writes it), `spoken` for screen readers (`N = 11700`, which they read as one
 * number). The same string when the two agree, so most numbers add no markup at all.
 */
export function spokenAs(shown: string, spoken: string): unknown {
  if (shown === spoken) return shown;
  return html`<span aria-hidden="true">${shown}</span><span class="fc-visually-hidden">${spoken}</span>`;
}
