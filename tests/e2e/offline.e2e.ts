/**
 * Offline use: once the service worker is active and controls the page, the app reloads,
 * keeps working and exports a PDF with the network gone, and nothing reaches the server.
 * Updates: a new release waits for the user, and "Reload" saves the open draft first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  cell,
  expectedCharge,
  grid,
  requestsServed,
  tab,
  TIMEOUT,
  openExample3,
  waitForServiceWorker,
} from './app.ts';
import { startSession, type Session } from './browser.ts';
import { flat, readPdfDownload } from './pdf.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('offline', () => {
  it('serves an installable manifest with its icons', async () => {
    session = await startSession();
    const { page, appUrl } = session;
    const href = await page.$eval('link[rel="manifest"]', (l) => (l as HTMLLinkElement).href);
    expect(href).toBe(`${appUrl}manifest.webmanifest`);
    const res = await fetch(href);
    expect(res.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = (await res.json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest.name).toBe('Connection charge estimator');
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('./');
    const sizes = manifest.icons.map((i) => i.sizes);
    expect(sizes).toContain('192x192');
    expect(sizes).toContain('512x512');
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const png = await fetch(new URL(icon.src, href));
      expect(png.status, icon.src).toBe(200);
      expect(png.headers.get('content-type')).toBe('image/png');
    }
  });

  it('reloads, keeps working and exports a PDF with the network gone', async () => {
    session = await startSession();
    const { page, context, origin } = session;
    await openExample3(page);
    await waitForServiceWorker(page);

    const servedBefore = await requestsServed(origin);
    await context.setOffline(true);
    await page.reload();
    const figure = await expectedCharge(page);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // Edit, then open the views fetched on demand: every chunk comes from the cache.
    await cell(page, 'Quantity, line 1').click();
    await page.keyboard.type('9');
    await grid(page).getByRole('textbox', { name: 'Quantity, line 1' }).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (old) =>
        [...document.querySelectorAll('section.totals tr')].some(
          (r) =>
            r.textContent?.includes('Your charge, excluding VAT') && !r.textContent.includes(old),
        ),
      figure,
      { timeout: TIMEOUT },
    );
    const edited = await expectedCharge(page);
    await tab(page, 'Compare').click();
    await page.getByTestId('chart-scheme-breakdown').waitFor({ timeout: TIMEOUT });
    await tab(page, 'Guidance').click();
    await page.getByRole('main').getByRole('heading').first().waitFor({ timeout: TIMEOUT });
    await tab(page, 'Drafts').click();
    await page.getByRole('region', { name: 'Saved estimates' }).waitFor({ timeout: TIMEOUT });

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const pdf = await readPdfDownload(download);
    for (const text of pdf.pages) expect(flat(text)).toMatch(/not a formal connection offer/i);
    expect(flat(pdf.pages.join(' '))).toContain(edited);

    // Nothing reached the server while offline: the service worker answered everything.
    expect(await requestsServed(origin)).toBe(servedBefore);
    await context.setOffline(false);
  });
});

describe('updates', () => {
  it('offers a new version and saves the open draft before reloading', async () => {
    session = await startSession();
    const { page, origin } = session;
    await openExample3(page);
    await waitForServiceWorker(page);

    // A new release: the server now sends a byte-different sw.js.
    await fetch(`${origin}/__bump-service-worker`, { method: 'POST' });
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await prompt.waitFor({ timeout: TIMEOUT });

    // An edit still inside the autosave delay: "Reload" must save it before reloading.
    await cell(page, 'Description, line 1').click();
    await page.keyboard.type('Saved before the update');
    await page.keyboard.press('Enter');
    await Promise.all([
      page.waitForEvent('framenavigated', { timeout: TIMEOUT }),
      prompt.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await cell(page, 'Description, line 1')
      .getByText('Saved before the update')
      .waitFor({ timeout: TIMEOUT });
    await expect(
      page.getByRole('status').filter({ hasText: 'A new version is ready' }).count(),
    ).resolves.toBe(0);
  });
});
