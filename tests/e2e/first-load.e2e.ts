/**
 * First load under the sub-path: the default statement and the list of statements are
 * fetched once, through the page's preloads (so they download alongside the JavaScript
 * instead of after it), and so is the code the first screen loads on demand (the Quick
 * estimate and the engine); the cost-line grid, which the first screen does not show, is
 * fetched only when a scheme is opened.
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
    // One download each, started by <link rel="preload"> and reused by the app's fetch.
    for (const file of ['ipr-v1.7-2025.json', 'index.json']) {
      expect(first.filter((e) => e.name.endsWith(`/statements/${file}`))).toEqual([
        { name: `${appUrl}statements/${file}`, initiatorType: 'link' },
      ]);
    }
    // The Quick estimate and the engine are loaded on demand, but the page names them, so the
    // browser fetched each once, as it read the page: before the page was parsed, so before the
    // app's script ran and asked for them. (The page as served: the app adds links of its own
    // later, for what it loads on demand.)
    const early = await page.evaluate(async () => {
      const parsed = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .domInteractive;
      const served = new DOMParser().parseFromString(
        await (await fetch(document.URL)).text(),
        'text/html',
      );
      return [...served.querySelectorAll('link[rel="modulepreload"]')].map((link) => {
        const href = new URL(link.getAttribute('href')!, document.baseURI).href;
        const fetches = performance.getEntriesByName(href, 'resource');
        return { href, fetches: fetches.length, early: (fetches[0]?.startTime ?? parsed) < parsed };
      });
    });
    expect(early.length).toBeGreaterThan(1);
    for (const file of early) expect(file).toEqual({ href: file.href, fetches: 1, early: true });
    const grids = (list: Fetched[]) => list.filter((e) => /\/SchemeView-[^/]*\.js$/.test(e.name));
    expect(grids(first)).toEqual([]);

    await tab(page, 'Minimum Scheme').click();
    await grid(page).waitFor({ timeout: TIMEOUT });
    expect(grids(await fetched(session))).toHaveLength(1);
  });
});
