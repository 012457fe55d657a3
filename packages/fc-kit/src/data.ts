/** Defines <fc-data>: `import 'fc-kit/data.js'`. */
export { FcData } from '@fc-kit/core';
import '@fc-kit/core/define-data.js';
