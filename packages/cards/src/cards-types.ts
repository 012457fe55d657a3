// Until the collections registry exports them from the core, the card types come from here.
export type { Card, CardArea, CardBand, CardLayoutKind, CardSet, CardStatusKind } from '../../core/src/document/collections/cards.js';
export type { Text } from '@fc-kit/core';
