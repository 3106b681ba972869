import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createDraft,
  deleteDraft,
  duplicateDraft,
  listBin,
  listDrafts,
  loadDraft,
  purgeBin,
  renameDraft,
  restoreFromBin,
  saveDraft,
} from '../../src/storage/draftStore';
import { sampleEstimate } from './fixtures/sampleEstimate';
import { openFreshDb } from './testDb';

const DAY = 86_400_000;
const t0 = new Date('2026-03-02T10:00:00.000Z');

describe('drafts', () => {
  it('creates a new draft with a new id and the next reference, never overwriting', async () => {
    const db = await openFreshDb();
    const a = await createDraft(db, sampleEstimate(), t0);
    const b = await createDraft(db, sampleEstimate(), t0);
    expect(a.id).not.toBe(b.id);
    expect([a.file.reference, b.file.reference]).toEqual(['EST-2026-0001', 'EST-2026-0002']);
    expect(a.revision).toBe(1);
    expect(a.file.id).toBe(a.id);
    expect(await db.estimates.count()).toBe(2);
    db.close();
  });

  it('stores plain data: Decimal-like objects become strings, extra proxies are cloned away', async () => {
    const db = await openFreshDb();
    const money = { toJSON: () => '95.50' };
    const file = sampleEstimate();
    const line = file.inputs.schemes.minimum.lines[0]!;
    (line.unitPrice as unknown as { low: unknown }).low = money;
    const record = await createDraft(db, file, t0);
    const stored = await loadDraft(db, record.id);
    expect(stored?.file.inputs.schemes.minimum.lines[0]?.unitPrice).toEqual({
      kind: 'range',
      low: '95.50',
      high: '140.25',
    });
    db.close();
  });

  it('saves with compare-and-set: a stale revision is refused and nothing is written', async () => {
    const db = await openFreshDb();
    const created = await createDraft(db, sampleEstimate(), t0);
    const first = await saveDraft(
      db,
      { ...created.file, title: 'Tab A' },
      1,
      new Date(t0.getTime() + 1000),
    );
    expect(first.kind).toBe('saved');
    const stale = await saveDraft(
      db,
      { ...created.file, title: 'Tab B' },
      1,
      new Date(t0.getTime() + 2000),
    );
    expect(stale.kind).toBe('conflict');
    if (stale.kind === 'conflict') expect(stale.theirs.file.title).toBe('Tab A');
    const stored = await loadDraft(db, created.id);
    expect(stored?.revision).toBe(2);
    expect(stored?.file.title).toBe('Tab A');
    db.close();
  });

  it('reports a deleted draft as missing instead of recreating it', async () => {
    const db = await openFreshDb();
    const created = await createDraft(db, sampleEstimate(), t0);
    await deleteDraft(db, created.id, t0);
    expect((await saveDraft(db, created.file, 1, t0)).kind).toBe('missing');
    expect(await loadDraft(db, created.id)).toBeUndefined();
    db.close();
  });

  it('renames and duplicates', async () => {
    const db = await openFreshDb();
    const created = await createDraft(db, sampleEstimate({ status: 'sent' }), t0);
    const renamed = await renameDraft(db, created.id, '  New name ', t0);
    expect(renamed.file.title).toBe('New name');
    expect(renamed.revision).toBe(2);
    await expect(renameDraft(db, created.id, '   ', t0)).rejects.toThrow(/title/);
    const copy = await duplicateDraft(db, created.id, t0);
    expect(copy.id).not.toBe(created.id);
    expect(copy.file.reference).toBe('EST-2026-0002');
    expect(copy.file.title).toBe('Copy of New name');
    expect(copy.file.status).toBe('draft');
    expect(copy.file.inputs).toEqual(created.file.inputs);
    db.close();
  });

  it('delete moves to the bin and undo restores the same record', async () => {
    const db = await openFreshDb();
    const created = await createDraft(db, sampleEstimate(), t0);
    const entry = await deleteDraft(db, created.id, t0);
    expect(entry.record).toEqual(created);
    expect((await listDrafts(db)).drafts).toHaveLength(0);
    expect((await listBin(db)).map((b) => b.id)).toEqual([created.id]);
    const restored = await restoreFromBin(db, created.id);
    expect(restored).toEqual(created);
    expect(await loadDraft(db, created.id)).toEqual(created);
    expect(await listBin(db)).toHaveLength(0);
    db.close();
  });

  it('purges bin entries older than 30 days and keeps younger ones', async () => {
    const db = await openFreshDb();
    const old = await createDraft(db, sampleEstimate(), t0);
    const young = await createDraft(db, sampleEstimate(), t0);
    await deleteDraft(db, old.id, t0);
    await deleteDraft(db, young.id, new Date(t0.getTime() + 5 * DAY));
    expect(await purgeBin(db, new Date(t0.getTime() + 30 * DAY - 1))).toBe(0);
    expect(await purgeBin(db, new Date(t0.getTime() + 30 * DAY + 1))).toBe(1);
    expect((await listBin(db)).map((b) => b.id)).toEqual([young.id]);
    await expect(restoreFromBin(db, old.id)).rejects.toThrow(/no longer in the bin/);
    db.close();
  });

  it('sets a corrupt record aside as damaged without breaking the list', async () => {
    const db = await openFreshDb();
    const good = await createDraft(db, sampleEstimate(), t0);
    const broken = {
      id: 'broken',
      revision: 3,
      savedAt: t0.toISOString(),
      file: { format: 'connection-estimate', version: 1, id: 'broken', title: null },
    };
    await db.estimates.put(broken as never);
    await db.estimates.put({ id: 'no-revision', file: good.file } as never);
    const { drafts, damaged } = await listDrafts(db);
    expect(drafts.map((d) => d.id)).toEqual([good.id]);
    expect(damaged.map((d) => d.id).sort()).toEqual(['broken', 'no-revision']);
    expect(damaged.find((d) => d.id === 'broken')?.raw).toEqual(broken);
    expect(damaged.find((d) => d.id === 'broken')?.errors.length).toBeGreaterThan(0);
    db.close();
  });
});
