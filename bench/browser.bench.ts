/**
 * The built app in Chromium (`npx tsx bench/run.ts browser`): first load to the first
 * figures, edit-to-updated-totals latency with 200 and 2,000 cost lines, PDF export time
 * for 200 lines, and the bundle sizes. The app is built for production into a temporary
 * folder and served on localhost by the end-to-end tests' static server, under a sub-path.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { analyseBuild, buildInto, INITIAL_JS_BUDGET, kB } from '../scripts/check-size';
import { cellName } from '../tests/e2e/app';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
import { startStaticServer, SUB_PATH } from '../tests/e2e/staticServer';

const FIRST_LOAD_RUNS = 7;
const EDITS = { 200: 40, 2000: 5 } as const;
const PDF_RUNS = 5;
const TIMEOUT = 120_000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Progress on stderr, so a slow or stuck step can be told apart from the others. */
const step = (text: string) => process.stderr.write(`  browser bench: ${text}\n`);

/**
 * Records, in the page, when the Minimum Scheme's charge first shows and each time it
 * changes. A string, not a function: tsx's name-keeping helpers do not exist in the page.
 */
const WATCH_CHARGE = `
(() => {
  window.__chargeChanges = [];
  window.__lastKeyAt = 0;
  window.addEventListener('keydown', () => { window.__lastKeyAt = performance.now(); }, true);
  let last = '';
  const read = () => {
    const row = [...document.querySelectorAll('section.totals tr')].find((r) =>
      r.textContent.includes('Your charge, excluding VAT'),
    );
    const text = row ? row.textContent : '';
    if (!/£\\d/.test(text) || text === last) return;
    last = text;
    const now = performance.now();
    if (window.__firstFigures === undefined) window.__firstFigures = now;
    else window.__chargeChanges.push(now - window.__lastKeyAt);
  };
  new MutationObserver(read).observe(document, { subtree: true, childList: true, characterData: true });
})();
`;

async function firstLoad(browser: Browser, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < FIRST_LOAD_RUNS; i++) {
    // A new context each time: nothing cached, no service worker, no drafts.
    const context = await browser.newContext();
    await context.addInitScript({ content: WATCH_CHARGE });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __firstFigures?: number }).__firstFigures,
      null,
      { timeout: TIMEOUT },
    );
    times.push(
      await page.evaluate(() => (window as unknown as { __firstFigures: number }).__firstFigures),
    );
    await context.close();
  }
  return times;
}

function rows(count: number, from: number): string {
  return Array.from(
    { length: count },
    (_, i) => `Bench line ${from + i}\t\t${(i % 9) + 1}\tm\t${100 + (i % 50)}`,
  ).join('\r\n');
}

/** Adds `count` lines below the last one by pasting a block, as from a spreadsheet. */
async function addLines(page: Page, count: number): Promise<void> {
  const grid = page.getByRole('grid', { name: 'Minimum Scheme cost lines' });
  const existing = await grid
    .getByRole('gridcell', { name: /(^|\s)Description, line \d+$/ })
    .count();
  await grid.getByRole('gridcell', { name: cellName(`Description, line ${existing}`) }).click();
  await page.keyboard.press('Alt+N');
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
  await grid
    .getByRole('gridcell', { name: cellName(`Description, line ${existing + count}`) })
    .waitFor({ timeout: TIMEOUT });
}

/**
 * Edits the quantity of line 1 as one would: a first digit opens the in-cell editor, a
 * second digit changes the value again (the totals follow as one types), Enter keeps it.
 * Both latencies are kept: from the key press to the new charge on screen.
 */
