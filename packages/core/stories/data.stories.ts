import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@fc-kit/core/define-data.js';
import '@fc-kit/roadmap/define.js';
import etelaPohjanmaa from '@fc-kit/datasets/etela-pohjanmaa.json';
import { neverAnswers } from '../../../.storybook/story-frame.js';
import { CORPUS_URL } from '../../../test/support/examples.js';

/**
 * `<fc-data>` loads one document and shares it with every element inside: many elements, one
 * request. The same states every element has — loading, a load error with retry, a validation
 * error naming the JSON path — shown here once.
 */
const meta: Meta = {
  title: 'Core/fc-data and shared states',
  component: 'fc-data',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

export const SharedDocument: Story = {
  render: () => html`<fc-data .data=${etelaPohjanmaa}>
    <fc-roadmap></fc-roadmap>
  </fc-data>`,
};

export const InlineJson: Story = {
  render: () => html`<fc-roadmap>
    <script type="application/json">
      ${JSON.stringify(etelaPohjanmaa)}
    </script>
  </fc-roadmap>`,
};

/** A `src` that never answers (kept pending here) shows the placeholder in the element's own space. */
export const Loading: Story = {
  render: () => html`<fc-roadmap src="/never-answers.json" timeout="3600000"></fc-roadmap>`,
  beforeEach: neverAnswers,
};

export const LoadFailedWithRetry: Story = {
  render: () => html`<fc-roadmap src="/no-such-file.json"></fc-roadmap>`,
};

/** The corpus's `end: "20255"`: the error names `roadmaps[0].end`. */
export const ValidationErrorNamesThePath: Story = {
  render: () => html`<fc-roadmap src=${`${CORPUS_URL}070-roadmap-end-five-digits.json`}></fc-roadmap>`,
};

export const NoData: Story = {
  render: () => html`<fc-roadmap></fc-roadmap>`,
};

export const Swedish: Story = {
  render: () => html`<fc-roadmap lang="sv" src="/no-such-file.json"></fc-roadmap>`,
};

export const English: Story = {
  render: () => html`<fc-roadmap lang="en" src="/no-such-file.json"></fc-roadmap>`,
};
