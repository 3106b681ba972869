/**
 * A seeded random walk through the UI: random clicks on enabled controls, random text typed
 * into inputs and grid cells, tab switches, grid keys, undo and redo, and a reload every 50
 * actions after which the draft must reopen as it was on screen. The same seed gives the
 * same walk on the same build, so a failure replays: it reports the seed and every action.
 */
import type { Page } from 'playwright-core';

export interface WalkOptions {
  actions: number;
  seed: number;
  /** Reload after this many actions (default 50). */
  reloadEvery?: number;
}

/** A small, fast, seedable generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text users (and their cats) type. */
const TEXTS = [
  '1,000',
  '-',
  '',
  '1e9',
  '🙂⚡',
  'x'.repeat(300),
  '12.5',
  '0',
  'POA',
  '100–200',
  '£1,234.56',
  'abc',
  ' ',
  '3',
];
const KEYS = [
  'Delete',
  'Backspace',
  'Enter',
  'Escape',
  'ArrowDown',
  'ArrowRight',
  'Tab',
  'Shift+ArrowDown',
  'Alt+Delete',
  'Alt+n',
  'Control+d',
  'F2',
];
const TABS = [
  'Quick estimate',
  'Details',
  'Minimum Scheme',
  'Enhanced Scheme',
  'Compare',
  'Guidance',
  'Drafts',
];
/**
 * Controls the walk leaves alone: downloads and file pickers (slow, and nothing to see),
 * the page reload button (the walk reloads on its own schedule), and links out.
 */
const SKIP = /download|backup|import|export|reload|print|share link|copy link/i;

/** What the grid and the header show: compared across a reload. */
async function onScreen(page: Page): Promise<{ title: string; cells: (string | null)[] }> {
  return page.evaluate(() => {
    const title = document.querySelector('h1')?.textContent?.trim() ?? '';
    const cells = [...document.querySelectorAll('[role="grid"] [role="gridcell"][data-col]')].map(
      // A cell holding rejected text shows it until fixed; that text is not part of the draft.
      // The "Why?" cell's open or closed state is not part of the draft either.
      (c) =>
        c.getAttribute('aria-invalid') === 'true' || c.querySelector('button')
          ? null
          : (c.textContent ?? '').trim(),
    );
    return { title, cells };
  });
}

/**
 * What storage holds, for a failure report: the draft to reopen and every draft's id,
 * reference, title and save time (read straight from IndexedDB, not through the app).
 */
async function stored(page: Page): Promise<string> {
  return page
    .evaluate(
      () =>
        new Promise<string>((resolve) => {
          const req = indexedDB.open('connection-estimator');
          req.onerror = () => resolve(`(storage not readable: ${String(req.error)})`);
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction(['estimates', 'settings'], 'readonly');
            const all = tx.objectStore('estimates').getAll();
            const last = tx.objectStore('settings').get('lastOpenId');
            tx.oncomplete = () => {
              const rows = (
                all.result as {
                  id: string;
                  revision: number;
                  savedAt: string;
                  file?: { title?: string; reference?: string };
                }[]
              ).map(
                (r) =>
                  `${r.id} ${r.file?.reference ?? '?'} r${r.revision} ${r.savedAt} "${(r.file?.title ?? '').slice(0, 40)}"`,
              );
              db.close();
              const lastId = (last.result as { value?: unknown } | undefined)?.value;
              resolve(`lastOpenId ${String(lastId)}; drafts:\n  ${rows.join('\n  ')}`);
            };
          };
        }),
    )
    .catch((e: unknown) => `(storage not readable: ${String(e)})`);
}

/** The notices on screen (storage problems, damaged drafts), for a failure report. */
async function notices(page: Page): Promise<string> {
  return page
    .locator('[role="alert"]:visible')
    .allInnerTexts()
    .then(
      (texts) =>
        texts
          .map((t) => t.trim())
          .filter(Boolean)
          .join(' | ') || '(none)',
    )
    .catch(() => '(not readable)');
}

async function settle(page: Page): Promise<void> {
  // Close an open editor or dialog so everything typed is either kept or dropped.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForFunction(
    () =>
      document
        .querySelector('[aria-label="Save status"]')
        ?.textContent?.trim()
        .startsWith('Saved') ?? false,
    undefined,
    { timeout: 20_000 },
  );
}

async function goToTab(page: Page, label: string): Promise<boolean> {
  const button = page
    .getByRole('navigation', { name: 'Estimate sections' })
    .getByRole('button', { name: label, exact: true });
  if ((await button.count()) === 0) return false;
  await button.click({ timeout: 5_000 });
  return true;
}

/**
 * Walk. Throws with the seed and the actions so far when the page breaks (the caller's
 * session records page and console errors) or a reloaded draft differs from the screen.
 */
