import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

/**
 * The layers of src/, lowest first, and the top-level folders each may import besides itself
 * (docs/architecture.md draws the same picture). npm packages are not listed here; the
 * engine's own rule below keeps it free of UI, storage, charting and PDF packages. Anything
 * not listed (ui/, App.svelte, main.ts) may import every layer.
 */
export const LAYERS = {
  engine: [],
  format: ['engine'],
  'estimate-file': ['engine', 'zodMini'],
  statements: ['engine', 'format', 'zodMini'],
  share: ['engine', 'estimate-file'],
  charts: ['engine', 'format'],
  templates: ['engine', 'estimate-file'],
  quick: ['engine', 'estimate-file', 'statements', 'format'],
  lines: ['engine', 'statements', 'format', 'quick'],
  guidance: ['engine', 'estimate-file', 'statements', 'format'],
  fees: ['engine', 'estimate-file', 'statements', 'format', 'guidance'],
  compare: ['engine', 'format', 'quick'],
  application: ['engine', 'estimate-file', 'statements', 'format', 'guidance'],
  storage: ['engine', 'estimate-file', 'statements', 'format', 'share', 'application'],
  export: ['engine', 'estimate-file', 'statements', 'format', 'charts', 'guidance', 'application'],
  cli: ['engine', 'estimate-file', 'statements', 'format', 'charts', 'export', 'zodMini'],
  pwa: [],
  state: [
    'engine',
    'estimate-file',
    'statements',
    'format',
    'share',
    'lines',
    'charts',
    'templates',
    'quick',
    'guidance',
    'fees',
    'compare',
    'application',
    'storage',
    'export',
  ],
};
export const TOP_LEVEL = [...Object.keys(LAYERS), 'ui', 'zodMini', 'App.svelte', 'main'];

// A new folder in src/ must take its place in the table, or nothing would check its imports.
const unplaced = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !TOP_LEVEL.includes(entry.name))
  .map((entry) => entry.name);
if (unplaced.length > 0) {
  throw new Error(`src/${unplaced.join(', src/')}: add to LAYERS in eslint.config.js`);
}

const ENGINE_PACKAGES = [
  { group: ['svelte', 'svelte/*'], message: 'The engine must not import Svelte.' },
  { group: ['dexie', 'dexie/*'], message: 'The engine must not touch storage.' },
  { group: ['chart.js', 'chart.js/*'], message: 'The engine must not import Chart.js.' },
  { group: ['jspdf', 'jspdf-autotable'], message: 'The engine must not import jsPDF.' },
];

const layerBoundaries = Object.entries(LAYERS).map(([layer, allowed]) => ({
  files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.svelte`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(layer === 'engine' ? ENGINE_PACKAGES : []),
          ...TOP_LEVEL.filter((other) => other !== layer && !allowed.includes(other)).map(
            (other) => ({
              group: [`**/${other}`, `**/${other}/**`, `**/${other}.*`],
              message: `${layer}/ may import only ${allowed.join(', ') || 'itself'} (see docs/architecture.md).`,
            }),
          ),
          ...(layer === 'pwa'
            ? []
            : [
                {
                  group: ['**/[A-Z]*.svelte'],
                  caseSensitive: true,
                  message: `${layer}/ is below the UI: no components.`,
                },
              ]),
        ],
      },
    ],
  },
}));

// Inside ui/, the shell composes the views: a view never imports the shell (no loops such as
// fees ↔ shell), so each view can be tested and loaded on its own.
const viewsBelowShell = {
  files: ['src/ui/**/*.ts', 'src/ui/**/*.svelte'],
  ignores: ['src/ui/shell/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/shell/**', './shell/**'],
            message: 'A view must not import ui/shell/: the shell imports the views.',
          },
        ],
      },
    ],
  },
};

// The engine is pure and deterministic: no DOM, storage, network or clock.
const engineGlobals = {
  files: ['src/engine/**/*.ts'],
  languageOptions: { globals: { ...globals.es2021 } },
  rules: {
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
  ...layerBoundaries,
  viewsBelowShell,
  engineGlobals,
);
