/**
 * The application details in the browser: a 12-home development applied for by an agent,
 * with a site plan and a letter of authority kept with the draft. After a reload every field
 * and both documents are still there, byte for byte.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { tab, TIMEOUT, waitForSaved } from './app.ts';
import { startSession, type Session } from './browser.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** A small but real PDF, and a PNG's signature with some bytes: what matters is they come back. */
const SITE_PLAN = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const LETTER = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) & 0xff)),
]);

const fields: [label: string, value: string][] = [
  ['Name', 'Ann Agent'],
  ['Email', 'ann@example.org'],
  ['Address where the connection is needed', 'Land off Mill Lane, Thornbury'],
  ['Postcode', 'BS35 2AA'],
  ['Property number or name, if known', 'Plots 1–12'],
  ['OS grid reference', 'ST 63680 90210'],
  ['what3words address', '///filled.count.soap'],
  ['Correspondence address', '1 High Street, Bristol'],
  ['Correspondence postcode', 'BS1 1AA'],
  ['Customer’s name', 'Mill Homes Ltd'],
  ['Site contact’s name', 'Sam Site'],
  ['Site contact’s phone', '07700 900123'],
  ['Local planning authority', 'South Gloucestershire Council'],
  ['Planning reference', 'P24/01234/F'],
];

async function fill(page: Page) {
  const form = page.getByRole('region', { name: 'For the application' });
  await form.waitFor({ timeout: TIMEOUT });
  await page.getByLabel('Number of connections or plots').fill('12');
  await page.getByLabel('Type of customer').selectOption('developer');
  await page.getByRole('radio', { name: /Applying for the customer/ }).check();
  await page
    .getByRole('radiogroup', { name: 'Do you own the site?' })
    .getByRole('radio', { name: 'No' })
    .check();
  await page
    .getByRole('radiogroup', { name: 'Preferred contact' })
    .getByRole('radio', { name: 'Email' })
    .check();
  await page.getByRole('radio', { name: 'A formal quotation' }).check();
  await page
    .getByRole('radiogroup', { name: /design-approval costs/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page.getByLabel('Planning permission', { exact: true }).selectOption('granted');
  for (const [label, value] of fields)
    await page.getByRole('textbox', { name: label, exact: true }).fill(value);
  await page.getByRole('button', { name: 'Add properties' }).click();
  await page.getByLabel('Description, row 1').fill('3-bed houses');
  await page.getByLabel('With generation, row 1').fill('12');
  await page.getByLabel('With storage, row 1').fill('4');
  await page.getByLabel('Add site layout plan').setInputFiles({
    name: 'site-plan.pdf',
    mimeType: 'application/pdf',
    buffer: SITE_PLAN,
  });
  await form.getByText('Kept “site-plan.pdf” with this draft.').waitFor({ timeout: TIMEOUT });
  await page.getByLabel('Add letter of authority').setInputFiles({
    name: 'authority.png',
    mimeType: 'image/png',
    buffer: LETTER,
  });
  await form.getByText('Kept “authority.png” with this draft.').waitFor({ timeout: TIMEOUT });
}

/** The bytes a document's Download button saves. */
async function downloaded(page: Page, name: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: TIMEOUT }),
    page.getByRole('button', { name: `Download ${name}` }).click(),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('the application details', () => {
  it('keeps a 12-home development’s details and documents across a reload', async () => {
    session = await startSession();
    const { page } = session;
    await waitForSaved(page);
    await tab(page, 'Details').click();
    await fill(page);
    // Autosave waits 500 ms after the last edit; then the status says Saved again.
    await page.waitForTimeout(800);
    await waitForSaved(page);

    await page.reload();
    await waitForSaved(page);
    await tab(page, 'Details').click();
    await page.getByRole('region', { name: 'For the application' }).waitFor({ timeout: TIMEOUT });
    for (const [label, value] of fields) {
      expect(
        await page.getByRole('textbox', { name: label, exact: true }).inputValue(),
        label,
      ).toBe(value);
    }
    expect(await page.getByLabel('Number of connections or plots').inputValue()).toBe('12');
    expect(await page.getByLabel('Type of customer').inputValue()).toBe('developer');
    expect(await page.getByRole('radio', { name: /Applying for the customer/ }).isChecked()).toBe(
      true,
    );
    expect(
      await page
        .getByRole('radiogroup', { name: 'Do you own the site?' })
        .getByRole('radio', { name: 'No' })
        .isChecked(),
    ).toBe(true);
    expect(
      await page
        .getByRole('radiogroup', { name: 'Preferred contact' })
        .getByRole('radio', { name: 'Email' })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByRole('radio', { name: 'A formal quotation' }).isChecked()).toBe(true);
    expect(
      await page
        .getByRole('radiogroup', { name: /design-approval costs/ })
        .getByRole('radio', { name: 'Yes' })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByLabel('Planning permission', { exact: true }).inputValue()).toBe(
      'granted',
    );
    expect(await page.getByLabel('Type of property, row 1').inputValue()).toBe('house');
    expect(await page.getByLabel('Description, row 1').inputValue()).toBe('3-bed houses');
    expect(await page.getByLabel('Number of properties, row 1').inputValue()).toBe('12');
    expect(await page.getByLabel('With generation, row 1').inputValue()).toBe('12');
    expect(await page.getByLabel('With storage, row 1').inputValue()).toBe('4');

    const documents = page.getByRole('list', { name: 'Documents kept with this draft' });
    await documents.getByText('Site layout plan: site-plan.pdf').waitFor({ timeout: TIMEOUT });
    await documents.getByText('Letter of authority: authority.png').waitFor({ timeout: TIMEOUT });
    expect((await downloaded(page, 'site-plan.pdf')).equals(SITE_PLAN)).toBe(true);
    expect((await downloaded(page, 'authority.png')).equals(LETTER)).toBe(true);
  });
});
