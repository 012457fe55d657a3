import { defineElement } from '@fc-kit/core';
import { FcCarePath } from './care-path.js';

defineElement('fc-care-path', FcCarePath);

declare global {
  interface HTMLElementTagNameMap {
    'fc-care-path': FcCarePath;
  }
}
