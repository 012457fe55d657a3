/**
 * Links in data may only be https:, http:, mailto: or relative. A relative URL is one whose first
 * segment has no colon, so `javascript:`, `data:`, `vbscript:` and any other scheme are refused.
 * White space and control characters are refused anywhere, since browsers strip them and could
 * reveal a scheme (`java\tscript:`).
 */
export const SAFE_URL_PATTERN =
  '^(?:(?:[Hh][Tt][Tt][Pp][Ss]?:|[Mm][Aa][Ii][Ll][Tt][Oo]:)|[^:/?#\\s\\u0000-\\u001f\\u007f]*(?:[/?#]|$))[^\\s\\u0000-\\u001f\\u007f]*$';

const safeUrl = new RegExp(SAFE_URL_PATTERN);

export function isSafeUrl(value: string): boolean {
  return safeUrl.test(value);
}
