/** The autosave status shown to the user, and its words. */
import type { EstimateRecord } from './records';
import type { StorageProblemKind } from './storageErrors';

export type SaveStatus =
  /** No draft is open. */
  | { kind: 'idle' }
  /** Saved; nothing waiting. */
  | { kind: 'saved'; at: Date }
  /** Edits waiting for the debounce, or a save in progress. */
  | { kind: 'saving' }
  /** The last save failed; edits are kept in the editor and retried on the next edit or flush. */
  | { kind: 'failed'; problem: StorageProblemKind; reason: string }
  /**
   * Another tab saved (or deleted) this draft: nothing is written until the user chooses
   * to load their version or keep both. `theirs` is null when it was deleted.
   */
  | { kind: 'conflict'; theirs: EstimateRecord | null; hasLocalEdits: boolean }
  /** The database was upgraded by another tab: this tab no longer writes. */
  | { kind: 'stopped'; reason: string }
  /** No IndexedDB in this browser (missing, blocked, or it would not open): nothing is saved. */
  | { kind: 'unavailable' };

export function formatSavedTime(at: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}

export function saveStatusText(status: SaveStatus, timeZone?: string): string {
  switch (status.kind) {
    case 'idle':
      return 'No draft open';
    case 'saved':
      return `Saved ${formatSavedTime(status.at, timeZone)}`;
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved — ${status.reason}`;
    case 'conflict':
      return status.theirs
        ? 'Not saved — this draft was changed in another tab'
        : 'Not saved — this draft was deleted in another tab';
    case 'stopped':
      return `Not saved — ${status.reason}`;
    case 'unavailable':
      return 'Not saved — this browser is not saving your work';
  }
}
