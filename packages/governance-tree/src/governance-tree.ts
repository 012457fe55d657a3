import { html } from 'lit';
import { FcElement, type CollectionItem, type RenderContext } from '@fc-kit/core';

/**
 * Placeholder until the element lands: shows the item's heading.
 *
 * @tag fc-governance-tree
 */
export class FcGovernanceTree extends FcElement<'governance'> {
  protected readonly collection = 'governance' as const;

  protected override renderItem(item: CollectionItem['governance'], { text }: RenderContext) {
    return html`<h2 part="title">${text(item.title)}</h2>`;
  }
}
