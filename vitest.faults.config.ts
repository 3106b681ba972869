import { defineConfig, mergeConfig } from 'vitest/config';
import e2e from './vitest.e2e.config.ts';

// The fault bench (npm run faults): end-to-end fault tests in Chromium, each recording what
// it tried and whether the work survived (tests/e2e/faultTable.ts).
export default mergeConfig(
  e2e,
  defineConfig({ test: { include: ['tests/e2e/**/*.fault.ts'], testTimeout: 1_800_000 } }),
);
