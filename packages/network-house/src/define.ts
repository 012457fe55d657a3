import { defineElement } from '@fc-kit/core';
import { FcNetworkHouse } from './network-house.js';

defineElement('fc-network-house', FcNetworkHouse);

declare global {
  interface HTMLElementTagNameMap {
    'fc-network-house': FcNetworkHouse;
  }
}
