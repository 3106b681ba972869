/**
 * An imported estimate file in which two lines and two network sections (RSNs) share an id:
 * the later ones get new ids and the message says so, the editor shows every line (no
 * each_key_duplicate error: the session fails on any page error), and the draft reopens
 * after a reload as it was imported.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cell, tab, TIMEOUT, waitForSaved } from './app.ts';
import { startSession, type Session } from './browser.ts';
import { recordFault } from './faultTable.ts';
import { downloadedJson, shownReference, shownTitle } from './storedDrafts.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

interface FileShape {
  title: string;
  inputs: { schemes: { minimum: { lines: { id: string }[]; rsns: unknown[] } } };
}

describe('duplicate ids in an imported file', () => {
  it('are renumbered with a message, and the draft reopens', async () => {
    session = await startSession();
    const { page } = session;
    await waitForSaved(page);
    const ref = await shownReference(page);
    await tab(page, 'Drafts').click();
    const file = (await downloadedJson(page, () =>
      page.getByRole('button', { name: `Export ${ref}` }).click(),
    )) as FileShape;

    const scheme = file.inputs.schemes.minimum;
    const first = scheme.lines[0]!;
    scheme.lines.push({ ...first, description: 'Same id as line 1' } as typeof first);
    const rsn = {
      id: 'rsn-same',
      name: 'Feeder A',
      driver: 'security',
      capacity: { method: 'ratings', ratingsKva: ['500'], secure: true },
    };
    scheme.rsns.push(rsn, { ...rsn, name: 'Feeder B' });
    file.title = 'Imported with repeated ids';
    const lineCount = scheme.lines.length;

    await page.getByLabel('Import an estimate file').setInputFiles({
      name: 'repeated-ids.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const message = page.getByRole('status', { name: 'Storage message' });
    await message.waitFor({ timeout: TIMEOUT });
    const said = await message.innerText();
    await waitForSaved(page);
    const importedRef = await shownReference(page);

    const problems: string[] = [];
    if (!/line \d+ .*already used by line 1/s.test(said)) problems.push(`line not said: ${said}`);
    if (!/network section 2 .*already used by network section 1/s.test(said))
      problems.push(`RSN not said: ${said}`);
    await tab(page, 'Minimum Scheme').click();
    await cell(page, `Description, line ${lineCount}`).waitFor({ timeout: TIMEOUT });

    await page.reload();
    await waitForSaved(page);
    if ((await shownReference(page)) !== importedRef) problems.push('another draft reopened');
    if ((await shownTitle(page)) !== 'Imported with repeated ids') problems.push('title lost');
    await tab(page, 'Minimum Scheme').click();
    await cell(page, `Description, line ${lineCount}`).waitFor({ timeout: TIMEOUT });
    await tab(page, 'Drafts').click();
    if ((await page.getByRole('region', { name: /Damaged drafts/ }).count()) > 0)
      problems.push('listed as damaged');
    session.expectNoProblems();

    recordFault('duplicate line and RSN ids (imported file)', problems.length === 0);
    expect(problems).toEqual([]);
  });
});
