/**
 * One estimate as a file: export (download) and import. An import always becomes a NEW
 * draft (new id and reference), so it can never overwrite a stored one; a bad file is
 * refused with a plain message and nothing changes.
 */
import { MAX_ESTIMATE_FILE_BYTES } from '../estimate-file/parseEstimateFile';
import type { EstimateFile } from '../estimate-file/types';
import type { EstimatorDb } from './db';
import { createDraft } from './draftStore';
import { toPlain } from './plain';
import type { EstimateRecord } from './records';
import { checkEstimateText } from './validateEstimate';

export function estimateFileText(file: EstimateFile): string {
  return `${JSON.stringify(toPlain(file), null, 2)}\n`;
}

/** e.g. "EST-2026-0001 Unit 4 workshop.json": safe on every file system. */
export function estimateFileName(file: EstimateFile): string {
  // Characters some file systems refuse, and control characters, become spaces.
  const title = Array.from(file.title, (ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const name = [file.reference, title.slice(0, 60)].filter(Boolean).join(' ');
  return `${name || 'estimate'}.json`;
}

export type ImportOutcome = { ok: true; record: EstimateRecord } | { ok: false; message: string };

/** Anything with a size and text(): a browser File or Blob. */
export interface ReadableFile {
  size: number;
  text(): Promise<string>;
  /** Given by browser files: lets a backup be read as a zip. */
  arrayBuffer?(): Promise<ArrayBuffer>;
}

export async function importEstimateFile(
  db: EstimatorDb,
  file: ReadableFile,
  now: Date,
): Promise<ImportOutcome> {
  if (file.size > MAX_ESTIMATE_FILE_BYTES) {
    return {
      ok: false,
      message: `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; an estimate file may be at most 5 MB. Nothing was imported.`,
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: 'The file could not be read. Nothing was imported.' };
  }
  return importEstimateText(db, text, now);
}

export async function importEstimateText(
  db: EstimatorDb,
  text: string,
  now: Date,
): Promise<ImportOutcome> {
  const check = checkEstimateText(text);
  if (!check.ok) {
    const others = check.errors.length - 1;
    const more = others > 0 ? ` (and ${others} more ${others === 1 ? 'problem' : 'problems'})` : '';
    return {
      ok: false,
      message: `${check.errors[0] ?? 'The file is not a valid estimate.'}${more} Nothing was imported.`,
    };
  }
  const record = await createDraft(db, check.file, now);
  return { ok: true, record };
}
