/**
 * The built app in Chromium (`npx tsx bench/run.ts browser`): first load to the first
 * figures, edit-to-updated-totals latency with 200 and 2,000 cost lines, PDF export time
 * for 200 and 2,000 lines, and the bundle sizes. The app is built for production into a temporary
 * folder and served on localhost by the end-to-end tests' static server, under a sub-path.
 *
 * First load is timed against an earlier build in the same run, in turns, so the ratio holds
 * on a shared machine whose times vary with its load: by default the build from before a new
 * user landed on the Quick estimate (FIRST_LOAD_BASELINE names another git revision; "none"
 * skips it). That revision is taken from git and built with this checkout's node_modules.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { analyseBuild, buildInto, INITIAL_JS_BUDGET, kB } from '../scripts/check-size';
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

const FIRST_LOAD_RUNS = 11;
/** The last commit before a first visit landed on the Quick estimate (its first screen was the grid). */
const BEFORE_QUICK_FIRST = '6fd126f3ccc8e88ab2e3fd4cd402a9ec32cbc233';
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const EDITS = { 200: 40, 2000: 5 } as const;
const PDF_RUNS = 5;

/** Progress on stderr, so a slow or stuck step can be told apart from the others. */
const step = (text: string) => process.stderr.write(`  browser bench: ${text}\n`);

/** One cold first load: navigation start to the first figures, in the page. */
async function firstLoad(browser: Browser, url: string): Promise<number> {
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
  const time = await page.evaluate(
    () => (window as unknown as { __firstFigures: number }).__firstFigures,
  );
  await context.close();
  return time;
}

/** Builds an earlier revision of the app from git into `outDir`; false when git cannot. */
function buildRevision(revision: string, outDir: string): boolean {
  const source = mkdtempSync(join(tmpdir(), 'estimator-baseline-src-'));
  try {
    execFileSync('git', ['cat-file', '-e', `${revision}^{commit}`], { cwd: ROOT, stdio: 'ignore' });
    execFileSync('sh', ['-c', `git archive ${revision} | tar -x -C "${source}"`], { cwd: ROOT });
    symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'));
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'],
      { cwd: source, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } },
    );
    return true;
  } catch {
    return false;
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
}

/** This build's first loads and, taken in turns with them, the baseline's (if any). */
async function firstLoads(
  browser: Browser,
  url: string,
  baselineUrl: string | null,
): Promise<{ current: number[]; baseline: number[] }> {
  const current: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < FIRST_LOAD_RUNS; i++) {
    if (baselineUrl) baseline.push(await firstLoad(browser, baselineUrl));
    current.push(await firstLoad(browser, url));
  }
  return { current, baseline };
}

