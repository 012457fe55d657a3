/** Everything: defines every element. A page that wants only some imports those files instead. */
export * from '@fc-kit/core';
export * from './data.js';
export * from './survey-chart.js';
export * from './governance-tree.js';
export * from './network-house.js';
export * from './roadmap.js';
export * from './matrix.js';
export * from './care-path.js';
export * from './cards.js';
