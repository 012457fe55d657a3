/** Defines <fc-network-house>: `import 'fc-kit/network-house.js'`. */
export * from '@fc-kit/network-house';
import '@fc-kit/network-house/define.js';
