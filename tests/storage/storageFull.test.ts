// Storage full: the backup and export offered then hold what is on screen, and deleting
// still works (the draft first, the bin copy only if there is room, with a warning if not).
import 'fake-indexeddb/auto';
import type { PromiseExtended } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EstimatorDb } from '../../src/storage/db';
import { DraftsController } from '../../src/storage/drafts.svelte';
import { loadDraft } from '../../src/storage/draftStore';
import {
  describeStorageError,
  NOTHING_NEW_MESSAGE,
  QUOTA_MESSAGE,
} from '../../src/storage/storageErrors';
import { fakeEditor } from './fakeEditor';
import { sampleEstimate } from './fixtures/sampleEstimate';
import { freshDbName } from './testDb';

let controllers: DraftsController[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const c of controllers) {
    c.dispose();
    c.db.close();
  }
  controllers = [];
});

// Dexie's put returns its own promise type; a plain rejected promise stands in for it.
const full = (() =>
  Promise.reject(
    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  )) as unknown as () => PromiseExtended<string>;

function setup() {
  const editor = fakeEditor(sampleEstimate());
  const downloads: { name: string; text: string }[] = [];
  const drafts = new DraftsController({
    editor,
    createBlank: () => sampleEstimate({ title: 'New estimate' }),
    db: new EstimatorDb(freshDbName()),
    clock: () => new Date('2026-03-02T12:00:00.000Z'),
    storage: {},
    channel: null,
    download: (name, text) => downloads.push({ name, text }),
    location: { hash: '', href: 'http://localhost/', pathname: '/', search: '' },
    history: { replaceState: () => {} },
    pendingStorage: null,
  });
  controllers.push(drafts);
  return { drafts, editor, downloads };
}

