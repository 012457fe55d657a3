import { FcData } from './element/fc-data.js';
import { defineElement } from './element/define.js';

defineElement('fc-data', FcData);

declare global {
  interface HTMLElementTagNameMap {
    'fc-data': FcData;
  }
}
