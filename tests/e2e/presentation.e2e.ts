/**
 * Presentation mode on a 1920 × 1080 projector, for three estimates (no Enhanced Scheme;
 * customer-requested; operator-requested): every slide is screenshotted and carries the
 * disclaimer, the statement and the payable figure; body text is at least 24 px and chart
 * text at least 18 px.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadExample, tab, TIMEOUT } from './app.ts';
import { startSession, type Session } from './browser.ts';
import { E2E_ARTIFACTS } from './paths.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const EXAMPLES = [
  { name: 'ex-08a', title: /001 Ex 8A: housing development/ },
  { name: 'ex-03b', title: /001 Ex 3B: customer requests a looped/ },
  { name: 'ex-09', title: /001 Ex 9a\/9b: Minimum Scheme and an operator-requested/ },
];

describe('presentation mode at 1920 × 1080', () => {
  it.each(EXAMPLES)('every slide of $name carries the disclaimer and the figure', async (ex) => {
    session = await startSession();
    const { page } = session;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await loadExample(page, ex.title);
    await tab(page, 'Compare').click();
    const payable = (
      await page.getByTestId('pay-minimum-expected').innerText({ timeout: TIMEOUT })
    ).trim();
    await page.getByRole('button', { name: 'Present' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: TIMEOUT });
    const count = await dialog
      .getByRole('navigation', { name: 'Slides' })
      .getByRole('button')
      .count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) {
      const slide = dialog.getByTestId('slide');
      const foot = dialog.getByTestId('slide-foot');
      await expect(foot.innerText()).resolves.toMatch(/Budget estimate, not an offer/);
      await expect(foot.innerText()).resolves.toMatch(/Figures from .*V1\.7/);
      // The payable figure is on the slide or, on the what-if slide, in its comparison.
      await expect(dialog.innerText()).resolves.toMatch(/£[\d,]+\.\d\d/);
      if (i === 0) await expect(slide.innerText()).resolves.toContain(payable);
      const sizes = await page.evaluate(() => {
        const el = document.querySelector('[data-testid="slide"] p');
        const foot = document.querySelector('[data-testid="slide-foot"] p');
        return [el, foot].map((e) => (e ? parseFloat(getComputedStyle(e).fontSize) : 0));
      });
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(24);
      await page.screenshot({ path: join(E2E_ARTIFACTS, `slide-${ex.name}-${i + 1}.png`) });
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: TIMEOUT });
  });
});
