import { html, nothing } from 'lit';
import type { Text } from '../document/types.js';
import type { Language } from '../text/language.js';
import { pickText, textLanguage } from '../text/pick-text.js';

/**
 * A data text as template content, in the reader's language. It is always isolated in a `<bdi>`
 * (its own direction, found from its first strong letter): an Arabic or Hebrew label, or a stray
 * U+202E at the end of a question, then cannot reorder the kit's own words and numbers next to
 * it ("(N = 21)" read as "(12 = N)"). When the text had to come from another language (the data
 * has no text in the reader's), the `<bdi>` carries that `lang`, so that speech, hyphenation and
 * translation tools treat it as what it is. An empty text is `''` (so `localized(label) || id`
 * gives a fallback). `show` renders the string (say, with line-break opportunities) inside it.
 */
export function localizedText(value: Text | undefined, lang: Language, show: (text: string) => unknown = (s) => s): unknown {
  const shown = pickText(value, lang);
  if (!shown) return '';
  const own = textLanguage(value, lang);
  return html`<bdi lang=${own === lang ? nothing : own}>${show(shown)}</bdi>`;
}
