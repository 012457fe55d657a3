import { html } from 'lit';
import type { Text } from '../document/types.js';
import type { Language } from '../text/language.js';
import { pickText, textLanguage } from '../text/pick-text.js';

/**
 * A data text as template content, in the reader's language. When it had to come from another
 * language (the data has no text in the reader's), it is wrapped in a span with that `lang`, so
 * that speech, hyphenation and translation tools treat it as what it is. An empty text is `''`
 * (so `localized(label) || id` gives a fallback). `show` renders the string (say, with line-break
 * opportunities); the `lang` still wraps it.
 */
export function localizedText(value: Text | undefined, lang: Language, show: (text: string) => unknown = (s) => s): unknown {
  const shown = pickText(value, lang);
  if (!shown) return '';
  const own = textLanguage(value, lang);
  return own === lang ? show(shown) : html`<span lang=${own}>${show(shown)}</span>`;
}
