// Edits made just before a tab goes away: the synchronous write-ahead record, merged into
// the drafts database on the next start; and the prompt on leaving only while a save is
// pending.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EstimatorDb } from '../../src/storage/db';
import { DraftsController } from '../../src/storage/drafts.svelte';
import { deleteDraft, loadDraft, saveDraft } from '../../src/storage/draftStore';
import { TAB_LOCK_PREFIX } from '../../src/storage/mergePendingEdits';
import { PENDING_PREFIX, type SyncStorage } from '../../src/storage/pendingEdits';
import { fakeEditor } from './fakeEditor';
import { sampleEstimate } from './fixtures/sampleEstimate';
import { freshDbName } from './testDb';

/** localStorage as a plain map: synchronous, shared by the "tabs" of one test. */
function memoryStorage(): SyncStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

let open: DraftsController[] = [];
afterEach(() => {
  for (const d of open) {
    d.dispose();
    d.db.close();
  }
  open = [];
});

const now = new Date('2026-03-02T12:00:00.000Z');

function tab(dbName: string, storage: SyncStorage) {
  const editor = fakeEditor(sampleEstimate());
  const drafts = new DraftsController({
    editor,
    createBlank: () => sampleEstimate({ title: 'New estimate' }),
    db: new EstimatorDb(dbName),
    clock: () => new Date(now),
    storage: {},
    channel: null,
    download: () => undefined,
    location: { hash: '', href: 'http://localhost/', pathname: '/', search: '' },
    history: { replaceState: () => undefined },
    pendingStorage: storage,
  });
  open.push(drafts);
  return { drafts, editor };
}

/** A tab that types, then goes away before its save can land: only the synchronous part runs. */
async function typeAndVanish(dbName: string, storage: SyncStorage, title: string) {
  const a = tab(dbName, storage);
  await a.drafts.start();
  a.editor.edit((f) => (f.title = title));
  expect(a.drafts.autosave.hasPendingWork).toBe(true);
  // What pagehide does first, synchronously; the page is gone before IndexedDB answers.
  a.drafts.autosave.writeAhead();
  a.drafts.autosave.dispose();
  a.drafts.db.close();
  open = open.filter((d) => d !== a.drafts);
  return a;
}

