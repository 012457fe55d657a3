import { html } from 'lit';
import { FcElement, type CollectionItem, type RenderContext } from '@fc-kit/core';

/**
 * Placeholder until the element lands: shows the item's heading.
 *
 * @tag fc-network-house
 */
export class FcNetworkHouse extends FcElement<'houses'> {
  protected readonly collection = 'houses' as const;

  protected override renderItem(item: CollectionItem['houses'], { text }: RenderContext) {
    return html`<h2 part="title">${text(item.title)}</h2>`;
  }
}
