import type { Language } from './language.js';

export type Strings<K extends string> = Record<Language, Record<K, string>>;
export type Params = Record<string, string | number>;

/**
 * A translator over one table of strings. `{name}` in a string is replaced by `params.name`.
 * A string missing in a language falls back to Finnish (the contract's order).
 */
export function translator<K extends string>(table: Strings<K>) {
  return (lang: Language, key: K, params?: Params): string => {
    const template = table[lang]?.[key] ?? table.fi[key] ?? key;
    return params
      ? template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m))
      : template;
  };
}
