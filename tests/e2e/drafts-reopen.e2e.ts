/**
 * A draft reopens as it was left, whatever it held: unfinished number text in a form field,
 * an RSN added with no rating yet. Each case saves, reloads, and finds the draft as it was,
 * listed as a draft (not as damaged) and with no other draft opened in its place.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openExample3, tab, TIMEOUT, waitForSaved } from './app.ts';
import { startSession, type Session } from './browser.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function reload(page: Page): Promise<void> {
  await page.reload();
  await waitForSaved(page);
}

/** The open draft's reference, as the Details form shows it. */
async function reference(page: Page): Promise<string> {
  await tab(page, 'Details').click();
  return page.getByRole('textbox', { name: 'Reference', exact: true }).inputValue();
}

async function expectNothingDamaged(page: Page): Promise<void> {
  await tab(page, 'Drafts').click();
  await page.getByRole('heading', { name: 'Saved estimates' }).waitFor({ timeout: TIMEOUT });
  expect(await page.getByRole('region', { name: /Damaged drafts/ }).count()).toBe(0);
}

describe('a draft reopens as it was left', () => {
  it('with a cleared, a worded or a comma-written import capacity', async () => {
    session = await startSession();
    const { page } = session;
    // An estimate built in the grid: in a Quick estimate, Details re-run the guided build.
    await openExample3(page);
    const ref = await reference(page);
    const capacity = page.getByRole('textbox', { name: 'Import capacity, kVA' });
    // Unfinished text is kept as typed; "1,000" is 1,000 kVA, as in the grid and the Quick estimate.
    for (const [text, reopened, invalid] of [
      ['', '', 'true'],
      ['100 kW', '100 kW', 'true'],
      ['1,000', '1000', null],
    ] as const) {
      await tab(page, 'Details').click();
      await capacity.fill(text);
      // The reading of the field, shown where it is typed.
      expect(await capacity.getAttribute('aria-invalid'), text).toBe(invalid);
      await waitForSaved(page);
      await reload(page);
      expect(await reference(page), text).toBe(ref);
      expect(await capacity.inputValue(), text).toBe(reopened);
      await expectNothingDamaged(page);
    }
  });

  it('after “Add security RSN” and “Add fault level RSN” with no rating entered', async () => {
    session = await startSession();
    const { page } = session;
    await waitForSaved(page);
    const ref = await reference(page);
    for (const [button, name] of [
      ['Add security RSN', 'RSN A'],
      ['Add fault level RSN', 'RSN B'],
    ] as const) {
      await tab(page, 'Minimum Scheme').click();
      await page.getByRole('button', { name: button }).click();
      await page.getByRole('group', { name }).waitFor({ timeout: TIMEOUT });
      await waitForSaved(page);
      await reload(page);
      expect(await reference(page)).toBe(ref);
      await tab(page, 'Minimum Scheme').click();
      await page.getByRole('group', { name }).waitFor({ timeout: TIMEOUT });
      await expectNothingDamaged(page);
    }
  });
});
