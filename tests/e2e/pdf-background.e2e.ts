/**
 * The PDF of a 2,000-line estimate is made in a background worker under the app's CSP:
 * a progress bar shows how far it has got, the page answers the user meanwhile (another
 * tab opens while the bar is still there), and the PDF reads back with every line.
 * (How long it takes is measured in `npm run bench`, not here.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { largeEstimate } from '../export/fixtures.ts';
import { grid, tab, TIMEOUT, waitForSaved } from './app.ts';
import { startSession, type Session } from './browser.ts';
import { flat, readPdfDownload } from './pdf.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const LINES_PER_SCHEME = 1000;

describe('a 2,000-line PDF', () => {
  it('is made in the background with a progress bar while the page answers', async () => {
    session = await startSession();
    const { page } = session;
    await waitForSaved(page);
    await tab(page, 'Drafts').click();
    await page.getByLabel('Import an estimate file').setInputFiles({
      name: 'large.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(largeEstimate(LINES_PER_SCHEME))),
    });
    await tab(page, 'Minimum Scheme').click();
    await expect
      .poll(() => grid(page).getAttribute('aria-rowcount'), { timeout: 60_000 })
      .toBe(String(LINES_PER_SCHEME + 1));

    // Every value the progress bar shows, recorded in the page as it changes.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { __progress: number[] }).__progress = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('progress');
        if (bar && seen.at(-1) !== bar.value) seen.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });

    const downloading = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const bar = page.getByRole('progressbar', { name: 'Making the PDF' });
    await bar.waitFor({ timeout: TIMEOUT });
    // The page answers while the PDF is being made: another tab opens, its form is usable,
    // and the progress bar is still there afterwards.
    await tab(page, 'Details').click();
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.waitFor({ timeout: TIMEOUT });
    expect(await bar.isVisible()).toBe(true);

    const pdf = await readPdfDownload(await downloading);
    await bar.waitFor({ state: 'detached', timeout: TIMEOUT });
    const seen = await page.evaluate(
      () => (window as unknown as { __progress: number[] }).__progress,
    );
    expect(
      seen.some((v) => v > 0 && v < 100),
      seen.join(', '),
    ).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);

    // Made by the worker's own file (a same-origin script the CSP allows), not in the page.
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(scripts.some((name) => /\/pdfWorker-[^/]*\.js$/.test(name))).toBe(true);

    const text = flat(pdf.pages.join(' '));
    expect(text).toContain('Plot 1: three-phase service');
    expect(text).toContain(`Plot ${LINES_PER_SCHEME - 1}: three-phase service`);
    expect(text).toContain(`Reinforcement item ${LINES_PER_SCHEME}: uprate HV switchgear`);
    expect(pdf.pages.length).toBeGreaterThan(50);
    expect(pdf.pages.every((p) => /not a formal connection offer/i.test(flat(p)))).toBe(true);
  });
});
