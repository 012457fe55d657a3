// `npm run lint` (after prettier --check): the elements' source, with Lit's and the web-component
// rules that catch what TypeScript cannot (a binding where Lit cannot put one, a missing super
// call, a class field that shadows a reactive property). Formatting is prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    files: ['packages/*/src/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // A directive's `render(_vars)` names what it takes; a `catch (e)` that maps every failure to one error needs no `e`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The canvas export draws a line and moves down in one statement: `(c.fillText(…), (y += h))`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // File names drop control characters on purpose (survey-csv.ts).
      'no-control-regex': 'off',
    },
  },
  {
    // lit/static-html: `<${tag}>` with a `literal` tag is how Lit renders a chosen heading level.
    files: ['packages/core/src/element/heading.ts'],
    rules: { 'lit/binding-positions': 'off', 'lit/no-invalid-html': 'off' },
  },
);
