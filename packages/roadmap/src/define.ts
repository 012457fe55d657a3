import { defineElement } from '@fc-kit/core';
import { FcRoadmap } from './roadmap.js';

defineElement('fc-roadmap', FcRoadmap);

declare global {
  interface HTMLElementTagNameMap {
    'fc-roadmap': FcRoadmap;
  }
}
