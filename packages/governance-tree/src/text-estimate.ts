// Moved to the core so the care path wraps its labels with the same estimate.
export { estimateLines } from '@fc-kit/core';
