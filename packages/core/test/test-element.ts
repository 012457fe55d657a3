import { html } from 'lit';
import { defineElement, FcElement, formatPercent, sourceNote, type CollectionItem, type RenderContext } from '@fc-kit/core';
import '@fc-kit/core/define-data.js';

/** The smallest element on the base: what the core's browser tests render through. */
export class FcTestView extends FcElement<'surveys'> {
  protected readonly collection = 'surveys' as const;
  failNextRender = false;

  protected override renderItem(item: CollectionItem['surveys'], { text, lang, source }: RenderContext) {
    if (this.failNextRender) throw new Error('boom');
    return html`<h2>${text(item.question)}</h2>
      <ul>
        ${item.answers.map(
          (a, i) => html`<li>
            <button type="button" @click=${() => this.select('answer', String(i), a)}>${text(a.label)} ${formatPercent(a.count, item.n, lang)}</button>
          </li>`,
        )}
      </ul>
      ${sourceNote(lang, item, source)}`;
  }
}
defineElement('fc-test-view', FcTestView);

declare global {
  interface HTMLElementTagNameMap {
    'fc-test-view': FcTestView;
  }
}
