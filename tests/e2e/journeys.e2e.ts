/**
 * Whole journeys a user makes, in Chromium. The session fails on any page error, console
 * error or Content-Security-Policy violation (see browser.ts), checked after each journey.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cell,
  chargeRow,
  expectedCharge,
  grid,
  loadExample,
  pence,
  tab,
  TIMEOUT,
  waitForSaved,
} from './app.ts';
import { startSession, type Session } from './browser.ts';
import { flat, readPdfDownload } from './pdf.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function lineCount(page: Page): Promise<number> {
  // The scheme's view is fetched when first opened: count once its grid is there.
  await grid(page).waitFor({ timeout: TIMEOUT });
  return grid(page)
    .getByRole('gridcell', { name: /(^|\s)Description, line \d+$/ })
    .count();
}

async function typeInto(page: Page, name: string, value: string): Promise<void> {
  await cell(page, name).click();
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
  await cell(page, name).getByText(value, { exact: true }).waitFor({ timeout: TIMEOUT });
}

describe('journeys', () => {
  it('a customer starts from a starter, changes the details, edits the grid and exports a PDF', async () => {
    session = await startSession();
    const { page } = session;
    await waitForSaved(page);
    await loadExample(page, /^Starter: a single house/);
    await tab(page, 'Details').click();
    const title = page.getByLabel('Title', { exact: true });
    await title.fill('Granary barn conversion');
    await page.getByLabel('Postcode', { exact: true }).fill('SY23 1AB');
    await tab(page, 'Minimum Scheme').click();
    const before = pence(await expectedCharge(page));
    await typeInto(page, 'Quantity, line 2', '12');
    await expect.poll(async () => pence(await expectedCharge(page))).not.toBe(before);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const pdf = await readPdfDownload(download);
    const first = flat(pdf.pages[0] ?? '');
    expect(first).toContain('Granary barn conversion');
    expect(first).toMatch(/not a formal connection offer/i);
    session.expectNoProblems();
  });

  it('a generator reaches the £200/kW high-cost threshold (001 §4.17)', async () => {
    session = await startSession();
    const { page } = session;
    await waitForSaved(page);
    await loadExample(page, /^001 Ex 5: embedded generator/);
    await tab(page, 'Minimum Scheme').click();
    const totals = page.getByRole('region', { name: 'Minimum Scheme totals' });
    await chargeRow(page).waitFor({ timeout: TIMEOUT });
    expect(await totals.getByText(/High-cost threshold reached/).count()).toBe(0);
    const before = pence(await expectedCharge(page));
    // A small export capacity lowers the threshold (£200 × kW) below the reinforcement.
    await tab(page, 'Details').click();
    await page.getByLabel('Export capacity, kW').fill('10');
    await tab(page, 'Minimum Scheme').click();
    await totals.getByText(/High-cost threshold reached/).waitFor({ timeout: TIMEOUT });
    expect(pence(await expectedCharge(page))).toBeGreaterThan(before);
    session.expectNoProblems();
  });

  it('a sales meeting: a worked example, compare, a what-if and presentation mode', async () => {
    session = await startSession();
    const { page } = session;
    await waitForSaved(page);
    await loadExample(page, /^001 Ex 3B/);
    await tab(page, 'Compare').click();
    await page
      .getByRole('heading', { name: 'Minimum and Enhanced Schemes side by side' })
      .waitFor({ timeout: TIMEOUT });
    const whatIf = page.getByRole('region', { name: 'What if…' });
    await whatIf.getByLabel('Required capacity (kVA)', { exact: true }).fill('1200');
    await whatIf.getByRole('row', { name: /You pay/ }).waitFor({ timeout: TIMEOUT });
    await whatIf.getByRole('button', { name: 'Apply to the draft' }).click();
    await page.getByRole('button', { name: /^Undo$/ }).waitFor({ timeout: TIMEOUT });
    await page.getByRole('button', { name: 'Present' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: TIMEOUT });
    // The slide list names every slide; Next (in the slide controls) walks them in order.
    const list = dialog.getByRole('navigation', { name: 'Slides' }).getByRole('button');
    const count = await list.count();
    expect(count).toBeGreaterThanOrEqual(3);
    const next = dialog
      .getByRole('navigation', { name: 'Slide controls' })
      .getByRole('button', { name: 'Next' });
    for (let i = 0; i < count; i++) {
      await expect(list.nth(i).getAttribute('aria-current')).resolves.toBe('step');
      if (i < count - 1) await next.click();
    }
    expect(await next.isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Leave presentation' }).click();
    await dialog.waitFor({ state: 'detached', timeout: TIMEOUT });
    session.expectNoProblems();
  });

  it('a grid workout: paste, undo, redo, delete rows, cut', async () => {
    session = await startSession();
    const { page } = session;
    await waitForSaved(page);
    await tab(page, 'Minimum Scheme').click();
    // The scheme's view is fetched when first opened: count its lines once the grid is there.
    await grid(page).waitFor({ timeout: TIMEOUT });
    const start = await lineCount(page);
    await cell(page, `Description, line ${start}`).click();
    await page.keyboard.press('ArrowDown');
    // A paste through the clipboard event, as Ctrl+V from Excel delivers it.
    const paste = (text: string) =>
      page.evaluate((t) => {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        document.activeElement?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }, text);
    await cell(page, `Description, line ${start}`).click();
    await paste('HV joint\t\t2\teach\t950\r\nBad\t\tten\tm\t5\r\n');
    await expect.poll(() => lineCount(page)).toBe(start + 1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => lineCount(page)).toBe(start);
    await page.getByText('Undone: Paste').waitFor({ timeout: TIMEOUT });
    expect(await grid(page).locator('[aria-invalid="true"]').count()).toBe(0);
    await page.keyboard.press('Control+y');
    await expect.poll(() => lineCount(page)).toBe(start + 1);
    // Delete two rows at once.
    await cell(page, 'Description, line 1').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Alt+Delete');
    await expect.poll(() => lineCount(page)).toBe(start - 1);
    // Cut a cell: its text goes to the clipboard event and the cell clears.
    await cell(page, 'Description, line 1').click();
    const cut = await page.evaluate(() => {
      const data = new DataTransfer();
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('cut', { clipboardData: data, bubbles: true, cancelable: true }),
      );
      return data.getData('text/plain');
    });
    expect(cut.length).toBeGreaterThan(0);
    await page.getByText(/^Cut 1 cell/).waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Control+z');
    await cell(page, 'Description, line 1').getByText(cut).waitFor({ timeout: TIMEOUT });
    session.expectNoProblems();
  });
});
