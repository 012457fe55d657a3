import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { kitString } from '../text/kit-strings.js';
import type { Language } from '../text/language.js';
import { heading } from './heading.js';

export interface DetailsPanel {
  /** The element's class for the panel (`gt-details`); its head, title and close button get `<name>__head` and so on. */
  name: string;
  /** The panel's id, for `aria-controls` on the openers. */
  id?: string;
  /** The heading's id: the panel is labelled by it. */
  titleId: string;
  /** The heading's level: one below the element's title. */
  level: number;
  lang: Language;
  title: unknown;
  /** A line above the title, such as what kind of part is open. */
  kind?: unknown;
  content: unknown;
  close: () => void;
  /** False: the panel is rendered empty and hidden (it stays as the target of `aria-controls`). */
  open?: boolean;
}

/**
 * The details panel of every element: a section labelled by its heading (focus goes there when it
 * opens; see DetailsController) and one close button, styled by `detailsStyles`.
 */
export function detailsPanel(p: DetailsPanel): TemplateResult {
  const open = p.open ?? true;
  return html`<section id=${ifDefined(p.id)} class="fc-details ${p.name}" part="details" aria-labelledby=${p.titleId} ?hidden=${!open}>
    ${
      open
        ? html`<div class="fc-details__head ${p.name}__head">
            <div class="fc-details__titles">
              ${p.kind ?? nothing}${heading(p.level, { id: p.titleId, class: `fc-details__title ${p.name}__title`, tabindex: '-1' }, p.title)}
            </div>
            <button type="button" class="fc-button fc-details__close ${p.name}__close" @click=${p.close}>${kitString(p.lang, 'close')}</button>
          </div>
          ${p.content}`
        : nothing
    }
  </section>`;
}

export const detailsStyles = css`
  .fc-details {
    padding: var(--_fc-space);
    background: var(--_fc-color-background);
    border: var(--_fc-line-width) solid var(--_fc-color-accent);
    border-radius: var(--_fc-radius);
    overflow-wrap: break-word;
  }
  .fc-details[hidden] {
    display: none;
  }
  .fc-details__head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em;
    margin-bottom: 0.5em;
  }
  .fc-details__titles {
    flex: 1 1 10em;
    min-width: 0;
  }
  .fc-details__title {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.3;
  }
  /* Focus lands on the heading for screen readers; a ring shows only for keyboard users. */
  .fc-details__title:focus {
    outline: none;
  }
  .fc-details__title:focus-visible {
    outline: 3px solid var(--_fc-color-focus);
    outline-offset: 2px;
  }
  .fc-details__close {
    flex: none;
    max-width: 100%;
  }
  @media (forced-colors: active) {
    .fc-details {
      border-color: CanvasText;
    }
  }
  @media print {
    .fc-details {
      break-inside: avoid;
    }
    .fc-details__close {
      display: none;
    }
  }
`;