describe('edits made just before a tab goes away', () => {
  it('are written ahead synchronously and merged into the draft on the next start', async () => {
    const dbName = freshDbName();
    const storage = memoryStorage();
    const a = await typeAndVanish(dbName, storage, 'Typed just before closing');
    const id = a.drafts.currentId!;
    expect([...storage.map.keys()]).toEqual([PENDING_PREFIX + a.drafts.autosave.tabId]);

    const b = tab(dbName, storage);
    await b.drafts.start();
    expect(b.editor.file.title).toBe('Typed just before closing');
    expect((await loadDraft(b.drafts.db, id))?.file.title).toBe('Typed just before closing');
    expect(b.drafts.drafts).toHaveLength(1);
    expect(b.drafts.notice).toBeNull();
    expect(storage.map.size).toBe(0);
  });

  it('never overwrite a later save from another tab: they are kept as a new draft, and said so', async () => {
    const dbName = freshDbName();
    const storage = memoryStorage();
    const a = await typeAndVanish(dbName, storage, 'Mine, unsaved');
    const id = a.drafts.currentId!;
    // Meanwhile another tab saved the same draft.
    const db = new EstimatorDb(dbName);
    const stored = (await loadDraft(db, id))!;
    await saveDraft(db, { ...stored.file, title: 'Theirs, saved' }, stored.revision, now);
    db.close();

    const b = tab(dbName, storage);
    await b.drafts.start();
    expect((await loadDraft(b.drafts.db, id))?.file.title).toBe('Theirs, saved');
    expect(b.drafts.drafts.map((d) => d.file.title).sort()).toEqual([
      'Mine, unsaved (recovered edits)',
      'Theirs, saved',
    ]);
    expect(b.drafts.notice?.message).toMatch(
      /Edits to “Mine, unsaved” \(EST-2026-0001\) made just before a tab closed were not saved there.*new draft, “Mine, unsaved \(recovered edits\)” \(EST-2026-0002\)/,
    );
  });

  it('reopen under their own id, title and reference when the stored draft is gone entirely (the browser lost its database), saved and said', async () => {
    const dbName = freshDbName();
    const storage = memoryStorage();
    const a = await typeAndVanish(dbName, storage, 'Typed before the storage was lost');
    const id = a.drafts.currentId!;
    const reference = a.editor.file.reference;
    // The browser gives back an empty database (seen with Chromium after a full disk).
    await Dexie.delete(dbName);

    const b = tab(dbName, storage);
    await b.drafts.start();
    expect(b.drafts.currentId).toBe(id);
    expect(b.editor.file).toMatchObject({
      id,
      reference,
      title: 'Typed before the storage was lost',
    });
    expect((await loadDraft(b.drafts.db, id))?.file).toMatchObject({
      id,
      reference,
      title: 'Typed before the storage was lost',
    });
    expect(b.drafts.drafts.map((d) => d.file.title)).toEqual(['Typed before the storage was lost']);
    expect(b.drafts.saveStatus.kind).toBe('saved');
    expect(b.drafts.notice?.message).toBe(
      `Edits to “Typed before the storage was lost” (${reference}) made before the tab closed were not in this browser's storage any more; they were recovered and saved.`,
    );
    expect(storage.map.size).toBe(0);
    // Its reference stays taken: the next new draft gets another.
    await b.drafts.newDraft();
    expect(b.editor.file.reference).not.toBe(reference);
  });

  it('reopen under their own id when only that draft is gone (not deleted: not in the bin)', async () => {
    const dbName = freshDbName();
    const storage = memoryStorage();
    const a = await typeAndVanish(dbName, storage, 'Lost on its own');
    const id = a.drafts.currentId!;
    const db = new EstimatorDb(dbName);
    await db.estimates.add({
      ...(await loadDraft(db, id))!,
      id: 'other-draft',
      file: {
        ...(await loadDraft(db, id))!.file,
        id: 'other-draft',
        reference: 'EST-2026-0009',
        title: 'Another draft',
      },
    });
    await db.estimates.delete(id);
    db.close();

    const b = tab(dbName, storage);
    await b.drafts.start();
    expect((await loadDraft(b.drafts.db, id))?.file.title).toBe('Lost on its own');
    expect(b.drafts.drafts.map((d) => d.file.title).sort()).toEqual([
      'Another draft',
      'Lost on its own',
    ]);
  });

  it('deleted in another tab (in the bin): kept as a new draft, and said so', async () => {
    const dbName = freshDbName();
    const storage = memoryStorage();
    const a = await typeAndVanish(dbName, storage, 'Edited, then deleted elsewhere');
    const id = a.drafts.currentId!;
    const db = new EstimatorDb(dbName);
    await deleteDraft(db, id, now);
    db.close();

    const b = tab(dbName, storage);
    await b.drafts.start();
    expect(await loadDraft(b.drafts.db, id)).toBeUndefined();
    expect(b.drafts.drafts.map((d) => d.file.title)).toEqual([
      'Edited, then deleted elsewhere (recovered edits)',
    ]);
    expect(b.drafts.notice?.message).toMatch(/because that draft was deleted/);
  });

  it('leave the record of a tab still open alone (it saves its own)', async () => {
    const dbName = freshDbName();
    const storage = memoryStorage();
    const a = await typeAndVanish(dbName, storage, 'Still open elsewhere');
    // Node has no Web Locks: stand in one that says tab A still holds its lock.
    vi.stubGlobal('navigator', {
      locks: {
        query: async () => ({ held: [{ name: TAB_LOCK_PREFIX + a.drafts.autosave.tabId }] }),
        request: () => new Promise(() => undefined),
      },
    });
    try {
      const b = tab(dbName, storage);
      await b.drafts.start();
      expect(b.editor.file.title).not.toBe('Still open elsewhere');
      expect(storage.map.size).toBe(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('ask before leaving only while a save is pending', async () => {
    const dbName = freshDbName();
    const storage = memoryStorage();
    const a = tab(dbName, storage);
    await a.drafts.start();
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const detach = a.drafts.autosave.attach(win as unknown as Window, doc as unknown as Document);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      // A browser's BeforeUnloadEvent has a settable returnValue; Node's Event does not.
      Object.defineProperty(event, 'returnValue', { writable: true, value: undefined });
      win.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    a.editor.edit((f) => (f.title = 'Pending'));
    expect(leave()).toBe(true);
    expect(storage.map.size).toBe(1);
    await a.drafts.autosave.flush();
    expect(leave()).toBe(false);
    // Saved: the write-ahead record is gone.
    expect(storage.map.size).toBe(0);
    detach();
  });
});
