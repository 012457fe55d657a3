import { html, nothing } from 'lit';
import type { Text } from '../document/types.js';
import type { Language } from '../text/language.js';
import { pickText, textLanguage } from '../text/pick-text.js';
import { SPLIT_NUMBER } from '../text/format.js';
import { spokenAs } from './spoken-text.js';

const plain = (s: string) => s;
/** `415 000` as screen readers read one number: `415000`. */
const ungrouped = (s: string) => s.replace(/(\d)[\u00A0\u202F ](?=\d{3}(?!\d))/g, '$1');

/**
 * A data text as template content, in the reader's language. It is always isolated in a `<bdi>`
 * (its own direction, found from its first strong letter): an Arabic or Hebrew label, or a stray
 * U+202E at the end of a question, then cannot reorder the kit's own words and numbers next to
 * it ("(N = 21)" read as "(12 = N)"). When the text had to come from another language (the data
 * has no text in the reader's), the `<bdi>` carries that `lang`, so that speech, hyphenation and
 * translation tools treat it as what it is. An empty text is `''` (so `localized(label) || id`
 * gives a fallback). `show` renders the string (say, with line-break opportunities) inside it.
 * A number grouped with spaces (`415 000`) is shown as written and read out without them.
 */
export function localizedText(value: Text | undefined, lang: Language, show: (text: string) => unknown = plain): unknown {
  const shown = pickText(value, lang);
  if (!shown) return '';
  const own = textLanguage(value, lang);
  // A space-grouped number in a data text (`415 000 asukasta`) is read out as one number too.
  const content = show === plain && SPLIT_NUMBER.test(shown) ? spokenAs(shown, ungrouped(shown)) : show(shown);
  return html`<bdi lang=${own === lang ? nothing : own}>${content}</bdi>`;
}
