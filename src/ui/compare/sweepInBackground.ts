/**
 * Runs the capacity sweep in a module worker (src/compare/sweepWorker.ts), so a long
 * estimate's fifty-odd recomputations do not hold up Compare or the user's typing. Where no
 * worker can start (no Worker in this environment, or its code could not be loaded), the
 * sweep is worked out in the page instead: slower to answer, same figures.
 */
import { sweepCapacity, type SweepOutcome } from '../../compare/capacitySweep';
import type { SweepRequest, SweepWorkerMessage } from '../../compare/sweepWorker';

export interface SweepJob {
  /** The outcome; never settles once cancelled. */
  readonly outcome: Promise<SweepOutcome>;
  /** Stops the work (the inputs changed, or Compare closed). */
  cancel(): void;
}

const inPage = (request: SweepRequest): SweepOutcome =>
  sweepCapacity(request.inputs, request.rules, { lvLimit: request.lvLimit });

export function sweepInBackground(request: SweepRequest): SweepJob {
  let worker: Worker | null = null;
  let cancelled = false;
  const outcome = new Promise<SweepOutcome>((resolve, reject) => {
    const fallBack = () => {
      // A task of its own, so the caller's render is not held up by it.
      setTimeout(() => {
        if (cancelled) return;
        try {
          resolve(inPage(request));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    };
    if (typeof Worker === 'undefined') return fallBack();
    try {
      worker = new Worker(new URL('../../compare/sweepWorker.ts', import.meta.url), {
        type: 'module',
        name: 'Capacity sweep',
      });
    } catch {
      return fallBack();
    }
    let started = false;
    worker.addEventListener('message', (event: MessageEvent<SweepWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'ready') {
        started = true;
        worker?.postMessage(request);
        return;
      }
      worker?.terminate();
      if (message.type === 'done') resolve(message.outcome);
      else reject(new Error(message.message));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker?.terminate();
      if (!started) fallBack();
      else reject(new Error(event.message || 'the capacity sweep stopped'));
    });
  });
  return {
    outcome,
    cancel() {
      cancelled = true;
      worker?.terminate();
    },
  };
}
