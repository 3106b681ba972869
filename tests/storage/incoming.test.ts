// What comes in from elsewhere (an imported file, a share link, a backup) is made safe to
// reopen: repeated ids renamed and said, out-of-range numbers refused in plain words,
// built-in statements never replaced, references kept when free and renumbered when taken.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshId } from '../../src/estimate-file/dedupeIds';
import { parseEstimateFile } from '../../src/estimate-file/parseEstimateFile';
import type { EstimateFile } from '../../src/estimate-file/types';
import { encodeSharePayload } from '../../src/share/shareLink';
import { openShareLink } from '../../src/storage/openShareLink';
import { applyRestore, BACKUP_FORMAT, parseBackup, previewRestore } from '../../src/storage/backup';
import { createDraft, listDrafts } from '../../src/storage/draftStore';
import { importEstimateText } from '../../src/storage/estimateFileIo';
import { BUILT_IN_STATEMENT_IDS } from '../../src/statements/builtInIds';
import type { StatementFile } from '../../src/statements/types';
import { sampleEstimate } from './fixtures/sampleEstimate';
import { openFreshDb } from './testDb';

const now = new Date('2026-03-02T10:00:00.000Z');

/** An estimate whose Minimum Scheme has two lines "l1" and two RSNs "r1". */
function withRepeatedIds(): EstimateFile {
  const file = sampleEstimate();
  const scheme = file.inputs.schemes.minimum;
  const line = scheme.lines[0]!;
  scheme.lines = [
    { ...line, charging: { rule: 'apportioned', rsnId: 'r1' } },
    { ...line, description: 'Second line' },
  ];
  const rsn = {
    id: 'r1',
    name: 'Feeder A',
    driver: 'security' as const,
    capacity: { method: 'ratings' as const, ratingsKva: ['500'], secure: true },
  };
  scheme.rsns = [rsn, { ...rsn, name: 'Feeder B' }];
  return file;
}

function ids(file: EstimateFile) {
  const scheme = file.inputs.schemes.minimum;
  return { lines: scheme.lines.map((l) => l.id), rsns: scheme.rsns.map((r) => r.id) };
}

function expectUnique(file: EstimateFile) {
  const { lines, rsns } = ids(file);
  expect(new Set(lines).size).toBe(lines.length);
  expect(new Set(rsns).size).toBe(rsns.length);
}

function backupText(estimates: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    createdAt: now.toISOString(),
    estimates,
    statements: [],
    ...extra,
  });
}

describe('repeated line and RSN ids', () => {
  it('the reader gives the later ones new ids, says where, and keeps references on the first', () => {
    const result = parseEstimateFile(JSON.stringify(withRepeatedIds()));
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expectUnique(result.file);
    const { lines, rsns } = ids(result.file);
    expect(lines[0]).toBe('l1');
    expect(rsns[0]).toBe('r1');
    expect(lines[1]).toMatch(/^line-[0-9a-f]{8}$/);
    expect(rsns[1]).toMatch(/^rsn-[0-9a-f]{8}$/);
    // The line that names the RSN still names the first one.
    expect(result.file.inputs.schemes.minimum.lines[0]!.charging).toEqual({
      rule: 'apportioned',
      rsnId: 'r1',
    });
    expect(result.notes).toEqual([
      `Minimum Scheme, line 2 (“Second line”): its id “l1” was already used by line 1, so it was given the new id “${lines[1]}”.`,
      `Minimum Scheme, network section 2 (“Feeder B”): its id “r1” was already used by network section 1, so it was given the new id “${rsns[1]}”.`,
    ]);
  });

  it('a new id is checked against every id in the file, not trusted to be unique', () => {
    const taken = new Set(['line-aaaaaaaa', 'rsn-bbbbbbbb']);
    const draws = ['aaaaaaaa', 'aaaaaaaa', 'cccccccc'];
    expect(freshId('line', taken, () => draws.shift()!)).toBe('line-cccccccc');
    expect(taken.has('line-cccccccc')).toBe(true);
    // A random source that only repeats still ends in a unique id.
    expect(freshId('line', taken, () => 'aaaaaaaa')).toBe('line-1');
  });

  it('an import, a share link and a restore each store unique ids and say so', async () => {
    const db = await openFreshDb();
    const imported = await importEstimateText(db, JSON.stringify(withRepeatedIds()), now);
    if (!imported.ok) throw new Error(imported.message);
    expectUnique(imported.record.file);
    expect(imported.notes.join(' ')).toMatch(/was already used by line 1/);

    const shared = await openShareLink(db, `#e=${encodeSharePayload(withRepeatedIds())}`, now);
    if (shared.kind !== 'opened') throw new Error('not opened');
    expectUnique(shared.record.file);
    expect(shared.notes.join(' ')).toMatch(/was already used by network section 1/);

    const file = { ...withRepeatedIds(), id: 'from-backup', reference: 'EST-2026-0099' };
    const parsed = parseBackup(
      backupText([{ id: 'from-backup', revision: 1, savedAt: now.toISOString(), file }]),
    );
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup.notes.join(' ')).toMatch(/^EST-2026-0099: Minimum Scheme, line 2/);
    await applyRestore(db, await previewRestore(db, parsed.backup));
    const { drafts, damaged } = await listDrafts(db);
    expect(damaged).toEqual([]);
    for (const draft of drafts) expectUnique(draft.file);
    db.close();
  });

  it('a stored draft with repeated ids (edited outside the app) opens with unique ids', async () => {
    const db = await openFreshDb();
    await db.estimates.add({
      id: 'draft-1',
      revision: 1,
      savedAt: now.toISOString(),
      file: withRepeatedIds(),
    });
    const { drafts, damaged } = await listDrafts(db);
    expect(damaged).toEqual([]);
    expectUnique(drafts[0]!.file);
    db.close();
  });
});

