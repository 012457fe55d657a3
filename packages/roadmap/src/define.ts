import { defineElement, languageOf } from '@fc-kit/core';
import { FcRoadmap } from './roadmap.js';
import { prepareFormats } from './time-labels.js';

defineElement('fc-roadmap', FcRoadmap);
prepareFormats(languageOf(document.documentElement));

declare global {
  interface HTMLElementTagNameMap {
    'fc-roadmap': FcRoadmap;
  }
}
