/**
 * Shared by the Chromium benchmarks (browser.bench.ts, grid.bench.ts): a page script that
 * records when the Minimum Scheme's charge changes, adding lines by pasting a block, and
 * the edit-to-totals latencies of the key that opens the editor and of typing in it.
 */
import type { Page } from 'playwright-core';
import { cellName } from '../tests/e2e/app';

export const TIMEOUT = 120_000;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;

/**
 * Records, in the page, when the first figures show (the Quick estimate's range on a first
 * visit, else the Minimum Scheme's charge) and each time the Minimum Scheme's charge changes. A string, not a function: tsx's name-keeping helpers do not exist in the page.
 */
export const WATCH_CHARGE = `
(() => {
  window.__chargeChanges = [];
  window.__lastKeyAt = 0;
  window.addEventListener('keydown', () => { window.__lastKeyAt = performance.now(); }, true);
  let last = '';
  const read = () => {
    // A first visit shows the Quick estimate's range first; a returning one, the grid's totals.
    const quick = document.querySelector('[data-testid="quick-range"]');
    if (window.__firstFigures === undefined && quick && /£\\d/.test(quick.textContent)) {
      window.__firstFigures = performance.now();
    }
    const row = [...document.querySelectorAll('section.totals tr')].find((r) =>
      r.textContent.includes('Your charge, excluding VAT'),
    );
    const text = row ? row.textContent : '';
    if (!/£\\d/.test(text) || text === last) return;
    const isFirst = last === '';
    last = text;
    const now = performance.now();
    if (window.__firstFigures === undefined) window.__firstFigures = now;
    else if (!isFirst) window.__chargeChanges.push(now - window.__lastKeyAt);
  };
  new MutationObserver(read).observe(document, { subtree: true, childList: true, characterData: true });
})();
`;

export type Scheme = 'Minimum' | 'Enhanced';

/**
 * After the page loads: waits until the stored draft has taken the first screen's place
 * (a first visit lands on the Quick estimate), then opens the Minimum Scheme's grid and
 * waits for its charge (WATCH_CHARGE, when installed, records it as the first figures).
 */
export async function openMinimumScheme(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[aria-label="Save status"]')?.textContent?.trim().startsWith('Saved'),
    null,
    { timeout: TIMEOUT },
  );
  await page
    .getByRole('navigation', { name: 'Estimate sections' })
    .getByRole('button', { name: 'Minimum Scheme', exact: true })
    .click();
  await gridOf(page, 'Minimum').locator('tbody tr.line-row').first().waitFor({ timeout: TIMEOUT });
}

const gridOf = (page: Page, scheme: Scheme) =>
  page.getByRole('grid', { name: `${scheme} Scheme cost lines` });

/** A scheme's line count, rendered or not: the grid's aria-rowcount less the heading row. */
export async function lineCount(page: Page, scheme: Scheme = 'Minimum'): Promise<number> {
  return Number(await gridOf(page, scheme).getAttribute('aria-rowcount')) - 1;
}

function rows(count: number, from: number): string {
  return Array.from(
    { length: count },
    (_, i) => `Bench line ${from + i}\t\t${(i % 9) + 1}\tm\t${100 + (i % 50)}`,
  ).join('\r\n');
}

/** Adds `count` lines below the last one by pasting a block, as from a spreadsheet. */
export async function addLines(page: Page, count: number, scheme: Scheme = 'Minimum') {
  const grid = gridOf(page, scheme);
  const existing = await lineCount(page, scheme);
  if (existing > 0) {
    // A long grid renders only the lines in view: from line 1, Ctrl+End reaches the last.
    await grid.getByRole('gridcell', { name: cellName('Description, line 1') }).click();
    await page.keyboard.press('Control+End');
    await grid
      .getByRole('gridcell', { name: cellName(`Description, line ${existing}`) })
      .waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Alt+N');
  } else {
    await page.getByRole('button', { name: 'Add line', exact: true }).first().click();
  }
  const first = grid.getByRole('gridcell', { name: cellName(`Description, line ${existing + 1}`) });
  await first.waitFor({ timeout: TIMEOUT });
  await first.evaluate(
    (el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    rows(count, existing + 1),
  );
  await page.waitForFunction(
    ([name, n]) =>
      document
        .querySelector(`[role="grid"][aria-label="${name}"]`)
        ?.getAttribute('aria-rowcount') === String(n),
    [`${scheme} Scheme cost lines`, existing + count + 1] as const,
    { timeout: TIMEOUT },
  );
  // The paste leaves the last pasted line active, far down a long grid, which renders only
  // the lines in view: go back to line 1, where the edits are made.
  await page.keyboard.press('Control+Home');
  await grid
    .getByRole('gridcell', { name: cellName('Quantity, line 1') })
    .waitFor({ timeout: TIMEOUT });
}

/**
 * Edits the quantity of line 1 as one would: a first digit opens the in-cell editor, a
 * second digit changes the value again (the totals follow as one types), Enter keeps it.
 * Both latencies are kept: from the key press to the new charge on screen.
 */
export async function editLatencies(
  page: Page,
  edits: number,
): Promise<{ opening: number[]; typing: number[] }> {
  const cell = gridOf(page, 'Minimum').getByRole('gridcell', {
    name: cellName('Quantity, line 1'),
  });
  const changes = () =>
    page.evaluate(() => (window as unknown as { __chargeChanges: number[] }).__chargeChanges);
  const reset = () =>
    page.evaluate(() => {
      (window as unknown as { __chargeChanges: number[] }).__chargeChanges = [];
    });
  const waitForChange = () =>
    page.waitForFunction(
      () => (window as unknown as { __chargeChanges: number[] }).__chargeChanges.length > 0,
      null,
      { timeout: TIMEOUT },
    );
  // Untimed: line 1 starts at 17, so the first timed "1" changes the charge (the first
  // visit's example has a quantity of 1 there).
  await cell.click();
  await page.keyboard.type('17');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  const opening: number[] = [];
  const typing: number[] = [];
  for (let i = 0; i < edits; i++) {
    await cell.click();
    await page.waitForTimeout(50);
    await reset();
    await page.keyboard.press('1'); // 17 or 18 becomes 1
    await waitForChange();
    opening.push((await changes())[0]!);
    await page.waitForTimeout(50);
    await reset();
    await page.keyboard.press(String(7 + (i % 2))); // 1 becomes 17 or 18
    await waitForChange();
    typing.push((await changes())[0]!);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(50);
  }
  return { opening, typing };
}
