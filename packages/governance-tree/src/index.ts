export { FcGovernanceTree } from './governance-tree.js';
export {
  layoutGovernanceTree,
  estimateNodeHeight,
  type GovernanceLayout,
  type LayoutOptions as GovernanceLayoutOptions,
  type NodeBox,
  type LevelBand,
  type LinkPath,
} from './governance-tree-layout.js';
export { TreeKeyboard, type TreeKeyboardHost, type TreeRow } from './tree-keyboard.js';
