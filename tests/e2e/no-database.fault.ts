/**
 * No IndexedDB: the browser has none (an init script removes it), or opening it fails (as
 * when storage is blocked for the site). The app still edits; a banner that stays says the
 * work is not being saved and downloads the estimate file as on screen; draft actions are
 * off with the reason; closing the tab asks first; the storage library's own error
 * ("IndexedDB API missing. Please visit https://tinyurl…") is never shown.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { saveStatus, tab, TIMEOUT } from './app.ts';
import { startSession, type Session } from './browser.ts';
import { recordFault } from './faultTable.ts';
import { typeTitle } from './storedDrafts.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const BANNER =
  'This browser is not saving your work: download the estimate file before you close the tab.';

const WAYS = {
  missing: () => {
    for (const name of ['indexedDB', 'webkitIndexedDB']) {
      Object.defineProperty(window, name, { value: undefined, configurable: true });
    }
  },
  'open fails': () => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  },
} as const;

describe('no IndexedDB', () => {
  it.each(Object.keys(WAYS) as (keyof typeof WAYS)[])(
    '%s: banner with the download, draft actions off, a prompt on close, no library error',
    async (way) => {
      session = await startSession();
      const { context, page } = session;
      await context.addInitScript(WAYS[way]);
      await page.reload();
      const problems: string[] = [];

      const banner = page.getByRole('alert', { name: 'Your work is not being saved' });
      await banner.waitFor({ timeout: TIMEOUT });
      if (!(await banner.innerText()).includes(BANNER)) problems.push('banner text');
      if (
        (await saveStatus(page).innerText()).trim() !==
        'Not saved — this browser is not saving your work'
      )
        problems.push(`status: ${await saveStatus(page).innerText()}`);

      // The editor still works, and the download holds what is on screen.
      const title = `No storage (${way}) — typed`;
      await typeTitle(page, title);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        banner.getByRole('button', { name: 'Download the estimate file' }).click(),
      ]);
      const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { title: string };
      if (file.title !== title) problems.push(`download held “${file.title}”`);

      await tab(page, 'Drafts').click();
      const note = page.getByRole('note', { name: 'Drafts are not available' });
      await note.waitFor({ timeout: TIMEOUT });
      for (const name of ['New estimate', 'Back up all']) {
        if (!(await page.getByRole('button', { name, exact: true }).isDisabled()))
          problems.push(`${name} is usable`);
      }
      if (!(await page.getByLabel('Import an estimate file').isDisabled()))
        problems.push('import is usable');

      const text = await page.locator('body').innerText();
      if (/tinyurl|IndexedDB API|Dexie|SecurityError|No draft open/.test(text))
        problems.push('a library error or “No draft open” is shown');

      // An edit after the download: closing the tab asks first.
      await typeTitle(page, `${title}, then changed`);
      const asked = new Promise<boolean>((resolve) => {
        page.once('dialog', (dialog) => {
          resolve(dialog.type() === 'beforeunload');
          void dialog.accept();
        });
        setTimeout(() => resolve(false), 5_000);
      });
      await page.close({ runBeforeUnload: true });
      if (!(await asked)) problems.push('closing the tab did not ask');

      recordFault(`no IndexedDB (${way})`, problems.length === 0);
      expect(problems).toEqual([]);
    },
  );
});
