/**
 * PDF and CSV export time for a 200-line two-scheme estimate, in Node (`npx tsx bench/run.ts
 * export`). The estimate is the one the export tests use; the result is computed once by
 * the engine, so only the export is timed.
 */
import { performance } from 'node:perf_hooks';
import { buildEstimateCsv } from '../src/export/csv/buildEstimateCsv';
import { buildEstimatePdf } from '../src/export/pdf/buildEstimatePdf';
import { compute, largeEstimate, loadStatement } from '../tests/export/fixtures';

const RUNS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time<T>(fn: () => T): { ms: number[]; last: T } {
  let last = fn(); // warm-up: module initialisation and JIT
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    last = fn();
    ms.push(performance.now() - start);
  }
  return { ms, last };
}

export async function run(): Promise<string> {
  const statement = loadStatement('ipr-v1.7-2025');
  const estimate = largeEstimate(100);
  const result = compute(estimate, statement);
  const input = { estimate, statement, result, preparedOn: '2026-03-05' };
  const pdf = time(() => buildEstimatePdf(input));
  const csv = time(() => buildEstimateCsv(input));
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  return [
    '## Export (PDF and CSV)',
    '',
    `A 200-line estimate (two schemes of 100 lines), exported ${RUNS} times after one warm-up run, in Node ${process.version}.`,
    '',
    '| Export | Median | Fastest | Slowest | File size | Pages |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| PDF (jsPDF + autoTable, drawn charts) | ${median(pdf.ms).toFixed(0)} ms | ${Math.min(...pdf.ms).toFixed(0)} ms | ${Math.max(...pdf.ms).toFixed(0)} ms | ${kib(pdf.last.bytes.byteLength)} | ${pdf.last.pageCount} |`,
    `| CSV | ${median(csv.ms).toFixed(1)} ms | ${Math.min(...csv.ms).toFixed(1)} ms | ${Math.max(...csv.ms).toFixed(1)} ms | ${kib(csv.last.bytes.byteLength)} | – |`,
  ].join('\n');
}
