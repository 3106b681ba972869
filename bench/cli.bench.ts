/**
 * CLI wall time, as users run it: `npm run estimate -- <worked example> --table`, measured
 * from spawning npm to its exit, after one warm-up run that (re)builds the bundle if it is
 * stale. For scale, the same for `node -e 0` (starting Node alone) and for the bundle run
 * by node without npm in front. Each run's CPU time (user + system, of the command and
 * every process it starts) is read too, through GNU time: on a busy machine the wall time
 * also counts waiting for a core, the CPU time does not.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const example = 'src/templates/worked-examples/ipr-ex-10.json';
const RUNS = 10;

const GNU_TIME = '/usr/bin/time';

interface Runs {
  wall: number[];
  /** User + system CPU ms per run, when GNU time is there to read it. */
  cpu: number[] | null;
}

function timed(command: string, args: string[]): Runs {
  const wall: number[] = [];
  const cpu: number[] = [];
  const useTime = existsSync(GNU_TIME);
  const dir = mkdtempSync(join(tmpdir(), 'cli-bench-'));
  const out = join(dir, 'time');
  try {
    for (let i = 0; i <= RUNS; i += 1) {
      const [cmd, argv] = useTime
        ? [GNU_TIME, ['-f', '%U %S', '-o', out, command, ...args]]
        : [command, args];
      const start = performance.now();
      const run = spawnSync(cmd, argv, { cwd: root, encoding: 'utf8' });
      const elapsed = performance.now() - start;
      if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
      if (i === 0) continue; // the first run is the warm-up
      wall.push(elapsed);
      if (useTime) {
        const [user, sys] = readFileSync(out, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
        cpu.push(((user ?? 0) + (sys ?? 0)) * 1000);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { wall: wall.sort((a, b) => a - b), cpu: useTime ? cpu.sort((a, b) => a - b) : null };
}

const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;

export async function run(): Promise<string> {
  const rows: [string, Runs][] = [
    [
      '`npm run estimate -- <Ex 10> --table` (goal ≤ 300 ms)',
      timed('npm', ['run', '-s', 'estimate', '--', example, '--table']),
    ],
    [
      '`node scripts/estimate.mjs <Ex 10> --table` (no npm)',
      timed(process.execPath, ['scripts/estimate.mjs', example, '--table']),
    ],
    ['`node -e 0` (Node start-up alone)', timed(process.execPath, ['-e', '0'])],
  ];
  const cpu = (t: Runs) => (t.cpu ? ms(median(t.cpu)) : 'n/a');
  return [
    '## CLI',
    '',
    `Wall time from spawn to exit, ${RUNS} runs after one warm-up, and the CPU time (user + system, every process included) of the same runs. The CLI runs from a minified bundle that`,
    'scripts/estimate.mjs rebuilds only when a source is newer, so no TypeScript is transpiled per call.',
    'On an idle machine the wall time is close to the CPU time; on a busy one it also counts waiting for a core.',
    '',
    '| command | median wall | slowest wall | median CPU |',
    '|---|---|---|---|',
    ...rows.map(
      ([name, t]) =>
        `| ${name} | ${ms(median(t.wall))} | ${ms(t.wall[t.wall.length - 1]!)} | ${cpu(t)} |`,
    ),
  ].join('\n');
}
