/** Defines <fc-care-path>: `import 'fc-kit/care-path.js'`. */
export * from '@fc-kit/care-path';
import '@fc-kit/care-path/define.js';
