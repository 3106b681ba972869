/**
 * One estimate as a file: export (download) and import. An import always becomes a NEW
 * draft (new id), so it can never overwrite a stored one; it keeps its reference unless a
 * stored draft has it. A bad file is
 * refused with a plain message and nothing changes. An estimate exported with its documents
 * is a zip (backupZip.ts); importing it brings the documents back beside the new draft.
 */
import { FILE_BYTES_TEXT, MAX_ESTIMATE_FILE_BYTES, megabytesText } from '../estimate-file/limits';
import type { EstimateFile } from '../estimate-file/types';
import type { EstimatorDb } from './db';
import { createIncomingDraft, newId } from './draftStore';
import { toPlain } from './plain';
import type { AttachmentRecord, EstimateRecord } from './records';
import { isQuotaError } from './storageErrors';
import { isZip } from './isZip';
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

export type ImportOutcome =
  | {
      ok: true;
      record: EstimateRecord;
      /** What changed on the way in (repeated ids renamed, reference renumbered). */
      notes: string[];
      /** Documents brought back from a zip export, and any left out (with why). */
      documents?: number;
      skipped?: string[];
    }
  | { ok: false; message: string };

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
  const head = file.arrayBuffer ? await readBytes(file) : null;
  if (head && isZip(head)) return importEstimateZip(db, head, now);
  if (file.size > MAX_ESTIMATE_FILE_BYTES) {
    return {
      ok: false,
      message: `The file is ${megabytesText(file.size)}; an estimate file may be at most ${FILE_BYTES_TEXT}. Nothing was imported.`,
    };
  }
  let text: string;
  try {
    text = head ? new TextDecoder().decode(head) : await file.text();
  } catch {
    return { ok: false, message: 'The file could not be read. Nothing was imported.' };
  }
  return importEstimateText(db, text, now);
}

async function readBytes(file: ReadableFile): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await file.arrayBuffer!());
  } catch {
    return null;
  }
}

/**
 * An estimate exported with its documents: the estimate becomes a new draft and the
 * documents are kept beside it, in one transaction, so a full disk leaves nothing half done.
 */
async function importEstimateZip(
  db: EstimatorDb,
  bytes: Uint8Array,
  now: Date,
): Promise<ImportOutcome> {
  const { unpackWithDocuments, ESTIMATE_ENTRY } = await import('./backupZip');
  const unpacked = unpackWithDocuments(bytes, ESTIMATE_ENTRY);
  if (!unpacked.ok) return { ok: false, message: `${unpacked.message} Nothing was imported.` };
  const check = checkEstimateText(unpacked.text);
  if (!check.ok) return refused(check.errors);
  try {
    return await db.transaction(
      'rw',
      [db.estimates, db.bin, db.settings, db.attachments],
      async () => {
        const { record, notes } = await createIncomingDraft(db, check.file, now);
        const documents: AttachmentRecord[] = unpacked.documents.map((d) => ({
          ...d,
          id: newId(),
          draftId: record.id,
        }));
        if (documents.length > 0) await db.attachments.bulkAdd(documents);
        return {
          ok: true,
          record,
          notes: [...check.notes, ...notes],
          documents: documents.length,
          skipped: unpacked.skipped,
        };
      },
    );
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    return {
      ok: false,
      message:
        'This browser has no room left for the estimate and its documents. Free some space (delete drafts you no longer need) and import again. Nothing was imported.',
    };
  }
}

function refused(errors: readonly string[]): ImportOutcome {
  const others = errors.length - 1;
  const more = others > 0 ? ` (and ${others} more ${others === 1 ? 'problem' : 'problems'})` : '';
  return {
    ok: false,
    message: `${errors[0] ?? 'The file is not a valid estimate.'}${more} Nothing was imported.`,
  };
}

export async function importEstimateText(
  db: EstimatorDb,
  text: string,
  now: Date,
): Promise<ImportOutcome> {
  const check = checkEstimateText(text);
  if (!check.ok) return refused(check.errors);
  const { record, notes } = await createIncomingDraft(db, check.file, now);
  return { ok: true, record, notes: [...check.notes, ...notes] };
}
