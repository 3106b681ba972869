/** Saves a PDF download and reads its text back with pdftotext (poppler-utils), page by page. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download } from 'playwright-core';
import { E2E_ARTIFACTS } from './paths.ts';

export interface PdfText {
  path: string;
  pages: string[];
}

export async function readPdfDownload(download: Download): Promise<PdfText> {
  mkdirSync(E2E_ARTIFACTS, { recursive: true });
  const dir = mkdtempSync(join(E2E_ARTIFACTS, 'pdf-'));
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  const head = readFileSync(path).subarray(0, 5).toString('latin1');
  if (head !== '%PDF-') throw new Error(`The download is not a PDF (starts with "${head}")`);
  let text: string;
  try {
    text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  } catch (e) {
    throw new Error(
      `pdftotext failed (install poppler-utils): ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  }
  // pdftotext ends every page with a form feed.
  const pages = text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
  return { path, pages };
}

/** Collapses runs of spaces and line breaks, so a phrase wrapped across lines still matches. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
