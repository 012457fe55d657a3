import { ContextProvider } from '@lit/context';
import { css, html, LitElement } from 'lit';
import { documentContext } from '../sources/document-context.js';
import { DocumentSource } from '../sources/document-source.js';
import { VERSION } from '../version.js';

/**
 * Loads one document and shares it with every `fc-*` element inside, so ten charts on a page
 * make one request. Shows nothing of its own; the elements inside show loading and errors.
 *
 * @tag fc-data
 * @attr src - URL of a JSON document (https, http or relative).
 * @attr timeout - milliseconds to wait for `src` (default 15000).
 * @prop data - the document as an object; wins over `src` and inline JSON.
 * @slot - the elements that use the document, and any other content.
 */
export class FcData extends LitElement {
  static fcVersion = VERSION;
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;
  static override properties = {
    data: { attribute: false },
    src: { reflect: true },
    timeout: { type: Number },
  };

  declare data: unknown;
  declare src: string | undefined;
  declare timeout: number | undefined;

  private readonly source = new DocumentSource(this, { fromContext: false });
  private readonly provider = new ContextProvider(this, { context: documentContext, initialValue: { status: 'loading' } });

  protected override willUpdate(): void {
    this.provider.setValue(this.source.state);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
