import type { AutosaveStore } from './autosave';
import type { EstimatorDb } from './db';
import { createDraft, loadDraft, saveDraft } from './draftStore';

export function dbAutosaveStore(db: EstimatorDb): AutosaveStore {
  return {
    save: (file, expectedRevision, now, savedBy) =>
      saveDraft(db, file, expectedRevision, now, savedBy),
    saveCopy: (file, now) =>
      createDraft(db, { ...file, status: 'draft' }, now, {
        title: `${file.title} (copy)`,
      }),
    load: (id) => loadDraft(db, id),
  };
}
