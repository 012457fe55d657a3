import { defineElement } from '@fc-kit/core';
import { FcMatrix } from './matrix.js';

defineElement('fc-matrix', FcMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'fc-matrix': FcMatrix;
  }
}