describe('storage full', () => {
  it('a full disk is storage full, however the browser words it (not a quota error)', () => {
    // Chromium 156, its profile on a full disk (tests/e2e/storage-full.fault.ts): the write's
    // transaction aborts with this, and the connection closes.
    const chromium = new DOMException(
      'Connection is closing because of: IO error: .../http_127.0.0.1_4173.indexeddb.leveldb/000005.ldb: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)',
      'UnknownError',
    );
    // Dexie wraps it.
    const wrapped = Object.assign(new Error(`UnknownError ${chromium.message}`), {
      name: 'UnknownError',
      inner: chromium,
    });
    for (const error of [
      chromium,
      wrapped,
      new DOMException('Write failed: NS_ERROR_FILE_NO_DEVICE_SPACE', 'UnknownError'),
      new Error('ENOSPC: No space left on device, write'),
    ]) {
      expect(describeStorageError(error)).toEqual({ kind: 'quota', message: QUOTA_MESSAGE });
    }
    // Other unknown errors stay what they are.
    expect(describeStorageError(new DOMException('Internal error.', 'UnknownError')).kind).toBe(
      'other',
    );
  });

  it('the backup and the export offered hold the on-screen work, not the last stored version', async () => {
    const { drafts, editor, downloads } = setup();
    await drafts.start();
    vi.spyOn(drafts.db.estimates, 'put').mockImplementation(full);
    editor.edit((f) => (f.title = 'Typed while the disk was full'));
    await drafts.autosave.flush();
    expect(drafts.saveStatus).toMatchObject({ kind: 'failed', problem: 'quota' });
    expect(drafts.notice?.offerBackup).toBe(true);
    expect((await loadDraft(drafts.db, drafts.currentId!))?.file.title).toBe('New estimate');

    await drafts.backupAll();
    const backup = JSON.parse(downloads.at(-1)!.text);
    expect(backup.estimates.map((e: { file: { title: string } }) => e.file.title)).toEqual([
      'Typed while the disk was full',
    ]);
    await drafts.exportDraft();
    expect(JSON.parse(downloads.at(-1)!.text).title).toBe('Typed while the disk was full');
  });

  it('delete works when storage is full: space is freed first, the bin copy kept when it fits', async () => {
    const { drafts } = setup();
    await drafts.start();
    await drafts.newDraft();
    const id = drafts.currentId!;
    // The first (ordinary) delete fails for space; the bin copy after the delete fits.
    vi.spyOn(drafts.db.bin, 'put').mockImplementationOnce(full);
    await drafts.remove(id);
    expect(await loadDraft(drafts.db, id)).toBeUndefined();
    expect(drafts.bin.map((e) => e.id)).toEqual([id]);
    expect(drafts.lastDeleted?.id).toBe(id);
    expect(drafts.notice).toBeNull();
  });

  it('delete works when even the bin copy does not fit, and says it cannot be restored', async () => {
    const { drafts } = setup();
    await drafts.start();
    await drafts.newDraft();
    const id = drafts.currentId!;
    vi.spyOn(drafts.db.bin, 'put').mockImplementation(full);
    await drafts.remove(id);
    expect(await loadDraft(drafts.db, id)).toBeUndefined();
    expect(drafts.drafts.map((d) => d.id)).not.toContain(id);
    expect(drafts.bin).toEqual([]);
    expect(drafts.lastDeleted).toBeNull();
    expect(drafts.notice?.message).toBe(
      '“New estimate” (EST-2026-0002) was deleted to free space, but storage is too full to keep a copy in the bin, so it cannot be restored from there.',
    );
  });

  it('a new record that does not fit while the open draft is saved never says the latest changes are not saved', async () => {
    const { drafts, editor } = setup();
    await drafts.start();
    editor.edit((f) => (f.title = 'Saved before the disk filled'));
    await drafts.autosave.flush();
    expect(drafts.saveStatus.kind).toBe('saved');
    // Only new records fail: the next draft, a duplicate, an import.
    vi.spyOn(drafts.db.estimates, 'add').mockImplementation(full);
    vi.spyOn(drafts.db.estimates, 'bulkAdd').mockImplementation(full as never);
    await drafts.newDraft();
    expect(drafts.saveStatus.kind).toBe('saved');
    expect(drafts.notice?.message).not.toMatch(/latest changes are not saved/);
    expect(drafts.notice?.message).toBe(NOTHING_NEW_MESSAGE);
    expect(drafts.notice?.offerBackup).toBe(true);
    expect((await loadDraft(drafts.db, drafts.currentId!))?.file.title).toBe(
      'Saved before the disk filled',
    );
  });

  it('an import that does not fit just after typing saves the typing first and says the open draft is saved', async () => {
    const { drafts, editor } = setup();
    await drafts.start();
    // Typed, and imported before the autosave's pause was over.
    editor.edit((f) => (f.title = 'Typed just before importing'));
    vi.spyOn(drafts.db.estimates, 'add').mockImplementation(full);
    const text = JSON.stringify(sampleEstimate({ title: 'The file imported' }));
    expect(await drafts.importFile({ size: text.length, text: async () => text })).toBe(false);
    expect(drafts.saveStatus.kind).toBe('saved');
    expect(drafts.notice?.message).toBe(NOTHING_NEW_MESSAGE);
    expect((await loadDraft(drafts.db, drafts.currentId!))?.file.title).toBe(
      'Typed just before importing',
    );
  });

  it('once a save lands again (space was freed), the storage-full notice goes', async () => {
    const { drafts, editor } = setup();
    await drafts.start();
    const put = vi.spyOn(drafts.db.estimates, 'put').mockImplementation(full);
    editor.edit((f) => (f.title = 'Typed while full'));
    await drafts.autosave.flush();
    expect(drafts.notice?.message).toMatch(/latest changes are not saved/);
    put.mockRestore();
    editor.edit((f) => (f.title = 'Typed after space was freed'));
    await drafts.autosave.flush();
    expect(drafts.saveStatus.kind).toBe('saved');
    expect(drafts.notice).toBeNull();
  });
});
