// The builder's one door to the kit: the built bundle the preview's elements come from, so the
// builder checks, parses and words things exactly as the elements do, from one loaded copy.
// Static files only: `/dist/` is the built `packages/fc-kit/dist` (scripts/static-paths.mjs).
// kit.d.ts gives these names their types from the sources the bundle is built from.
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
} from '/dist/index.js';
// The kit's table of elements, copied verbatim into the bundle by the build (scripts/build.mjs).
export { elementFor, VISUAL_ELEMENTS } from '/dist/elements.js';
