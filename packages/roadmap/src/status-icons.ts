import { html, nothing, svg } from 'lit';
import type { RoadmapItem } from '@fc-kit/core';

export type Status = NonNullable<RoadmapItem['status']>;
export const STATUSES: readonly Status[] = ['planned', 'ongoing', 'done', 'late'];

/**
 * A pictogram for each status, drawn in `currentColor` so it follows the text (and system colours
 * in forced-colours mode): an empty circle for planned, a half-filled one for ongoing, a check
 * for done, an exclamation mark in a triangle for late. Always next to the status's name.
 */
const SHAPES: Record<Status, ReturnType<typeof svg>> = {
  planned: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2" />`,
  ongoing: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2" /><path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor" />`,
  done: svg`<circle cx="8" cy="8" r="7" fill="currentColor" /><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="Canvas" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="rm-icon__knockout" />`,
  late: svg`<path d="M8 1.5L15 14H1z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" /><path d="M8 6v4" stroke="currentColor" stroke-width="2" stroke-linecap="round" /><circle cx="8" cy="12" r="1.1" fill="currentColor" />`,
};

export function statusIcon(status: Status | undefined) {
  if (!status) return nothing;
  return html`<svg class="rm-icon rm-icon--${status}" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${SHAPES[status]}</svg>`;
}

