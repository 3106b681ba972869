/** Turns a storage failure into plain words for the user, and says what kind it was. */

export type StorageProblemKind = 'quota' | 'unreadable' | 'closed' | 'other';

export interface StorageProblem {
  kind: StorageProblemKind;
  message: string;
}

/**
 * Storage is full, but the open draft is saved: only something new (a new draft, a
 * duplicate, an import) could not be stored. Never "your latest changes are not saved" then.
 */
export const NOTHING_NEW_MESSAGE =
  "This browser's storage for the app is full, so that could not be stored. Your open draft " +
  'is saved. Download a backup now, then delete drafts you no longer need.';

export const QUOTA_MESSAGE =
  "This browser's storage for the app is full, so your latest changes are not saved. " +
  'Download a backup now, then delete drafts you no longer need.';

/**
 * The browser's storage cannot be read or written just now: Chromium, after a write failed
 * on a full disk, closes the connection and then fails to open it again ("Internal error
 * opening backing store for indexedDB.open.") until space is freed; a save may even find no
 * stored drafts at all. Not a newer version, and not another tab: the work stays on screen
 * and in the write-ahead record. The message asks for a reload, not the next change: when
 * Chromium has discarded the drafts, this tab's saves keep finding none, and only the next
 * start stores the draft again from the record (restoreLostDraft).
 */
export const UNREADABLE_MESSAGE =
  "This browser's storage for the app cannot be read just now (the device may be out of " +
  'space), so your latest changes are not saved. They are still here: download this ' +
  'estimate to keep a copy. Once space is freed, reload this page: your changes are kept ' +
  'for it and saved then.';

/** The same while the open draft is stored: only reading (the lists, a backup) failed. */
export const UNREADABLE_SAVED_MESSAGE =
  "This browser's storage for the app cannot be read just now (the device may be out of " +
  'space). Your open draft is saved; download this estimate to keep a copy.';

/**
 * A newer build upgraded the database (another tab), or the database on disk is newer than
 * this build knows: this tab writes nothing more. Changes made here before the upgrade were
 * saved first, where possible.
 */
export const CLOSED_MESSAGE = 'A newer version of the app is open; reload to use it.';

/** No IndexedDB (missing, blocked or failing to open): the banner's words. */
export const NOT_SAVING_MESSAGE =
  'This browser is not saving your work: download the estimate file before you close the tab.';

function names(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  // Dexie wraps the browser's DOMException in `inner`; look through the chain.
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === 'string') found.push(name);
    current = (current as { inner?: unknown }).inner;
  }
  return found;
}

/**
 * A full disk, as a browser reports it when a write finds no room on the device rather than
 * over its quota: Chromium's IndexedDB fails with an UnknownError "… IO error: …:
 * FILE_ERROR_NO_SPACE" and closes the connection (its quota for the origin stays far above
 * what the disk holds, so QuotaExceededError never comes); Firefox's
 * NS_ERROR_FILE_NO_DEVICE_SPACE; the system's "No space left on device".
 */
const NO_SPACE = /FILE_ERROR_NO_SPACE|NO_DEVICE_SPACE|No space left on device/i;

function messages(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string') found.push(message);
    current = (current as { inner?: unknown }).inner;
  }
  return found;
}

export function isQuotaError(error: unknown): boolean {
  return (
    names(error).some((n) => n === 'QuotaExceededError' || n === 'QuotaExceeded') ||
    messages(error).some((m) => NO_SPACE.test(m))
  );
}

/**
 * The storage would not open (or the connection was lost and would not open again), for a
 * reason other than a newer version: Chromium's "Internal error opening backing store…",
 * or Dexie's DatabaseClosedError carrying such a failure (after a failed open, Dexie
 * answers every call with one). A connection closed on purpose (a newer version) carries
 * no other cause.
 */
export function isUnreadableError(error: unknown): boolean {
  const found = names(error);
  if (messages(error).some((m) => /opening backing store/i.test(m))) return true;
  return (
    found[0] === 'DatabaseClosedError' &&
    found.slice(1).some((n) => n !== 'DatabaseClosedError' && n !== 'VersionError')
  );
}

export function describeStorageError(error: unknown): StorageProblem {
  const found = names(error);
  if (isQuotaError(error)) return { kind: 'quota', message: QUOTA_MESSAGE };
  if (isUnreadableError(error)) return { kind: 'unreadable', message: UNREADABLE_MESSAGE };
  if (found.some((n) => n === 'DatabaseClosedError' || n === 'VersionError')) {
    return { kind: 'closed', message: CLOSED_MESSAGE };
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return {
    kind: 'other',
    message: `The browser refused to save${detail}. Download a backup to keep a copy.`,
  };
}
