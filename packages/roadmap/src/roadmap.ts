import { html } from 'lit';
import { FcElement, type CollectionItem, type RenderContext } from '@fc-kit/core';

/**
 * Placeholder until the element lands: shows the item's heading.
 *
 * @tag fc-roadmap
 */
export class FcRoadmap extends FcElement<'roadmaps'> {
  protected readonly collection = 'roadmaps' as const;

  protected override renderItem(item: CollectionItem['roadmaps'], { text }: RenderContext) {
    return html`<h2 part="title">${text(item.title)}</h2>`;
  }
}
