/**
 * On start: merge the write-ahead records (pendingEdits.ts) of tabs that are gone into the
 * drafts database, so an edit made just before a tab was closed or reloaded is saved.
 *
 * - The draft is still at the revision the edits were made on (or at the next one, written
 *   by that same tab's save cut short): the edits are saved into it.
 * - It already holds them: nothing to do.
 * - Another tab changed it since, or it was deleted (it is in the bin): the edits are kept
 *   as a new draft and the user is told; they never overwrite someone else's save.
 * - It is gone entirely (not stored, not in the bin: the browser lost it): it is stored
 *   again from the edits under its own id, and the user is told.
 */
import type { EstimateFile } from '../estimate-file/types';
import type { EstimatorDb } from './db';
import { createDraft, draftName, loadDraft, restoreLostDraft, saveDraft } from './draftStore';
import { clearPending, readPending, type SyncStorage } from './pendingEdits';

export interface MergeReport {
  /** Drafts whose last edits were saved into them. */
  merged: string[];
  /** Plain-words notes for the user: edits kept as a new draft, or a record that failed. */
  notes: string[];
}

/** JSON with keys in a fixed order, to compare two files whatever order their keys are in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const sameContent = (a: EstimateFile, b: EstimateFile) =>
  canonical({ ...a, updatedAt: '' }) === canonical({ ...b, updatedAt: '' });

/** Names of the Web Locks held now: each open tab holds one named after its tab id. */
export async function liveTabs(): Promise<Set<string> | null> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks?.query) return null;
  try {
    const { held = [] } = await locks.query();
    return new Set(held.map((l) => l.name ?? ''));
  } catch {
    return null;
  }
}

export const TAB_LOCK_PREFIX = 'connection-estimator:tab:';

export async function mergePendingEdits(
  db: EstimatorDb,
  storage: SyncStorage | null,
  options: { ownTabId: string; now: Date; live?: Set<string> | null },
): Promise<MergeReport> {
  const report: MergeReport = { merged: [], notes: [] };
  for (const { tabId, edits, errors } of readPending(storage)) {
    if (tabId === options.ownTabId) continue;
    // A tab still open saves its own edits: leave its record alone.
    if (options.live?.has(TAB_LOCK_PREFIX + tabId)) continue;
    if (!edits) {
      report.notes.push(
        `Unsaved edits left by a closed tab could not be read (${errors[0] ?? 'unreadable'}), so they could not be recovered.`,
      );
      clearPending(storage, tabId);
      continue;
    }
    try {
      const stored = await loadDraft(db, edits.id);
      const file = { ...edits.file, id: edits.id };
      if (stored && sameContent(stored.file, file)) {
        // Already saved.
      } else if (
        stored &&
        (stored.revision === edits.baseRevision ||
          (stored.revision === edits.baseRevision + 1 && stored.savedBy === tabId))
      ) {
        const outcome = await saveDraft(db, file, stored.revision, options.now);
        if (outcome.kind !== 'saved') throw new Error('The draft changed while merging.');
        report.merged.push(edits.id);
      } else if (!stored && (await db.bin.get(edits.id)) === undefined) {
        // Not deleted (a delete leaves it in the bin): the browser lost it, as Chromium can
        // after a full disk. Nothing to conflict with: it comes back as it was on screen.
        const restored = await restoreLostDraft(db, file, options.now);
        report.merged.push(edits.id);
        report.notes.push(
          `Edits to ${draftName(restored.record.file)} made before the tab closed were not in this browser's storage any more; they were recovered and saved.`,
          ...restored.notes,
        );
      } else {
        const copy = await createDraft(db, { ...file, status: 'draft' }, options.now, {
          title: `${file.title} (recovered edits)`,
        });
        report.notes.push(
          stored
            ? `Edits to ${draftName(file)} made just before a tab closed were not saved there, because the draft was changed in another tab since. They are kept as a new draft, ${draftName(copy.file)}.`
            : `Edits to ${draftName(file)} made just before a tab closed were kept as a new draft, ${draftName(copy.file)}, because that draft was deleted.`,
        );
      }
      clearPending(storage, tabId);
    } catch (error) {
      // Keep the record: the next start tries again.
      report.notes.push(
        `Edits to ${draftName(edits.file)} made just before a tab closed could not be saved yet (${error instanceof Error ? error.message : String(error)}); they are kept and tried again next time.`,
      );
    }
  }
  return report;
}
