/**
 * Characters a reader cannot see: controls, format characters (zero-width space and joiners,
 * bidi marks, overrides and isolates, soft hyphen, byte-order mark) and every space but the
 * plain one.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;

/**
 * A value from the data quoted back in a message, with its invisible characters written out
 * (`a<U+200B>`): ids that differ only by one must read differently, and a bidi override in a
 * quoted id must not reorder the sentence around it.
 */
export function visibleText(value: string): string {
  return value.replace(INVISIBLE, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}
