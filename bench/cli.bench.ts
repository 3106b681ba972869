/**
 * CLI wall time, as users run it: `npm run estimate -- <worked example> --table`, measured
 * from spawning npm to its exit, after one warm-up run that (re)builds the bundle if it is
 * stale. For scale, the same for `node -e 0` (starting Node alone) and for the bundle run
 * by node without npm in front.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const example = 'src/templates/worked-examples/ipr-ex-10.json';
const RUNS = 10;

function wallMs(command: string, args: string[]): number[] {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i += 1) {
    const start = performance.now();
    const run = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
    const elapsed = performance.now() - start;
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
    if (i > 0) times.push(elapsed); // the first run is the warm-up
  }
  return times.sort((a, b) => a - b);
}

const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;

export async function run(): Promise<string> {
  const rows: [string, number[]][] = [
    [
      '`npm run estimate -- <Ex 10> --table`',
      wallMs('npm', ['run', '-s', 'estimate', '--', example, '--table']),
    ],
    [
      '`node scripts/estimate.mjs <Ex 10> --table` (no npm)',
      wallMs(process.execPath, ['scripts/estimate.mjs', example, '--table']),
    ],
    ['`node -e 0` (Node start-up alone)', wallMs(process.execPath, ['-e', '0'])],
  ];
  return [
    '## CLI',
    '',
    `Wall time from spawn to exit, ${RUNS} runs after one warm-up. The CLI runs from a bundle that`,
    'scripts/estimate.mjs rebuilds only when a source is newer, so no TypeScript is transpiled per call.',
    '',
    '| command | median | slowest |',
    '|---|---|---|',
    ...rows.map(([name, t]) => `| ${name} | ${ms(median(t))} | ${ms(t[t.length - 1]!)} |`),
  ].join('\n');
}
