/**
 * Documents kept beside a draft (site plan, location plan, letter of authority, planning
 * consent), in their own table so the drafts themselves stay small. Limits are stated and
 * checked before anything is written; a full browser store gets a plain message. The bytes
 * go into backups and the application pack, never into share links.
 */
import { summarise, type AttachmentKind } from '../application/attachmentKinds';
import type { EstimatorDb } from './db';
import type { AttachmentRecord } from './records';
import { isQuotaError } from './storageErrors';

/** One document: large enough for a scanned plan, small enough for a backup file. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** All the documents of one draft together. */
export const MAX_DRAFT_ATTACHMENT_BYTES = 25 * 1024 * 1024;
/** The kinds of file an operator accepts for plans and letters. */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
};

/** The part of navigator.storage used to say, before writing, that the browser is short of room. */
export interface StorageEstimator {
  estimate?: () => Promise<{ quota?: number; usage?: number }>;
}

/** A chosen file, as the browser's File gives it. */
export interface AttachmentSource {
  name: string;
  type: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type AddOutcome = { ok: true; record: AttachmentRecord } | { ok: false; message: string };

export const megabytes = (bytes: number): string =>
  `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

export { summarise };

/** A type the browser did not name is guessed from the file's extension. */
function mediaType(source: AttachmentSource): string {
  if (source.type) return source.type;
  const ext = /\.([a-z0-9]+)$/i.exec(source.name)?.[1]?.toLowerCase();
  return ext === 'pdf'
    ? 'application/pdf'
    : ext === 'png'
      ? 'image/png'
      : ext === 'jpg' || ext === 'jpeg'
        ? 'image/jpeg'
        : '';
}

export async function listAttachments(
  db: EstimatorDb,
  draftId: string,
): Promise<AttachmentRecord[]> {
  const records = await db.attachments.where('draftId').equals(draftId).toArray();
  return records.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
}

export async function addAttachment(
  db: EstimatorDb,
  draftId: string,
  kind: AttachmentKind,
  source: AttachmentSource,
  options: { now: Date; id: string; storage?: StorageEstimator | null },
): Promise<AddOutcome> {
  const type = mediaType(source);
  if (!ATTACHMENT_TYPES[type]) {
    return {
      ok: false,
      message: `“${source.name}” is not a PDF, PNG or JPEG file, so it was not kept. Save plans and letters as PDF or as an image.`,
    };
  }
  if (source.size > MAX_ATTACHMENT_BYTES) {
    return {
      ok: false,
      message: `“${source.name}” is ${megabytes(source.size)}; a document may be at most ${megabytes(MAX_ATTACHMENT_BYTES)}. Save it at a lower resolution or as a smaller PDF.`,
    };
  }
  const existing = await listAttachments(db, draftId);
  const used = existing.reduce((sum, r) => sum + r.size, 0);
  if (used + source.size > MAX_DRAFT_ATTACHMENT_BYTES) {
    return {
      ok: false,
      message: `“${source.name}” (${megabytes(source.size)}) would take this draft's documents to ${megabytes(used + source.size)}; a draft may keep at most ${megabytes(MAX_DRAFT_ATTACHMENT_BYTES)}. Remove a document you no longer need first.`,
    };
  }
  const estimate = await options.storage?.estimate?.().catch(() => null);
  if (estimate && typeof estimate.quota === 'number' && typeof estimate.usage === 'number') {
    if (estimate.quota - estimate.usage < source.size) {
      return { ok: false, message: shortOfRoom(source) };
    }
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await source.arrayBuffer();
  } catch {
    return { ok: false, message: `“${source.name}” could not be read. Nothing was kept.` };
  }
  const record: AttachmentRecord = {
    id: options.id,
    draftId,
    kind,
    name: source.name,
    type,
    size: bytes.byteLength,
    addedAt: options.now.toISOString(),
    bytes,
  };
  try {
    await db.attachments.add(record);
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, message: shortOfRoom(source) };
    throw error;
  }
  return { ok: true, record };
}

function shortOfRoom(source: AttachmentSource): string {
  return `This browser has no room left to keep “${source.name}” (${megabytes(source.size)}). Download a backup, then remove drafts or documents you no longer need, and try again. Your estimate is saved as before.`;
}

export async function removeAttachment(db: EstimatorDb, id: string): Promise<void> {
  await db.attachments.delete(id);
}

export async function getAttachment(
  db: EstimatorDb,
  id: string,
): Promise<AttachmentRecord | undefined> {
  return db.attachments.get(id);
}

/** Documents whose draft is neither stored nor in the bin: left by a purge. */
export async function purgeOrphanAttachments(db: EstimatorDb): Promise<number> {
  return db.transaction('rw', [db.attachments, db.estimates, db.bin], async () => {
    const ids = new Set<string>([
      ...((await db.estimates.toCollection().primaryKeys()) as string[]),
      ...((await db.bin.toCollection().primaryKeys()) as string[]),
    ]);
    return db.attachments.filter((a) => !ids.has(a.draftId)).delete();
  });
}