async function editLatencies(
  page: Page,
  edits: number,
): Promise<{ opening: number[]; typing: number[] }> {
  const cell = page
    .getByRole('grid', { name: 'Minimum Scheme cost lines' })
    .getByRole('gridcell', { name: cellName('Quantity, line 1') });
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

async function pdfTimes(page: Page): Promise<{ cold: number; warm: number[] }> {
  const once = async () => {
    const start = performance.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const elapsed = performance.now() - start;
    await download.delete();
    await page.getByRole('button', { name: 'Download PDF' }).waitFor({ timeout: TIMEOUT });
    return elapsed;
  };
  const cold = await once();
  const warm: number[] = [];
  for (let i = 0; i < PDF_RUNS; i++) warm.push(await once());
  return { cold, warm };
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'estimator-bench-'));
  const server = await (async () => {
    await buildInto(dir);
    return startStaticServer(dir);
  })();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const url = `${server.origin}${SUB_PATH}`;
    step('first load');
    const load = await firstLoad(browser, url);

    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript({ content: WATCH_CHARGE });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __firstFigures?: number }).__firstFigures,
      null,
      {
        timeout: TIMEOUT,
      },
    );
    const grid = page.getByRole('grid', { name: 'Minimum Scheme cost lines' });
    const startLines = await grid
      .getByRole('gridcell', { name: /(^|\s)Description, line \d+$/ })
      .count();
    step(`adding ${200 - startLines} lines`);
    await addLines(page, 200 - startLines);
    step('editing at 200 lines');
    const at200 = await editLatencies(page, EDITS[200]);
    step('PDF export at 200 lines');
    const pdf = await pdfTimes(page);
    step('adding 1,800 lines');
    await addLines(page, 1800);
    step('editing at 2,000 lines');
    const at2000 = await editLatencies(page, EDITS[2000]);
    await context.close();

    const sizes = analyseBuild(dir);
    const sum = (files: { gzip: number }[]) => files.reduce((n, f) => n + f.gzip, 0);
    return [
      '## The app in Chromium',
      '',
      `The production build served on localhost under a sub-path, driven by playwright-core in headless Chromium (${await browser.version()}).`,
      '',
      '| Measure | p50 | p95 | Runs |',
      '| --- | ---: | ---: | ---: |',
      `| First load to the first figures (cold: no cache, no service worker) | ${ms(percentile(load, 50))} | ${ms(percentile(load, 95))} | ${load.length} |`,
      `| Edit to updated totals, 200 lines, typing in the open editor (goal p95 ≤ 16 ms) | ${ms(percentile(at200.typing, 50))} | ${ms(percentile(at200.typing, 95))} | ${at200.typing.length} |`,
      `| Edit to updated totals, 200 lines, the key that opens the editor | ${ms(percentile(at200.opening, 50))} | ${ms(percentile(at200.opening, 95))} | ${at200.opening.length} |`,
      `| Edit to updated totals, 2,000 lines, typing in the open editor | ${ms(percentile(at2000.typing, 50))} | ${ms(percentile(at2000.typing, 95))} | ${at2000.typing.length} |`,
      `| Edit to updated totals, 2,000 lines, the key that opens the editor | ${ms(percentile(at2000.opening, 50))} | ${ms(percentile(at2000.opening, 95))} | ${at2000.opening.length} |`,
      `| PDF export, 200 lines (click to download; jsPDF already loaded) | ${ms(percentile(pdf.warm, 50))} | ${ms(percentile(pdf.warm, 95))} | ${pdf.warm.length} |`,
      '',
      `The first PDF of a session also fetches the PDF code: ${ms(pdf.cold)}.`,
      '',
      'First load is measured in the page from navigation start to the moment the Minimum Scheme charge appears (a MutationObserver). Edit latency is measured in the page from the key press that changes the quantity of line 1 (the totals follow as one types) to the moment the charge on screen has changed (a MutationObserver callback, so before the browser paints). PDF export is timed from the click to the download starting.',
      '',
      '### Bundle sizes (gzipped)',
      '',
      '| Part | Size |',
      '| --- | ---: |',
      `| Initial JavaScript: entry and static imports (budget ${kB(INITIAL_JS_BUDGET)}) | ${kB(sizes.initialJsGzip)} |`,
      `| Initial CSS | ${kB(sum(sizes.initialCss))} |`,
      `| Fetched just after first paint: drafts storage, service worker registration | ${kB(sum(sizes.afterFirstPaint))} |`,
      `| Page, manifest, icon and the default statement | ${kB(sum(sizes.publicAtStart))} |`,
      ...sizes.libraries.map(
        (l) =>
          `| ${l.name} (on demand only: ${l.inInitial.length === 0 ? 'yes' : 'NO'}) | ${kB(
            l.inLazy.reduce((n, f) => n + (sizes.lazyGzip[f] ?? 0), 0),
          )} |`,
      ),
      `| All JavaScript chunks | ${kB(sizes.allJsGzip)} |`,
    ].join('\n');
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
