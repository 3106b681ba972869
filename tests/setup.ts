// Shared test setup: DOM matchers for component tests (harmless in Node tests).
import '@testing-library/jest-dom/vitest';

// findBy*/waitFor give up after 1 s by default. A component that renders after a lazy
// import() or a storage round trip can take longer than that on a busy two-core machine,
// so component tests wait up to 5 s: still failing when the thing never appears, but not
// flaking. Only where there is a DOM (component tests run in jsdom).
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/svelte');
  configure({ asyncUtilTimeout: 5000 });
}

// Property tests draw from one fixed seed, so a run on CI repeats the run that passed here;
// FC_SEED=<number> replays another, FC_SEED=random explores afresh (a failure prints its seed).
const fcSeed = process.env.FC_SEED;
if (fcSeed !== 'random') {
  const { default: fc } = await import('fast-check');
  fc.configureGlobal({ seed: fcSeed ? Number(fcSeed) : 20261130 });
}
