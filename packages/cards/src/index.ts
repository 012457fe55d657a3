export { FcCards } from './cards.js';
export {
  layoutCards,
  type CardsLayout,
  type CardGroup,
  type PlacedCard,
  type LayoutOptions as CardsLayoutOptions,
} from './cards-layout.js';
export { comparableSections, sharedItems, sectionKey } from './cards-compare.js';
