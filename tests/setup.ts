// Shared test setup: DOM matchers for component tests (harmless in Node tests).
import '@testing-library/jest-dom/vitest';
