// Until the collections registry exports them from the core, the card types come from here.
export type { Card, CardArea, CardBand, CardLayoutKind, CardSet, CardStatusKind } from '@fc-kit/core';
export type { Text } from '@fc-kit/core';
