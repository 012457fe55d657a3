import { defineElement } from '@fc-kit/core';
import { FcGovernanceTree } from './governance-tree.js';

defineElement('fc-governance-tree', FcGovernanceTree);

declare global {
  interface HTMLElementTagNameMap {
    'fc-governance-tree': FcGovernanceTree;
  }
}
