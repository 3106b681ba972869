/**
 * With SP Manweb's 2008 statement (002) chosen, nothing the user sees or downloads cites
 * Indigo Power's statement (001): every view, every Guidance section, every "Why?" panel
 * and opened detail, the presentation, and the text of the PDF, CSV, XLSX and the
 * application pack, for every 002 worked example. The statement 002 text is the spec: a
 * paragraph 002 has is cited as 002's, and one it does not have is not borrowed from 001.
 *
 * Not searched: the two choosers, which list every statement by name (the statement picker's
 * options, and "Start from a worked example" with each statement's examples under its
 * heading, which is closed while the screens are read).
 */
import type { Download, Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadExample, tab, TIMEOUT, waitForSaved } from './app.ts';
import { startSession, type Session } from './browser.ts';
import { E2E_ARTIFACTS } from './paths.ts';
import { readPdfDownload } from './pdf.ts';

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** What must not appear with 002 chosen: a 001 paragraph, or 001's operator. */
const FORBIDDEN = /001 (§|Part|Sch|Glossary|Ex)|cf\. 001|Indigo/;

const VIEWS = ['Quick estimate', 'Details', 'Minimum Scheme', 'Enhanced Scheme', 'Compare'];
const GUIDANCE = ['Check a quote', 'What happens next', 'Ways to reduce the charge', 'Diversions'];

/** Where 002's own paragraphs were seen: the search read real text, not an empty page. */
const cites002 = new Set<string>();

/** Each offending line with what it came from, so a failure says where to look. */
function offences(where: string, text: string): string[] {
  if (/002 (§|Sch)/.test(text)) cites002.add(where.replace(/^.* · /, '').replace(/ \d+$/, ''));
  return text
    .split(/\n/)
    .filter((line) => FORBIDDEN.test(line))
    .map((line) => `${where}: ${line.trim().slice(0, 200)}`);
}

/**
 * The page's text with every <details> opened, less the statement chooser's options (it
 * names every statement, 001 among them, as a choice).
 */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const choices = new Set(
      [...document.querySelectorAll('select')]
        .filter((s) => s.labels[0]?.textContent?.trim() === 'Charging statement')
        .flatMap((s) => [...s.options].map((o) => o.text.trim())),
    );
    return document.body.innerText
      .split('\n')
      .filter((line) => !choices.has(line.trim()))
      .join('\n');
  });
}

/** Opens each "Why?" panel of the scheme's grid in turn and reads the page with it open. */
async function whyPanels(page: Page): Promise<string> {
  const buttons = page.locator('button.why:not([disabled])');
  const count = await buttons.count();
  let text = '';
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    text += `\n${await pageText(page)}`;
  }
  return text;
}

async function download(page: Page, button: string): Promise<Download> {
  const [d] = await Promise.all([
    page.waitForEvent('download', { timeout: TIMEOUT }),
    page.getByRole('button', { name: button }).click(),
  ]);
  return d;
}

async function bytesOf(d: Download): Promise<Buffer> {
  const stream = await d.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function pdfText(bytes: Uint8Array): string {
  mkdirSync(E2E_ARTIFACTS, { recursive: true });
  const path = join(mkdtempSync(join(E2E_ARTIFACTS, 'pack-')), 'file.pdf');
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** The text of every sheet, shared string and PDF inside a zip (XLSX or the pack). */
function zipText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  return Object.entries(files)
    .map(([name, data]) =>
      name.endsWith('.pdf')
        ? pdfText(data)
        : /\.(xml|txt|csv|json|ics)$/.test(name)
          ? strFromU8(data)
          : '',
    )
    .join('\n');
}

describe('another statement chosen', () => {
  it('with 002 chosen, no screen or export cites 001 or names Indigo Power', async () => {
    session = await startSession();
    const { page } = session;
    await waitForSaved(page);
    await page.getByRole('button', { name: 'Start from a worked example' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start from a worked example' });
    const firsts = dialog.locator('button.template > span:first-child');
    await firsts.first().waitFor({ timeout: TIMEOUT });
    const titles = (await firsts.allInnerTexts()).filter((t) => t.startsWith('002 '));
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(titles.length).toBeGreaterThanOrEqual(5);

    const found: string[] = [];
    for (const title of titles) {
      await loadExample(page, title);
      await page
        .getByRole('heading', { level: 1, name: title.slice(0, 20), exact: false })
        .waitFor({ timeout: TIMEOUT });
      await waitForSaved(page);
      const at = (where: string) => `${title.slice(0, 24)} · ${where}`;

      for (const view of VIEWS) {
        await tab(page, view).click();
        await page.waitForTimeout(300);
        found.push(...offences(at(view), await pageText(page)));
        if (view.endsWith('Scheme'))
          found.push(...offences(at(`${view} Why?`), await whyPanels(page)));
      }
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      for (let slide = 0; slide < 12; slide++) {
        found.push(...offences(at(`slide ${slide + 1}`), await pageText(page)));
        const next = page.getByRole('button', { name: 'Next', exact: true });
        if (await next.isDisabled()) break;
        await next.click();
      }
      await page.getByRole('button', { name: 'Leave presentation' }).click();

      await tab(page, 'Guidance').click();
      for (const section of GUIDANCE) {
        await page
          .getByRole('navigation', { name: 'Guidance sections' })
          .getByRole('button', { name: section })
          .click({ timeout: TIMEOUT });
        await page.waitForTimeout(300);
        found.push(...offences(at(`Guidance: ${section}`), await pageText(page)));
      }
      await tab(page, 'Ready to apply?').click();
      await page
        .getByRole('button', { name: 'Download the application pack' })
        .waitFor({ timeout: TIMEOUT });
      found.push(...offences(at('Ready to apply?'), await pageText(page)));
      found.push(
        ...offences(
          at('application pack'),
          zipText(await bytesOf(await download(page, 'Download the application pack'))),
        ),
      );

      await tab(page, 'Minimum Scheme').click();
      const pdf = await readPdfDownload(await download(page, 'Download PDF'));
      found.push(...offences(at('PDF'), pdf.pages.join('\n')));
      const csv = (await bytesOf(await download(page, 'Download CSV'))).toString('utf8');
      found.push(...offences(at('CSV'), csv));
      const xlsx = await bytesOf(await download(page, 'Download XLSX'));
      found.push(...offences(at('XLSX'), zipText(xlsx)));
    }
    expect([...new Set(found)]).toEqual([]);
    for (const where of [
      'Minimum Scheme Why?',
      'Compare',
      'PDF',
      'CSV',
      'XLSX',
      'application pack',
    ])
      expect(cites002, where).toContain(where);
    session.expectNoProblems();
  }, 600_000);
});
