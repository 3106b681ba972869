/** Moves the fault tests share: typing a title, the open reference, and what IndexedDB holds. */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { tab } from './app.ts';

export async function typeTitle(page: Page, title: string): Promise<void> {
  await tab(page, 'Details').click();
  const field = page.getByRole('textbox', { name: 'Title' });
  await field.click();
  await field.fill('');
  await page.keyboard.type(title);
}

export async function shownTitle(page: Page): Promise<string> {
  await tab(page, 'Details').click();
  return page.getByRole('textbox', { name: 'Title' }).inputValue();
}

/** The open draft's reference, as the Details form shows it. */
export async function shownReference(page: Page): Promise<string> {
  await tab(page, 'Details').click();
  return page.getByRole('textbox', { name: 'Reference', exact: true }).inputValue();
}

/**
 * Everything in the app's database, read in the page with the plain IndexedDB API (opened
 * at whatever version is on disk, so reading never upgrades it): its version and each
 * table's records.
 */
export function storedDatabase(
  page: Page,
): Promise<{ version: number; tables: Record<string, unknown[]> }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('connection-estimator');
        open.onerror = () => reject(new Error('The database did not open.'));
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tables: Record<string, unknown[]> = {};
          if (names.length === 0) {
            db.close();
            resolve({ version: db.version, tables });
            return;
          }
          const tx = db.transaction(names);
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (tables[name] = all.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve({ version: db.version, tables });
          };
        };
      }),
  );
}

/** The titles of the drafts IndexedDB holds. */
export async function storedTitles(page: Page): Promise<string[]> {
  const { tables } = await storedDatabase(page);
  return ((tables.estimates ?? []) as { file: { title: string } }[]).map((r) => r.file.title);
}

/** Clicks, waits for the download, and reads it as JSON. */
export async function downloadedJson(page: Page, click: () => Promise<void>): Promise<unknown> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [
    Download,
    void,
  ];
  return JSON.parse(readFileSync((await download.path())!, 'utf8'));
}
