/** Defines <fc-matrix>: `import 'fc-kit/matrix.js'`. */
export * from '@fc-kit/matrix';
import '@fc-kit/matrix/define.js';