describe('bounds', () => {
  it('refuses a VAT rate above 1 in plain words, and reads 0.2 and unfinished text', () => {
    const file = sampleEstimate();
    const read = (vatRate: string) =>
      parseEstimateFile(JSON.stringify({ ...file, inputs: { ...file.inputs, vatRate } }));
    const twenty = read('20');
    expect(twenty.ok).toBe(false);
    if (!twenty.ok) {
      expect(twenty.errors[0]!.message).toBe(
        'Estimate: VAT rate “20” must be a fraction of the charge of at most 1, such as 0.20 for 20 %.',
      );
      expect(twenty.errors[0]!.path).toEqual(['inputs', 'vatRate']);
    }
    expect(read('1.5').ok).toBe(false);
    expect(read('1').ok).toBe(true);
    expect(read('0.2').ok).toBe(true);
    // Not a number yet: the engine reports it on the field; the reader does not refuse it.
    expect(read('20 %').ok).toBe(true);
  });

  it('a backup revision beyond 2^52 (where +1 stops being exact) is not restored, with why', () => {
    const file = sampleEstimate();
    for (const revision of [2 ** 53, 2 ** 52 + 1, 1.5, 0]) {
      const parsed = parseBackup(
        backupText([{ id: file.id, revision, savedAt: now.toISOString(), file }]),
      );
      if (!parsed.ok) throw new Error(parsed.message);
      expect(parsed.backup.estimates).toEqual([]);
      expect(parsed.backup.skipped[0]?.reason).toBe(
        'The draft has no valid revision number (a whole number from 1 to 4,503,599,627,370,496).',
      );
    }
    const ok = parseBackup(
      backupText([{ id: file.id, revision: 2 ** 52, savedAt: now.toISOString(), file }]),
    );
    expect(ok.ok && ok.backup.estimates.length).toBe(1);
  });

  it('a stored record with a revision of 2^53 is set aside as damaged, by title', async () => {
    const db = await openFreshDb();
    await db.estimates.add({
      id: 'draft-1',
      revision: 2 ** 53,
      savedAt: now.toISOString(),
      file: sampleEstimate(),
    });
    const { drafts, damaged } = await listDrafts(db);
    expect(drafts).toEqual([]);
    expect(damaged[0]?.title).toBe('Unit 4 workshop supply');
    db.close();
  });
});

