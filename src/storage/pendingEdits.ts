/**
 * The write-ahead record of edits not yet saved: when the page may go away (hidden, left,
 * reloaded, closed) with a save still to make, the open draft is written synchronously to
 * localStorage, one record per tab, before anything asynchronous could be cut short. The
 * next start merges each record of a tab that is gone into the drafts database, then
 * removes it. A tab clears its own record once its save has landed.
 *
 * Why localStorage: it is the one store a page can write synchronously; IndexedDB writes
 * are asynchronous and a closing page may not live to see them land.
 */
import type { EstimateFile } from '../estimate-file/types';
import { isRevision } from './records';
import { checkEstimateFile } from './validateEstimate';

export const PENDING_PREFIX = 'connection-estimator:pending:';

/** The part of Web Storage used here (localStorage fits), so tests can pass their own. */
export interface SyncStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface PendingEdits {
  tabId: string;
  /** The draft's id, and the stored revision the edits were made on. */
  id: string;
  baseRevision: number;
  /** The whole draft as it was on screen. */
  file: EstimateFile;
  /** ISO date-time of the write. */
  at: string;
}

/** The page's localStorage, or null where there is none (or it is blocked). */
export function browserStorage(): SyncStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Write this tab's record synchronously; false when it could not be written (full, blocked). */
export function writePending(storage: SyncStorage | null, edits: PendingEdits): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PENDING_PREFIX + edits.tabId, JSON.stringify(edits));
    return true;
  } catch {
    return false;
  }
}

export function clearPending(storage: SyncStorage | null, tabId: string): void {
  try {
    storage?.removeItem(PENDING_PREFIX + tabId);
  } catch {
    // Nothing to do: a record left behind is merged (or found already saved) next start.
  }
}

/**
 * Every tab's record. One that cannot be read is still returned (file null) so that it is
 * reported, not silently dropped.
 */
export function readPending(
  storage: SyncStorage | null,
): { key: string; tabId: string; edits: PendingEdits | null; errors: string[] }[] {
  if (!storage) return [];
  const out: { key: string; tabId: string; edits: PendingEdits | null; errors: string[] }[] = [];
  let keys: string[];
  try {
    keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').filter((k) =>
      k.startsWith(PENDING_PREFIX),
    );
  } catch {
    return [];
  }
  for (const key of keys) {
    const tabId = key.slice(PENDING_PREFIX.length);
    let value: unknown;
    try {
      value = JSON.parse(storage.getItem(key) ?? 'null');
    } catch {
      out.push({ key, tabId, edits: null, errors: ['The record is not valid JSON.'] });
      continue;
    }
    const record = value as Partial<PendingEdits> | null;
    if (
      typeof record?.id !== 'string' ||
      !isRevision(record.baseRevision) ||
      typeof record.at !== 'string'
    ) {
      out.push({ key, tabId, edits: null, errors: ['The record names no draft.'] });
      continue;
    }
    const check = checkEstimateFile(record.file);
    if (!check.ok) {
      out.push({ key, tabId, edits: null, errors: check.errors });
      continue;
    }
    out.push({
      key,
      tabId,
      edits: {
        tabId,
        id: record.id,
        baseRevision: record.baseRevision,
        file: check.file,
        at: record.at,
      },
      errors: [],
    });
  }
  return out;
}
