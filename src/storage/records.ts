/**
 * What the drafts database holds. Every record is plain JSON-compatible data: the
 * estimate file with money as strings, never an engine result, a `$state` proxy or a
 * Decimal object (IndexedDB cannot clone those).
 */
import type { AttachmentKind } from '../application/attachmentKinds';
import type { EstimateFile } from '../estimate-file/types';
import type { StatementFile } from '../statements/types';

/**
 * The highest revision a file may bring in (2^52): far below the largest safe integer, so
 * every later save and restore can count on `revision + 1` being a different number (at
 * 2^53 it is not, and compare-and-set stops telling revisions apart).
 */
export const MAX_REVISION = 2 ** 52;

export const isRevision = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_REVISION;

/** One draft: the estimate file plus a revision for compare-and-set saves. */
export interface EstimateRecord {
  id: string;
  /** Goes up by one on every save; a save that expects another revision is refused. */
  revision: number;
  /** ISO date-time of the save that wrote this revision. */
  savedAt: string;
  /** The tab whose autosave wrote this revision, when one did (see mergePendingEdits). */
  savedBy?: string;
  file: EstimateFile;
}

/**
 * A document kept beside a draft (000 §3 supporting documents). The bytes are an ArrayBuffer,
 * which IndexedDB stores as it is; share links never carry them.
 */
export interface AttachmentRecord {
  id: string;
  draftId: string;
  kind: AttachmentKind;
  /** The file's name as chosen. */
  name: string;
  /** Its media type, e.g. "application/pdf". */
  type: string;
  size: number;
  /** ISO date-time it was added. */
  addedAt: string;
  bytes: ArrayBuffer;
}

/** A deleted draft, kept for 30 days so that a delete can be undone. */
export interface BinRecord {
  id: string;
  /** ISO date-time of the delete. */
  deletedAt: string;
  record: EstimateRecord;
}

/** A statement file the user imported. */
export interface StatementRecord {
  id: string;
  importedAt: string;
  file: StatementFile;
}

export type PersistenceState = 'granted' | 'denied' | 'unsupported';

/** Settings, one row per key. */
export interface SettingsValues {
  /** ISO date-time of the last "Back up all". */
  lastBackupAt: string;
  /** What the browser answered when asked for persistent storage. */
  persistence: PersistenceState;
  /** The draft open last: the app reopens it on the next start. */
  lastOpenId: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export const REFERENCE_COUNTER_PREFIX = 'referenceCounter:';

/** The settings key of the reference counter for a year. */
export function referenceCounterKey(year: number | string): string {
  return `${REFERENCE_COUNTER_PREFIX}${year}`;
}

/** Days a deleted draft stays in the bin before it is purged. */
export const BIN_RETENTION_DAYS = 30;
