/**
 * Presentation mode on a 1920 × 1080 projector, for three estimates (no Enhanced Scheme;
 * customer-requested; operator-requested): every slide is screenshotted and carries the
 * disclaimer, the statement and the payable figure; every piece of text is at least 24 px and
 * chart text, as Chart.js resolved it, at least 18 px, with no all-zero series. The capacity
 * sweep is a slide of its own, and in Compare it is drawn and follows its slider.
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
    let sweepSlides = 0;
    for (let i = 0; i < count; i++) {
      const slide = dialog.getByTestId('slide');
      const foot = dialog.getByTestId('slide-foot');
      // The capacity sweep is worked out in the background: wait for its figures.
      await dialog
        .getByText('Working out the charge at other capacities')
        .waitFor({ state: 'detached', timeout: TIMEOUT });
      await expect(foot.innerText()).resolves.toMatch(/Budget estimate, not an offer/);
      await expect(foot.innerText()).resolves.toMatch(/Figures from .*V1\.7/);
      // The payable figure is on the slide or, on the what-if slide, in its comparison.
      await expect(dialog.innerText()).resolves.toMatch(/£[\d,]+\.\d\d/);
      if (i === 0) await expect(slide.innerText()).resolves.toContain(payable);
      // Every chart on the slide: drawn, with text of at least 18 px as Chart.js resolved it,
      // and no series that is all zero.
      const canvases = slide.locator('canvas');
      const charts = await canvases.count();
      if (i < 3) expect(charts, `slide ${i + 1} has a chart`).toBeGreaterThanOrEqual(1);
      for (let c = 0; c < charts; c++) {
        const canvas = canvases.nth(c);
        await page.waitForFunction(
          (el) => el !== null && (el as HTMLCanvasElement).dataset.minFontPx !== undefined,
          await canvas.elementHandle(),
          { timeout: TIMEOUT },
        );
        const px = Number(await canvas.getAttribute('data-min-font-px'));
        expect(px, `slide ${i + 1} chart ${c + 1} text`).toBeGreaterThanOrEqual(18);
        await expect(canvas.getAttribute('data-zero-series')).resolves.toBe('0');
      }
      // Every visible piece of text on the slide and its footer is at least 24 px.
      const smallest = await page.evaluate(() => {
        const roots = document.querySelectorAll(
          '[data-testid="slide"], [data-testid="slide-foot"]',
        );
        let min = Infinity;
        let where = '';
        for (const root of roots) {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (!el || !n.textContent?.trim() || el.getClientRects().length === 0) continue;
            const size = parseFloat(getComputedStyle(el).fontSize);
            if (size < min) [min, where] = [size, n.textContent.trim().slice(0, 40)];
          }
        }
        return { min, where };
      });
      expect(smallest.min, `smallest text: “${smallest.where}”`).toBeGreaterThanOrEqual(24);
      const title = await slide.getAttribute('aria-label');
      if (title === 'More or less capacity') {
        await expect(
          dialog.getByTestId('presentation-sweep-ten-percent').innerText(),
        ).resolves.toMatch(/^Asking for 10 % less .* you would pay £[\d,]+\.\d\d/);
        sweepSlides++;
      }
      await page.screenshot({ path: join(E2E_ARTIFACTS, `slide-${ex.name}-${i + 1}.png`) });
      await page.keyboard.press('ArrowRight');
    }
    expect(sweepSlides, 'the capacity sweep slide').toBe(1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: TIMEOUT });
  });
});

describe('the capacity sweep in Compare', () => {
  it.each([
    { width: 1400, height: 900 },
    { width: 390, height: 844 },
  ])('is drawn and follows the slider at $width px', async (size) => {
    session = await startSession();
    const { page } = session;
    await page.setViewportSize(size);
    await loadExample(page, EXAMPLES[0]!.title);
    await tab(page, 'Compare').click();
    const sweep = page.getByTestId('capacity-sweep');
    await sweep.waitFor({ timeout: TIMEOUT });
    await expect(sweep.getByTestId('sweep-ten-percent').innerText()).resolves.toMatch(
      /^Asking for 10 % less \(1,800 kVA instead of 2,000 kVA\), you would pay £[\d,]+\.\d\d/,
    );
    const canvas = sweep.getByTestId('chart-capacity-sweep');
    await page.waitForFunction(
      (el) => el !== null && (el as HTMLCanvasElement).dataset.minFontPx !== undefined,
      await canvas.elementHandle(),
      { timeout: TIMEOUT },
    );
    const before = await sweep.getByTestId('sweep-selected').innerText();
    expect(before).toMatch(/^At 2,000 kVA \(100 % of today's request\) you would pay £/);
    await sweep.getByRole('slider', { name: 'Try a capacity' }).focus();
    await page.keyboard.press('Home');
    await expect(sweep.getByTestId('sweep-selected').innerText()).resolves.toMatch(
      /^At 500 kVA \(25 % of today's request\) you would pay £/,
    );
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    await sweep.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(E2E_ARTIFACTS, `sweep-compare-${size.width}.png`) });
  });
});
