/**
 * `npm run monkey -- --actions N --seed S`: a seeded random walk through the built app in
 * Chromium (tests/e2e/monkey.ts). Builds the app (E2E_REUSE_BUILD=1 serves the last build),
 * serves it on localhost and walks; on failure it prints the seed and every action, so the
 * same command replays it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../tests/e2e/buildApp.ts';
import { launchSession } from '../tests/e2e/launch.ts';
import { walk } from '../tests/e2e/monkey.ts';
import { E2E_DIST } from '../tests/e2e/paths.ts';
import { startStaticServer } from '../tests/e2e/staticServer.ts';

const { values } = parseArgs({
  options: {
    actions: { type: 'string', default: '500' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
  },
});
const actions = Number(values.actions);
const seed = Number(values.seed);
if (!Number.isInteger(actions) || actions < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run monkey -- --actions N --seed S (whole numbers)');
  process.exit(2);
}

const reuse = process.env.E2E_REUSE_BUILD === '1' && existsSync(join(E2E_DIST, 'index.html'));
if (!reuse) await buildApp(E2E_DIST);
const server = await startStaticServer(E2E_DIST);
const session = await launchSession(server.origin);
let code = 0;
try {
  await session.page.waitForFunction(
    () => document.querySelector('[aria-label="Save status"]')?.textContent?.includes('Saved'),
    undefined,
    { timeout: 30_000 },
  );
  const started = Date.now();
  const log = await walk(session.page, { actions, seed }, () => session.problems);
  const reloads = log.filter((a) => a === 'reload').length;
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `Random walk passed: ${actions} actions, seed ${seed}, ${reloads} reloads, ` +
      `${Math.floor(seconds / 60)} min ${seconds % 60} s.`,
  );
  await session.close();
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  await session.context.close().catch(() => {});
  code = 1;
} finally {
  await server.close();
}
process.exit(code);
