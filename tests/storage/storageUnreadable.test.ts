// Storage that cannot be read, as Chromium leaves it on a full disk
// (tests/e2e/storage-full.fault.ts): after the write fails it closes the connection, and
// opening again fails ("Internal error opening backing store for indexedDB.open.") until
// space is freed; in one run a save then found no stored draft at all. None of this is
// another tab deleting the draft, nor a newer version of the app: the app says the storage
// cannot be read, keeps the work on screen and its write-ahead record, offers the download,
// and saves again once the storage opens.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { EstimatorDb } from '../../src/storage/db';
import { DraftsController } from '../../src/storage/drafts.svelte';
import { deleteDraft, loadDraft, saveDraft } from '../../src/storage/draftStore';
import { PENDING_PREFIX, type SyncStorage } from '../../src/storage/pendingEdits';
import { saveStatusText } from '../../src/storage/saveStatus';
import {
  describeStorageError,
  UNREADABLE_MESSAGE,
  UNREADABLE_SAVED_MESSAGE,
} from '../../src/storage/storageErrors';
import { fakeEditor } from './fakeEditor';
import { sampleEstimate } from './fixtures/sampleEstimate';
import { freshDbName } from './testDb';

let controllers: DraftsController[] = [];
afterEach(() => {
  for (const c of controllers) {
    c.dispose();
    c.db.close();
  }
  controllers = [];
});

/** Chromium's words when its backing store will not open (a full disk). */
const backingStoreError = () =>
  new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');

/** fake-indexeddb, except that open() fails while `isBroken` is set, as Chromium's does. */
function breakableFactory() {
  const state = { isBroken: false };
  const factory = {
    open: (name: string, version?: number) => {
      if (!state.isBroken) return indexedDB.open(name, version);
      const request = { error: backingStoreError() } as unknown as IDBOpenDBRequest & {
        onerror?: (event: unknown) => void;
      };
      setTimeout(() => request.onerror?.({ target: request }));
      return request;
    },
    deleteDatabase: (name: string) => indexedDB.deleteDatabase(name),
    databases: () => indexedDB.databases(),
    cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b),
  } as unknown as IDBFactory;
  return { state, factory };
}

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

function setup() {
  const { state, factory } = breakableFactory();
  const editor = fakeEditor(sampleEstimate({ title: 'Saved before the disk filled' }));
  const downloads: { name: string; text: string }[] = [];
  const pending = memoryStorage();
  const name = freshDbName();
  const drafts = new DraftsController({
    editor,
    createBlank: () => sampleEstimate({ title: 'Saved before the disk filled' }),
    db: new EstimatorDb(name, { indexedDB: factory }),
    clock: () => new Date('2026-03-02T12:00:00.000Z'),
    storage: {},
    channel: null,
    download: (file, text) => downloads.push({ name: file, text }),
    location: { hash: '', href: 'http://localhost/', pathname: '/', search: '' },
    history: { replaceState: () => {} },
    pendingStorage: pending,
  });
  controllers.push(drafts);
  return { drafts, editor, downloads, pending, broken: state, name };
}

/** The titles in this tab's write-ahead record(s). */
const pendingTitles = (pending: ReturnType<typeof memoryStorage>) =>
  [...pending.map]
    .filter(([key]) => key.startsWith(PENDING_PREFIX))
    .map(([, value]) => (JSON.parse(value) as { file: { title: string } }).file.title);

