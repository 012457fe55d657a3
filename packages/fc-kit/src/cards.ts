/** Defines <fc-cards>: `import 'fc-kit/cards.js'`. */
export * from '@fc-kit/cards';
import '@fc-kit/cards/define.js';
