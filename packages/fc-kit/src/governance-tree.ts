/** Defines <fc-governance-tree>: `import 'fc-kit/governance-tree.js'`. */
export * from '@fc-kit/governance-tree';
import '@fc-kit/governance-tree/define.js';
