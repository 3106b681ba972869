import { defineConfig } from 'vitest/config';

// End-to-end tests: build the app, serve it on localhost, drive Debian's
// Chromium with playwright-core. Run one file at a time: each starts a browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
