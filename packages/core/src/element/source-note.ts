import { html, nothing } from 'lit';
import type { Source, Text } from '../document/types.js';
import { kitString } from '../text/kit-strings.js';
import type { Language } from '../text/language.js';
import { pickText } from '../text/pick-text.js';
import { localizedText } from './localized-text.js';

/** The fields of an item this reads (every collection's `common`). */
export interface ItemNotes {
  /** One or two sentences for every reader. */
  note?: Text;
  /** How the figure was made from its source, for those who ask: behind a disclosure. */
  sourceNote?: Text;
}

/**
 * The note and source under an item, the same in every element: the reader's note, the source,
 * and the item's `sourceNote` (what a data reviewer wants: what was reconstructed and how) one
 * click away in a real `<details>`, "Tietoja aineistosta / Om materialet / About the data".
 */
export function sourceNote(lang: Language, item: ItemNotes, source: Source | undefined) {
  const { note, sourceNote: details } = item;
  if (!note && !source && !details) return nothing;
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
    ${
      details
        ? html`<details class="fc-source__details" part="source-details">
          <summary part="source-summary">${kitString(lang, 'about-data')}</summary>
          <p class="fc-source__more">${localizedText(details, lang)}</p>
        </details>`
        : nothing
    }
  </div>`;
}

/** The source as one line of plain text (`Lähde: …, 2021`), for what is not HTML: an image, a file. */
export function sourceLine(lang: Language, source: Source | undefined): string {
  if (!source) return '';
  return `${kitString(lang, 'source')}: ${pickText(source.title, lang)}${source.date ? `, ${source.date}` : ''}`;
}
