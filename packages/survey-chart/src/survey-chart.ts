import { html } from 'lit';
import { FcElement, type CollectionItem, type RenderContext } from '@fc-kit/core';

/**
 * Placeholder until the element lands: shows the item's heading.
 *
 * @tag fc-survey-chart
 */
export class FcSurveyChart extends FcElement<'surveys'> {
  protected readonly collection = 'surveys' as const;

  protected override renderItem(item: CollectionItem['surveys'], { text }: RenderContext) {
    return html`<h2 part="title">${text(item.question)}</h2>`;
  }
}
