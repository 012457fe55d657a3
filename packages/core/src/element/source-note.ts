import { html, nothing } from 'lit';
import type { Source, Text } from '../document/types.js';
import { kitString } from '../text/kit-strings.js';
import type { Language } from '../text/language.js';
import { localizedText } from './localized-text.js';

/**
 * The note and source under an item: what the bundled datasets use to say a layout was
 * reconstructed and where the figures come from. Every element shows them the same way.
 */
export function sourceNote(lang: Language, note: Text | undefined, source: Source | undefined) {
  if (!note && !source) return nothing;
  return html`<div class="fc-source" part="meta">
    ${note ? html`<p class="fc-source__note"><span class="fc-source__label">${kitString(lang, 'note')}:</span> ${localizedText(note, lang)}</p>` : nothing}
    ${
      source
        ? html`<p class="fc-source__source">
          <span class="fc-source__label">${kitString(lang, 'source')}:</span>
          ${source.url ? html`<a href=${source.url}>${localizedText(source.title, lang)}</a>` : localizedText(source.title, lang)}${source.date ? `, ${source.date}` : ''}
        </p>`
        : nothing
    }
  </div>`;
}
