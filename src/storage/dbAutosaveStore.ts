import type { AutosaveStore } from './autosave';
import { dropConnection, reopenIfLost, type EstimatorDb } from './db';
import { createDraft, loadDraft, saveDraft } from './draftStore';

/**
 * The open draft's store. Each call first opens the database again if the browser lost the
 * connection (reopenIfLost), so that once storage works again the next save lands.
 */
export function dbAutosaveStore(db: EstimatorDb): AutosaveStore {
  return {
    save: async (file, expectedRevision, now, savedBy) => {
      reopenIfLost(db);
      const outcome = await saveDraft(db, file, expectedRevision, now, savedBy);
      // The connection gave back nothing stored: the next save asks a fresh one.
      if (outcome.kind === 'unreadable') dropConnection(db);
      return outcome;
    },
    saveCopy: (file, now) => {
      reopenIfLost(db);
      return createDraft(db, { ...file, status: 'draft' }, now, {
        title: `${file.title} (copy)`,
      });
    },
    load: (id) => {
      reopenIfLost(db);
      return loadDraft(db, id);
    },
  };
}
