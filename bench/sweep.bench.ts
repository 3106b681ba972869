/**
 * Capacity sweep benchmark: what the customer pays at 50 capacities from 25 % to 200 % of
 * today's request (plus today's, 10 % less and every threshold), each worked out by the real
 * engine, on the engine benchmark's estimate. "After an edit" replaces one line object first,
 * as the UI does before the Compare tab recomputes the sweep. Goal: well under 100 ms for a
 * 20-line estimate.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sweepCapacity } from '../src/compare/capacitySweep';
import type { EstimateInput, RuleParameters } from '../src/engine';
import { editOne, makeInput } from './engine.bench';

const rules = (
  JSON.parse(
    readFileSync(new URL('../public/statements/ipr-v1.7-2025.json', import.meta.url), 'utf8'),
  ) as { rules: RuleParameters }
).rules;

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

function sweep(input: EstimateInput): number {
  const out = sweepCapacity(input, rules, { points: 50 });
  if (!out.ok) throw new Error(`bench input rejected: ${out.message}`);
  if (out.sweep.points.some((p) => p.payable === null))
    throw new Error('a sweep point could not be worked out');
  return out.sweep.points.length;
}

/** Wall time and process CPU time (steadier when the machine is shared) of one sweep, ms. */
function timed(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

function measure(linesPerScheme: number, runs: number) {
  const cold: number[] = [];
  let points = 0;
  for (let k = 0; k < runs; k++) {
    const input = makeInput(linesPerScheme);
    cold.push(timed(() => (points = sweep(input))).wall);
  }
  let input = makeInput(linesPerScheme);
  sweep(input);
  const edit: number[] = [];
  const editCpu: number[] = [];
  for (let k = 0; k < runs; k++) {
    input = editOne(input, k);
    const current = input;
    const t = timed(() => sweep(current));
    edit.push(t.wall);
    editCpu.push(t.cpu);
  }
  return { cold: stats(cold), edit: stats(edit), editCpu: stats(editCpu), points };
}

export async function run(): Promise<string> {
  measure(10, 10); // warm up the JIT
  const rows = [
    [10, 60],
    [100, 20],
  ].map(([lines, runs]) => {
    const m = measure(lines!, runs!);
    const f = (n: number) => n.toFixed(1);
    return `| ${lines! * 2} (${lines} × 2) | ${m.points} | ${f(m.cold.median)} | ${f(m.cold.p95)} | ${f(m.edit.median)} | ${f(m.edit.p95)} | ${f(m.editCpu.median)} | ${runs} |`;
  });
  return [
    '## Capacity sweep',
    '',
    'What you pay at 50 capacities from 25 % to 200 % of the request, plus today’s, 10 % less',
    'and each threshold, every point computed by `computeEstimate` (without the other reading, which',
    'the sweep does not show), on the engine benchmark’s two-scheme estimate. "Cold": new line objects; "after an',
    'edit": one line replaced, as the UI does. Times in milliseconds (wall clock; "CPU" is the',
    'process CPU time of the same sweeps, steadier when the machine is shared). Goal: well under',
    '100 ms for a 20-line estimate.',
    '',
    '| Lines | Points | Cold median | Cold p95 | After an edit median | After an edit p95 | After an edit CPU median | Runs |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
