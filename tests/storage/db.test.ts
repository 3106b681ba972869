import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import {
  DB_VERSION,
  declareVersion1,
  declareVersion2,
  EstimatorDb,
  handleVersionChange,
} from '../../src/storage/db';
import { listDrafts } from '../../src/storage/draftStore';
import { formatReference, nextReference } from '../../src/storage/references';
import { referenceCounterKey } from '../../src/storage/records';
import { getSetting } from '../../src/storage/settings';
import fixture from './fixtures/db-v1.json';
import { freshDbName, openFreshDb } from './testDb';

async function writeVersion1Fixture(name: string): Promise<void> {
  const v1 = new Dexie(name);
  declareVersion1(v1);
  await v1.open();
  await v1.table('estimates').bulkAdd(fixture.estimates);
  await v1.table('settings').bulkAdd(fixture.settings);
  v1.close();
}

describe('drafts database schema', () => {
  it('opens at the current version with every table', async () => {
    const db = await openFreshDb();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'attachments',
      'bin',
      'estimates',
      'settings',
      'statements',
    ]);
    // Strict durability: a save reported as done is on disk.
    const options = (db as unknown as { _options: { chromeTransactionDurability?: string } })
      ._options;
    expect(options.chromeTransactionDurability).toBe('strict');
    db.close();
  });

  it('upgrades a stored version-1 database: records wrapped, counters seeded, settings kept', async () => {
    const name = freshDbName();
    await writeVersion1Fixture(name);

    const db = new EstimatorDb(name);
    await db.open();
    const rows = await db.estimates.orderBy('id').toArray();
    expect(rows.map((r) => r.id)).toEqual(['v1-a', 'v1-b', 'v1-damaged']);
    const original = fixture.estimates.find((e) => e.id === 'v1-a');
    const upgraded = rows.find((r) => r.id === 'v1-a');
    expect(upgraded).toEqual({
      id: 'v1-a',
      revision: 1,
      savedAt: '2025-11-03T16:20:00.000Z',
      file: original,
    });
    // The counter continues after the highest reference used in 2025 (EST-2025-0012).
    expect((await db.settings.get(referenceCounterKey(2025)))?.value).toBe(12);
    expect(await nextReference(db, 2025)).toBe('EST-2025-0013');
    expect(await getSetting(db, 'lastBackupAt')).toBe('2025-12-10T18:00:00.000Z');
    expect(await db.bin.count()).toBe(0);
    expect(await db.statements.count()).toBe(0);

    // The damaged version-1 row is set aside, the others list normally.
    const { drafts, damaged } = await listDrafts(db);
    expect(drafts.map((d) => d.file.reference).sort()).toEqual(['EST-2025-0007', 'EST-2025-0012']);
    expect(damaged.map((d) => d.id)).toEqual(['v1-damaged']);
    db.close();
  });
});

describe('version 3: documents beside drafts', () => {
  it('upgrades a version-2 database without touching its drafts, adding an empty attachments table', async () => {
    const name = freshDbName();
    const v2 = new Dexie(name);
    declareVersion1(v2);
    declareVersion2(v2);
    await v2.open();
    const record = {
      id: 'd1',
      revision: 4,
      savedAt: '2026-01-01T00:00:00.000Z',
      file: fixture.estimates[0],
    };
    await v2.table('estimates').add(record);
    v2.close();

    const db = new EstimatorDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.estimates.get('d1')).toEqual(record);
    expect(await db.attachments.count()).toBe(0);
    await db.attachments.add({
      id: 'a1',
      draftId: 'd1',
      kind: 'site-plan',
      name: 'plan.pdf',
      type: 'application/pdf',
      size: 3,
      addedAt: '2026-01-02T00:00:00.000Z',
      bytes: new Uint8Array([1, 2, 3]).buffer,
    });
    expect((await db.attachments.where('draftId').equals('d1').toArray()).map((a) => a.id)).toEqual(
      ['a1'],
    );
    db.close();
  });
});

describe('reference numbers', () => {
  it('counts per year from a counter in the database', async () => {
    const db = await openFreshDb();
    expect(await nextReference(db, 2026)).toBe('EST-2026-0001');
    expect(await nextReference(db, 2026)).toBe('EST-2026-0002');
    expect(await nextReference(db, 2027)).toBe('EST-2027-0001');
    expect(await nextReference(db, 2026)).toBe('EST-2026-0003');
    db.close();
  });

  it('never hands out the same reference to concurrent callers', async () => {
    const db = await openFreshDb();
    const refs = await Promise.all(Array.from({ length: 12 }, () => nextReference(db, 2026)));
    expect(new Set(refs).size).toBe(12);
    db.close();
  });

  it('pads to four digits and grows beyond', () => {
    expect(formatReference(2026, 7)).toBe('EST-2026-0007');
    expect(formatReference(2026, 12345)).toBe('EST-2026-12345');
  });

  it('refuses a year that is not four digits', async () => {
    const db = await openFreshDb();
    await expect(nextReference(db, 26)).rejects.toThrow(/four digits/);
    db.close();
  });
});

describe('another tab upgrades the database', () => {
  it('flushes, then closes this connection for good so the upgrade can go ahead', async () => {
    const name = freshDbName();
    const db = new EstimatorDb(name);
    const events: string[] = [];
    handleVersionChange(db, {
      onVersionChange: async () => {
        events.push('flush');
      },
    });
    await db.open();

    // A newer app in another tab opens the same database at a higher version.
    const newer = new Dexie(name);
    newer.version(DB_VERSION + 1).stores({
      estimates: 'id, savedAt',
      bin: 'id, deletedAt',
      statements: 'id',
      settings: 'key',
      attachments: 'id, draftId',
    });
    await newer.open();
    expect(events).toEqual(['flush']);
    expect(db.isOpen()).toBe(false);
    // This tab no longer writes (no silent reopen at the old version).
    await expect(db.settings.put({ key: 'x', value: 1 })).rejects.toThrow();
    newer.close();
  });
});
