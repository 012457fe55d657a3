// `npm run lint` (after prettier --check): the elements' source, with Lit's and the web-component
// rules that catch what TypeScript cannot (a binding where Lit cannot put one, a missing super
// call, a class field that shadows a reactive property). Formatting is prettier's job.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default defineConfig(
  {
    files: ['packages/*/src/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended, lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // A directive's `render(_vars)` names what it takes; a `catch (e)` that maps every failure to one error needs no `e`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The canvas export draws a line and moves down in one statement: `(c.fillText(…), (y += h))`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // File names drop control characters on purpose (survey-csv.ts).
      'no-control-regex': 'off',
      // Beyond the recommended sets: Lit and custom-element mistakes this kit could make.
      'lit/lifecycle-super': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-classfield-shadowing': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-value-attribute': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'wc/guard-super-call': 'error',
      'wc/no-constructor-params': 'error',
      'wc/no-closed-shadow-root': 'error',
      'wc/require-listener-teardown': 'error',
    },
  },
  {
    // lit/static-html: `<${tag}>` with a `literal` tag is how Lit renders a chosen heading level.
    files: ['packages/core/src/element/heading.ts'],
    rules: { 'lit/binding-positions': 'off', 'lit/no-invalid-html': 'off' },
  },
  {
    // The base element: `lang` is the contract's language attribute, reflected on purpose; a
    // render that throws records the error outcome so the status line announces it.
    files: ['packages/core/src/element/fc-element.ts'],
    rules: { 'lit/no-native-attributes': 'off', 'lit/no-this-assign-in-render': 'off' },
  },
);
