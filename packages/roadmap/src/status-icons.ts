import { css, html, nothing } from 'lit';
import type { RoadmapItem } from '@fc-kit/core';

export type Status = NonNullable<RoadmapItem['status']>;
export const STATUSES: readonly Status[] = ['planned', 'ongoing', 'done', 'late'];

/**
 * A pictogram for each status, always next to the status's name: an empty circle for planned, a
 * half-filled one for ongoing, a check in a filled circle for done, an exclamation mark in a
 * triangle for late. Drawn by CSS on one empty span in `currentColor` (system colours when
 * colours are forced): an SVG per item would cost a 500-item roadmap a fifth of its first render.
 */
export function statusIcon(status: Status | undefined) {
  return status ? html`<span class=${`rm-icon rm-icon--${status}`} aria-hidden="true"></span>` : nothing;
}

export const statusIconStyles = css`
  .rm-icon {
    position: relative;
    display: inline-block;
    flex: none;
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
    border-radius: 50%;
  }
  .rm-icon--planned,
  .rm-icon--ongoing {
    border: 0.125em solid currentColor;
  }
  .rm-icon--ongoing {
    background: linear-gradient(to right, transparent 50%, currentColor 50%);
  }
  .rm-icon--done {
    background: currentColor;
  }
  .rm-icon--done::after {
    content: '';
    position: absolute;
    inset-inline-start: 0.34em;
    inset-block-start: 0.17em;
    width: 0.3em;
    height: 0.52em;
    border: solid var(--_rm-icon-knockout, #fff);
    border-width: 0 0.13em 0.13em 0;
    transform: rotate(45deg);
  }
  .rm-icon--late {
    border-radius: 0;
    background: currentColor;
    clip-path: polygon(50% 2%, 100% 96%, 0 96%);
  }
  .rm-icon--late::after {
    content: '!';
    position: absolute;
    inset: 0.2em 0 0;
    font-size: 0.7em;
    font-weight: 900;
    line-height: 1.25;
    text-align: center;
    color: var(--_rm-icon-knockout, #fff);
  }
  @media (forced-colors: active) {
    .rm-icon {
      forced-color-adjust: none;
      color: CanvasText;
      --_rm-icon-knockout: Canvas;
    }
  }
`;
