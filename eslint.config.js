import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

// The engine is pure: no UI framework, storage, charting, PDF or DOM.
const engineBoundary = {
  files: ['src/engine/**/*.ts'],
  languageOptions: { globals: { ...globals.es2021 } },
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['svelte', 'svelte/*'], message: 'The engine must not import Svelte.' },
          { group: ['dexie', 'dexie/*'], message: 'The engine must not touch storage.' },
          { group: ['chart.js', 'chart.js/*'], message: 'The engine must not import Chart.js.' },
          { group: ['jspdf', 'jspdf-autotable'], message: 'The engine must not import jsPDF.' },
          {
            group: ['**/lib/**', '**/ui/**', '**/storage/**', '**/export/**', '**/*.svelte'],
            message: 'The engine imports only engine code and pure libraries.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...[
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'fetch',
        'location',
        'Date',
      ].map((name) => ({
        name,
        message: `The engine is pure and deterministic: pass ${name}-derived values in as arguments.`,
      })),
    ],
  },
};

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'dev-dist/', '.cache/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  engineBoundary,
);
