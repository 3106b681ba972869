/**
 * Editing the estimate in the browser: a cell by keyboard, a pasted block from a
 * spreadsheet, the comparison charts, the draft surviving a reload, and the PDF export.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cell,
  expectedCharge,
  grid,
  loadExample,
  openExample3,
  pence,
  tab,
  TIMEOUT,
  waitForSaved,
} from './app.ts';
import { startSession, type Session } from './browser.ts';
import { flat, readPdfDownload } from './pdf.ts';
import { largeEstimate } from '../export/fixtures.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** Types a new value into a grid cell by keyboard and keeps it with Enter. */
async function typeInto(page: Page, name: string, value: string): Promise<void> {
  await cell(page, name).click();
  await page.keyboard.type(value);
  await grid(page).getByRole('textbox', { name }).waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  await cell(page, name).getByText(value, { exact: true }).waitFor({ timeout: TIMEOUT });
}

async function lineCount(page: Page): Promise<number> {
  // The scheme's view is fetched when first opened: count once its grid is there.
  await grid(page).waitFor({ timeout: TIMEOUT });
  return grid(page)
    .getByRole('gridcell', { name: /(^|\s)Description, line \d+$/ })
    .count();
}

/** The chart's pixels as a data URL, once it has stopped changing (animations end). */
async function settledChart(page: Page, testId: string): Promise<string> {
  const canvas = page.getByTestId(testId);
  await canvas.waitFor({ timeout: TIMEOUT });
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = await canvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL('image/png'));
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(150);
  }
  throw new Error(`The chart ${testId} never stopped changing`);
}

/** How many pixels of the canvas are painted at all (the background is transparent). */
async function paintedPixels(page: Page, testId: string): Promise<{ painted: number; of: number }> {
  return page.getByTestId(testId).evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return { painted, of: canvas.width * canvas.height };
  });
}

