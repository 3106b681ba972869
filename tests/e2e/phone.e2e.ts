/**
 * On a phone (390 × 844): no tab scrolls sideways (wide tables scroll inside their own
 * box), and "what you pay" is on the first screen of every tab.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tab, TIMEOUT } from './app.ts';
import { startSession, type Session } from './browser.ts';
import { E2E_ARTIFACTS } from './paths.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('phone layout at 390 × 844', () => {
  it('has no sideways scroll and shows what you pay on every tab', async () => {
    session = await startSession();
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    const nav = page.getByRole('navigation', { name: 'Estimate sections' });
    await nav.waitFor({ timeout: TIMEOUT });
    const labels = await nav.getByRole('button').allInnerTexts();
    expect(labels.length).toBeGreaterThanOrEqual(5);
    const bar = page.getByTestId('payable-bar');
    for (const label of labels) {
      await tab(page, label.trim()).click();
      await expect(tab(page, label.trim()).getAttribute('aria-current')).resolves.toBe('page');
      // Let lazily loaded views and their tables arrive.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      expect(widths.scroll, `${label}: page width`).toBeLessThanOrEqual(widths.inner);
      await page.evaluate(() => window.scrollTo(0, 0));
      const box = await bar.boundingBox();
      expect(box, `${label}: what you pay`).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
      await expect(bar.innerText()).resolves.toMatch(/What you pay.*£[\d,]+\.\d\d/s);
      await page.screenshot({
        path: join(E2E_ARTIFACTS, `phone-${label.trim().replace(/\W+/g, '-')}.png`),
      });
    }
  });
});
