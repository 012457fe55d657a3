// The core's, so that a test that reroutes downloads reroutes every element's.
export { files } from '@fc-kit/core';
