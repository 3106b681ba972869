// Every cap in estimate-file/limits.ts holds at every way in: paste (and the grid's other
// ways of adding lines), import, share link, a stored draft reopening and a backup restore.
// Whatever the editor accepts reopens; whatever it refuses leaves the draft as it was.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  MAX_ESTIMATE_FILE_BYTES,
  MAX_LINES_PER_SCHEME,
  MAX_SHARE_PAYLOAD_CHARS,
} from '../../src/estimate-file/limits';
import type { EstimateFile } from '../../src/estimate-file/types';
import { buildShareUrl, decodeShareFragment, encodeSharePayload } from '../../src/share/shareLink';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup } from '../../src/storage/backup';
import { listDrafts } from '../../src/storage/draftStore';
import { estimateFileText, importEstimateFile } from '../../src/storage/estimateFileIo';
import { checkEstimateFile } from '../../src/storage/validateEstimate';
import { makeEditor } from '../ui/editorHarness';
import { sampleEstimate } from '../storage/fixtures/sampleEstimate';
import { openFreshDb } from '../storage/testDb';

const now = new Date('2026-03-02T10:00:00.000Z');
const TOO_MANY = /may hold at most 5,000 lines/;

/** The sample estimate with `n` short lines in its Minimum Scheme. */
function withLines(n: number): EstimateFile {
  const file = sampleEstimate();
  const line = file.inputs.schemes.minimum.lines[0]!;
  file.inputs.schemes.minimum.lines = Array.from({ length: n }, (_, i) => ({
    ...line,
    id: `l${i}`,
  }));
  return file;
}

const asFile = (text: string) => ({
  size: new TextEncoder().encode(text).length,
  text: async () => text,
});

const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => [`Pasted ${i}`, '', '1']);

describe('the line cap, at paste', () => {
  it('refuses a paste that would pass the cap in plain words, and changes nothing', () => {
    const ed = makeEditor();
    const before = ed.snapshot();
    const version = ed.version;
    const at = ed.scheme('minimum')!.lines.length;
    const r = ed.pasteBlock('minimum', at, 0, rowsOf(MAX_LINES_PER_SCHEME - at + 1));
    expect(r.refused).toMatch(TOO_MANY);
    expect(r.refused).toMatch(/Nothing was pasted/);
    expect(r.added).toBe(0);
    expect(ed.snapshot()).toEqual(before);
    expect(ed.version).toBe(version);
    expect(ed.undoLabel).not.toBe('Paste');
  });

  it('takes a paste up to the cap, and the draft reopens (the stored-draft check accepts it)', () => {
    const ed = makeEditor();
    const at = ed.scheme('minimum')!.lines.length;
    const r = ed.pasteBlock('minimum', at, 0, rowsOf(MAX_LINES_PER_SCHEME - at));
    expect(r.refused).toBeNull();
    expect(ed.scheme('minimum')!.lines).toHaveLength(MAX_LINES_PER_SCHEME);
    const check = checkEstimateFile(ed.snapshot());
    expect(check.ok).toBe(true);
    // Pasting over existing lines at the cap adds none, so it is allowed.
    expect(ed.pasteBlock('minimum', 0, 0, [['Replaced']]).refused).toBeNull();
    // One more line is not.
    expect(ed.addLinesRefusal('minimum', 1)).toMatch(TOO_MANY);
    const count = ed.scheme('minimum')!.lines.length;
    expect(ed.insertLine('minimum')).toBeNull();
    expect(ed.insertLines('minimum', 0, 3)).toEqual([]);
    expect(ed.duplicateLine('minimum', ed.scheme('minimum')!.lines[0]!.id)).toBeNull();
    expect(ed.scheme('minimum')!.lines).toHaveLength(count);
  });

  it('refuses a paste that would make the file larger than the size cap, and changes nothing', () => {
    const ed = makeEditor();
    const before = ed.snapshot();
    const huge = 'x'.repeat(MAX_ESTIMATE_FILE_BYTES);
    const r = ed.pasteBlock('minimum', 0, 0, [[huge]]);
    expect(r.refused).toMatch(/may be at most 5 MB/);
    expect(ed.snapshot()).toEqual(before);
    // The same text rejected by a number column would be kept as unfinished cell text,
    // which is part of the draft too: also refused.
    const asNumber = ed.pasteBlock('minimum', 0, 2, [[huge]]);
    expect(asNumber.refused).toMatch(/may be at most 5 MB/);
    expect(ed.invalid).toEqual({});
  });

  it('a paste just under the size cap is taken, and its exported file imports', async () => {
    const ed = makeEditor();
    const base = estimateFileText(ed.snapshot()).length;
    // Leave room for the JSON around the text and the indenting of an exported file.
    const text = 'y'.repeat(MAX_ESTIMATE_FILE_BYTES - base - 2000);
    const r = ed.pasteBlock('minimum', 0, 0, [[text]]);
    expect(r.refused).toBeNull();
    const db = await openFreshDb();
    const imported = await importEstimateFile(db, asFile(estimateFileText(ed.snapshot())), now);
    expect(imported.ok).toBe(true);
    db.close();
  });
});

describe('the line cap, at the other ways in', () => {
  it('import refuses a file past the cap and takes one at it', async () => {
    const db = await openFreshDb();
    const over = await importEstimateFile(db, asFile(JSON.stringify(withLines(5001))), now);
    expect(over).toMatchObject({ ok: false });
    if (!over.ok) expect(over.message).toMatch(TOO_MANY);
    const at = await importEstimateFile(db, asFile(JSON.stringify(withLines(5000))), now);
    expect(at.ok).toBe(true);
    expect(await db.estimates.count()).toBe(1);
    db.close();
  });

  it('a share link past the cap is refused with the reason', () => {
    const payload = encodeSharePayload(withLines(5001));
    expect(payload.length).toBeLessThan(MAX_SHARE_PAYLOAD_CHARS);
    const decoded = decodeShareFragment(`#e=${payload}`);
    expect(decoded.kind).toBe('refused');
    if (decoded.kind === 'refused') expect(decoded.message).toMatch(TOO_MANY);
    const url = buildShareUrl(withLines(5000), 'https://example.org/');
    expect(url.ok).toBe(true);
    if (url.ok) expect(decodeShareFragment(url.url.slice(url.url.indexOf('#'))).kind).toBe('ok');
  });

  it('a stored draft past the cap is set aside as damaged, kept whole, not opened', async () => {
    const db = await openFreshDb();
    const file = withLines(5001);
    await db.estimates.put({ id: file.id, revision: 1, savedAt: now.toISOString(), file });
    const { drafts, damaged } = await listDrafts(db);
    expect(drafts).toEqual([]);
    expect(damaged).toHaveLength(1);
    expect(damaged[0]!.errors.join(' ')).toMatch(TOO_MANY);
    expect(damaged[0]!.raw).toEqual({
      id: file.id,
      revision: 1,
      savedAt: now.toISOString(),
      file,
    });
    db.close();
  });

  it('a backup restore skips a draft past the cap and says why', () => {
    const record = (file: EstimateFile) => ({
      id: file.id,
      revision: 1,
      savedAt: now.toISOString(),
      file,
    });
    const ok = { ...withLines(10), id: 'draft-2' };
    const parsed = parseBackup(
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: now.toISOString(),
        estimates: [record(withLines(5001)), record(ok)],
        statements: [],
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.estimates.map((e) => e.id)).toEqual(['draft-2']);
    expect(parsed.backup.skipped).toHaveLength(1);
    expect(parsed.backup.skipped[0]!.reason).toMatch(TOO_MANY);
  });
});
