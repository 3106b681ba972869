/**
 * The last edit survives the page going away: close the tab, reload, or navigate away 0, 50,
 * 200 and 450 ms after typing (before the 500 ms autosave), in a grid cell and in a form
 * field; then open the app again and find the edit. FAULT_REPEATS (default 1) repeats each
 * case; `npm run faults` runs it 10 times and prints the table.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { cell, grid, tab, TIMEOUT, waitForSaved } from './app.ts';
import { startSession, type Session } from './browser.ts';
import { recordFault } from './faultTable.ts';

const REPEATS = Number(process.env.FAULT_REPEATS ?? '1');
const DELAYS = [0, 50, 200, 450];
const ACTIONS = ['close', 'reload', 'navigate'] as const;
const FIELDS = ['grid', 'form'] as const;

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** Accept the "leave site?" prompt a pending save raises, as a user leaving would. */
function acceptLeaving(page: Page): void {
  page.on('dialog', (dialog) => void dialog.accept());
}

async function edit(page: Page, field: (typeof FIELDS)[number], value: string): Promise<void> {
  if (field === 'grid') {
    await tab(page, 'Minimum Scheme').click();
    await cell(page, 'Description, line 1').click();
    await page.keyboard.type(value);
    await grid(page)
      .getByRole('textbox', { name: /Description, line 1/ })
      .waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Enter');
  } else {
    await tab(page, 'Details').click();
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.click();
    await title.fill('');
    await page.keyboard.type(value);
  }
}

async function shown(page: Page, field: (typeof FIELDS)[number]): Promise<string> {
  if (field === 'grid') {
    await tab(page, 'Minimum Scheme').click();
    return (await cell(page, 'Description, line 1').innerText()).trim();
  }
  await tab(page, 'Details').click();
  return page.getByRole('textbox', { name: 'Title' }).inputValue();
}

describe('the last edit survives the page going away', () => {
  it.each(ACTIONS)('%s at 0, 50, 200 and 450 ms after typing, grid and form', async (action) => {
    session = await startSession();
    const { context, appUrl } = session;
    let page = session.page;
    acceptLeaving(page);
    await waitForSaved(page);
    const lost: string[] = [];
    let n = 0;
    for (const field of FIELDS) {
      for (const delay of DELAYS) {
        for (let r = 0; r < REPEATS; r += 1) {
          n += 1;
          const value = `${action} ${field} ${delay} ms #${n}`;
          await edit(page, field, value);
          await page.waitForTimeout(delay);
          if (action === 'reload') {
            await page.reload();
          } else if (action === 'navigate') {
            await page.goto('about:blank');
            await page.goto(appUrl);
          } else {
            // Keep the browser open with another tab, close this one, open the app anew.
            const keep = await context.newPage();
            await page.close();
            page = keep;
            acceptLeaving(page);
            await page.goto(appUrl);
          }
          await waitForSaved(page);
          const got = await shown(page, field);
          const survived = got === value;
          if (!survived) lost.push(`${value}: found “${got}”`);
          recordFault(`${action} ${delay} ms after typing (${field})`, survived);
        }
      }
    }
    expect(lost).toEqual([]);
  });
});
