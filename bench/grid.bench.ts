/**
 * The grid with thousands of lines (`npx tsx bench/run.ts grid`): edit to updated totals,
 * the page's DOM nodes and JS heap at 2,000 lines (Minimum Scheme) and at 10,000 (5,000 in
 * each scheme, the cap), scrolling frames at 10,000, and the heap over 20 round trips
 * Minimum Scheme → Details → Minimum Scheme at 2,000 lines. The production build is served
 * on localhost under a sub-path and driven in headless Chromium; the heap is read through
 * the DevTools protocol after forcing garbage collection.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { buildInto } from '../scripts/check-size';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
import { startStaticServer, SUB_PATH } from '../tests/e2e/staticServer';
import {
  addLines,
  editLatencies,
  lineCount,
  ms,
  openMinimumScheme,
  percentile,
  TIMEOUT,
  WATCH_CHARGE,
} from './appInChromium';

const EDITS = 20;
const ROUND_TRIPS = 20;
const SCROLL_FRAMES = 120;

const step = (text: string) => process.stderr.write(`  grid bench: ${text}\n`);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}

const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

const tab = (page: Page, label: string) =>
  page
    .getByRole('navigation', { name: 'Estimate sections' })
    .getByRole('button', { name: label, exact: true });

const minimumGrid = (page: Page) => page.getByRole('grid', { name: 'Minimum Scheme cost lines' });

/** Minimum Scheme → Details → Minimum Scheme; returns the ms from the click to the grid back. */
async function roundTrip(page: Page): Promise<number> {
  await tab(page, 'Details').click();
  await minimumGrid(page).waitFor({ state: 'detached', timeout: TIMEOUT });
  const start = performance.now();
  await tab(page, 'Minimum Scheme').click();
  await minimumGrid(page).locator('tbody tr.line-row').first().waitFor({ timeout: TIMEOUT });
  return performance.now() - start;
}

/**
 * Frame times while the grid scrolls 200 px a frame (requestAnimationFrame timestamps). A
 * string, not a function: tsx's name-keeping helpers do not exist in the page.
 */
function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate<number[]>(`
new Promise((done) => {
  const box = document.querySelector('[role="grid"][aria-label="Minimum Scheme cost lines"]')
    .parentElement;
  box.scrollTop = 0;
  const times = [];
  let last = 0;
  const tick = (t) => {
    if (last) times.push(t - last);
    last = t;
    if (times.length >= ${SCROLL_FRAMES}) return done(times);
    box.scrollTop += 200;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})
`);
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'estimator-bench-'));
  await buildInto(dir);
  const server = await startStaticServer(dir);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript({ content: WATCH_CHARGE });
    const page = await context.newPage();
    await page.goto(`${server.origin}${SUB_PATH}`);
    // A first visit lands on the Quick estimate: open the grid once the draft is stored.
    await openMinimumScheme(page);
    await page.waitForFunction(
      () => (window as unknown as { __firstFigures?: number }).__firstFigures,
      null,
      { timeout: TIMEOUT },
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    step('2,000 lines');
    await addLines(page, 2000 - (await lineCount(page)));
    const at2000 = await editLatencies(page, EDITS);
    const nodes2000 = await domNodes(page);
    const heap2000 = await heapAfterGc(cdp);

    step(`${ROUND_TRIPS} round trips Minimum Scheme → Details → Minimum Scheme`);
    const returns: number[] = [await roundTrip(page)];
    const firstHeap = await heapAfterGc(cdp);
    for (let i = 1; i < ROUND_TRIPS; i++) returns.push(await roundTrip(page));
    const lastHeap = await heapAfterGc(cdp);
    const nodesAfterTrips = await domNodes(page);

    step('10,000 lines (5,000 in each scheme)');
    await addLines(page, 5000 - (await lineCount(page)));
    await tab(page, 'Enhanced Scheme').click();
    await page.getByRole('heading', { level: 2, name: 'Enhanced Scheme' }).waitFor();
    // The first visit's example has no Enhanced Scheme: a new one starts as a copy of the
    // Minimum Scheme's lines.
    const add = page.getByRole('button', { name: 'Add an Enhanced Scheme I am asking for' });
    if (await add.isVisible()) await add.click();
    const missing = 5000 - (await lineCount(page, 'Enhanced'));
    if (missing > 0) await addLines(page, missing, 'Enhanced');
    await tab(page, 'Minimum Scheme').click();
    await minimumGrid(page).locator('tbody tr.line-row').first().waitFor({ timeout: TIMEOUT });
    const at10000 = await editLatencies(page, Math.ceil(EDITS / 2));
    const nodes10000 = await domNodes(page);
    const heap10000 = await heapAfterGc(cdp);
    const frames = await scrollFrames(page);
    await context.close();

    const edits = (name: string, runs: { opening: number[]; typing: number[] }, goal: string) => [
      `| Edit to updated totals, ${name}, typing in the open editor (goal p95 ≤ ${goal}) | ${ms(percentile(runs.typing, 50))} | ${ms(percentile(runs.typing, 95))} | ${runs.typing.length} |`,
      `| Edit to updated totals, ${name}, the key that opens the editor (goal p95 ≤ ${goal}) | ${ms(percentile(runs.opening, 50))} | ${ms(percentile(runs.opening, 95))} | ${runs.opening.length} |`,
    ];
    return [
      '## The grid with thousands of lines',
      '',
      `The production build in headless Chromium (${await browser.version()}), 1400 × 900 px. The grid renders only the lines in view plus an overscan; lines are added by pasting a block. Edit latency is measured as in "The app in Chromium" (the key press to the changed charge), on line 1 of the Minimum Scheme. The heap is \`JSHeapUsedSize\` from the DevTools protocol after forcing garbage collection.`,
      '',
      '| Measure | p50 | p95 | Runs |',
      '| --- | ---: | ---: | ---: |',
      ...edits('2,000 lines', at2000, '16 ms'),
      ...edits('10,000 lines (5,000 per scheme)', at10000, '50 ms'),
      `| Scrolling 10,000 lines, 200 px a frame: frame time (goal p95 ≤ 20 ms) | ${ms(percentile(frames, 50))} | ${ms(percentile(frames, 95))} | ${frames.length} |`,
      `| Back to the Minimum Scheme from Details at 2,000 lines (click to first row) | ${ms(percentile(returns, 50))} | ${ms(percentile(returns, 95))} | ${returns.length} |`,
      '',
      '| Measure | 2,000 lines | 10,000 lines |',
      '| --- | ---: | ---: |',
      `| DOM elements in the page | ${nodes2000.toLocaleString('en-GB')} | ${nodes10000.toLocaleString('en-GB')} |`,
      `| JS heap after garbage collection (goal at 10,000 ≤ 150 MB) | ${mb(heap2000)} | ${mb(heap10000)} |`,
      '',
      `View switches at 2,000 lines: the heap after the first round trip Minimum Scheme → Details → Minimum Scheme was ${mb(firstHeap)}, after the ${ROUND_TRIPS}th ${mb(lastHeap)}: ${((lastHeap / firstHeap) * 100).toFixed(1)} % of the first (goal ≤ 110 %); ${nodesAfterTrips.toLocaleString('en-GB')} DOM elements after them.`,
    ].join('\n');
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
