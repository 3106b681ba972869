/**
 * On a phone (390 × 844): no tab scrolls sideways (wide tables scroll inside their own
 * box), every tab fits the screen, "what you pay" is on the first screen of every tab, the
 * "?" of an expert term opens along the bottom of the screen, and the cost-line grid can be
 * edited by touch with the on-screen keyboard.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { cell, grid, openExample3, tab, TIMEOUT, waitForSaved } from './app.ts';
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
    // The section tabs only, not the "?" beside a tab named by an expert term.
    const tabs = nav.locator('button.tab');
    const labels = await tabs.allInnerTexts();
    expect(labels.length).toBeGreaterThanOrEqual(5);
    // Every tab, with the "?" beside it, fits on the phone's screen.
    for (const box of await tabs.evaluateAll((els) =>
      els.map((el) => {
        const r = (el.parentElement ?? el).getBoundingClientRect();
        return { text: el.textContent, left: r.left, right: r.right, width: r.width };
      }),
    )) {
      expect(box.width, `${box.text}: tab width`).toBeLessThanOrEqual(390);
      expect(box.left, `${box.text}: tab's left edge`).toBeGreaterThanOrEqual(0);
      expect(box.right, `${box.text}: tab's right edge`).toBeLessThanOrEqual(390);
    }
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

describe('the "?" of an expert term at 390 × 844', () => {
  it('beside a tab and in a grid heading, opens along the bottom of the screen, inside its edges', async () => {
    session = await startSession();
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await openExample3(page);
    await tab(page, 'Minimum Scheme').click();
    await grid(page).waitFor({ timeout: TIMEOUT });
    const nav = page.getByRole('navigation', { name: 'Estimate sections' });
    const contestable = grid(page).getByRole('columnheader', { name: 'Contestable', exact: true });
    const helps: [string, Locator][] = [
      ['Minimum Scheme tab', nav.getByRole('button', { name: 'What does “Minimum Scheme” mean?' })],
      [
        'Enhanced Scheme tab',
        nav.getByRole('button', { name: 'What does “Enhanced Scheme” mean?' }),
      ],
      [
        'Contestable heading',
        contestable.getByRole('button', { name: 'What does “Contestable work” mean?' }),
      ],
    ];
    for (const [where, help] of helps) {
      await help.click();
      await expect(help.getAttribute('aria-expanded')).resolves.toBe('true');
      const id = await help.getAttribute('aria-controls');
      const meaning = page.locator(`[id="${id}"]`);
      await expect(meaning.innerText()).resolves.toMatch(/\w+: \w/);
      const box = await meaning.boundingBox();
      expect(box, `${where}: its meaning`).not.toBeNull();
      expect(box!.x, `${where}: left edge`).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `${where}: right edge`).toBeLessThanOrEqual(390);
      // Along the bottom of the screen, whole.
      expect(box!.y + box!.height, `${where}: bottom edge`).toBeLessThanOrEqual(844);
      expect(box!.y + box!.height, `${where}: along the bottom`).toBeGreaterThan(844 - 20);
      expect(box!.y, `${where}: top edge`).toBeGreaterThanOrEqual(0);
      const widths = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(widths, `${where}: page width with the meaning open`).toBeLessThanOrEqual(390);
      await page.screenshot({
        path: join(E2E_ARTIFACTS, `phone-term-${where.replace(/\W+/g, '-')}.png`),
      });
      await help.click();
      await expect(help.getAttribute('aria-expanded')).resolves.toBe('false');
    }
  });
});

describe('grid editing by touch at 390 × 844', () => {
  it('a tap opens the cell for the on-screen keyboard; Enter and leaving the cell keep the value', async () => {
    session = await startSession({ touch: true });
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    // The stored draft has opened (the grid is not replaced under the tap).
    await waitForSaved(page);
    await tab(page, 'Minimum Scheme').click();
    const quantity = cell(page, 'Quantity, line 1');
    await quantity.waitFor({ timeout: TIMEOUT });
    // One tap (which scrolls the cell into view) opens an input; a quantity asks for the number pad.
    await quantity.tap();
    const input = quantity.locator('input');
    await input.waitFor({ timeout: TIMEOUT });
    await expect(input.getAttribute('inputmode')).resolves.toBe('decimal');
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // The on-screen keyboard types with insertText; the tap selected the old value, so it is replaced.
    await page.keyboard.insertText('7');
    await page.keyboard.press('Enter');
    await expect(input.count()).resolves.toBe(0);
    await expect(quantity.innerText()).resolves.toMatch(/^\s*7\s*$/);
    // A tap on another cell, typing, then a tap elsewhere (the input loses focus) keeps the value.
    const description = cell(page, 'Description, line 1');
    await description.tap();
    const text = description.locator('input');
    await text.waitFor({ timeout: TIMEOUT });
    await expect(text.getAttribute('inputmode')).resolves.toBe('text');
    await page.keyboard.insertText('Service cable by touch');
    await page.getByRole('heading', { level: 1 }).first().tap();
    await expect(text.count()).resolves.toBe(0);
    await expect(description.innerText()).resolves.toContain('Service cable by touch');
    await quantity.tap();
    await expect(quantity.locator('input').inputValue()).resolves.toBe('7');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: join(E2E_ARTIFACTS, 'phone-grid-touch.png') });
  });
});
