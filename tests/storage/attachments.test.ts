import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addAttachment,
  listAttachments,
  MAX_ATTACHMENT_BYTES,
  MAX_DRAFT_ATTACHMENT_BYTES,
  purgeOrphanAttachments,
} from '../../src/storage/attachments';
import { createDraft } from '../../src/storage/draftStore';
import { DraftsController } from '../../src/storage/drafts.svelte';
import { sampleEstimate } from './fixtures/sampleEstimate';
import { fakeEditor } from './fakeEditor';
import { openFreshDb } from './testDb';

const now = new Date('2026-03-02T10:00:00.000Z');

/** A file of `size` bytes whose content depends on `seed`, so copies can be compared. */
function fileOf(name: string, type: string, size: number, seed = 7) {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 31 + seed) & 0xff;
  return {
    name,
    type,
    size,
    bytes,
    arrayBuffer: async () => bytes.slice().buffer,
  };
}

describe('documents kept beside a draft', () => {
  it('keeps a document under the draft, byte for byte', async () => {
    const db = await openFreshDb();
    const draft = await createDraft(db, sampleEstimate({ title: 'A' }), now);
    const plan = fileOf('site plan.pdf', 'application/pdf', 5000);
    const out = await addAttachment(db, draft.id, 'site-plan', plan, { now, id: 'att-1' });
    expect(out.ok).toBe(true);
    const [stored] = await listAttachments(db, draft.id);
    expect(stored).toMatchObject({ kind: 'site-plan', name: 'site plan.pdf', size: 5000 });
    expect(new Uint8Array(stored!.bytes)).toEqual(plan.bytes);
  });

  it('refuses other kinds of file and oversized ones, in plain words, keeping nothing', async () => {
    const db = await openFreshDb();
    const draft = await createDraft(db, sampleEstimate({ title: 'A' }), now);
    const word = await addAttachment(
      db,
      draft.id,
      'other',
      fileOf('notes.docx', 'application/msword', 10),
      { now, id: 'a' },
    );
    expect(word).toEqual({ ok: false, message: expect.stringMatching(/not a PDF, PNG or JPEG/) });
    const big = { ...fileOf('scan.pdf', 'application/pdf', 1), size: MAX_ATTACHMENT_BYTES + 1 };
    const tooBig = await addAttachment(db, draft.id, 'site-plan', big, { now, id: 'b' });
    expect(tooBig).toEqual({ ok: false, message: expect.stringMatching(/at most 10\.0 MB/) });
    expect(await listAttachments(db, draft.id)).toEqual([]);
  });

  it('limits a draft’s documents together', async () => {
    const db = await openFreshDb();
    const draft = await createDraft(db, sampleEstimate({ title: 'A' }), now);
    const nine = { ...fileOf('a.pdf', 'application/pdf', 1), size: 9 * 1024 * 1024 };
    nine.arrayBuffer = async () => new ArrayBuffer(nine.size);
    await addAttachment(db, draft.id, 'site-plan', nine, { now, id: 'a' });
    await addAttachment(
      db,
      draft.id,
      'location-plan',
      { ...nine, name: 'b.pdf' },
      { now, id: 'b' },
    );
    const third = await addAttachment(
      db,
      draft.id,
      'other',
      { ...nine, name: 'c.pdf' },
      { now, id: 'c' },
    );
    expect(MAX_DRAFT_ATTACHMENT_BYTES).toBe(25 * 1024 * 1024);
    expect(third).toEqual({ ok: false, message: expect.stringMatching(/at most 25\.0 MB/) });
  });

  it('says plainly when the browser is short of room, before writing', async () => {
    const db = await openFreshDb();
    const draft = await createDraft(db, sampleEstimate({ title: 'A' }), now);
    const storage = { estimate: async () => ({ quota: 1000, usage: 900 }) };
    const out = await addAttachment(
      db,
      draft.id,
      'site-plan',
      fileOf('p.pdf', 'application/pdf', 500),
      { now, id: 'a', storage },
    );
    expect(out).toEqual({
      ok: false,
      message: expect.stringMatching(/no room left to keep “p\.pdf”/),
    });
  });

  it('forgets documents whose draft is gone for good', async () => {
    const db = await openFreshDb();
    const draft = await createDraft(db, sampleEstimate({ title: 'A' }), now);
    await addAttachment(db, draft.id, 'site-plan', fileOf('p.pdf', 'application/pdf', 10), {
      now,
      id: 'kept',
    });
    await addAttachment(db, 'gone', 'site-plan', fileOf('q.pdf', 'application/pdf', 10), {
      now,
      id: 'orphan',
    });
    expect(await purgeOrphanAttachments(db)).toBe(1);
    expect((await db.attachments.toArray()).map((a) => a.id)).toEqual(['kept']);
  });
});