describe('editing', () => {
  it('edits a cell by keyboard and the total changes', async () => {
    session = await startSession();
    const { page } = session;
    // Storage has opened the draft, so the grid is not replaced while the test works in it.
    await openExample3(page);
    const before = await expectedCharge(page);
    const quantity = (await cell(page, 'Quantity, line 1').innerText()).trim();
    const next = quantity === '37' ? '41' : '37';
    await typeInto(page, 'Quantity, line 1', next);
    await page.waitForFunction(
      (old) => {
        const row = [...document.querySelectorAll('section.totals tr')].find((r) =>
          r.textContent?.includes('Your charge, excluding VAT'),
        );
        return row !== undefined && !row.textContent?.includes(old);
      },
      before,
      { timeout: TIMEOUT },
    );
    expect(await expectedCharge(page)).not.toBe(before);
  });

  it('pastes a block of rows from a spreadsheet and gets new lines', async () => {
    session = await startSession();
    const { page } = session;
    // Storage has opened the draft, so the grid is not replaced while the test works in it.
    await openExample3(page);
    const before = await expectedCharge(page);
    const linesBefore = await lineCount(page);
    const last = `Description, line ${linesBefore}`;
    await cell(page, last).click();
    // Alt+N: a new, empty line below; paste into its first cell.
    await page.keyboard.press('Alt+N');
    const first = `Description, line ${linesBefore + 1}`;
    await cell(page, first).waitFor({ timeout: TIMEOUT });
    const tsv = [
      'Pasted trench\t\t12\tm\t85',
      'Pasted cable\t\t12\tm\t40',
      'Pasted joint\t\t2\teach\t350',
    ].join('\r\n');
    await cell(page, first).evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, tsv);
    await grid(page).getByText('Pasted joint').waitFor({ timeout: TIMEOUT });
    expect(await lineCount(page)).toBe(linesBefore + 3);
    await expect(cell(page, `Quantity, line ${linesBefore + 3}`).innerText()).resolves.toBe('2');
    await page
      .getByRole('status')
      .getByText(/Pasted 3 rows × 5 columns, added 2 lines/)
      .waitFor({ timeout: TIMEOUT });
    // £85 × 12 + £40 × 12 + £350 × 2 = £2,200 of new cost: the charge goes up.
    expect(pence(await expectedCharge(page))).toBeGreaterThan(pence(before));
  });

  it('draws the comparison charts and redraws them after an edit', async () => {
    session = await startSession();
    const { page } = session;
    // Storage has opened the draft, so the grid is not replaced while the test works in it.
    await openExample3(page);
    await expectedCharge(page);
    // An example with Reinforcement apportioned by CAFs, so the third chart has bars too.
    await loadExample(page, /001 Ex 8A/);
    await tab(page, 'Compare').click();
    const ids = ['chart-scheme-breakdown', 'chart-scheme-range', 'chart-rsn-split'];
    const before: Record<string, string> = {};
    for (const id of ids) {
      before[id] = await settledChart(page, id);
      const { painted, of } = await paintedPixels(page, id);
      // Bars, axes and labels: far more than a few stray pixels, far less than all of it.
      expect(painted, id).toBeGreaterThan(of / 100);
      expect(painted, id).toBeLessThan(of);
    }
    await tab(page, 'Minimum Scheme').click();
    const quantity = (await cell(page, 'Quantity, line 1').innerText()).trim();
    await typeInto(page, 'Quantity, line 1', quantity === '50' ? '60' : '50');
    await tab(page, 'Compare').click();
    const after = await settledChart(page, 'chart-scheme-breakdown');
    expect(after).not.toBe(before['chart-scheme-breakdown']);
  });

  it('keeps the edited draft across a reload', async () => {
    session = await startSession();
    const { page } = session;
    // Storage has opened the draft, so the grid is not replaced while the test works in it.
    await openExample3(page);
    await typeInto(page, 'Description, line 1', 'Kept across a reload');
    const figure = await expectedCharge(page);
    // Autosave waits 500 ms after the last edit; then the status says Saved again.
    await page.waitForTimeout(800);
    await waitForSaved(page);
    await page.reload();
    await cell(page, 'Description, line 1')
      .getByText('Kept across a reload')
      .waitFor({ timeout: TIMEOUT });
    expect(await expectedCharge(page)).toBe(figure);
    await tab(page, 'Drafts').click();
    const library = page.getByRole('region', { name: 'Saved estimates' });
    await library.getByRole('table').waitFor({ timeout: TIMEOUT });
    expect(await library.getByRole('row').count()).toBeGreaterThan(1);
  });

  it('exports a PDF that says on every page it is not an offer, with the total', async () => {
    session = await startSession();
    const { page } = session;
    // Storage has opened the draft, so the grid is not replaced while the test works in it.
    await openExample3(page);
    const figure = await expectedCharge(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = await readPdfDownload(download);
    expect(pdf.pages.length).toBeGreaterThan(0);
    for (const [i, text] of pdf.pages.entries()) {
      expect(flat(text), `page ${i + 1}`).toMatch(/not a formal connection offer/i);
    }
    expect(flat(pdf.pages.join(' '))).toContain(figure);
  });

  it('exports the XLSX of a 600-line estimate under the CSP, every line, zipped in the page', async () => {
    // Parts this large made fflate ask for a blob: worker, which the CSP refuses: the export
    // then stopped with "too large". It is zipped in the page now (src/export/xlsx/fflateInPage.ts).
    session = await startSession();
    const { page } = session;
    await waitForSaved(page);
    await tab(page, 'Drafts').click();
    await page.getByLabel('Import an estimate file').setInputFiles({
      name: 'large.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(largeEstimate(300))),
    });
    await tab(page, 'Minimum Scheme').click();
    // The imported estimate is open: its first lines shown, every line counted (a long grid
    // renders only the lines in view, so the last one is not in the page).
    await grid(page).getByText('Plot 1: three-phase service', { exact: false }).waitFor({
      timeout: TIMEOUT,
    });
    const lines = largeEstimate(300).inputs.schemes.minimum.lines.length;
    await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe(String(lines + 1));
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      page.getByRole('button', { name: 'Download XLSX' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('EST-2026-0200-budget-estimate.xlsx');
    const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    const sizes = Object.values(files).map((bytes) => bytes.length);
    // Above the 160,000 bytes from which fflate's own zip() starts a worker.
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(160_000);
    for (const sheet of ['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']) {
      const rows = strFromU8(files[sheet]!).match(/<row /g) ?? [];
      // The notice, the header, 300 lines, then the totals beneath.
      expect(rows.length, sheet).toBeGreaterThan(302);
    }
  });
});