describe('built-in statements', () => {
  const ipr = JSON.parse(
    readFileSync(new URL('../../public/statements/ipr-v1.7-2025.json', import.meta.url), 'utf8'),
  ) as StatementFile;

  it('the built-in list matches the statements the site serves', () => {
    const index = JSON.parse(
      readFileSync(new URL('../../public/statements/index.json', import.meta.url), 'utf8'),
    ) as { statements: { id: string }[] };
    expect([...BUILT_IN_STATEMENT_IDS].sort()).toEqual(index.statements.map((s) => s.id).sort());
  });

  it('a restore refuses a statement with a built-in id (VAT 0.5) and changes nothing of it', async () => {
    const db = await openFreshDb();
    const tampered = { ...ipr, rules: { ...ipr.rules, vatRate: '0.5' } };
    const parsed = parseBackup(
      backupText([], {
        statements: [{ id: ipr.id, importedAt: now.toISOString(), file: tampered }],
      }),
    );
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup.statements).toEqual([]);
    expect(parsed.backup.skipped).toEqual([
      {
        id: 'ipr-v1.7-2025',
        reason:
          '“ipr-v1.7-2025” is the id of a statement built into the app, which a backup cannot replace.',
      },
    ]);
    const preview = await previewRestore(db, parsed.backup);
    expect(preview.statementsAdded).toEqual([]);
    await applyRestore(db, preview);
    expect(await db.statements.count()).toBe(0);
    db.close();
  });
});

describe('references of incoming drafts', () => {
  it('an import keeps its reference when free, and is renumbered with a message when taken', async () => {
    const db = await openFreshDb();
    const free = await importEstimateText(
      db,
      JSON.stringify(sampleEstimate({ reference: 'EST-2026-0042' })),
      now,
    );
    if (!free.ok) throw new Error(free.message);
    expect(free.record.file.reference).toBe('EST-2026-0042');
    expect(free.notes).toEqual([]);

    const taken = await importEstimateText(
      db,
      JSON.stringify(sampleEstimate({ reference: 'EST-2026-0042' })),
      now,
    );
    if (!taken.ok) throw new Error(taken.message);
    expect(taken.record.file.reference).toBe('EST-2026-0043');
    expect(taken.notes).toEqual([
      'The reference EST-2026-0042 is already used by one of your drafts, so this one is now EST-2026-0043.',
    ]);
    // The counter moved past both: a new draft never repeats one.
    const next = await createDraft(db, sampleEstimate(), now);
    expect(next.file.reference).toBe('EST-2026-0044');
    db.close();
  });

  it('a share link opened twice gives two drafts with two references, the second said', async () => {
    const db = await openFreshDb();
    const hash = `#e=${encodeSharePayload(sampleEstimate({ reference: 'EST-2026-0001' }))}`;
    const first = await openShareLink(db, hash, now);
    const second = await openShareLink(db, hash, now);
    if (first.kind !== 'opened' || second.kind !== 'opened') throw new Error('not opened');
    expect(first.record.file.reference).toBe('EST-2026-0001');
    expect(first.notes).toEqual([]);
    expect(second.record.file.reference).toBe('EST-2026-0002');
    expect(second.notes[0]).toMatch(/EST-2026-0001 is already used .* now EST-2026-0002/);
    db.close();
  });

  it('a restored draft whose reference another draft has is renumbered, shown in the preview', async () => {
    const db = await openFreshDb();
    const mine = await createDraft(db, sampleEstimate({ title: 'Mine' }), now);
    expect(mine.file.reference).toBe('EST-2026-0001');
    const theirs = sampleEstimate({ id: 'other', title: 'Theirs', reference: 'EST-2026-0001' });
    const parsed = parseBackup(
      backupText([{ id: 'other', revision: 3, savedAt: now.toISOString(), file: theirs }], {
        referenceCounters: { '2026': 1 },
      }),
    );
    if (!parsed.ok) throw new Error(parsed.message);
    const preview = await previewRestore(db, parsed.backup);
    expect(preview.adds[0]?.isRenumbered).toBe(true);
    const result = await applyRestore(db, preview);
    expect(result.notes).toEqual([
      'The reference EST-2026-0001 is already used by one of your drafts, so this one is now EST-2026-0002.',
    ]);
    const refs = (await listDrafts(db)).drafts.map((d) => d.file.reference).sort();
    expect(refs).toEqual(['EST-2026-0001', 'EST-2026-0002']);
    db.close();
  });
});
