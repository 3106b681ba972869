/**
 * Works out the capacity sweep off the page's thread: fifty-odd whole estimates, which for
 * a long estimate (thousands of lines) take seconds, so Compare shows its other charts at
 * once and the sweep when it is ready. src/ui/compare/sweepInBackground.ts starts it; a
 * same-origin module worker, which the app's CSP allows (worker-src falls back to
 * script-src 'self').
 */
import type { EstimateInput, RuleParameters } from '../engine/types';
import { sweepCapacity, type SweepOptions, type SweepOutcome } from './capacitySweep';

export interface SweepRequest {
  inputs: EstimateInput;
  rules: RuleParameters;
  lvLimit: SweepOptions['lvLimit'];
}

export type SweepWorkerMessage =
  { type: 'ready' } | { type: 'done'; outcome: SweepOutcome } | { type: 'error'; message: string };

const post = (message: SweepWorkerMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<SweepRequest>) => {
  const { inputs, rules, lvLimit } = event.data;
  try {
    post({ type: 'done', outcome: sweepCapacity(inputs, rules, { lvLimit }) });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});

post({ type: 'ready' });