describe('storage that cannot be read (a full disk, as Chromium leaves it)', () => {
  it('is neither a newer version nor a plain refusal', () => {
    expect(describeStorageError(backingStoreError())).toEqual({
      kind: 'unreadable',
      message: UNREADABLE_MESSAGE,
    });
    // Dexie, once its reopening failed, answers every call with this.
    const closed = Object.assign(new Error('DatabaseClosedError'), {
      name: 'DatabaseClosedError',
      inner: backingStoreError(),
    });
    expect(describeStorageError(closed).kind).toBe('unreadable');
    // Closed on purpose (another tab upgraded the database): still a newer version.
    const onPurpose = Object.assign(new Error('Database has been closed'), {
      name: 'DatabaseClosedError',
      inner: Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }),
    });
    expect(describeStorageError(onPurpose).kind).toBe('closed');
  });

  it('the connection closed and reopening failing: says so, keeps the work and its record, saves once it opens', async () => {
    const { drafts, editor, pending, broken } = setup();
    await drafts.start();
    editor.edit((f) => (f.title = 'Saved before the disk filled'));
    await drafts.autosave.flush();
    expect(drafts.saveStatus.kind).toBe('saved');

    // Chromium closes the connection after a write fails for space; reopening fails.
    broken.isBroken = true;
    drafts.db.close({ disableAutoOpen: false });
    for (const title of ['Typed while the disk was full', 'Typed again while full']) {
      editor.edit((f) => (f.title = title));
      await drafts.autosave.flush();
      const said = `${saveStatusText(drafts.saveStatus)} ${drafts.notice?.message ?? ''}`;
      expect(said).not.toMatch(/newer version|another tab/i);
      expect(drafts.saveStatus).toMatchObject({ kind: 'failed', problem: 'unreadable' });
      expect(drafts.notice).toMatchObject({ message: UNREADABLE_MESSAGE, offerBackup: true });
      expect(pendingTitles(pending)).toEqual([title]);
    }

    // Space freed: the next edit saves, the notice and the record go.
    broken.isBroken = false;
    editor.edit((f) => (f.title = 'Typed after space was freed'));
    await drafts.autosave.flush();
    expect(drafts.saveStatus.kind).toBe('saved');
    expect(drafts.notice).toBeNull();
    expect(pendingTitles(pending)).toEqual([]);
    expect((await loadDraft(drafts.db, drafts.currentId!))?.file.title).toBe(
      'Typed after space was freed',
    );
  });

  it('"Download a backup" with storage unreadable downloads the work on screen and says why it is not a backup', async () => {
    const { drafts, editor, downloads, broken } = setup();
    await drafts.start();
    broken.isBroken = true;
    drafts.db.close({ disableAutoOpen: false });
    editor.edit((f) => (f.title = 'Typed while the disk was full'));
    await drafts.autosave.flush();

    await drafts.backupAll();
    expect(downloads).toHaveLength(1);
    expect(JSON.parse(downloads[0]!.text).title).toBe('Typed while the disk was full');
    expect(drafts.notice?.message).toMatch(/could not be read/);
    expect(drafts.notice?.message).toMatch(/estimate on screen was downloaded/);
    expect(drafts.notice?.message).not.toMatch(/newer version/i);
  });

  it('reading failing while the open draft is saved says the draft is saved, not that changes are lost', async () => {
    const { drafts, editor, broken } = setup();
    await drafts.start();
    editor.edit((f) => (f.title = 'Saved before the disk filled'));
    await drafts.autosave.flush();
    broken.isBroken = true;
    drafts.db.close({ disableAutoOpen: false });
    await drafts.newDraft();
    expect(drafts.saveStatus.kind).toBe('saved');
    expect(drafts.notice).toMatchObject({ message: UNREADABLE_SAVED_MESSAGE, offerBackup: true });
    // Storage back: the next action works again.
    broken.isBroken = false;
    await drafts.newDraft();
    expect(drafts.drafts).toHaveLength(2);
  });

  it('a save that finds the database empty does not say the draft was deleted in another tab', async () => {
    const { drafts, editor, pending, name } = setup();
    await drafts.start();
    editor.edit((f) => (f.title = 'Saved before the disk filled'));
    await drafts.autosave.flush();
    const saved = (await loadDraft(drafts.db, drafts.currentId!))!;

    // The browser gives back a database with nothing in it (no drafts, nothing in the bin).
    const other = new EstimatorDb(name);
    await other.estimates.clear();
    editor.edit((f) => (f.title = 'Typed while the store was empty'));
    await drafts.autosave.flush();
    expect(saveStatusText(drafts.saveStatus)).not.toMatch(/another tab/);
    expect(drafts.saveStatus).toMatchObject({ kind: 'failed', problem: 'unreadable' });
    expect(pendingTitles(pending)).toEqual(['Typed while the store was empty']);
    // Nothing was written into the empty store: a restart merges the record into the real one.
    expect(await other.estimates.count()).toBe(0);

    // The stored drafts are back: the next edit saves into the draft.
    await other.estimates.put(saved);
    editor.edit((f) => (f.title = 'Typed once it was back'));
    await drafts.autosave.flush();
    expect(drafts.saveStatus.kind).toBe('saved');
    expect((await loadDraft(other, saved.id))?.file.title).toBe('Typed once it was back');
    other.close();
  });

  it('"Download a backup" from a database that gives back no drafts is not an empty backup', async () => {
    const { drafts, editor, downloads, name } = setup();
    await drafts.start();
    editor.edit((f) => (f.title = 'Saved before the disk filled'));
    await drafts.autosave.flush();
    const other = new EstimatorDb(name);
    await other.estimates.clear();
    editor.edit((f) => (f.title = 'Typed while the store was empty'));
    await drafts.autosave.flush();

    await drafts.backupAll();
    expect(downloads).toHaveLength(1);
    expect(JSON.parse(downloads[0]!.text).title).toBe('Typed while the store was empty');
    expect(drafts.notice?.message).toMatch(
      /No backup was made: the stored drafts could not be read/,
    );
    other.close();
  });

  it('a draft really deleted in another tab (in the bin, or other drafts stored) is still said so', async () => {
    const db = new EstimatorDb(freshDbName());
    const { createDraft } = await import('../../src/storage/draftStore');
    const t0 = new Date('2026-03-02T12:00:00.000Z');
    const a = await createDraft(db, sampleEstimate(), t0);
    await deleteDraft(db, a.id, t0);
    expect((await saveDraft(db, a.file, 1, t0)).kind).toBe('missing');
    // Deleted for good (the bin copy did not fit), while other drafts are stored.
    const b = await createDraft(db, sampleEstimate(), t0);
    await createDraft(db, sampleEstimate(), t0);
    await db.estimates.delete(b.id);
    expect((await saveDraft(db, b.file, 1, t0)).kind).toBe('missing');
    db.close();
  });
});
