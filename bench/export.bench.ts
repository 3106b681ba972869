/**
 * PDF and CSV export time for a 200-line and a 2,000-line two-scheme estimate, in Node (`npx
 * tsx bench/run.ts export`). The estimate is the one the export tests use; the result is
 * computed once by the engine, so only the export is timed.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildEstimateCsv } from '../src/export/csv/buildEstimateCsv';
import { buildEstimatePdf } from '../src/export/pdf/buildEstimatePdf';
import { compute, largeEstimate, loadStatement } from '../tests/export/fixtures';

const RUNS = 9;
/** Fewer runs of the 2,000-line PDF: each takes about ten times as long. */
const LONG_RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Wall times, and the process CPU time of the same calls (steadier on a shared machine). */
function time<T>(fn: () => T, runs = RUNS): { ms: number[]; cpu: number[]; last: T } {
  let last = fn(); // warm-up: module initialisation and JIT
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const start = performance.now();
    last = fn();
    ms.push(performance.now() - start);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms, cpu, last };
}

export async function run(): Promise<string> {
  const statement = loadStatement('ipr-v1.7-2025');
  const inputOf = (linesPerScheme: number) => {
    const estimate = largeEstimate(linesPerScheme);
    const result = compute(estimate, statement);
    return { estimate, statement, result, preparedOn: '2026-03-05' };
  };
  const load = loadavg()[0]!.toFixed(1);
  const input = inputOf(100);
  const pdf = time(() => buildEstimatePdf(input));
  const csv = time(() => buildEstimateCsv(input));
  const long = inputOf(1000);
  const pdf2000 = time(() => buildEstimatePdf(long), LONG_RUNS);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const row = (
    label: string,
    t: { ms: number[]; cpu: number[] },
    size: string,
    pages: string,
    dp = 0,
  ) =>
    `| ${label} | ${median(t.ms).toFixed(dp)} ms | ${Math.min(...t.ms).toFixed(dp)} ms | ${Math.max(...t.ms).toFixed(dp)} ms | ${median(t.cpu).toFixed(dp)} ms | ${size} | ${pages} |`;
  return [
    '## Export (PDF and CSV)',
    '',
    `A 200-line estimate (two schemes of 100 lines), exported ${RUNS} times after one warm-up run, and a 2,000-line one (two schemes of 1,000 lines) ${LONG_RUNS} times, in Node ${process.version} (load average ${load} at the start, on ${cpus().length} cores). "CPU" is the process CPU time of the same runs, steadier than the wall clock on a shared machine.`,
    '',
    '| Export | Median | Fastest | Slowest | CPU median | File size | Pages |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    row(
      'PDF, 200 lines (jsPDF + autoTable, drawn charts)',
      pdf,
      kib(pdf.last.bytes.byteLength),
      String(pdf.last.pageCount),
    ),
    row(
      'PDF, 2,000 lines',
      pdf2000,
      kib(pdf2000.last.bytes.byteLength),
      String(pdf2000.last.pageCount),
    ),
    row('CSV, 200 lines', csv, kib(csv.last.bytes.byteLength), '–', 1),
  ].join('\n');
}
