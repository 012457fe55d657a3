export { FcCarePath } from './care-path.js';
export {
  layoutCarePath,
  type CarePathLayout,
  type LayoutOptions as CarePathLayoutOptions,
  type StepBox,
  type LaneBand,
  type StageBand,
  type EdgeRoute,
  type Point,
} from './care-path-layout.js';
export { moveTargets, KEY_MOVES, type Move } from './care-path-keyboard.js';
