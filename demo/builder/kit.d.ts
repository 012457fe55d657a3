// Types for kit.js: the same names, from the sources `/dist/index.js` and `/dist/elements.js` are
// built from (TypeScript cannot resolve the served `/dist/` path). test/node/demo.test.mjs holds
// the two lists equal.
export {
  allIssues,
  checkDocument,
  formatPath,
  isSafeUrl,
  issueText,
  kitString,
  LANGUAGES,
  parseJson,
  pickText,
  translator,
} from '../../packages/core/src/index.js';
export { elementFor, VISUAL_ELEMENTS } from '../../packages/fc-kit/src/elements.js';
export type {
  CheckedDocument,
  CheckedItem,
  Collection,
  Document,
  Language,
  LoadError,
  Source,
  Strings,
  Text,
} from '../../packages/core/src/index.js';
export type { KitElement } from '../../packages/fc-kit/src/elements.js';
