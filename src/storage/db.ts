/**
 * The drafts database (Dexie 4 over IndexedDB) and its versioned schema.
 *
 * Version 1 (the first schema) stored each estimate file directly in `estimates` and had
 * a key/value `settings` table. Version 2 wraps each estimate in a record with a revision
 * (for compare-and-set saves between tabs), adds the `bin` of deleted drafts and the
 * imported `statements`, and starts the reference counter from the references already
 * used. Each version is declared by its own function so tests can build a real
 * version-1 database and upgrade it.
 *
 * Version 3 adds `attachments`: documents kept beside a draft (site plan, letter of
 * authority…), keyed by their own id and indexed by the draft's id. No other table changes.
 */
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import type { EstimateFile } from '../estimate-file/types';
import { noSpaceCause } from './noSpaceCause';
import {
  referenceCounterKey,
  type AttachmentRecord,
  type BinRecord,
  type EstimateRecord,
  type SettingRecord,
  type StatementRecord,
} from './records';

export const DB_NAME = 'connection-estimator';
export const DB_VERSION = 3;

export function declareVersion1(db: Dexie): void {
  db.version(1).stores({
    estimates: 'id, updatedAt',
    settings: 'key',
  });
}

export function declareVersion2(db: Dexie): void {
  db.version(2)
    .stores({
      estimates: 'id, savedAt',
      bin: 'id, deletedAt',
      statements: 'id',
      settings: 'key',
    })
    .upgrade(upgradeToVersion2);
}

export function declareVersion3(db: Dexie): void {
  db.version(3).stores({ attachments: 'id, draftId' });
}

const REFERENCE_PATTERN = /^EST-(\d{4})-(\d+)$/;

/** Wrap each version-1 estimate file in a record and seed the reference counters. */
export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const highest = new Map<number, number>();
  await tx
    .table('estimates')
    .toCollection()
    .modify((row: unknown, ref: { value: unknown }) => {
      const file = row as Partial<EstimateFile> & { id: string };
      const match =
        typeof file.reference === 'string' ? REFERENCE_PATTERN.exec(file.reference) : null;
      if (match) {
        const year = Number(match[1]);
        highest.set(year, Math.max(highest.get(year) ?? 0, Number(match[2])));
      }
      const record: EstimateRecord = {
        id: file.id,
        revision: 1,
        // A version-1 row without a usable date still upgrades; it sorts as oldest.
        savedAt: typeof file.updatedAt === 'string' ? file.updatedAt : new Date(0).toISOString(),
        file: row as EstimateFile,
      };
      ref.value = record;
    });
  const settings = tx.table<SettingRecord, string>('settings');
  for (const [year, last] of highest) {
    const key = referenceCounterKey(year);
    const existing = await settings.get(key);
    const stored = typeof existing?.value === 'number' ? existing.value : 0;
    await settings.put({ key, value: Math.max(stored, last) });
  }
}

export class EstimatorDb extends Dexie {
  estimates!: Table<EstimateRecord, string>;
  bin!: Table<BinRecord, string>;
  statements!: Table<StatementRecord, string>;
  settings!: Table<SettingRecord, string>;
  attachments!: Table<AttachmentRecord, string>;

  constructor(name: string = DB_NAME, options: DexieOptions = {}) {
    // Strict durability: a draft reported as saved is on disk, not in an OS cache.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    declareVersion1(this);
    declareVersion2(this);
    declareVersion3(this);
    this.use(noSpaceCause);
  }
}

/**
 * Is an IndexedDB version one a newer build wrote? Dexie stores version n as n × 10 (and may
 * add units to adjust a schema within a version), so version 4 of a newer build is 40.
 * Dexie 4 opens a database newer than the code declares without complaint: this build must
 * check and refuse to write into it.
 */
export function isNewerThanThisBuild(idbVersion: number): boolean {
  return Math.floor(idbVersion / 10) > DB_VERSION;
}

/**
 * Is the database on disk from a newer build? Asked before opening, because opening can
 * itself write (Dexie adjusts a schema that lacks what this build declares). Uses
 * indexedDB.databases(), which neither opens nor creates anything; where the browser lacks
 * it, the version is checked again just after opening.
 */
export async function isNewerOnDisk(
  name: string,
  factory: Pick<IDBFactory, 'databases'> | undefined = globalThis.indexedDB,
): Promise<boolean> {
  try {
    const found = (await factory?.databases?.())?.find((d) => d.name === name);
    return found?.version !== undefined && isNewerThanThisBuild(found.version);
  } catch {
    return false;
  }
}

export interface VersionChangeHandlers {
  /**
   * Another tab wants to upgrade or delete the database. Called before this tab closes
   * its connection: flush the pending save here. Writes after it fail.
   */
  onVersionChange: () => Promise<void> | void;
}

/**
 * Replace Dexie's default (close, then silently reopen on the next call, which would
 * fail or block the other tab) with: flush, close for good, and let the UI tell the user.
 */
export function handleVersionChange(db: EstimatorDb, handlers: VersionChangeHandlers): void {
  db.on('versionchange', () => {
    void (async () => {
      try {
        await handlers.onVersionChange();
      } finally {
        db.close({ disableAutoOpen: true });
      }
    })();
    return false;
  });
}

/**
 * Open the database again if the browser lost the connection and opening it again failed.
 * Chromium closes the connection after a write fails on a full disk, and opening fails
 * until space is freed; Dexie then answers every later call with DatabaseClosedError and
 * never tries again. This makes the next call try again (the first save after space was
 * freed then lands). A connection this tab closed on purpose (a newer version of the app,
 * handleVersionChange) stays closed.
 */
export function reopenIfLost(db: Dexie): void {
  if (db.hasFailed() && !db.hasBeenClosed()) db.close({ disableAutoOpen: false });
}

/** Drop the connection so that the next call opens a fresh one (after it read nothing). */
export function dropConnection(db: Dexie): void {
  if (!db.hasBeenClosed()) db.close({ disableAutoOpen: false });
}
