import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../packages/*/stories/*.stories.ts'],
  // The corpus's error examples are loaded as `src`, from the same address as in the tests.
  staticDirs: [{ from: '../test/corpus', to: '/test/corpus' }],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
};

export default config;
