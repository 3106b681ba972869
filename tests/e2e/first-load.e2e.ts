/**
 * First load under the sub-path: the default statement is fetched once, through the page's
 * preload (so it downloads alongside the JavaScript instead of after it), and the cost-line
 * grid, which the first screen (the Quick estimate) does not show, is fetched only when a
 * scheme is opened.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { grid, tab, TIMEOUT } from './app.ts';
import { startSession, type Session } from './browser.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

interface Fetched {
  name: string;
  initiatorType: string;
}

function fetched(session: Session): Promise<Fetched[]> {
  return session.page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({
      name: e.name,
      initiatorType: (e as PerformanceResourceTiming).initiatorType,
    })),
  );
}

describe('first load', () => {
  it('preloads the default statement once and leaves the grid until a scheme is opened', async () => {
    session = await startSession();
    const { page, appUrl } = session;
    await page.getByTestId('quick-range').waitFor({ timeout: TIMEOUT });

    const first = await fetched(session);
    const statement = first.filter((e) => e.name.endsWith('/statements/ipr-v1.7-2025.json'));
    // One download, started by <link rel="preload"> and reused by the app's fetch.
    expect(statement).toEqual([
      { name: `${appUrl}statements/ipr-v1.7-2025.json`, initiatorType: 'link' },
    ]);
    const grids = (list: Fetched[]) => list.filter((e) => /\/SchemeView-[^/]*\.js$/.test(e.name));
    expect(grids(first)).toEqual([]);

    await tab(page, 'Minimum Scheme').click();
    await grid(page).waitFor({ timeout: TIMEOUT });
    expect(grids(await fetched(session))).toHaveLength(1);
  });
});