async function pdfTimes(page: Page, runs = PDF_RUNS): Promise<{ cold: number; warm: number[] }> {
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
  for (let i = 0; i < runs; i++) warm.push(await once());
  return { cold, warm };
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'estimator-bench-'));
  const server = await (async () => {
    await buildInto(dir);
    return startStaticServer(dir);
  })();
  const revision = process.env.FIRST_LOAD_BASELINE ?? BEFORE_QUICK_FIRST;
  const baselineDir = mkdtempSync(join(tmpdir(), 'estimator-baseline-'));
  step(`building the baseline ${revision}`);
  const baselineServer =
    revision !== 'none' && buildRevision(revision, baselineDir)
      ? await startStaticServer(baselineDir)
      : null;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const url = `${server.origin}${SUB_PATH}`;
    const loadAtStart = loadavg()[0]!.toFixed(2);
    step('first load');
    const loads = await firstLoads(
      browser,
      url,
      baselineServer ? `${baselineServer.origin}${SUB_PATH}` : null,
    );
    const load = loads.current;
    const loadAfterFirstLoads = loadavg()[0]!.toFixed(2);
    const ratio = percentile(loads.current, 50) / percentile(loads.baseline, 50);
    const comparison = baselineServer
      ? [
          '',
          `First figures against an earlier build (git ${revision.slice(0, 7)}), ${FIRST_LOAD_RUNS} cold loads of each taken in turns (load average ${loadAtStart} before them, ${loadAfterFirstLoads} after): that build ${ms(percentile(loads.baseline, 50))} p50, ${ms(percentile(loads.baseline, 95))} p95; this build ${ms(percentile(loads.current, 50))} p50, ${ms(percentile(loads.current, 95))} p95: **${ratio.toFixed(2)} ×** (goal ≤ 0.6 × the build from before a new user landed on the Quick estimate).`,
        ]
      : [
          '',
          `No earlier build to compare first load with (git revision ${revision} could not be built).`,
        ];

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
    await openMinimumScheme(page);
    const startLines = await lineCount(page);
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
    step('PDF export at 2,000 lines');
    const pdf2000 = await pdfTimes(page, 3);
    await context.close();
    const loadAtEnd = loadavg()[0]!.toFixed(2);

    const sizes = analyseBuild(dir);
    const sum = (files: { gzip: number }[]) => files.reduce((n, f) => n + f.gzip, 0);
    return [
      '## The app in Chromium',
      '',
      `The production build served on localhost under a sub-path, driven by playwright-core in headless Chromium (${await browser.version()}). Load average ${loadAtStart} at the start and ${loadAtEnd} at the end, on ${cpus().length} cores: on a shared machine the times are several times an idle one's.`,
      '',
      '| Measure | p50 | p95 | Runs |',
      '| --- | ---: | ---: | ---: |',
      `| First load to the first figures (cold: no cache, no service worker) | ${ms(percentile(load, 50))} | ${ms(percentile(load, 95))} | ${load.length} |`,
      `| Edit to updated totals, 200 lines, typing in the open editor (goal p95 ≤ 16 ms) | ${ms(percentile(at200.typing, 50))} | ${ms(percentile(at200.typing, 95))} | ${at200.typing.length} |`,
      `| Edit to updated totals, 200 lines, the key that opens the editor | ${ms(percentile(at200.opening, 50))} | ${ms(percentile(at200.opening, 95))} | ${at200.opening.length} |`,
      `| Edit to updated totals, 2,000 lines, typing in the open editor | ${ms(percentile(at2000.typing, 50))} | ${ms(percentile(at2000.typing, 95))} | ${at2000.typing.length} |`,
      `| Edit to updated totals, 2,000 lines, the key that opens the editor | ${ms(percentile(at2000.opening, 50))} | ${ms(percentile(at2000.opening, 95))} | ${at2000.opening.length} |`,
      `| PDF export, 200 lines (click to download; jsPDF already loaded) | ${ms(percentile(pdf.warm, 50))} | ${ms(percentile(pdf.warm, 95))} | ${pdf.warm.length} |`,
      `| PDF export, 2,000 lines, in its background worker (goal ≤ 1 s) | ${ms(percentile(pdf2000.warm, 50))} | ${ms(percentile(pdf2000.warm, 95))} | ${pdf2000.warm.length} |`,
      '',
      `The first PDF of a session also fetches the PDF code: ${ms(pdf.cold)}.`,
      ...comparison,
      '',
      'First load is measured in the page from navigation start to the moment the first figures appear (a MutationObserver): a first visit lands on the Quick estimate, so its range of what you would pay. Edit latency is measured in the page from the key press that changes the quantity of line 1 (the totals follow as one types) to the moment the charge on screen has changed (a MutationObserver callback, so before the browser paints). PDF export is timed from the click to the download starting.',
      '',
      '### Bundle sizes (gzipped)',
      '',
      '| Part | Size |',
      '| --- | ---: |',
      `| Initial JavaScript: entry and static imports (budget ${kB(INITIAL_JS_BUDGET)}) | ${kB(sizes.initialJsGzip)} |`,
      `| Initial CSS | ${kB(sum(sizes.initialCss))} |`,
      `| Preloaded by the page for the first screen, loaded on demand: the Quick estimate and the engine | ${kB(sum(sizes.preloaded))} |`,
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
    await baselineServer?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(baselineDir, { recursive: true, force: true });
  }
}
