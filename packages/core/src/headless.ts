/**
 * The DOM-free half of the core: the format, validation and messages. The validator CLI and
 * other tools import this, so they run in Node without a browser.
 */
export * from './document/schema.js';
export type * from './document/types.js';
export type { Issue, IssueCode } from './document/issues.js';
export { formatPath, type PathSegment } from './document/paths.js';
export { checkDocument, allIssues, type CheckedDocument, type CheckedItem } from './document/validate.js';
export { parseJson } from './sources/parse-json.js';
export type { LoadError } from './sources/load-error.js';
export { LANGUAGES, toLanguage, type Language } from './text/language.js';
export { pickText } from './text/pick-text.js';
export { kitString } from './text/kit-strings.js';
export { describeIssue, issueText } from './text/issue-messages.js';
export * from './theme/colour.js';
export { TOKENS, DARK_TOKENS, DARK_SERIES_PALETTE, type TokenName } from './theme/token-values.js';
export { SERIES_PALETTE } from './theme/palette.js';
export {
  checkTheme,
  themeDeclarations,
  THEME_PAIRS,
  ELEMENT_TOKEN_DEFAULTS,
  type ThemeCheck,
  type ThemeFinding,
} from './theme/check-theme.js';
export { formatNumber, spokenNumber, formatPercent, wholePercent, NUMBER_OPTIONS, SPLIT_NUMBER } from './text/format.js';
export { translator, type Strings, type Params } from './text/translate.js';
export { LOCALES } from './text/language.js';
export { textLanguage } from './text/pick-text.js';
export { isSafeUrl } from './document/url.js';
export { timeSpan, spanBetween, type TimeSpan } from './document/time.js';
