import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDraft } from '../../src/storage/draftStore';
import {
  estimateFileName,
  estimateFileText,
  importEstimateFile,
} from '../../src/storage/estimateFileIo';
import { sampleEstimate } from './fixtures/sampleEstimate';
import { openFreshDb } from './testDb';

const now = new Date('2026-03-02T10:00:00.000Z');
const asFile = (text: string, size = new TextEncoder().encode(text).length) => ({
  size,
  text: async () => text,
});

describe('one estimate as a file', () => {
  it('exports and imports as a new draft with a new id and reference', async () => {
    const db = await openFreshDb();
    const original = await createDraft(db, sampleEstimate(), now);
    const text = estimateFileText(original.file);
    const imported = await importEstimateFile(db, asFile(text), now);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.record.id).not.toBe(original.id);
    expect(imported.record.file.reference).toBe('EST-2026-0002');
    expect(imported.record.file.inputs).toEqual(original.file.inputs);
    expect(imported.record.file.project).toEqual(original.file.project);
    expect(await db.estimates.count()).toBe(2);
    db.close();
  });

  it.each([
    ['not JSON', '{ this is not json', /not valid JSON/],
    ['an unknown version', JSON.stringify({ ...sampleEstimate(), version: 7 }), /newer version/],
    [
      'another format',
      JSON.stringify({ format: 'something-else' }),
      /not a connection estimate file/,
    ],
    [
      'a broken value (a number where the file holds text)',
      JSON.stringify({
        ...sampleEstimate(),
        inputs: {
          ...sampleEstimate().inputs,
          connection: { ...sampleEstimate().inputs.connection, importCapacityKva: -5 },
        },
      }),
      /import capacity \(kVA\) “-5” must be text/,
    ],
  ])('refuses %s with a plain message and changes nothing', async (_name, text, message) => {
    const db = await openFreshDb();
    await createDraft(db, sampleEstimate(), now);
    const before = await db.estimates.toArray();
    const outcome = await importEstimateFile(db, asFile(text), now);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.message).toMatch(message);
      expect(outcome.message).toMatch(/Nothing was imported\.$/);
    }
    expect(await db.estimates.toArray()).toEqual(before);
    expect((await db.settings.toArray()).length).toBe(1);
    db.close();
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const db = await openFreshDb();
    let isRead = false;
    const outcome = await importEstimateFile(
      db,
      { size: 5 * 1024 * 1024 + 1, text: async () => ((isRead = true), '{}') },
      now,
    );
    expect(outcome).toEqual({
      ok: false,
      message: 'The file is 5.0 MB; an estimate file may be at most 5 MB. Nothing was imported.',
    });
    expect(isRead).toBe(false);
    expect(await db.estimates.count()).toBe(0);
    db.close();
  });

  it('names the file after its reference and a safe title', () => {
    expect(estimateFileName(sampleEstimate({ title: 'Unit 4: "shed" / barn' }))).toBe(
      'EST-2026-0001 Unit 4 shed barn.json',
    );
  });
});
