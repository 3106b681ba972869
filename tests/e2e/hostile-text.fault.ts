/**
 * Hostile text in an imported file: a title with a RIGHT-TO-LEFT OVERRIDE (which would make
 * "abc‮exe.pdf" display as "abcfdp.exe") and a description a spreadsheet would run as a
 * formula. The app's heading, the library and the PDF show the override as a visible mark;
 * the CSV defuses the formula; the draft reopens with the text as it was.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tab, TIMEOUT, waitForSaved } from './app.ts';
import { startSession, type Session } from './browser.ts';
import { recordFault } from './faultTable.ts';
import { flat, readPdfDownload } from './pdf.ts';
import { downloadedJson, shownReference, shownTitle } from './storedDrafts.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const TITLE = 'Invoice abc\u202Eexe.pdf';
const SHOWN = 'Invoice abc[U+202E]exe.pdf';
const FORMULA = "-1+1+cmd|' /C calc'!A0";

interface FileShape {
  title: string;
  inputs: { schemes: { minimum: { lines: { description: string }[] } } };
}

describe('hostile text', () => {
  it('bidi overrides shown as marks on screen and in the PDF; formulas defused in the CSV', async () => {
    session = await startSession();
    const { page } = session;
    await waitForSaved(page);
    const ref = await shownReference(page);
    await tab(page, 'Drafts').click();
    const file = (await downloadedJson(page, () =>
      page.getByRole('button', { name: `Export ${ref}` }).click(),
    )) as FileShape;
    file.title = TITLE;
    file.inputs.schemes.minimum.lines[0]!.description = FORMULA;
    await page.getByLabel('Import an estimate file').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByRole('status', { name: 'Storage message' }).waitFor({ timeout: TIMEOUT });
    await waitForSaved(page);

    const heading = await page.getByRole('heading', { level: 1 }).innerText();
    await tab(page, 'Drafts').click();
    const row = await page.getByRole('row', { name: /Invoice abc/ }).innerText();
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const pdf = flat((await readPdfDownload(pdfDownload)).pages.join('\n'));
    const isBidiShown = [heading, row, pdf].every(
      (text) => text.includes(SHOWN) && !text.includes('\u202E'),
    );
    recordFault('hostile text: a bidi override in the title (screen and PDF)', isBidiShown);

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    const isDefused = csv.includes(`'${FORMULA}`) && !/(^|,)"?-1\+1\+cmd/m.test(csv);
    recordFault('hostile text: a formula in a description (CSV)', isDefused);

    await page.reload();
    await waitForSaved(page);
    const isKept = (await shownTitle(page)) === TITLE;
    recordFault('hostile text: the draft reopens with the text as it was', isKept);

    expect(heading).toContain(SHOWN);
    expect(row).toContain(SHOWN);
    expect(pdf).toContain(SHOWN);
    expect(isBidiShown).toBe(true);
    expect(isDefused, csv.slice(0, 2000)).toBe(true);
    expect(isKept).toBe(true);
  });
});
