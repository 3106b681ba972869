/**
 * Opening the built app under a deep sub-path: the default estimate shows figures, and a
 * worked example loads with the total its document publishes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { expectedCharge, loadExample, pence, TIMEOUT } from './app.ts';
import { startSession, type Session } from './browser.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('opening the app', () => {
  it('shows the default estimate with figures under a deep sub-path', async () => {
    session = await startSession();
    const { page, appUrl } = session;
    expect(page.url()).toBe(appUrl);
    await expect(page.title()).resolves.toBe('Connection charge estimator');
    // Every asset came from under the sub-path (relative URLs), none from the site root.
    const scripts = await page.$$eval('script[src], link[href]', (els) =>
      els.map((e) => (e as HTMLScriptElement).src || (e as HTMLLinkElement).href),
    );
    for (const src of scripts) expect(src.startsWith(appUrl)).toBe(true);

    const figure = await expectedCharge(page);
    expect(pence(figure)).toBeGreaterThan(0n);
    await page
      .getByText('Budget estimate — not a formal connection offer')
      .waitFor({ timeout: TIMEOUT });
    // The statement loaded from statements/ next to the app.
    await page
      .getByRole('region', { name: 'Charging statement and rules' })
      .getByText('Indigo Power', { exact: false })
      .first()
      .waitFor({ timeout: TIMEOUT });
  });

  it('serves the same app at the site root', async () => {
    session = await startSession({ atRoot: true });
    expect(session.page.url()).toBe(`${session.origin}/`);
    expect(pence(await expectedCharge(session.page))).toBeGreaterThan(0n);
  });
});

describe('worked examples', () => {
  it('loads 001 Ex 8A and shows the total the document publishes', async () => {
    session = await startSession();
    const { page } = session;
    await loadExample(page, /001 Ex 8A: housing development with network Reinforcement/);
    const banner = page.getByRole('complementary', { name: 'Worked example' });
    await banner.getByText('001 §5 Ex 8A').waitFor({ timeout: TIMEOUT });
    // 001 §5 Example 8A: "Total Connection Charge = £23,117 + £605,000 = £628,117".
    await expect(banner.getByTestId('published-total').innerText()).resolves.toBe('£628,117');
    // The document rounds its figures to whole pounds; this app keeps the pence.
    const ours = pence(await banner.getByTestId('engine-total').innerText());
    const published = 628_117n * 100n;
    expect(ours - published < 100n && published - ours < 100n).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/8A/);
  });
});
