import type { BaseIssue } from 'valibot';
import type { PathSegment } from './paths.js';

/**
 * One problem in a document, kept free of any language: the element turns `code` and `params`
 * into a sentence in the reader's language when it renders, so a change of `lang` re-translates.
 */
export interface Issue {
  path: PathSegment[];
  code: IssueCode;
  params?: Record<string, string | number>;
}

export type IssueCode =
  | 'required'
  | 'expected-string'
  | 'expected-number'
  | 'expected-integer'
  | 'expected-object'
  | 'expected-list'
  | 'expected-text'
  | 'expected-value'
  | 'expected-one-of'
  | 'min-value'
  | 'max-value'
  | 'unknown-language'
  | 'unreadable'
  | 'circular'
  | 'check-failed'
  | 'not-empty'
  | 'too-long'
  | 'bad-time'
  | 'bad-url'
  | 'bad-id'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'self-link'
  | 'parent-link'
  | 'count-over-n'
  | 'sum-not-n'
  | 'end-before-start'
  | 'outside-range'
  | 'too-deep'
  | 'too-large'
  | 'too-many'
  | 'unsupported-version'
  | 'not-a-document'
  | 'no-items'
  | 'item-not-found'
  | 'invalid'
  | 'duplicate-cell'
  | 'duplicate-edge'
  | 'expected-boolean'
  // cards
  | 'overlapping-area'
  | 'in-two-bands'
  | 'not-finite';

const CUSTOM_CODES = new Set<string>([
  'expected-text',
  'bad-time',
  'bad-url',
  'bad-id',
  'not-empty',
  'too-long',
  'min-value',
  'max-value',
  'unknown-language',
  'not-finite',
]);
const LIMITED = new Set<string>(['min-value', 'max-value', 'too-long']);

/** Turns valibot's issue into ours: the schema passes our codes as messages where it can. */
export function fromValibotIssue(issue: BaseIssue<unknown>, prefix: PathSegment[] = []): Issue {
  const path = [...prefix, ...(issue.path ?? []).map((p) => p.key as PathSegment)];
  if (CUSTOM_CODES.has(issue.message)) {
    const params: Issue['params'] = LIMITED.has(issue.message)
      ? { limit: String((issue as { requirement?: unknown }).requirement) }
      : issue.message === 'unknown-language'
        ? { key: String(issue.input) }
        : undefined;
    return params ? { path, code: issue.message as IssueCode, params } : { path, code: issue.message as IssueCode };
  }
  if (issue.received === 'undefined') return { path, code: 'required' };
  switch (issue.type) {
    case 'string':
      return { path, code: 'expected-string' };
    case 'number':
      return { path, code: 'expected-number' };
    case 'boolean':
      return { path, code: 'expected-boolean' };
    case 'integer':
      return { path, code: 'expected-integer' };
    case 'object':
    case 'strict_object':
    case 'loose_object':
      return { path, code: 'expected-object' };
    case 'array':
      return { path, code: 'expected-list' };
    case 'literal':
      return { path, code: 'expected-value', params: { expected: String(issue.expected) } };
    case 'picklist':
      return { path, code: 'expected-one-of', params: { expected: listOptions(issue.expected) } };
    default:
      return { path, code: 'invalid' };
  }
}

/** valibot writes options as `("a" | "b")`; readers get `"a", "b"`. */
function listOptions(expected: string | null): string {
  return String(expected)
    .replace(/^\((.*)\)$/, '$1')
    .split(' | ')
    .join(', ');
}