export async function walk(
  page: Page,
  options: WalkOptions,
  problems: () => string[],
): Promise<string[]> {
  const rand = random(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const log: string[] = [];
  // The action being done: the log also holds reloads and notes, so its length is not it.
  let done = 0;
  // For each log entry, the action it belongs to: the failure report numbers them so.
  const at: number[] = [];
  const record = (entry: string) => {
    log.push(entry);
    at.push(done);
  };
  const fail = (why: string): never => {
    throw new Error(
      `Random walk failed (seed ${options.seed}, action ${done}): ${why}\n` +
        `Replay: npm run monkey -- --actions ${done} --seed ${options.seed}\n` +
        `Actions (a note or a reload carries the number of the action it follows):\n` +
        log.map((a, i) => `${at[i]}. ${a}`).join('\n'),
    );
  };
  const reloadEvery = options.reloadEvery ?? 50;
  for (let i = 1; i <= options.actions; i += 1) {
    done = i;
    const r = rand();
    try {
      if (r < 0.35) {
        const controls = page.locator(
          'button:visible:not([disabled]), [role="gridcell"]:visible, select:visible:not([disabled]), input[type="checkbox"]:visible:not([disabled]), input[type="radio"]:visible:not([disabled]), summary:visible',
        );
        const n = await controls.count();
        if (n > 0) {
          const el = controls.nth(Math.floor(rand() * n));
          const name = ((await el.getAttribute('aria-label')) ?? (await el.innerText()))
            .trim()
            .slice(0, 60);
          if (SKIP.test(name)) {
            record(`skip "${name}"`);
          } else if ((await el.evaluate((e) => e.tagName)) === 'SELECT') {
            const options = await el
              .locator('option')
              .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
            const value = pick(options.length ? options : ['']);
            record(`select "${value}" in "${name}"`);
            await el.selectOption(value, { timeout: 3_000 });
          } else {
            record(`click "${name}"`);
            await el.click({ timeout: 3_000 });
          }
        }
      } else if (r < 0.6) {
        const inputs = page.locator(
          'input[type="text"]:visible:not([disabled]):not([readonly]), input:not([type]):visible:not([disabled]), input[type="number"]:visible:not([disabled]), input[type="date"]:visible:not([disabled]), textarea:visible:not([disabled])',
        );
        const n = await inputs.count();
        const text = pick(TEXTS);
        if (n > 0 && rand() < 0.6) {
          const el = inputs.nth(Math.floor(rand() * n));
          const name = (
            (await el.getAttribute('aria-label')) ??
            (await el.getAttribute('id')) ??
            ''
          ).slice(0, 40);
          record(`fill "${name}" with ${JSON.stringify(text.slice(0, 20))}`);
          await el.fill(text, { timeout: 3_000 });
        } else {
          record(`type ${JSON.stringify(text.slice(0, 20))}`);
          await page.keyboard.type(text);
        }
      } else if (r < 0.72) {
        const label = pick(TABS);
        record(`tab "${label}"`);
        await goToTab(page, label);
      } else if (r < 0.88) {
        const key = pick(KEYS);
        record(`key ${key}`);
        await page.keyboard.press(key);
      } else {
        const key = rand() < 0.6 ? 'Control+z' : 'Control+y';
        record(`key ${key}`);
        await page.keyboard.press(key);
      }
    } catch (e) {
      // A control that went away between finding and using it is what users meet too.
      record(`  (not done: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]})`);
    }
    const seen = problems();
    if (seen.length > 0) fail(seen.join('; '));
    if (i % reloadEvery === 0) {
      record('reload');
      await settle(page).catch((e: unknown) => fail(`not saved before reload: ${String(e)}`));
      await goToTab(page, 'Minimum Scheme').catch((e: unknown) =>
        fail(`Minimum Scheme could not be opened before reload: ${String(e).split('\n')[0]}`),
      );
      await page.waitForTimeout(200);
      const before = await onScreen(page);
      const storedBefore = await stored(page);
      await page.reload();
      await settle(page).catch((e: unknown) => fail(`not reopened after reload: ${String(e)}`));
      await goToTab(page, 'Minimum Scheme').catch((e: unknown) =>
        fail(`Minimum Scheme could not be opened after reload: ${String(e).split('\n')[0]}`),
      );
      await page.waitForTimeout(200);
      const after = await onScreen(page);
      // A stored draft the app cannot read again is set aside as damaged, with a notice.
      const shown = await notices(page);
      if (/could not be opened/.test(shown)) {
        fail(`a draft did not reopen: ${shown}\nStored before reload: ${storedBefore}`);
      }
      if (after.title !== before.title) {
        fail(
          `title "${before.title}" came back as "${after.title}"\n` +
            `Notices after reload: ${shown}\n` +
            `Stored before reload: ${storedBefore}\nStored after reload: ${await stored(page)}`,
        );
      }
      if (after.cells.length !== before.cells.length) {
        fail(`${before.cells.length} grid cells came back as ${after.cells.length}`);
      }
      before.cells.forEach((text, c) => {
        if (text !== null && after.cells[c] !== text) {
          fail(`grid cell ${c} "${text}" came back as "${after.cells[c]}"`);
        }
      });
    }
  }
  return log;
}
