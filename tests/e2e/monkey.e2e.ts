/**
 * A short seeded random walk through the whole UI (see monkey.ts), with a reload every 50
 * actions. Longer walks and other seeds: `npm run monkey -- --actions 2000 --seed 7`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { waitForSaved } from './app.ts';
import { startSession, type Session } from './browser.ts';
import { walk } from './monkey.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('random walk', () => {
  it('100 actions from seed 20261130: no page or console error, drafts reopen as shown', async () => {
    session = await startSession();
    const s = session;
    await waitForSaved(s.page);
    const log = await walk(s.page, { actions: 100, seed: 20261130 }, () => s.problems);
    expect(log.filter((a) => a === 'reload')).toHaveLength(2);
  }, 240_000);
});
