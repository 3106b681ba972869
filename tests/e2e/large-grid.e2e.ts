/**
 * A 2,000-line estimate in the browser: the grid puts only the lines in view (plus an
 * overscan) in the page, keeps the ARIA grid's row count and indexes, keeps focus on a
 * line scrolled out of view, reaches the last line with Ctrl+End, and an edit there updates
 * the totals. Switching views back and forth does not grow the heap. (Speed is measured in
 * `npm run bench`, not here.)
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { cell, expectedCharge, grid, openExample3, tab, TIMEOUT } from './app.ts';
import { startSession, type Session } from './browser.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const LINES = 2000;

/** How many cost lines the grid has, rendered or not (its aria-rowcount, less the headings). */
async function lineCount(page: Page): Promise<number> {
  return Number(await grid(page).getAttribute('aria-rowcount')) - 1;
}

const rowsText = (from: number, count: number) =>
  Array.from(
    { length: count },
    (_, i) => `Large line ${from + i}\t\t${(i % 9) + 1}\tm\t${100 + (i % 50)}`,
  ).join('\r\n');

/** Pastes text at the focused cell, as from a spreadsheet. */
async function pasteAt(page: Page, where: string, text: string): Promise<void> {
  await cell(page, where).evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** Pastes rows below the last line until the Minimum Scheme has `total` lines. */
async function fillTo(page: Page, total: number): Promise<void> {
  const existing = await lineCount(page);
  await cell(page, `Description, line ${existing}`).click();
  await page.keyboard.press('Alt+N');
  await cell(page, `Description, line ${existing + 1}`).waitFor({ timeout: TIMEOUT });
  await pasteAt(
    page,
    `Description, line ${existing + 1}`,
    rowsText(existing + 1, total - existing),
  );
  await page.waitForFunction(
    (n) =>
      document
        .querySelector('[role="grid"][aria-label="Minimum Scheme cost lines"]')
        ?.getAttribute('aria-rowcount') === String(n + 1),
    total,
    { timeout: 60_000 },
  );
}

/** The focused element's data-row (the line index) and its accessible name's end. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      row: el?.dataset.row ?? null,
      rowIndex: el?.closest('tr')?.getAttribute('aria-rowindex') ?? null,
      label: el?.getAttribute('aria-label') ?? '',
      connected: el?.isConnected ?? false,
    };
  });
}

const renderedLineRows = (page: Page) => grid(page).locator('tbody tr.line-row').count();

describe('a 2,000-line grid', () => {
  it('renders a bounded window, keeps focus, reaches the last line, and edits there', async () => {
    session = await startSession();
    const { page } = session;
    // A new user lands on the Quick estimate: open a worked example's grid to grow it.
    await openExample3(page);
    await fillTo(page, LINES);
    expect(await lineCount(page)).toBe(LINES);

    // Only a window of the lines is in the page, whatever the estimate's length.
    const rendered = await renderedLineRows(page);
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(
      15_000,
    );
    // Rendered rows carry their place in the whole grid.
    const indexes = await grid(page)
      .locator('tbody tr.line-row')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('aria-rowindex'))));
    expect(indexes.every((n, i) => i === 0 || n > indexes[i - 1]!)).toBe(true);

    // After the paste the last pasted line is active, far down: Ctrl+Home goes back up.
    await page.keyboard.press('Control+Home');
    await expect.poll(() => focused(page), { timeout: TIMEOUT }).toMatchObject({ row: '0' });

    // A paste past the line cap says so and changes nothing.
    await cell(page, 'Description, line 1').click();
    await pasteAt(page, 'Description, line 1', rowsText(1, 5001));
    await expect
      .poll(() => grid(page).locator('xpath=../..').getByRole('status').innerText())
      .toMatch(/at most 5,000 lines, and this would make 5,001\. Nothing was pasted/);
    expect(await lineCount(page)).toBe(LINES);

    // Ctrl+End: the last cell of the last line, focused and in the page.
    await cell(page, 'Quantity, line 1').click();
    await page.keyboard.press('Control+End');
    await expect
      .poll(() => focused(page), { timeout: TIMEOUT })
      .toMatchObject({ row: String(LINES - 1), rowIndex: String(LINES + 1), connected: true });
    expect((await focused(page)).label).toMatch(/, line 2000$/);
    expect(await renderedLineRows(page)).toBeLessThan(100);

    // An edit on the last line updates the totals; undo puts them back exactly.
    const before = await expectedCharge(page);
    await cell(page, 'Quantity, line 2000').click();
    await page.keyboard.type('250');
    await page.keyboard.press('Enter');
    await expect.poll(() => expectedCharge(page), { timeout: TIMEOUT }).not.toBe(before);
    await cell(page, 'Quantity, line 2000').getByText('250', { exact: true }).waitFor();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => expectedCharge(page), { timeout: TIMEOUT }).toBe(before);

    // Focus stays on a line scrolled far out of view, and the keys go on from it.
    await cell(page, 'Unit, line 2000').click();
    await grid(page).evaluate((table) => {
      (table.parentElement as HTMLElement).scrollTop = 0;
    });
    await expect
      .poll(() => grid(page).locator('tbody tr.line-row').first().getAttribute('aria-rowindex'))
      .toBe('2');
    expect(await focused(page)).toMatchObject({ row: String(LINES - 1), connected: true });
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(() => focused(page), { timeout: TIMEOUT })
      .toMatchObject({ row: String(LINES - 2), connected: true });
    expect((await focused(page)).label).toMatch(/^Unit, line 1999$/);
    // Ctrl+Home goes back to the first line.
    await page.keyboard.press('Control+Home');
    await expect.poll(() => focused(page), { timeout: TIMEOUT }).toMatchObject({ row: '0' });
    session.expectNoProblems();
  });

  it('20 round trips Minimum Scheme → Details → Minimum Scheme keep the heap within 10 % of the first', async () => {
    session = await startSession();
    const { page } = session;
    // A new user lands on the Quick estimate: open a worked example's grid to grow it.
    await openExample3(page);
    await fillTo(page, LINES);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapAfterGc = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
    };
    const roundTrip = async () => {
      await tab(page, 'Details').click();
      await expect.poll(() => grid(page).count(), { timeout: TIMEOUT }).toBe(0);
      await tab(page, 'Minimum Scheme').click();
      await cell(page, 'Description, line 1').waitFor({ timeout: TIMEOUT });
    };
    await roundTrip();
    const first = await heapAfterGc();
    for (let i = 2; i <= 20; i += 1) await roundTrip();
    const last = await heapAfterGc();
    expect(last / first).toBeLessThan(1.1);
    session.expectNoProblems();
  });
});
