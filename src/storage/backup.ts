/**
 * "Back up all" and "Restore": one JSON file with every draft and imported statement.
 * Restore first previews what it will add and replace (by id and revision), then applies
 * everything in one transaction, so a restore is all or nothing. The backup carries the
 * reference counters, so a restore into a fresh browser never hands a reference out twice.
 */
import { isBuiltInStatementId } from '../statements/builtInIds';
import { validateStatement } from '../statements/validateStatement';
import type { EstimatorDb } from './db';
import { toPlain } from './plain';
import {
  isRevision,
  MAX_REVISION,
  REFERENCE_COUNTER_PREFIX,
  referenceCounterKey,
  type EstimateRecord,
  type StatementRecord,
} from './records';
import { advanceCounterPast, nextFreeReference, renumberedNote } from './references';
import { setSetting } from './settings';
import { checkEstimateFile } from './validateEstimate';

export const BACKUP_FORMAT = 'connection-estimator-backup';
export const BACKUP_VERSION = 1;
/** A backup holds many drafts, so it may be larger than one estimate file. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  estimates: EstimateRecord[];
  statements: StatementRecord[];
  /**
   * The last reference number handed out, by year ("2026": 7 for EST-2026-0007), so that a
   * restore into a fresh browser never hands one out again. Absent in older backups.
   */
  referenceCounters?: Record<string, number>;
}

/** The reference counters stored in settings, by year. */
async function readCounters(db: EstimatorDb): Promise<Record<string, number>> {
  const counters: Record<string, number> = {};
  const rows = await db.settings.where('key').startsWith(REFERENCE_COUNTER_PREFIX).toArray();
  for (const row of rows) {
    const year = row.key.slice(REFERENCE_COUNTER_PREFIX.length);
    if (typeof row.value === 'number') counters[year] = row.value;
  }
  return counters;
}

/**
 * Everything stored, as it is stored (damaged records too: the backup is the guarantee).
 * `open`: the draft on screen, when its latest edits may not be stored (storage full): the
 * backup holds that version instead of the stored one.
 */
export async function createBackup(
  db: EstimatorDb,
  now: Date,
  open?: EstimateRecord,
): Promise<BackupFile> {
  return db.transaction('r', db.estimates, db.statements, db.settings, async () => {
    const estimates = toPlain(await db.estimates.orderBy('id').toArray());
    if (open) {
      const plain = toPlain(open);
      const at = estimates.findIndex((e) => e.id === plain.id);
      if (at >= 0) estimates[at] = plain;
      else estimates.push(plain);
    }
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: now.toISOString(),
      estimates,
      statements: toPlain(await db.statements.orderBy('id').toArray()),
      referenceCounters: await readCounters(db),
    };
  });
}

