/**
 * CLI wall time, as users run it: `npm run estimate -- <worked example> --table`, measured
 * from spawning npm to its exit, after one warm-up run that (re)builds the bundle if it is
 * stale. For scale, the same for `node -e 0` (starting Node alone), for the bundle run
 * by node without npm in front, and for npm running an empty script (`true`, no Node) and
 * one that only starts Node, in a scratch package: what npm itself costs. Each run's CPU time
 * (user + system, of the command and every process it starts) is read too, through GNU
 * time: on a busy machine the wall time also counts waiting for a core, the CPU time does not.
 * The commands are timed in turns, one run of each at a time, so a change in the machine's
 * load reaches them all alike.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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

interface Command {
  command: string;
  args: string[];
  cwd: string;
}

/** Runs every command once per round, RUNS rounds after a warm-up one. */
function timedInTurns(commands: Command[]): Runs[] {
  const useTime = existsSync(GNU_TIME);
  const dir = mkdtempSync(join(tmpdir(), 'cli-bench-'));
  const out = join(dir, 'time');
  const runs: Runs[] = commands.map(() => ({ wall: [], cpu: useTime ? [] : null }));
  try {
    for (let i = 0; i <= RUNS; i += 1) {
      commands.forEach(({ command, args, cwd }, k) => {
        const [cmd, argv] = useTime
          ? [GNU_TIME, ['-f', '%U %S', '-o', out, command, ...args]]
          : [command, args];
        const start = performance.now();
        const run = spawnSync(cmd, argv, { cwd, encoding: 'utf8' });
        const elapsed = performance.now() - start;
        if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
        if (i === 0) return; // the first round is the warm-up
        runs[k]!.wall.push(elapsed);
        if (useTime) {
          const [user, sys] = readFileSync(out, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
          runs[k]!.cpu!.push(((user ?? 0) + (sys ?? 0)) * 1000);
        }
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const r of runs) {
    r.wall.sort((a, b) => a - b);
    r.cpu?.sort((a, b) => a - b);
  }
  return runs;
}

const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;

export async function run(): Promise<string> {
  // A scratch package whose scripts do nothing: npm's own start-up and script running.
  const scratch = mkdtempSync(join(tmpdir(), 'cli-bench-npm-'));
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'empty', private: true, scripts: { empty: 'true', node: 'node -e 0' } }),
  );
  const loadAtStart = loadavg()[0]!.toFixed(1);
  const names = [
    '`npm run estimate -- <Ex 10> --table` (goal ≤ 300 ms)',
    '`node scripts/estimate.mjs <Ex 10> --table` (no npm)',
    '`node -e 0` (Node start-up alone)',
    '`npm run empty` (a script `true`: npm alone)',
    '`npm run node` (a script `node -e 0`)',
  ];
  let runs: Runs[];
  try {
    runs = timedInTurns([
      { command: 'npm', args: ['run', '-s', 'estimate', '--', example, '--table'], cwd: root },
      { command: process.execPath, args: ['scripts/estimate.mjs', example, '--table'], cwd: root },
      { command: process.execPath, args: ['-e', '0'], cwd: root },
      { command: 'npm', args: ['run', '-s', 'empty'], cwd: scratch },
      { command: 'npm', args: ['run', '-s', 'node'], cwd: scratch },
    ]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const loadAtEnd = loadavg()[0]!.toFixed(1);
  const cpu = (t: Runs) => (t.cpu ? ms(median(t.cpu)) : 'n/a');
  return [
    '## CLI',
    '',
    `Wall time from spawn to exit, ${RUNS} runs of each after one warm-up, taken in turns, and the CPU time (user + system, every process included) of the same runs; load average ${loadAtStart} at the start and ${loadAtEnd} at the end. The CLI runs from a minified bundle that`,
    'scripts/estimate.mjs rebuilds only when a source is newer, so no TypeScript is transpiled per call.',
    'On an idle machine the wall time is close to the CPU time; on a busy one it also counts waiting for a core.',
    '',
    '| command | median wall | fastest wall | slowest wall | median CPU |',
    '|---|---|---|---|---|',
    ...runs.map(
      (t, k) =>
        `| ${names[k]} | ${ms(median(t.wall))} | ${ms(t.wall[0]!)} | ${ms(t.wall[t.wall.length - 1]!)} | ${cpu(t)} |`,
    ),
  ].join('\n');
}
