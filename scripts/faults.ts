/**
 * The fault bench: runs the fault tests in real Chromium against the production build and
 * prints, for each fault, how many times it was tried, handled (all work there afterwards)
 * and lost. Exits 1 if anything was lost or a test failed.
 *
 *   npm run faults            # each case 10 times
 *   npm run faults -- --short # each case once (part of npm test)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const short = process.argv.includes('--short');
const dir = mkdtempSync(join(tmpdir(), 'estimator-faults-'));
const table = join(dir, 'faults.jsonl');
const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.faults.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FAULT_TABLE: table, FAULT_REPEATS: short ? '1' : '10' },
});

const rows = new Map<string, { tried: number; handled: number; lost: number }>();
let text = '';
try {
  text = readFileSync(table, 'utf8');
} catch {
  // No fault was recorded: the table says so below.
}
for (const line of text.split('\n').filter(Boolean)) {
  const { fault, handled } = JSON.parse(line) as { fault: string; handled: boolean };
  const row = rows.get(fault) ?? { tried: 0, handled: 0, lost: 0 };
  row.tried += 1;
  if (handled) row.handled += 1;
  else row.lost += 1;
  rows.set(fault, row);
}
rmSync(dir, { recursive: true, force: true });

const width = Math.max(5, ...[...rows.keys()].map((k) => k.length));
console.log(`\n${'Fault'.padEnd(width)}  Tried  Handled  Lost`);
let lost = 0;
for (const [fault, row] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
  lost += row.lost;
  console.log(
    `${fault.padEnd(width)}  ${String(row.tried).padStart(5)}  ${String(row.handled).padStart(7)}  ${String(row.lost).padStart(4)}`,
  );
}
if (rows.size === 0) console.log('(no fault was tried)');
process.exit(run.status !== 0 || lost > 0 || rows.size === 0 ? 1 : 0);
