export { FcGovernanceTree } from './governance-tree.js';
