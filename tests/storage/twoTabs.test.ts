import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_VERSION, EstimatorDb } from '../../src/storage/db';
import { DraftsController } from '../../src/storage/drafts.svelte';
import { loadDraft } from '../../src/storage/draftStore';
import { saveStatusText } from '../../src/storage/saveStatus';
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

/** One browser tab: its own editor, database connection and (real) BroadcastChannel. */
function tab(dbName: string) {
  const editor = fakeEditor(sampleEstimate());
  const drafts = new DraftsController({
    editor,
    createBlank: () => sampleEstimate({ title: 'Blank' }),
    db: new EstimatorDb(dbName),
    clock: () => new Date('2026-03-02T12:00:00.000Z'),
    storage: {},
    download: () => {},
    location: { hash: '', href: 'http://localhost/', pathname: '/', search: '' },
    history: { replaceState: () => {} },
  });
  controllers.push(drafts);
  return { drafts, editor };
}

describe('two tabs on one draft (BroadcastChannel + compare-and-set)', () => {
  it("a tab with no edits of its own quietly shows the other tab's save: no conflict", async () => {
    const dbName = freshDbName();
    const a = tab(dbName);
    await a.drafts.start();
    const b = tab(dbName);
    await b.drafts.start();
    expect(b.drafts.currentId).toBe(a.drafts.currentId);
    const id = a.drafts.currentId!;

    a.editor.edit((f) => (f.title = 'Saved by A'));
    await a.drafts.autosave.flush();
    // B hears of A's save on the channel and, having edited nothing, loads it.
    await vi.waitFor(() => expect(b.editor.file.title).toBe('Saved by A'));
    expect(b.drafts.saveStatus.kind).toBe('saved');
    // B's next edit saves on top of A's version, with nothing lost.
    b.editor.edit((f) => (f.project.notes = 'Typed in B'));
    await b.drafts.autosave.flush();
    const stored = await loadDraft(a.drafts.db, id);
    expect(stored?.file.title).toBe('Saved by A');
    expect(stored?.file.project.notes).toBe('Typed in B');
    expect(b.drafts.saveStatus.kind).toBe('saved');
  });

  it('real concurrent edits are a conflict, and neither overwrites the other', async () => {
    const dbName = freshDbName();
    const a = tab(dbName);
    await a.drafts.start();
    const b = tab(dbName);
    await b.drafts.start();
    const id = a.drafts.currentId!;

    // B has an edit waiting when A's save arrives.
    b.editor.edit((f) => (f.title = 'Typed in B'));
    a.editor.edit((f) => (f.title = 'Saved by A'));
    await a.drafts.autosave.flush();
    await vi.waitFor(() => expect(b.drafts.saveStatus.kind).toBe('conflict'));
    expect(saveStatusText(b.drafts.saveStatus)).toBe(
      'Not saved — this draft was changed in another tab',
    );
    expect(b.editor.file.title).toBe('Typed in B');
    await b.drafts.autosave.flush();
    expect((await loadDraft(a.drafts.db, id))?.file.title).toBe('Saved by A');

    await b.drafts.resolveConflict('load-theirs');
    expect(b.editor.file.title).toBe('Saved by A');
    expect(b.drafts.saveStatus.kind).toBe('saved');
    // The library in B lists A's title too (it refreshed on the message).
    await vi.waitFor(() => expect(b.drafts.drafts[0]?.file.title).toBe('Saved by A'));
  });

  it('when another tab upgrades the database, this tab saves what was pending and stops', async () => {
    const dbName = freshDbName();
    const a = tab(dbName);
    await a.drafts.start();
    const id = a.drafts.currentId!;
    a.editor.edit((f) => (f.title = 'Pending when the upgrade came'));

    const newer = new Dexie(dbName);
    newer.version(DB_VERSION + 1).stores({
      estimates: 'id, savedAt',
      bin: 'id, deletedAt',
      statements: 'id',
      settings: 'key',
    });
    await newer.open();
    expect(a.drafts.isStopped).toBe(true);
    expect(saveStatusText(a.drafts.saveStatus)).toMatch(
      /^Not saved — A newer version of the app is open; reload to use it/,
    );
    const stored = await newer.table('estimates').get(id);
    expect(stored.file.title).toBe('Pending when the upgrade came');

    // Nothing more is written, and actions say why.
    a.editor.edit((f) => (f.title = 'After the upgrade'));
    await a.drafts.autosave.flush();
    await a.drafts.newDraft();
    expect(a.drafts.notice?.message).toBe('A newer version of the app is open; reload to use it.');
    expect((await newer.table('estimates').get(id)).file.title).toBe(
      'Pending when the upgrade came',
    );
    expect(await newer.table('estimates').count()).toBe(1);
    newer.close();
  });
});
