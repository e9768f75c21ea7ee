// Our own flat config: office-addin-lint silently skips .tsx files (OUTLOOK-NOTES.md §7), so lint is ours.
// Lint is a correctness gate here, with the boundary rules of STYLE.md practice 1 and 6.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import * as espree from 'espree';

const coreBoundary = {
  files: ['src/core/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['react', 'react-*', '@fluentui/*'],
            message: 'The core renders nothing (ARCHITECTURE.md).',
          },
          {
            group: ['**/office/**', '**/taskpane/**', '**/commands/**', '**/cli/**', '**/playground/**'],
            message: 'Dependencies point inward: the core imports no host.',
          },
          {
            group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https'],
            message: 'The core does no I/O.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'Office', message: 'Only src/office touches Office.js.' },
      { name: 'document', message: 'The core has no DOM.' },
      { name: 'window', message: 'The core has no DOM.' },
      { name: 'navigator', message: 'The core has no DOM.' },
      { name: 'localStorage', message: 'The core does no I/O.' },
      { name: 'fetch', message: 'The core does no I/O.' },
      { name: 'process', message: 'The core reads no environment.' },
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
        message: 'Time is an argument (STYLE.md practice 6).',
      },
      {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message: 'Time is an argument (STYLE.md practice 6).',
      },
      {
        selector: "CallExpression[callee.property.name='resolvedOptions']",
        message: 'The zone is an argument (STYLE.md practice 6).',
      },
      {
        selector: "MemberExpression[object.name='Temporal'][property.name='Now']",
        message: 'Time is an argument (STYLE.md practice 6).',
      },
    ],
    '@typescript-eslint/no-explicit-any': 'error',
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-playground/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The old-web-view guard (issue 12) runs where nothing newer may: parsed as ES5, so any later syntax fails lint.
    files: ['src/pages/**/*.js'],
    languageOptions: {
      parser: espree,
      ecmaVersion: 5,
      sourceType: 'script',
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^followup(Load|StartAnalyzer|Supported)$', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: '18' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'react/no-danger': 'error',
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/playground/**'], message: 'Outlook code never depends on the playground.' },
          ],
        },
      ],
    },
  },
  coreBoundary,
  {
    // The OnMessageSend bundle runs in classic Outlook's JavaScript-only runtime: no DOM, no `window`, no UI.
    files: ['src/launchevent/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', '@fluentui/*'], message: 'No UI in the JavaScript-only runtime.' },
            {
              group: ['**/taskpane/**', '**/playground/**', '**/commands/**'],
              message: 'No page code here.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'self', 'fetch'].map(
          (name) => ({
            name,
            message: 'Classic Outlook runs this bundle with no DOM and no window (OUTLOOK-NOTES.md).',
          }),
        ),
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
