/**
 * One frame for every element's stories: a story is an example from the element's
 * `examples.ts`, put on the page the way its test puts it there (`exampleInput`), in a container
 * of the example's width or in the element's county theme (both styled in preview.css, since a
 * story template may not carry inline style attributes). The stories files only name examples (and keep
 * their meta an object literal, which is what Storybook's indexer reads).
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { exampleInput, exampleNamed, type Example } from '../test/support/examples.js';

type Story = StoryObj;

export interface ElementStories {
  /** The story of the example called `name`. */
  story(name: string): Story;
}

/** The element, built as the tests build it: attributes, `lang`, then the document or its address. */
function elementFor(tag: string, example: Example): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & { data?: unknown; src?: string };
  if (example.lang) el.lang = example.lang;
  for (const [k, v] of Object.entries(example.attributes ?? {})) el.setAttribute(k, v);
  const { data, src } = exampleInput(example);
  if (src) el.setAttribute('src', src);
  else el.data = data;
  return el;
}

/** `frame`: the class of the container every story of this element sits in (the survey's column). */
export function elementStories(tag: string, examples: readonly Example[], { frame }: { frame?: string } = {}): ElementStories {
  const theme = `fc-story-theme--${tag.replace(/^fc-/, '')}`;
  return {
    story(name) {
      const example = exampleNamed(examples, name);
      if (example.hidden) throw new Error(`${tag}: example "${name}" is hidden (test-only), not a story`);
      const classes = [frame, example.width && 'fc-story-frame--sized', example.themed && theme].filter(Boolean).join(' ');
      const sized = (div?: Element) => {
        if (div && example.width) (div as HTMLElement).style.width = `${example.width}px`;
      };
      return {
        parameters: example.doc ? { docs: { description: { story: example.doc } } } : undefined,
        render: () => html`<div class=${classes} ${ref(sized)}>${elementFor(tag, example)}</div>`,
        play: example.open
          ? async ({ canvasElement }) => {
              const el = canvasElement.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
              await el.updateComplete;
              el.shadowRoot!.querySelector<HTMLElement>(example.open!)?.click();
            }
          : undefined,
      };
    },
  };
}

/** A `src` that never answers, for a story of the loading state: kept pending while the story is shown. */
export function neverAnswers(): () => void {
  const original = window.fetch;
  window.fetch = (input, init) => (String(input).includes('never-answers') ? new Promise(() => {}) : original(input, init));
  return () => {
    window.fetch = original;
  };
}
