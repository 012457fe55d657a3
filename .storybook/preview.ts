import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import '@fc-kit/core/define-data.js';
// Written by `node scripts/emit-manifest.mjs` (run by `npm run build` and before Storybook starts):
// autodocs read every element's attributes, properties, events, slots, parts and custom
// properties from it, the same description editors get in VS Code.
import manifest from '../packages/fc-kit/custom-elements.json';
import './preview.css';

setCustomElementsManifest(manifest);

/**
 * Toolbar switches every story's language and theme, so each element can be seen in fi/sv/en
 * and in the county themes without a story for each combination.
 */
const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language',
      toolbar: {
        title: 'Kieli',
        icon: 'globe',
        items: [
          { value: 'fi', title: 'suomi' },
          { value: 'sv', title: 'svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Teema',
        icon: 'paintbrush',
        items: ['default', 'etela-pohjanmaa', 'pohjois-pohjanmaa', 'dark-contrast'],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'fi', theme: 'default' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.lang ?? 'fi';
      document.documentElement.dataset.theme = context.globals.theme ?? 'default';
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
