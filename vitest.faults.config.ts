import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config.ts';

// The fault bench (npm run faults): end-to-end fault tests in Chromium, each recording what
// it tried and whether the work survived (tests/e2e/faultTable.ts).
// Spread rather than mergeConfig: mergeConfig concatenates `include`, which would run every
// end-to-end test again with the fault tests.
export default defineConfig({
  ...e2e,
  test: { ...e2e.test, include: ['tests/e2e/**/*.fault.ts'], testTimeout: 1_800_000 },
});
