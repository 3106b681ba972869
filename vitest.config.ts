import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { checkedStatements } from './build/checkedStatements.ts';
import { zipXlsxInPage } from './build/zipXlsxInPage.ts';

// Unit, property and component tests. Engine and data tests run in Node;
// component tests (tests/ui/**, tests/app.test.ts) say "@vitest-environment jsdom" and run in jsdom.
export default defineConfig({
  plugins: [svelte(), zipXlsxInPage(), checkedStatements()],
  resolve: { conditions: ['browser'] },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
    // Inlined so that build/zipXlsxInPage.ts can redirect its fflate import, as in the app.
    server: { deps: { inline: ['write-excel-file'] } },
  },
});
