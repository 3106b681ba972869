/** Shared moves on the app's own screens, by role and accessible name. */
import type { Locator, Page } from 'playwright-core';

export const TIMEOUT = 20_000;

/** The Minimum (or Enhanced) Scheme totals table's "Your charge, excluding VAT" row. */
export function chargeRow(page: Page, scheme: 'Minimum' | 'Enhanced' = 'Minimum'): Locator {
  return page
    .getByRole('region', { name: `${scheme} Scheme totals` })
    .getByRole('row', { name: /Your charge, excluding VAT/ });
}

/** The Expected figure of the customer's charge excluding VAT, as shown ("£12,345.67"). */
export async function expectedCharge(page: Page, scheme: 'Minimum' | 'Enhanced' = 'Minimum') {
  const row = chargeRow(page, scheme);
  await row.waitFor({ timeout: TIMEOUT });
  return (await row.getByRole('cell').nth(1).innerText()).trim();
}

export function grid(page: Page, scheme: 'Minimum' | 'Enhanced' = 'Minimum'): Locator {
  return page.getByRole('grid', { name: `${scheme} Scheme cost lines` });
}

/**
 * A cost-line cell's accessible name is what it shows, then its column and line
 * ("150 Quantity, line 1"); this matches the "‹Column›, line ‹n›" part, whatever is shown.
 */
export function cellName(where: string): RegExp {
  return new RegExp(`(^|\\s)${where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** A cost-line cell by its column and line, e.g. "Quantity, line 1". */
export function cell(page: Page, where: string, scheme: 'Minimum' | 'Enhanced' = 'Minimum') {
  return grid(page, scheme).getByRole('gridcell', { name: cellName(where) });
}

export function tab(page: Page, label: string): Locator {
  return page
    .getByRole('navigation', { name: 'Estimate sections' })
    .getByRole('button', { name: label, exact: true });
}

export function saveStatus(page: Page): Locator {
  return page.getByRole('status', { name: 'Save status' });
}

/** Waits until the drafts are open and the current estimate is stored. */
export async function waitForSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = document.querySelector('[aria-label="Save status"]');
      return el?.textContent?.trim().startsWith('Saved') ?? false;
    },
    undefined,
    { timeout: TIMEOUT },
  );
}

/** Money text ("£1,234.56", "-£3.00") as pence, for comparing figures without floats. */
export function pence(text: string): bigint {
  const m = /(-?)£([\d,]+)(?:\.(\d{2}))?/.exec(text);
  if (!m) throw new Error(`Not a money figure: "${text}"`);
  const value = BigInt(m[2]!.replaceAll(',', '')) * 100n + BigInt(m[3] ?? '0');
  return m[1] ? -value : value;
}

/** How many requests the test server has answered so far (asked from Node, not the page). */
export async function requestsServed(origin: string): Promise<number> {
  const res = await fetch(`${origin}/__requests`);
  return ((await res.json()) as { served: number }).served;
}

/** Waits until a service worker is active and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: TIMEOUT,
  });
}

/** Opens "Start from a worked example" and loads the example whose title starts so. */
export async function loadExample(page: Page, title: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Start from a worked example' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start from a worked example' });
  await dialog.getByRole('button', { name: title }).click();
  await dialog.waitFor({ state: 'detached', timeout: TIMEOUT });
}

/**
 * Opens 001 Example 3 (a 600 kVA commercial connection, Scenario A as the Minimum Scheme and
 * the looped Scenario B as the Enhanced Scheme, £64,900) as a new draft, waits until it is
 * stored and shows its Minimum Scheme grid: for tests that need an estimate with lines in
 * both schemes. (A new user lands on the Quick estimate instead.)
 */
export async function openExample3(page: Page): Promise<void> {
  await waitForSaved(page);
  await loadExample(page, /^001 Ex 3B:/);
  await page.getByRole('heading', { level: 1, name: /^001 Ex 3B:/ }).waitFor({ timeout: TIMEOUT });
  await waitForSaved(page);
  await tab(page, 'Minimum Scheme').click();
  await grid(page).waitFor({ timeout: TIMEOUT });
}
