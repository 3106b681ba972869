/**
 * A newer build of the app upgrades the database (here: a page on the same origin opens it
 * at a higher version, as a newer build's tab would). The tab already open stops saving and
 * says "A newer version of the app is open; reload to use it"; an older build opened
 * afterwards says the same at once, and neither writes anything into the newer database.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { saveStatus, TIMEOUT, waitForSaved } from './app.ts';
import { startSession, type Session } from './browser.ts';
import { recordFault } from './faultTable.ts';
import { storedDatabase, typeTitle } from './storedDrafts.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const NEWER = 'A newer version of the app is open; reload to use it.';
/** A newer build's version 4 (Dexie stores version n as n × 10). */
const NEWER_IDB_VERSION = 40;

function upgrade(page: Page): Promise<number> {
  return page.evaluate(
    (version) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('connection-estimator', version);
        open.onupgradeneeded = () => open.result.createObjectStore('notes', { keyPath: 'id' });
        open.onerror = () => reject(new Error('The upgrade failed.'));
        open.onsuccess = () => {
          open.result.close();
          resolve(open.result.version);
        };
      }),
    NEWER_IDB_VERSION,
  );
}

async function toldNewer(page: Page): Promise<boolean> {
  await page
    .getByRole('alert', { name: 'A newer version of the app is open' })
    .waitFor({ timeout: TIMEOUT });
  return (await saveStatus(page).innerText()).trim() === `Not saved — ${NEWER}`;
}

describe('a newer database version', () => {
  it('the open tab stops, an older build opened afterwards writes nothing', async () => {
    session = await startSession();
    const { page, origin } = session;
    page.on('dialog', (dialog) => void dialog.accept());
    await waitForSaved(page);
    // Another page of the same origin (not the app) plays the newer build's tab.
    const newer = await session.openPage(`${origin}/__requests`);
    expect(await upgrade(newer)).toBe(NEWER_IDB_VERSION);
    const upgraded = await storedDatabase(newer);

    const isStoppedTold = await toldNewer(page);
    await typeTitle(page, 'Typed after the upgrade');
    await page.waitForTimeout(1_500);
    const afterOpenTab = await storedDatabase(newer);
    const openTabWroteNothing = JSON.stringify(afterOpenTab) === JSON.stringify(upgraded);
    recordFault(
      'a newer database (upgraded while this tab was open)',
      isStoppedTold && openTabWroteNothing,
    );

    // This build opened afterwards: the same message, and still nothing written.
    await page.reload();
    const isOlderTold = await toldNewer(page);
    await typeTitle(page, 'Typed in the older build');
    await page.waitForTimeout(1_500);
    const afterOlder = await storedDatabase(newer);
    const olderWroteNothing = JSON.stringify(afterOlder) === JSON.stringify(upgraded);
    recordFault(
      'a newer database (older build opened afterwards)',
      isOlderTold && olderWroteNothing,
    );

    expect(isStoppedTold).toBe(true);
    expect(isOlderTold).toBe(true);
    expect(afterOpenTab).toEqual(upgraded);
    expect(afterOlder).toEqual(upgraded);
    expect(afterOlder.version).toBe(NEWER_IDB_VERSION);
  });
});
