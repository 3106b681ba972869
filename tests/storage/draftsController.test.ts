import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildShareUrl } from '../../src/share/shareLink';
import { EstimatorDb } from '../../src/storage/db';
import { DraftsController } from '../../src/storage/drafts.svelte';
import { createDraft, loadDraft } from '../../src/storage/draftStore';
import { fakeEditor } from './fakeEditor';
import { sampleEstimate } from './fixtures/sampleEstimate';
import { freshDbName } from './testDb';

const DAY = 86_400_000;
let controllers: DraftsController[] = [];

afterEach(() => {
  for (const c of controllers) {
    c.dispose();
    c.db.close();
  }
  controllers = [];
});

function setup(
  options: { hash?: string; persist?: boolean | 'unsupported'; dbName?: string; now?: Date } = {},
) {
  let now = options.now ?? new Date('2026-03-02T12:00:00.000Z');
  const editor = fakeEditor(sampleEstimate());
  const downloads: { name: string; text: string }[] = [];
  const replaced: string[] = [];
  const location = {
    hash: options.hash ?? '',
    href: `http://localhost/app/${options.hash ?? ''}`,
    pathname: '/app/',
    search: '',
  };
  const storage =
    options.persist === 'unsupported'
      ? {}
      : { persist: async () => options.persist === true, persisted: async () => false };
  const drafts = new DraftsController({
    editor,
    createBlank: () => sampleEstimate({ title: 'New estimate' }),
    db: new EstimatorDb(options.dbName ?? freshDbName()),
    clock: () => new Date(now),
    storage,
    channel: null,
    download: (name, text) => downloads.push({ name, text }),
    location,
    history: {
      replaceState: (_s: unknown, _t: string, url?: string | URL | null) =>
        replaced.push(String(url)),
    },
  });
  controllers.push(drafts);
  return {
    drafts,
    editor,
    downloads,
    replaced,
    advance: (ms: number) => (now = new Date(now.getTime() + ms)),
  };
}

