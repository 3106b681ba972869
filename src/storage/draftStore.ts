/**
 * Reading and writing drafts. Every write that must not race another tab runs in one
 * read-write transaction: compare the stored revision, then write.
 */
import type { EstimateFile } from '../estimate-file/types';
import type { StatementFile } from '../statements/types';
import type { EstimatorDb } from './db';
import { toPlain } from './plain';
import {
  BIN_RETENTION_DAYS,
  isRevision,
  MAX_REVISION,
  type BinRecord,
  type EstimateRecord,
  type StatementRecord,
} from './records';
import { claimReference, nextFreeReference, renumberedNote } from './references';
import { isQuotaError } from './storageErrors';
import { checkEstimateFile } from './validateEstimate';

export type SaveOutcome =
  | { kind: 'saved'; record: EstimateRecord }
  /** The stored revision moved on (another tab saved): nothing was written. */
  | { kind: 'conflict'; theirs: EstimateRecord }
  /** The draft is no longer stored (deleted in another tab): nothing was written. */
  | { kind: 'missing' }
  /**
   * The draft is not there, and neither is anything else: no draft and nothing in the bin.
   * That is the browser not giving back what it stores (seen with Chromium on a full disk),
   * not another tab's delete, which leaves the draft in the bin or other drafts stored.
   * Nothing was written: writing into such a store could be lost, and the write-ahead
   * record would be cleared with it.
   */
  | { kind: 'unreadable' };

