/** Defines <fc-roadmap>: `import 'fc-kit/roadmap.js'`. */
export * from '@fc-kit/roadmap';
import '@fc-kit/roadmap/define.js';
