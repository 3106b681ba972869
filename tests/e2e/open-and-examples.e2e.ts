/**
 * Opening the built app under a deep sub-path: a new user lands on the Quick estimate with
 * an example figure, and a worked example loads with the total its document publishes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { expectedCharge, loadExample, pence, tab, TIMEOUT, waitForSaved } from './app.ts';
import { startSession, type Session } from './browser.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('opening the app', () => {
  it('a new user lands on the Quick estimate with an example figure, under a deep sub-path', async () => {
    session = await startSession();
    const { page, appUrl } = session;
    expect(page.url()).toBe(appUrl);
    await expect(page.title()).resolves.toBe('Connection charge estimator');
    // Every asset came from under the sub-path (relative URLs), none from the site root.
    const scripts = await page.$$eval('script[src], link[href]', (els) =>
      els.map((e) => (e as HTMLScriptElement).src || (e as HTMLLinkElement).href),
    );
    for (const src of scripts) expect(src.startsWith(appUrl)).toBe(true);

    // The first screen is the Quick estimate, answered with sample answers labelled as such.
    const quick = page.getByRole('region', { name: 'Quick estimate' });
    const expectQuickExample = async () => {
      await quick.getByTestId('quick-range').waitFor({ timeout: TIMEOUT });
      await expect(tab(page, 'Quick estimate').getAttribute('aria-current')).resolves.toBe('page');
      await expect(quick.getByTestId('quick-example').innerText()).resolves.toMatch(
        /^These are example answers \(12 new homes with heat pumps/,
      );
      await expect(quick.getByLabel('How many homes?').inputValue()).resolves.toBe('12');
      // 12 × F3-01 + 150 m of LV main (F5-04, F5-02) + C-05, by hand in quick-estimate.e2e.ts.
      await expect(quick.getByTestId('quick-range').innerText()).resolves.toMatch(
        /^£18,777\.00 – £29,180\.00 if the local network has capacity/,
      );
      // The lines are in the estimate too, so "What you pay" shows the same figure.
      await expect(page.getByTestId('payable-bar').innerText()).resolves.toMatch(
        /What you pay: £23,978\.50 excluding VAT/,
      );
    };
    await expectQuickExample();
    await page
      .getByText('Budget estimate — not a formal connection offer')
      .waitFor({ timeout: TIMEOUT });
    // The statement loaded from statements/ next to the app.
    await page
      .getByRole('region', { name: 'Charging statement and rules' })
      .getByText('Indigo Power', { exact: false })
      .first()
      .waitFor({ timeout: TIMEOUT });

    // Stored as the first draft, it opens on the Quick estimate again after a reload.
    await waitForSaved(page);
    await page.reload();
    await waitForSaved(page);
    await expectQuickExample();

    // The expert grid is one click away, with the same lines.
    await quick.getByRole('button', { name: 'Build it line by line in the expert grid' }).click();
    await expect(pence(await expectedCharge(page))).toBe(2_397_850n);
  });

  it('"New estimate" starts a Quick estimate, with the grid and the worked examples one click away', async () => {
    session = await startSession();
    const { page } = session;
    await waitForSaved(page);
    await tab(page, 'Drafts').click();
    await page.getByRole('button', { name: 'New estimate' }).click();
    const quick = page.getByRole('region', { name: 'Quick estimate' });
    await quick.getByTestId('quick-range').waitFor({ timeout: TIMEOUT });
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('New estimate');
    await expect(quick.getByTestId('quick-example').count()).resolves.toBe(0);
    await quick.getByRole('button', { name: 'pick a worked example' }).click();
    await page
      .getByRole('dialog', { name: 'Start from a worked example' })
      .waitFor({ timeout: TIMEOUT });
  });

  it('serves the same app at the site root', async () => {
    session = await startSession({ atRoot: true });
    expect(session.page.url()).toBe(`${session.origin}/`);
    await session.page
      .getByRole('region', { name: 'Quick estimate' })
      .getByTestId('quick-range')
      .waitFor({ timeout: TIMEOUT });
    await expect(session.page.getByTestId('payable-bar').innerText()).resolves.toMatch(
      /£23,978\.50/,
    );
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
