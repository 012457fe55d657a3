import { css } from 'lit';
import { tokenStyles } from './tokens.js';

/**
 * What every element shares: tokens, the host box, focus rings, the loading and error views,
 * forced-colours and reduced-motion behaviour. Elements add their own styles after these.
 */
export const sharedStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      container-type: inline-size;
      font-family: var(--_fc-font-family);
      font-size: var(--_fc-font-size);
      line-height: var(--_fc-line-height);
      color: var(--_fc-color-text);
      /* Elements set their usual height here so loading and errors keep the same space. */
      --_fc-placeholder-height: var(--fc-placeholder-height, 12rem);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    /*
     * The focus ring: two colours, a 3 px ring of the focus colour around a 2 px halo of its
     * contrast colour. Dark on light and light on dark, one of the two stands 3:1 out of any
     * background (the pair is 9:1 apart); elements that ring a child put the same on it.
     */
    :host {
      --_fc-focus-outline: 3px solid var(--_fc-color-focus);
      --_fc-focus-halo: 0 0 0 2px var(--_fc-color-focus-contrast);
    }
    :focus-visible {
      outline: var(--_fc-focus-outline);
      outline-offset: 2px;
      box-shadow: var(--_fc-focus-halo);
    }
    button {
      font: inherit;
      color: inherit;
    }
    .fc-visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    .fc-guide {
      margin: 0.25em 0 0.75em;
      max-width: 70ch;
      font-size: 0.875em;
      color: var(--_fc-color-text-muted);
    }
    .fc-status:empty {
      display: none;
    }
    .fc-loading {
      min-height: var(--_fc-placeholder-height);
      display: grid;
      place-items: center;
      color: var(--_fc-color-text-muted);
      background: var(--_fc-color-surface);
      border-radius: var(--_fc-radius);
    }
    .fc-error {
      min-height: var(--_fc-placeholder-height);
      padding: var(--_fc-space);
      color: var(--_fc-color-text);
      background: var(--_fc-color-error-background);
      border: var(--_fc-line-width) solid var(--_fc-color-error);
      border-radius: var(--_fc-radius);
      overflow-wrap: anywhere;
    }
    .fc-error__title {
      margin: 0 0 0.5em;
      font-weight: 700;
      color: var(--_fc-color-error);
    }
    .fc-error ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .fc-error code {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.9em;
    }
    .fc-button {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      min-height: 2.75rem;
      min-width: 2.75rem;
      padding: 0.4em 1em;
      border: var(--_fc-line-width) solid var(--_fc-color-accent);
      border-radius: var(--_fc-radius);
      background: var(--_fc-color-background);
      color: var(--_fc-color-accent);
      cursor: pointer;
    }
    .fc-button:hover {
      background: var(--_fc-color-surface);
    }
    .fc-error .fc-button {
      margin-top: var(--_fc-space);
    }
    .fc-dropped {
      margin-top: var(--_fc-space);
      padding: 0.5em var(--_fc-space);
      border-inline-start: 4px solid var(--_fc-color-error);
      background: var(--_fc-color-error-background);
      overflow-wrap: anywhere;
    }
    .fc-dropped summary {
      cursor: pointer;
      font-weight: 600;
    }
    .fc-source {
      margin-top: 0.5em;
      font-size: 0.875em;
      color: var(--_fc-color-text-muted);
      overflow-wrap: anywhere;
    }
    .fc-source p {
      margin: 0.25em 0;
    }
    .fc-source__label {
      font-weight: 600;
    }
    .fc-source__details summary {
      width: fit-content;
      min-height: 1.5rem;
      cursor: pointer;
      color: var(--_fc-color-accent);
      text-decoration: underline;
    }
    .fc-source__details[open] summary {
      margin-block-end: 0.25em;
    }
    a {
      color: var(--_fc-color-accent);
    }
    @media (forced-colors: active) {
      .fc-error,
      .fc-loading,
      .fc-button {
        border: 1px solid CanvasText;
        forced-color-adjust: auto;
      }
      :focus-visible {
        outline-color: Highlight;
      }
    }
    /* The reader asked for more contrast: muted text and lines take the text colour, lines get thicker. */
    @media (prefers-contrast: more) {
      :host {
        --_fc-color-text-muted: var(--_fc-color-text);
        --_fc-color-border: var(--_fc-color-text);
        --_fc-line-width: 3px;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation: none !important;
        transition: none !important;
        scroll-behavior: auto !important;
      }
    }
  `,
];
