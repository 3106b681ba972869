/**
 * Keyboard-only use of the editor, and two tabs on one draft.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { cell, expectedCharge, openExample3, tab, TIMEOUT, waitForSaved } from './app.ts';
import { startSession, type Session } from './browser.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** What has the keyboard focus: its role and accessible name as the page sets them. */
async function focused(page: Page): Promise<{ role: string; label: string; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '',
      label: el?.getAttribute('aria-label') ?? '',
      text: el?.textContent?.trim() ?? '',
    };
  });
}

/** Presses a key until the focus matches, at most `max` times. */
async function pressUntil(
  page: Page,
  key: string,
  match: (f: { role: string; label: string; text: string }) => boolean,
  max = 80,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (match(await focused(page))) return;
  }
  throw new Error(
    `Pressing ${key} ${max} times never reached the element; at ${JSON.stringify(await focused(page))}`,
  );
}

describe('keyboard only', () => {
  it('reaches the grid with Tab, moves with arrows, types, keeps with Enter and switches tabs', async () => {
    session = await startSession();
    const { page } = session;
    await openExample3(page);
    const before = await expectedCharge(page);

    await pressUntil(page, 'Tab', (f) => f.role === 'gridcell');
    expect((await focused(page)).label).toBe('Description, line 1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).label).toBe('Quantity, line 1');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).label).toBe('Quantity, line 2');
    await page.keyboard.press('ArrowUp');
    const old = (await cell(page, 'Quantity, line 1').innerText()).trim();
    const value = old === '23' ? '29' : '23';
    await page.keyboard.type(value);
    expect(await focused(page)).toMatchObject({ role: 'input', label: 'Quantity, line 1' });
    await page.keyboard.press('Enter');
    // Enter keeps the value and moves down, like a spreadsheet.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('aria-label') === 'Quantity, line 2',
      undefined,
      { timeout: TIMEOUT },
    );
    await expect(cell(page, 'Quantity, line 1').innerText()).resolves.toBe(value);
    expect(await expectedCharge(page)).not.toBe(before);

    // Back to the section tabs with Shift+Tab; Enter opens Compare.
    await pressUntil(page, 'Shift+Tab', (f) => f.role === 'button' && f.text === 'Compare');
    await page.keyboard.press('Enter');
    await expect(tab(page, 'Compare').getAttribute('aria-current')).resolves.toBe('page');
    await page.getByTestId('chart-scheme-breakdown').waitFor({ timeout: TIMEOUT });
    await pressUntil(page, 'Shift+Tab', (f) => f.role === 'button' && f.text === 'Details');
    await page.keyboard.press('Enter');
    await expect(tab(page, 'Details').getAttribute('aria-current')).resolves.toBe('page');
  });
});

describe('two tabs on one draft', () => {
  it("an idle tab quietly shows the other tab's save; edits made in both at once are a conflict", async () => {
    session = await startSession();
    const first = session.page;
    await openExample3(first);
    await expectedCharge(first);
    const second = await session.openPage();
    await expectedCharge(second);
    await waitForSaved(second);
    const title = await first.getByRole('heading', { level: 1 }).innerText();
    await expect(second.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(title);

    // Only the first tab edits: the second, with no edits of its own, loads that version
    // and says nothing is wrong.
    await cell(first, 'Description, line 1').click();
    await first.keyboard.type('Changed in the first tab');
    await first.keyboard.press('Enter');
    await waitForSaved(first);
    await cell(second, 'Description, line 1')
      .getByText('Changed in the first tab')
      .waitFor({ timeout: TIMEOUT });
    expect(await second.getByText('This draft was changed in another tab').count()).toBe(0);
    await waitForSaved(second);

    // Both edit before either has saved (one quick fill each, well inside the half-second
    // before a save): the tab whose save comes second is told, and overwrites nothing.
    for (const page of [first, second]) await tab(page, 'Details').click();
    const titleBox = (page: typeof first) => page.getByRole('textbox', { name: 'Title' });
    await Promise.all([titleBox(first).fill('Both: first'), titleBox(second).fill('Both: second')]);
    const told = async (page: typeof first) => {
      await page
        .getByRole('alert')
        .filter({
          has: page.getByRole('heading', { name: 'This draft was changed in another tab' }),
        })
        .waitFor({ timeout: TIMEOUT });
      return page;
    };
    const loser = await Promise.race([told(first), told(second)]);
    const winner = loser === first ? second : first;
    await loser
      .getByRole('status', { name: 'Save status' })
      .getByText(/Not saved/)
      .waitFor({ timeout: TIMEOUT });
    expect(await winner.getByText('This draft was changed in another tab').count()).toBe(0);
    // The tab that was told still shows its own edit: nothing was thrown away.
    await expect(titleBox(loser).inputValue()).resolves.toBe(
      loser === first ? 'Both: first' : 'Both: second',
    );

    // The other tab's edit is what is stored: reload and see it.
    await loser.reload();
    await tab(loser, 'Details').click();
    // Until storage has opened the draft, the page shows the built-in example: wait for it.
    await expect
      .poll(() => titleBox(loser).inputValue(), { timeout: TIMEOUT })
      .toBe(winner === first ? 'Both: first' : 'Both: second');
  });
});