export function backupFileName(now: Date): string {
  return `estimates-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** Record that a backup was downloaded (for the 7-day reminder). */
export async function markBackedUp(db: EstimatorDb, now: Date): Promise<void> {
  await setSetting(db, 'lastBackupAt', now.toISOString());
}

export interface SkippedItem {
  id: string;
  reason: string;
}

export interface ParsedBackup {
  createdAt: string;
  estimates: EstimateRecord[];
  statements: StatementRecord[];
  /** Items in the backup that cannot be restored, with why. */
  skipped: SkippedItem[];
  /** Reference counters by year (empty for an older backup). */
  referenceCounters: Record<string, number>;
  /** What the reader changed to make drafts safe to open (repeated ids renamed). */
  notes: string[];
}

export type BackupParse = { ok: true; backup: ParsedBackup } | { ok: false; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseBackup(text: string): BackupParse {
  if (text.length > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      message: 'The file is larger than 50 MB, so it is not a backup from this app.',
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'The file is not JSON, so it is not a backup from this app.' };
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
    const hint =
      isRecord(data) && data.format === 'connection-estimate'
        ? ' It is a single estimate file: use "Import an estimate" instead.'
        : '';
    return { ok: false, message: `The file is not a backup from this app.${hint}` };
  }
  if (typeof data.version !== 'number' || data.version > BACKUP_VERSION) {
    return {
      ok: false,
      message: `The backup was made by a newer version of the app (backup version ${String(data.version)}). Update the app to restore it.`,
    };
  }
  if (data.version !== BACKUP_VERSION) {
    return { ok: false, message: `Backup version ${data.version} is not known.` };
  }
  if (!Array.isArray(data.estimates) || !Array.isArray(data.statements)) {
    return {
      ok: false,
      message: 'The backup is incomplete: its list of drafts or statements is missing.',
    };
  }
  const skipped: SkippedItem[] = [];
  const notes: string[] = [];
  const estimates: EstimateRecord[] = [];
  const seen = new Set<string>();
  for (const item of data.estimates as unknown[]) {
    const id = isRecord(item) && typeof item.id === 'string' ? item.id : '(no id)';
    if (!isRecord(item) || typeof item.id !== 'string') {
      skipped.push({ id, reason: 'The draft has no id.' });
      continue;
    }
    if (seen.has(id)) {
      skipped.push({ id, reason: 'The backup holds this draft twice; the first copy is used.' });
      continue;
    }
    if (!isRevision(item.revision)) {
      skipped.push({
        id,
        reason: `The draft has no valid revision number (a whole number from 1 to ${MAX_REVISION.toLocaleString('en-GB')}).`,
      });
      continue;
    }
    if (typeof item.savedAt !== 'string') {
      skipped.push({ id, reason: 'The draft has no save time.' });
      continue;
    }
    const check = checkEstimateFile(item.file);
    if (!check.ok) {
      skipped.push({
        id,
        reason: `The draft is damaged: ${check.errors[0] ?? 'it is not a valid estimate.'}`,
      });
      continue;
    }
    if (check.file.id !== id) {
      skipped.push({ id, reason: 'The estimate inside the draft has another id.' });
      continue;
    }
    seen.add(id);
    notes.push(...check.notes.map((note) => `${check.file.reference || id}: ${note}`));
    estimates.push({ id, revision: item.revision, savedAt: item.savedAt, file: check.file });
  }
  const statements: StatementRecord[] = [];
  for (const item of data.statements as unknown[]) {
    const id = isRecord(item) && typeof item.id === 'string' ? item.id : '(no id)';
    if (!isRecord(item) || typeof item.importedAt !== 'string') {
      skipped.push({ id, reason: 'The statement has no id or import time.' });
      continue;
    }
    if (isBuiltInStatementId(id)) {
      skipped.push({
        id,
        reason: `“${id}” is the id of a statement built into the app, which a backup cannot replace.`,
      });
      continue;
    }
    const check = validateStatement(item.file);
    if (!check.ok || check.statement.id !== id) {
      skipped.push({
        id,
        reason: `The statement is not valid: ${check.ok ? 'its id does not match.' : check.errors[0]}`,
      });
      continue;
    }
    statements.push({ id, importedAt: item.importedAt, file: check.statement });
  }
  const createdAt = typeof data.createdAt === 'string' ? data.createdAt : '';
  const referenceCounters: Record<string, number> = {};
  if (isRecord(data.referenceCounters)) {
    for (const [year, value] of Object.entries(data.referenceCounters)) {
      if (/^\d{4}$/.test(year) && Number.isSafeInteger(value) && (value as number) >= 0) {
        referenceCounters[year] = value as number;
      }
    }
  }
  return {
    ok: true,
    backup: { createdAt, estimates, statements, skipped, referenceCounters, notes },
  };
}

export interface RestoreChange {
  id: string;
  reference: string;
  title: string;
  /** The revision in the backup. */
  backupRevision: number;
  /** The stored revision it replaces (replacements only). */
  storedRevision?: number;
  /** Another stored draft has its reference: it will be given the next free one. */
  isRenumbered?: boolean;
}

export interface RestorePreview {
  backup: ParsedBackup;
  adds: RestoreChange[];
  replaces: RestoreChange[];
  /** Drafts already stored exactly as in the backup: left alone. */
  unchanged: RestoreChange[];
  statementsAdded: string[];
  statementsReplaced: string[];
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What a restore would do, without changing anything. */
export async function previewRestore(
  db: EstimatorDb,
  backup: ParsedBackup,
): Promise<RestorePreview> {
  const preview: RestorePreview = {
    backup,
    adds: [],
    replaces: [],
    unchanged: [],
    statementsAdded: [],
    statementsReplaced: [],
  };
  await db.transaction('r', [db.estimates, db.statements, db.bin], async () => {
    const stored = await db.estimates.bulkGet(backup.estimates.map((e) => e.id));
    const owners = await referenceOwners(db, backup);
    backup.estimates.forEach((record, i) => {
      const current = stored[i];
      const owner = owners.get(record.file.reference);
      const change: RestoreChange = {
        id: record.id,
        reference: record.file.reference,
        title: record.file.title,
        backupRevision: record.revision,
        ...(owner !== undefined && owner !== record.id ? { isRenumbered: true } : {}),
      };
      if (owner === undefined) owners.set(record.file.reference, record.id);
      if (!current) preview.adds.push(change);
      else if (current.revision === record.revision && sameJson(current.file, record.file)) {
        preview.unchanged.push({ ...change, storedRevision: current.revision });
      } else preview.replaces.push({ ...change, storedRevision: current.revision });
    });
    const statements = await db.statements.bulkGet(backup.statements.map((s) => s.id));
    backup.statements.forEach((record, i) => {
      const current = statements[i];
      if (!current) preview.statementsAdded.push(record.id);
      else if (!sameJson(current, record)) preview.statementsReplaced.push(record.id);
    });
  });
  return preview;
}

export interface RestoreResult {
  added: number;
  replaced: number;
  statements: number;
  /** One plain sentence per draft whose reference was taken and was renumbered. */
  notes: string[];
}

/**
 * Which draft holds each reference once the restore's own drafts leave the bin: stored
 * drafts (a draft the backup replaces counts under its id) and the rest of the bin.
 */
async function referenceOwners(
  db: EstimatorDb,
  backup: ParsedBackup,
): Promise<Map<string, string>> {
  const restoring = new Set(backup.estimates.map((e) => e.id));
  const owners = new Map<string, string>();
  const note = (reference: unknown, id: string) => {
    if (typeof reference === 'string' && reference !== '' && !owners.has(reference))
      owners.set(reference, id);
  };
  await db.estimates.each((record) => note(record?.file?.reference, record.id));
  await db.bin.each((entry) => {
    if (!restoring.has(entry.id)) note(entry?.record?.file?.reference, entry.id);
  });
  return owners;
}

const yearOf = (record: EstimateRecord): number => {
  const match = /^EST-(\d{4})-/.exec(record.file.reference);
  const year = match ? Number(match[1]) : new Date(record.savedAt).getFullYear();
  return Number.isInteger(year) && year >= 1000 && year <= 9999 ? year : new Date().getFullYear();
};

/**
 * Apply a backup in one transaction. A replaced draft gets a revision above the stored
 * one, so a tab still editing it sees the change instead of saving over the restore.
 * Drafts restored here leave the bin, so "undo delete" cannot bring back a second copy.
 */
export async function applyRestore(
  db: EstimatorDb,
  preview: RestorePreview,
): Promise<RestoreResult> {
  const { backup } = preview;
  return db.transaction('rw', [db.estimates, db.statements, db.bin, db.settings], async () => {
    let added = 0;
    let replaced = 0;
    const notes: string[] = [];
    // The counters first, so a renumbered draft never takes a number the backup handed out.
    for (const [year, value] of Object.entries(backup.referenceCounters)) {
      const key = referenceCounterKey(year);
      const row = await db.settings.get(key);
      const stored = typeof row?.value === 'number' ? row.value : 0;
      if (value > stored) await db.settings.put({ key, value });
    }
    const owners = await referenceOwners(db, backup);
    for (const restoring of backup.estimates) {
      let record = restoring;
      const owner = owners.get(record.file.reference);
      if (owner !== undefined && owner !== record.id) {
        const reference = await nextFreeReference(db, yearOf(record));
        notes.push(renumberedNote(record.file.reference, reference));
        record = { ...record, file: { ...record.file, reference } };
      }
      owners.set(record.file.reference, record.id);
      await advanceCounterPast(db, record.file.reference);
      const current = await db.estimates.get(record.id);
      if (!current) {
        await db.estimates.add(record);
        added += 1;
      } else if (!(current.revision === record.revision && sameJson(current.file, record.file))) {
        const revision = Math.max(current.revision, record.revision) + 1;
        await db.estimates.put({ ...record, revision });
        replaced += 1;
      }
      await db.bin.delete(record.id);
    }
    await db.statements.bulkPut(backup.statements);
    return { added, replaced, statements: backup.statements.length, notes };
  });
}
