import type { CheckedDocument } from '../document/validate.js';
import type { LoadError } from './load-error.js';

/** Where an element's document stands; also what `<fc-data>` shares with the elements inside it. */
export type DocumentState =
  { status: 'loading' } | { status: 'error'; error: LoadError; retry?: () => void } | { status: 'ready'; checked: CheckedDocument };