/** A random id. randomUUID exists only in secure contexts; a plain-http host still works. */
export function newId(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  return Array.from(c.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/** Store a file as a new draft with a new id and reference. Never overwrites. */
export async function createDraft(
  db: EstimatorDb,
  file: EstimateFile,
  now: Date,
  options: { id?: string; title?: string } = {},
): Promise<EstimateRecord> {
  const at = now.toISOString();
  return db.transaction('rw', db.estimates, db.bin, db.settings, async () => {
    const reference = await nextFreeReference(db, now.getFullYear());
    const id = options.id ?? newId();
    const record: EstimateRecord = {
      id,
      revision: 1,
      savedAt: at,
      file: {
        ...toPlain(file),
        id,
        reference,
        title: options.title ?? file.title,
        createdAt: at,
        updatedAt: at,
      },
    };
    // add (not put): a clash of ids fails instead of overwriting.
    await db.estimates.add(record);
    return record;
  });
}

/**
 * Add a draft, keeping the file's reference when no stored draft has it (the counter moves
 * past it); otherwise it gets the next one, and the note says so. `add`, never `put`: a
 * draft already stored under the id makes it fail instead of being overwritten.
 */
async function addClaimingReference(
  db: EstimatorDb,
  file: EstimateFile,
  now: Date,
  fields: (at: string) => Partial<EstimateFile> & { id: string },
): Promise<{ record: EstimateRecord; notes: string[] }> {
  const at = now.toISOString();
  return db.transaction('rw', db.estimates, db.bin, db.settings, async () => {
    const claimed = await claimReference(db, file.reference, now.getFullYear());
    const own = fields(at);
    const record: EstimateRecord = {
      id: own.id,
      revision: 1,
      savedAt: at,
      file: { ...toPlain(file), ...own, reference: claimed.reference, updatedAt: at },
    };
    await db.estimates.add(record);
    const notes = claimed.renumberedFrom
      ? [renumberedNote(claimed.renumberedFrom, claimed.reference)]
      : [];
    return { record, notes };
  });
}

/**
 * Store a file that came from elsewhere (an import or a share link) as a new draft with a
 * new id, created now.
 */
export function createIncomingDraft(
  db: EstimatorDb,
  file: EstimateFile,
  now: Date,
): Promise<{ record: EstimateRecord; notes: string[] }> {
  return addClaimingReference(db, file, now, (at) => ({ id: newId(), createdAt: at }));
}

/**
 * Store a draft the storage lost (neither stored nor in the bin) again, from the work kept
 * in the write-ahead record: under its own id and creation date.
 */
export function restoreLostDraft(
  db: EstimatorDb,
  file: EstimateFile,
  now: Date,
): Promise<{ record: EstimateRecord; notes: string[] }> {
  return addClaimingReference(db, file, now, () => ({ id: file.id }));
}

/**
 * Compare-and-set save: writes only if the stored revision is still `expectedRevision`,
 * both checked and written in one transaction.
 */
export async function saveDraft(
  db: EstimatorDb,
  file: EstimateFile,
  expectedRevision: number,
  now: Date,
  savedBy?: string,
): Promise<SaveOutcome> {
  const plain = toPlain(file);
  return db.transaction('rw', db.estimates, db.bin, async (): Promise<SaveOutcome> => {
    const current = await db.estimates.get(plain.id);
    if (!current) {
      const isDeleted =
        (await db.bin.get(plain.id)) !== undefined || (await db.estimates.count()) > 0;
      return isDeleted ? { kind: 'missing' } : { kind: 'unreadable' };
    }
    if (current.revision !== expectedRevision) return { kind: 'conflict', theirs: current };
    const at = now.toISOString();
    const record: EstimateRecord = {
      id: plain.id,
      revision: current.revision + 1,
      savedAt: at,
      ...(savedBy ? { savedBy } : {}),
      file: { ...plain, updatedAt: at },
    };
    await db.estimates.put(record);
    return { kind: 'saved', record };
  });
}

export async function loadDraft(db: EstimatorDb, id: string): Promise<EstimateRecord | undefined> {
  return db.estimates.get(id);
}

export interface DamagedRecord {
  id: string;
  /** The title and reference the stored file names, when it names them: what users know it by. */
  title: string | null;
  reference: string | null;
  /** The stored value as it is, for download. */
  raw: unknown;
  errors: string[];
}

/** A draft as users know it: “Title” (EST-2026-0001). */
export const draftName = (file: { title: string; reference: string }): string =>
  `“${file.title.trim() || 'Untitled'}”${file.reference ? ` (${file.reference})` : ''}`;

/** A damaged draft by its title and reference; by its stored id only when it names neither. */
export const damagedName = (item: DamagedRecord): string =>
  item.title || item.reference
    ? draftName({ title: item.title ?? '', reference: item.reference ?? '' })
    : `a draft with no title (stored as ${item.id})`;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A damaged record's title and reference, read as far as they can be. */
function namesOf(row: unknown): { title: string | null; reference: string | null } {
  const file = isObject(row) && isObject(row.file) ? row.file : null;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
  return { title: str(file?.title), reference: str(file?.reference) };
}

/** All drafts; records that fail validation are set aside, not thrown. */
export async function listDrafts(
  db: EstimatorDb,
): Promise<{ drafts: EstimateRecord[]; damaged: DamagedRecord[] }> {
  const rows = await db.estimates.toArray();
  const drafts: EstimateRecord[] = [];
  const damaged: DamagedRecord[] = [];
  for (const row of rows as unknown[]) {
    const record = row as Partial<EstimateRecord> & { id?: unknown };
    const id = typeof record?.id === 'string' ? record.id : String(record?.id);
    if (!isRevision(record?.revision) || typeof record.savedAt !== 'string') {
      damaged.push({
        id,
        ...namesOf(row),
        raw: row,
        errors: [
          `The stored record has no valid revision (a whole number from 1 to ${MAX_REVISION.toLocaleString('en-GB')}) or save time.`,
        ],
      });
      continue;
    }
    const check = checkEstimateFile(record.file);
    if (!check.ok) {
      damaged.push({ id, ...namesOf(row), raw: row, errors: check.errors });
    } else if (check.file.id !== id) {
      damaged.push({
        id,
        ...namesOf(row),
        raw: row,
        errors: ['The file inside the record has another id.'],
      });
    } else {
      drafts.push({ id, revision: record.revision, savedAt: record.savedAt, file: check.file });
    }
  }
  return { drafts, damaged };
}

export async function renameDraft(
  db: EstimatorDb,
  id: string,
  title: string,
  now: Date,
): Promise<EstimateRecord> {
  const clean = title.trim();
  if (clean === '') throw new Error('A draft needs a title.');
  return db.transaction('rw', db.estimates, async () => {
    const current = await db.estimates.get(id);
    if (!current) throw new Error('That draft is no longer stored.');
    const at = now.toISOString();
    const record: EstimateRecord = {
      id,
      revision: current.revision + 1,
      savedAt: at,
      file: { ...current.file, title: clean, updatedAt: at },
    };
    await db.estimates.put(record);
    return record;
  });
}

export async function duplicateDraft(
  db: EstimatorDb,
  id: string,
  now: Date,
): Promise<EstimateRecord> {
  const current = await db.estimates.get(id);
  if (!current) throw new Error('That draft is no longer stored.');
  return createDraft(db, { ...current.file, status: 'draft' }, now, {
    title: `Copy of ${current.file.title}`,
  });
}

export interface DeleteOutcome {
  entry: BinRecord;
  /** Storage was full: the draft was deleted first, and the bin could not keep a copy. */
  isInBin: boolean;
}

/**
 * Delete a draft, even when storage is full. Normally it moves to the bin in one
 * transaction. When that is refused for lack of space, the draft is deleted first (which
 * frees space), then the bin copy is tried on its own; `isInBin` says whether it landed.
 */
export async function deleteDraftFreeingSpace(
  db: EstimatorDb,
  id: string,
  now: Date,
): Promise<DeleteOutcome> {
  try {
    return { entry: await deleteDraft(db, id, now), isInBin: true };
  } catch (error) {
    if (!isQuotaError(error)) throw error;
  }
  const current = await db.estimates.get(id);
  if (!current) throw new Error('That draft is no longer stored.');
  await db.estimates.delete(id);
  const entry: BinRecord = { id, deletedAt: now.toISOString(), record: current };
  try {
    await db.bin.put(entry);
    return { entry, isInBin: true };
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    return { entry, isInBin: false };
  }
}

/** Move a draft to the bin (restorable for 30 days). Returns what was moved. */
export async function deleteDraft(db: EstimatorDb, id: string, now: Date): Promise<BinRecord> {
  return db.transaction('rw', db.estimates, db.bin, async () => {
    const current = await db.estimates.get(id);
    if (!current) throw new Error('That draft is no longer stored.');
    const entry: BinRecord = { id, deletedAt: now.toISOString(), record: current };
    await db.bin.put(entry);
    await db.estimates.delete(id);
    return entry;
  });
}

/** Put a deleted draft back as it was. Refuses if a draft with that id exists again. */
export async function restoreFromBin(db: EstimatorDb, id: string): Promise<EstimateRecord> {
  return db.transaction('rw', db.estimates, db.bin, async () => {
    const entry = await db.bin.get(id);
    if (!entry) throw new Error('That draft is no longer in the bin.');
    if (await db.estimates.get(id)) throw new Error('A draft with that id is already stored.');
    await db.estimates.add(entry.record);
    await db.bin.delete(id);
    return entry.record;
  });
}

export async function listBin(db: EstimatorDb): Promise<BinRecord[]> {
  return db.bin.orderBy('deletedAt').reverse().toArray();
}

/** When a bin entry is purged. */
export function purgeDate(entry: BinRecord): Date {
  return new Date(Date.parse(entry.deletedAt) + BIN_RETENTION_DAYS * 86_400_000);
}

/** Remove bin entries deleted more than 30 days before `now`. Returns how many. */
export async function purgeBin(db: EstimatorDb, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - BIN_RETENTION_DAYS * 86_400_000).toISOString();
  return db.bin.where('deletedAt').below(cutoff).delete();
}

export async function saveStatement(
  db: EstimatorDb,
  statement: StatementFile,
  now: Date,
): Promise<StatementRecord> {
  const record: StatementRecord = {
    id: statement.id,
    importedAt: now.toISOString(),
    file: toPlain(statement),
  };
  await db.statements.put(record);
  return record;
}

export async function listStatements(db: EstimatorDb): Promise<StatementRecord[]> {
  return db.statements.toArray();
}

export async function deleteStatement(db: EstimatorDb, id: string): Promise<void> {
  await db.statements.delete(id);
}