describe('drafts controller', () => {
  it('first visit: stores a new draft, asks for persistence, and reminds to back up when refused', async () => {
    const { drafts, editor } = setup({ persist: false });
    await drafts.start();
    expect(drafts.drafts).toHaveLength(1);
    expect(drafts.currentId).toBe(drafts.drafts[0]?.id);
    expect(editor.file.title).toBe('New estimate');
    expect(editor.file.reference).toBe('EST-2026-0001');
    expect(drafts.persistence).toBe('denied');
    expect(drafts.needsBackupReminder).toBe(true);
    // Loading the draft into the editor is not an edit: nothing waits to be saved.
    expect(drafts.autosave.hasUnsavedEdits).toBe(false);
  });

  it('granted persistence and a recent backup: no reminder; after 7 days: reminder again', async () => {
    const { drafts, advance, downloads } = setup({ persist: true });
    await drafts.start();
    expect(drafts.persistence).toBe('granted');
    expect(drafts.needsBackupReminder).toBe(true); // never backed up
    await drafts.backupAll();
    expect(downloads).toHaveLength(1);
    expect(drafts.needsBackupReminder).toBe(false);
    advance(7 * DAY + 1);
    await drafts.refresh();
    expect(drafts.needsBackupReminder).toBe(true);
  });

  it('edits are saved and are there after a reload', async () => {
    const dbName = freshDbName();
    const first = setup({ dbName });
    await first.drafts.start();
    first.editor.edit((f) => (f.title = 'Edited before reload'));
    await first.drafts.autosave.flush();
    first.drafts.dispose();
    first.drafts.db.close();

    const second = setup({ dbName });
    await second.drafts.start();
    expect(second.editor.file.title).toBe('Edited before reload');
    expect(second.drafts.drafts).toHaveLength(1);
  });

  it('opens a share link as a new draft and clears the fragment', async () => {
    const dbName = freshDbName();
    const db = new EstimatorDb(dbName);
    const existing = await createDraft(
      db,
      sampleEstimate({ title: 'Mine' }),
      new Date('2026-03-01T00:00:00Z'),
    );
    db.close();
    const link = buildShareUrl({ ...existing.file, title: 'Shared' }, 'http://localhost/app/');
    if (!link.ok) throw new Error(link.message);
    const { drafts, editor, replaced } = setup({ dbName, hash: new URL(link.url).hash });
    await drafts.start();
    expect(drafts.drafts).toHaveLength(2);
    expect(editor.file.title).toBe('Shared');
    expect(editor.file.id).not.toBe(existing.id);
    expect(replaced).toEqual(['/app/']);
    expect(drafts.notice?.message).toMatch(/new draft/);
    expect((await loadDraft(drafts.db, existing.id))?.file.title).toBe('Mine');
  });

  it('refuses a corrupt share link with a plain message and opens the last draft', async () => {
    const { drafts } = setup({ hash: '#e=broken!' });
    await drafts.start();
    expect(drafts.notice).toMatchObject({ tone: 'error' });
    expect(drafts.notice?.message).toMatch(/damaged/);
    expect(drafts.drafts).toHaveLength(1);
  });

  it('delete → bin → undo, and deleting the open draft opens another', async () => {
    const { drafts, editor } = setup();
    await drafts.start();
    const firstId = drafts.currentId!;
    await drafts.newDraft();
    const secondId = drafts.currentId!;
    await drafts.remove(secondId);
    expect(drafts.bin.map((b) => b.id)).toEqual([secondId]);
    expect(drafts.currentId).toBe(firstId);
    expect(editor.file.id).toBe(firstId);
    await drafts.undoDelete();
    expect(drafts.bin).toHaveLength(0);
    expect(drafts.drafts.map((d) => d.id).sort()).toEqual([firstId, secondId].sort());
    expect(drafts.lastDeleted).toBeNull();
  });

  it('purges the bin on start after 30 days', async () => {
    const dbName = freshDbName();
    const a = setup({ dbName });
    await a.drafts.start();
    await a.drafts.newDraft();
    await a.drafts.remove(a.drafts.currentId!);
    a.drafts.dispose();
    a.drafts.db.close();
    const b = setup({ dbName, now: new Date('2026-04-02T12:00:01.000Z') });
    await b.drafts.start();
    expect(b.drafts.bin).toHaveLength(0);
  });

  it('backup then restore into a fresh database: preview, then the same drafts', async () => {
    const a = setup();
    await a.drafts.start();
    a.editor.edit((f) => (f.title = 'In the backup'));
    await a.drafts.autosave.flush();
    await a.drafts.backupAll();
    const text = a.downloads[0]!.text;

    const b = setup();
    await b.drafts.start();
    await b.drafts.chooseRestoreFile({ size: text.length, text: async () => text });
    expect(b.drafts.restorePreview?.adds.map((c) => c.title)).toEqual(['In the backup']);
    expect(b.drafts.drafts).toHaveLength(1); // nothing changed yet
    await b.drafts.confirmRestore();
    expect(b.drafts.drafts.map((d) => d.file.title).sort()).toEqual([
      'In the backup',
      'New estimate',
    ]);
    // B's own new draft already holds EST-2026-0001: the restored one is renumbered, and
    // says so, and the counter moved past both (no third draft with either number).
    const restored = b.drafts.drafts.find((d) => d.file.title === 'In the backup');
    const original = a.drafts.drafts[0]!;
    expect(original.file.reference).toBe('EST-2026-0001');
    expect(restored).toEqual({
      ...original,
      file: { ...original.file, reference: 'EST-2026-0002' },
    });
    expect(b.drafts.notice?.message).toContain(
      'The reference EST-2026-0001 is already used by one of your drafts, so this one is now EST-2026-0002.',
    );
    await b.drafts.newDraft();
    expect(b.drafts.drafts.map((d) => d.file.reference).sort()).toEqual([
      'EST-2026-0001',
      'EST-2026-0002',
      'EST-2026-0003',
    ]);
  });

  it('restore into a fresh browser keeps free references and advances the counter from the backup', async () => {
    const a = setup();
    await a.drafts.start();
    await a.drafts.newDraft();
    await a.drafts.newDraft();
    // A deleted draft took EST-2026-0004; the counter in the backup remembers it.
    await a.drafts.newDraft();
    await a.drafts.remove(a.drafts.currentId!);
    await a.drafts.backupAll();
    const text = a.downloads.at(-1)!.text;
    expect(JSON.parse(text).referenceCounters).toEqual({ '2026': 4 });

    const b = setup();
    await b.drafts.start();
    // As a fresh browser: its own blank draft removed for good, so nothing holds a reference.
    await b.drafts.db.estimates.clear();
    await b.drafts.refresh();
    await b.drafts.chooseRestoreFile({ size: text.length, text: async () => text });
    await b.drafts.confirmRestore();
    expect(b.drafts.drafts.map((d) => d.file.reference).sort()).toEqual([
      'EST-2026-0001',
      'EST-2026-0002',
      'EST-2026-0003',
    ]);
    expect(b.drafts.notice?.message).not.toContain('already used');
    await b.drafts.newDraft();
    expect(
      b.drafts.drafts
        .map((d) => d.file.reference)
        .sort()
        .at(-1),
    ).toBe('EST-2026-0005');
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const { drafts } = setup();
    await drafts.start();
    await drafts.chooseRestoreFile({ size: 3, text: async () => 'nope' });
    expect(drafts.restorePreview).toBeNull();
    expect(drafts.notice?.message).toBe(
      'The file is not JSON, so it is not a backup from this app. Nothing was restored.',
    );
  });

  it('imports an estimate file as a new draft and opens it', async () => {
    const { drafts, editor } = setup();
    await drafts.start();
    const text = JSON.stringify(sampleEstimate({ title: 'From a file' }));
    expect(await drafts.importFile({ size: text.length, text: async () => text })).toBe(true);
    expect(editor.file.title).toBe('From a file');
    expect(editor.file.reference).toBe('EST-2026-0002');
    expect(drafts.drafts).toHaveLength(2);
  });

  it('stores imported statements', async () => {
    const { drafts } = setup();
    await drafts.start();
    const { readFileSync } = await import('node:fs');
    const statement = JSON.parse(
      readFileSync(new URL('../../public/statements/spm-2008.json', import.meta.url), 'utf8'),
    );
    await drafts.importStatement(statement);
    expect(drafts.statements.map((s) => s.id)).toEqual([statement.id]);
  });

  describe('on start', () => {
    async function twoDrafts(dbName: string) {
      const first = setup({ dbName });
      await first.drafts.start();
      const olderId = first.drafts.currentId!;
      first.editor.edit((f) => (f.title = 'Older draft'));
      await first.drafts.autosave.flush();
      first.advance(60_000);
      await first.drafts.newDraft();
      first.editor.edit((f) => (f.title = 'Newer draft'));
      await first.drafts.autosave.flush();
      // The user goes back to the older one, then leaves.
      await first.drafts.openDraft(olderId);
      first.drafts.dispose();
      first.drafts.db.close();
      return olderId;
    }

    it('reopens the draft open last, not the one saved last', async () => {
      const dbName = freshDbName();
      const olderId = await twoDrafts(dbName);
      const second = setup({ dbName });
      await second.drafts.start();
      expect(second.drafts.currentId).toBe(olderId);
      expect(second.editor.file.title).toBe('Older draft');
      expect(second.drafts.notice).toBeNull();
    });

    it('says so, by title and reference, when the draft open last is damaged', async () => {
      const dbName = freshDbName();
      const olderId = await twoDrafts(dbName);
      const db = new EstimatorDb(dbName);
      const stored = (await db.estimates.get(olderId))!;
      // Edited outside the app: a number where the file holds text.
      await db.estimates.put({
        ...stored,
        file: { ...stored.file, inputs: { ...stored.file.inputs, vatRate: 20 } },
      } as never);
      db.close();
      const second = setup({ dbName });
      await second.drafts.start();
      expect(second.editor.file.title).toBe('Newer draft');
      expect(second.drafts.notice?.tone).toBe('error');
      expect(second.drafts.notice?.message).toMatch(
        /^The draft you had open, “Older draft” \(EST-2026-0001\), is damaged and could not be opened \(.*VAT rate.*\)\..*Opened “Newer draft” \(EST-2026-0002\) instead\.$/,
      );
      expect(second.drafts.damaged.map((d) => [d.title, d.reference])).toEqual([
        ['Older draft', 'EST-2026-0001'],
      ]);
    });

    it('downloads a damaged draft as an estimate file that imports again', async () => {
      const dbName = freshDbName();
      const olderId = await twoDrafts(dbName);
      const db = new EstimatorDb(dbName);
      const stored = (await db.estimates.get(olderId))!;
      // The record lost its revision: the file inside is whole.
      await db.estimates.put({ id: stored.id, file: stored.file } as never);
      db.close();
      const second = setup({ dbName });
      await second.drafts.start();
      expect(second.drafts.notice?.message).toMatch(/“Older draft” \(EST-2026-0001\)/);
      second.drafts.downloadDamaged(olderId);
      const [download] = second.downloads;
      expect(download?.name).toBe('damaged-draft-EST-2026-0001.json');
      const imported = await second.drafts.importFile({
        size: download!.text.length,
        text: async () => download!.text,
      });
      expect(imported).toBe(true);
      expect(second.editor.file.title).toBe('Older draft');
    });
  });
});
