import { defineElement } from '@fc-kit/core';
import { FcCards } from './cards.js';

defineElement('fc-cards', FcCards);

declare global {
  interface HTMLElementTagNameMap {
    'fc-cards': FcCards;
  }
}
