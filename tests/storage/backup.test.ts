import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyRestore,
  BACKUP_FORMAT,
  createBackup,
  parseBackup,
  previewRestore,
} from '../../src/storage/backup';
import {
  createDraft,
  deleteDraft,
  listBin,
  loadDraft,
  saveDraft,
  saveStatement,
} from '../../src/storage/draftStore';
import type { StatementFile } from '../../src/statements/types';
import { sampleEstimate } from './fixtures/sampleEstimate';
import { openFreshDb } from './testDb';

const now = new Date('2026-03-02T10:00:00.000Z');
const statement = JSON.parse(
  readFileSync(new URL('../../public/statements/ipr-v1.7-2025.json', import.meta.url), 'utf8'),
) as StatementFile;

async function filledDb() {
  const db = await openFreshDb();
  const a = await createDraft(db, sampleEstimate({ title: 'A' }), now);
  const b = await createDraft(db, sampleEstimate({ title: 'B' }), now);
  await saveDraft(db, { ...b.file, title: 'B edited' }, 1, now);
  await saveStatement(
    db,
    {
      ...statement,
      id: 'imported-copy',
      rules: { ...statement.rules, statementId: 'imported-copy' },
    },
    now,
  );
  return { db, a, b };
}

describe('back up all, then restore', () => {
  it('round-trips every draft and statement into an empty database, deep-equal', async () => {
    const { db } = await filledDb();
    const backup = await createBackup(db, now);
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.version).toBe(1);
    const text = JSON.stringify(backup);

    const empty = await openFreshDb();
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.skipped).toEqual([]);
    const preview = await previewRestore(empty, parsed.backup);
    expect(preview.adds.map((c) => c.title).sort()).toEqual(['A', 'B edited']);
    expect(preview.replaces).toEqual([]);
    await applyRestore(empty, preview);

    expect(await empty.estimates.orderBy('id').toArray()).toEqual(
      await db.estimates.orderBy('id').toArray(),
    );
    expect(await empty.statements.toArray()).toEqual(await db.statements.toArray());
    db.close();
    empty.close();
  });

  it('previews adds and replaces by id and revision before changing anything', async () => {
    const { db, a, b } = await filledDb();
    const backup = parseBackup(JSON.stringify(await createBackup(db, now)));
    if (!backup.ok) throw new Error(backup.message);

    // After the backup: A edited twice (revision 3), B deleted, C new (not in the backup).
    await saveDraft(db, { ...a.file, title: 'A later' }, 1, now);
    await saveDraft(db, { ...a.file, title: 'A even later' }, 2, now);
    await deleteDraft(db, b.id, now);
    const c = await createDraft(db, sampleEstimate({ title: 'C' }), now);
    const before = await db.estimates.orderBy('id').toArray();

    const preview = await previewRestore(db, backup.backup);
    expect(preview.adds).toEqual([
      { id: b.id, reference: b.file.reference, title: 'B edited', backupRevision: 2 },
    ]);
    expect(preview.replaces).toEqual([
      { id: a.id, reference: a.file.reference, title: 'A', backupRevision: 1, storedRevision: 3 },
    ]);
    expect(preview.unchanged).toEqual([]);
    expect(preview.statementsAdded).toEqual([]);
    // Previewing changed nothing.
    expect(await db.estimates.orderBy('id').toArray()).toEqual(before);

    const result = await applyRestore(db, preview);
    expect(result).toEqual({ added: 1, replaced: 1, statements: 1, notes: [] });
    const restoredA = await loadDraft(db, a.id);
    expect(restoredA?.file.title).toBe('A');
    // Above the stored revision, so a tab still editing A sees the restore.
    expect(restoredA?.revision).toBe(4);
    expect((await loadDraft(db, b.id))?.file.title).toBe('B edited');
    expect(await listBin(db)).toEqual([]);
    expect((await loadDraft(db, c.id))?.file.title).toBe('C');
    db.close();
  });

  it('lists drafts stored exactly as in the backup as unchanged', async () => {
    const { db } = await filledDb();
    const backup = parseBackup(JSON.stringify(await createBackup(db, now)));
    if (!backup.ok) throw new Error(backup.message);
    const preview = await previewRestore(db, backup.backup);
    expect(preview.adds).toEqual([]);
    expect(preview.replaces).toEqual([]);
    expect(preview.unchanged).toHaveLength(2);
    db.close();
  });

  it('refuses files that are not backups, with a plain message', () => {
    expect(parseBackup('not json')).toEqual({
      ok: false,
      message: 'The file is not JSON, so it is not a backup from this app.',
    });
    const single = parseBackup(JSON.stringify(sampleEstimate()));
    expect(single.ok).toBe(false);
    if (!single.ok) expect(single.message).toMatch(/single estimate file/);
    const newer = parseBackup(
      JSON.stringify({ format: BACKUP_FORMAT, version: 9, estimates: [], statements: [] }),
    );
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.message).toMatch(/newer version/);
  });

  it('skips damaged drafts in a backup and says why, restoring the rest', async () => {
    const good = {
      id: 'g',
      revision: 2,
      savedAt: now.toISOString(),
      file: sampleEstimate({ id: 'g' }),
    };
    const bad = {
      id: 'x',
      revision: 1,
      savedAt: now.toISOString(),
      file: { ...sampleEstimate({ id: 'x' }), status: 'lost' },
    };
    const parsed = parseBackup(
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: 1,
        createdAt: now.toISOString(),
        estimates: [good, bad],
        statements: [],
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.estimates.map((e) => e.id)).toEqual(['g']);
    expect(parsed.backup.skipped.map((s) => s.id)).toEqual(['x']);
    expect(parsed.backup.skipped[0]?.reason).toMatch(/damaged/);
  });
});
