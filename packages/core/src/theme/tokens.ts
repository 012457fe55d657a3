import { css, unsafeCSS } from 'lit';
import { TOKENS } from './token-values.js';

export { TOKENS, type TokenName } from './token-values.js';

const declarations = Object.entries(TOKENS)
  .map(([name, fallback]) => `${name.replace('--fc-', '--_fc-')}: var(${name}, ${fallback});`)
  .join('\n');

export const tokenStyles = css`
  :host {
    ${unsafeCSS(declarations)}
  }
`;