describe('backups and exports with documents', () => {
  async function controllerWithDocuments() {
    const db = await openFreshDb();
    const downloads: { name: string; bytes: Uint8Array | string; type: string }[] = [];
    const texts: { name: string; text: string }[] = [];
    const draft = await createDraft(db, sampleEstimate({ title: 'Mill Lane' }), now);
    const plan = fileOf('site plan.pdf', 'application/pdf', 70_000, 3);
    const letter = fileOf('authority.png', 'image/png', 12_345, 9);
    await addAttachment(db, draft.id, 'site-plan', plan, { now, id: 'att-plan' });
    await addAttachment(db, draft.id, 'letter-of-authority', letter, { now, id: 'att-loa' });
    const controller = new DraftsController({
      editor: fakeEditor(draft.file),
      createBlank: () => sampleEstimate({ title: 'blank' }),
      db,
      clock: () => now,
      channel: null,
      download: (name, text) => texts.push({ name, text }),
      downloadBytes: (name, bytes, type) => downloads.push({ name, bytes, type }),
    });
    return { db, controller, draft, plan, letter, downloads, texts };
  }

  it('the backup zip round-trips the documents byte for byte', async () => {
    const { db, controller, draft, plan, letter, downloads } = await controllerWithDocuments();
    await controller.backupAll();
    expect(downloads).toHaveLength(1);
    const zip = downloads[0]!;
    expect(zip.name).toBe('estimates-backup-2026-03-02.zip');
    expect(zip.type).toBe('application/zip');

    // Everything is lost, then restored from the zip.
    await db.attachments.clear();
    await db.estimates.clear();
    const bytes = zip.bytes as Uint8Array;
    await controller.chooseRestoreFile({
      size: bytes.byteLength,
      text: async () => new TextDecoder().decode(bytes),
      arrayBuffer: async () => bytes.slice().buffer,
    });
    expect(controller.notice).toBeNull();
    expect(controller.restoreDocuments).toHaveLength(2);
    await controller.confirmRestore();
    expect(controller.notice?.message).toMatch(/1 added.*2 documents/);
    const restored = await listAttachments(db, draft.id);
    const byKind = (kind: string) => restored.find((a) => a.kind === kind)!;
    expect(byKind('site-plan')).toMatchObject({ name: 'site plan.pdf', type: 'application/pdf' });
    expect(byKind('letter-of-authority')).toMatchObject({
      name: 'authority.png',
      type: 'image/png',
    });
    expect(new Uint8Array(byKind('site-plan').bytes)).toEqual(plan.bytes);
    expect(new Uint8Array(byKind('letter-of-authority').bytes)).toEqual(letter.bytes);
  });

  it('a backup without documents is the JSON file it always was', async () => {
    const { db, controller, downloads, texts } = await controllerWithDocuments();
    await db.attachments.clear();
    await controller.backupAll();
    expect(downloads).toHaveLength(0);
    expect(texts[0]?.name).toBe('estimates-backup-2026-03-02.json');
  });

  it('exporting a draft with documents gives a zip of the estimate file and the documents', async () => {
    const { controller, draft, plan, downloads } = await controllerWithDocuments();
    await controller.exportDraft(draft.id);
    const { unpackWithDocuments, ESTIMATE_ENTRY } = await import('../../src/storage/backupZip');
    const zip = downloads[0]!;
    expect(zip.name).toMatch(/Mill Lane\.zip$/);
    const unpacked = unpackWithDocuments(zip.bytes as Uint8Array, ESTIMATE_ENTRY);
    if (!unpacked.ok) throw new Error(unpacked.message);
    expect(JSON.parse(unpacked.text).id).toBe(draft.id);
    const kept = unpacked.documents.find((d) => d.kind === 'site-plan')!;
    expect(new Uint8Array(kept.bytes)).toEqual(plan.bytes);
  });

  it('importing an estimate exported with documents makes a new draft with the documents, byte for byte', async () => {
    const { db, controller, draft, plan, letter, downloads } = await controllerWithDocuments();
    await controller.exportDraft(draft.id);
    const bytes = downloads[0]!.bytes as Uint8Array;
    const asUpload = (b: Uint8Array) => ({
      size: b.byteLength,
      text: async () => new TextDecoder().decode(b),
      arrayBuffer: async () => b.slice().buffer,
    });
    expect(await controller.importFile(asUpload(bytes))).toBe(true);
    const copy = controller.drafts.find((d) => d.id !== draft.id)!;
    expect(copy.file.title).toBe('Mill Lane');
    expect(copy.file.reference).not.toBe(draft.file.reference);
    expect(controller.notice?.message).toMatch(/Imported as a new draft, .* with 2 documents\./);
    const kept = await db.attachments.where('draftId').equals(copy.id).toArray();
    expect(kept.map((d) => d.kind).sort()).toEqual(['letter-of-authority', 'site-plan']);
    expect(new Uint8Array(kept.find((d) => d.kind === 'site-plan')!.bytes)).toEqual(plan.bytes);
    expect(new Uint8Array(kept.find((d) => d.kind === 'letter-of-authority')!.bytes)).toEqual(
      letter.bytes,
    );
    // The original's documents are untouched, and the copies have ids of their own.
    expect(await db.attachments.where('draftId').equals(draft.id).count()).toBe(2);
    expect(kept.map((d) => d.id)).not.toContain('att-plan');

    // A zip whose estimate is broken is refused, and nothing is added.
    const { packWithDocuments, ESTIMATE_ENTRY } = await import('../../src/storage/backupZip');
    const broken = packWithDocuments(ESTIMATE_ENTRY, '{"format":"connection-estimate"}', kept);
    const before = [await db.estimates.count(), await db.attachments.count()];
    expect(await controller.importFile(asUpload(broken))).toBe(false);
    expect(controller.notice?.message).toMatch(/Nothing was imported\./);
    expect([await db.estimates.count(), await db.attachments.count()]).toEqual(before);
  });

  it('a damaged zip is refused and nothing is restored', async () => {
    const { controller } = await controllerWithDocuments();
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    await controller.chooseRestoreFile({
      size: bytes.byteLength,
      text: async () => '',
      arrayBuffer: async () => bytes.buffer,
    });
    expect(controller.notice?.message).toMatch(/damaged.*Nothing was restored/);
    expect(controller.restorePreview).toBeNull();
  });
});
