import type { Text } from '../document/types.js';
import type { Language } from './language.js';

/** A data text in the reader's language: that language, else Finnish, else any given one. */
export function pickText(text: Text | undefined, lang: Language): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] || text.fi || text.sv || text.en || '';
}

/** Which language `pickText` actually used, so markup can carry a `lang` where it differs. */
export function textLanguage(text: Text | undefined, lang: Language): Language {
  if (text === undefined || typeof text === 'string') return lang;
  if (text[lang]) return lang;
  return text.fi ? 'fi' : text.sv ? 'sv' : text.en ? 'en' : lang;
}
