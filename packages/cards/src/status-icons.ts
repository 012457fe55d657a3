import { css, html, nothing } from 'lit';
import type { CardStatusKind } from './cards-types.js';

/**
 * A pictogram per status, always beside the status's word (never colour alone): an empty circle
 * for planned, a half-filled one for ongoing, a filled circle with a check for done, a circle
 * struck through for not examined, an "i" in a circle for a note. Drawn by CSS in
 * `currentColor`, so forced colours draw it in the system's text colour.
 */
export function statusIcon(kind: CardStatusKind | undefined) {
  return kind ? html`<span class=${`cd-icon cd-icon--${kind}`} aria-hidden="true"></span>` : nothing;
}

export const statusIconStyles = css`
  .cd-icon {
    position: relative;
    display: inline-block;
    flex: none;
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
    border-radius: 50%;
    border: 0.125em solid currentColor;
  }
  .cd-icon--ongoing {
    background: linear-gradient(to right, transparent 50%, currentColor 50%);
  }
  .cd-icon--done {
    background: currentColor;
  }
  .cd-icon--done::after {
    content: '';
    position: absolute;
    inset-inline-start: 0.22em;
    inset-block-start: 0.04em;
    width: 0.28em;
    height: 0.5em;
    border: solid var(--_cd-icon-knockout, #fff);
    border-width: 0 0.13em 0.13em 0;
    transform: rotate(45deg);
  }
  .cd-icon--not-examined::after {
    content: '';
    position: absolute;
    inset: 50% -0.05em auto;
    height: 0.125em;
    margin-top: -0.0625em;
    background: currentColor;
    transform: rotate(-45deg);
  }
  .cd-icon--note::after {
    content: 'i';
    position: absolute;
    inset: 0;
    font: 700 0.7em/1.2 Georgia, serif;
    text-align: center;
  }
  @media (forced-colors: active) {
    .cd-icon {
      forced-color-adjust: none;
      color: CanvasText;
      --_cd-icon-knockout: Canvas;
    }
  }
`;
