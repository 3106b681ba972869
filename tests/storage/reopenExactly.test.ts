// Whatever the editor can hold, storage reopens exactly: random runs of the edits the app's
// forms, grid and buttons make (any field, any text, lines, RSNs, previous works, undo and
// redo), then a save into IndexedDB, then the same read the app does on start, then a fresh
// editor: what it shows deep-equals what was on screen.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { EstimateFile } from '../../src/estimate-file/types';
import { createDefaultEstimate } from '../../src/state/defaultEstimate';
import { EstimateEditor, type SchemeKey } from '../../src/state/estimateEditor.svelte';
import { createDraft, listDrafts, saveDraft } from '../../src/storage/draftStore';
import { COLUMNS } from '../../src/lines/columns';
import { ipr } from '../ui/editorHarness';
import { openFreshDb } from './testDb';

const db = await openFreshDb();
afterAll(() => db.close());

function newEditor(file: EstimateFile): EstimateEditor {
  // No engine: this is about what is stored, and without it a thousand runs stay quick.
  return new EstimateEditor({ file, today: '2026-03-02', compute: null, statement: ipr });
}

// ---- What a user can type ------------------------------------------------------------

/** Any text, including what people type into number boxes and characters JSON escapes. */
const anyText = fc.oneof(
  fc.constantFrom('', ' ', '100 kVA', '1,000', '-2', '1e5', ' 7.5 ', '0', '.5', '12.', 'POA'),
  fc.constantFrom('1000–1500', '£1,200.50', 'yes', 'Reinforcement', 'HV network', '\t', '\n'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', minLength: 400, maxLength: 700 }),
);
/** What an <input type="date"> gives: "" when cleared, or a date, years up to 275760. */
const dateInput = fc.oneof(
  fc.constant(''),
  fc
    .tuple(
      fc.integer({ min: 1, max: 275_760 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
);
const scheme = fc.constantFrom<SchemeKey>('minimum', 'enhanced');
const index = fc.nat({ max: 12 });
const editable = COLUMNS.filter((c) => c.editor !== 'none').map((c) => c.id);

// ---- The edits, each as the component that makes it does it -----------------------------

const ops = [
  // DetailsForm: title, reference and the project's text boxes.
  fc.record({
    k: fc.constant('meta' as const),
    field: fc.constantFrom('title', 'reference') as fc.Arbitrary<'title' | 'reference'>,
    text: anyText,
  }),
  fc.record({
    k: fc.constant('project' as const),
    field: fc.constantFrom(
      'name',
      'organisation',
      'email',
      'phone',
      'address',
      'postcode',
      'notes',
      'distNotes',
    ),
    text: anyText,
  }),
  fc.record({ k: fc.constant('connections' as const), n: fc.double() }),
  fc.record({ k: fc.constant('dateRequired' as const), text: dateInput }),
  fc.record({ k: fc.constant('applicationDate' as const), text: dateInput }),
  fc.record({
    k: fc.constant('capacity' as const),
    field: fc.constantFrom('importCapacityKva', 'exportCapacityKva', 'exportCapacityKw'),
    text: anyText,
  }),
  fc.record({
    k: fc.constant('type' as const),
    v: fc.constantFrom('demand', 'generation', 'storage'),
  }),
  fc.record({ k: fc.constant('increase' as const), on: fc.boolean() }),
  fc.record({
    k: fc.constant('existing' as const),
    field: fc.constantFrom(
      'chargeableCapacityKva',
      'phaseNeutralKv',
      'fuseA',
      'serviceRatingKva',
      'phases',
      'related',
    ),
    text: anyText,
  }),
  fc.record({ k: fc.constant('om' as const), text: anyText }),
  // Grid: typing or pasting into any cell, and the row toolbar.
  fc.record({
    k: fc.constant('cell' as const),
    scheme,
    line: index,
    col: fc.constantFrom(...editable),
    text: anyText,
  }),
  fc.record({
    k: fc.constant('paste' as const),
    scheme,
    row: index,
    col: fc.nat({ max: COLUMNS.length - 1 }),
    block: fc.array(fc.array(anyText, { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
  fc.record({ k: fc.constant('insertLine' as const), scheme, at: fc.option(index) }),
  fc.record({ k: fc.constant('deleteLine' as const), scheme, line: index }),
  fc.record({ k: fc.constant('duplicateLine' as const), scheme, line: index }),
  fc.record({
    k: fc.constant('moveLine' as const),
    scheme,
    line: index,
    by: fc.integer({ min: -2, max: 2 }),
  }),
  fc.record({ k: fc.constant('enhanced' as const), on: fc.boolean() }),
  // RsnEditor.
  fc.record({
    k: fc.constant('addRsn' as const),
    scheme,
    driver: fc.constantFrom<'security' | 'fault-level'>('security', 'fault-level'),
  }),
  fc.record({
    k: fc.constant('rsnField' as const),
    scheme,
    rsn: index,
    field: fc.constantFrom(
      'name',
      'required',
      'rating',
      'nnc',
      'contribution',
      'equipment',
      'limit',
    ),
    ri: fc.nat({ max: 2 }),
    text: anyText,
  }),
  fc.record({ k: fc.constant('rsnMethod' as const), scheme, rsn: index, direct: fc.boolean() }),
  fc.record({
    k: fc.constant('rsnRating' as const),
    scheme,
    rsn: index,
    add: fc.boolean(),
    ri: fc.nat({ max: 2 }),
  }),
  fc.record({ k: fc.constant('deleteRsn' as const), scheme, rsn: index }),
  // PreviousWorksEditor.
  fc.record({ k: fc.constant('addPw' as const), scheme }),
  fc.record({
    k: fc.constant('pwField' as const),
    scheme,
    pw: index,
    field: fc.constantFrom('description', 'rate', 'kva', 'amount'),
    text: anyText,
  }),
  fc.record({ k: fc.constant('pwDate' as const), scheme, pw: index, text: dateInput }),
  fc.record({ k: fc.constant('pwKind' as const), scheme, pw: index, amount: fc.boolean() }),
  fc.record({ k: fc.constant('deletePw' as const), scheme, pw: index }),
  // Undo, redo, and leaving a field (ends a run of typing).
  fc.constant({ k: 'undo' as const }),
  fc.constant({ k: 'redo' as const }),
  fc.constant({ k: 'endCoalescing' as const }),
];
const op = fc.oneof(...ops);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(list: readonly T[], i: number): T | undefined =>
  list.length === 0 ? undefined : list[i % list.length];

/** One edit, as the component's handler makes it (the components named above). */
function apply(editor: EstimateEditor, o: Op): void {
  const s = 'scheme' in o ? editor.scheme(o.scheme) : null;
  switch (o.k) {
    case 'meta':
      return editor.updateMeta(o.field, o.text);
    case 'project':
      return editor.updateProject(o.field, (p) => {
        if (o.field === 'name') p.applicant.name = o.text;
        else if (o.field === 'organisation') p.applicant.organisation = o.text;
        else if (o.field === 'email') p.applicant.email = o.text;
        else if (o.field === 'phone') p.applicant.phone = o.text;
        else if (o.field === 'address') p.site.address = o.text;
        else if (o.field === 'postcode') p.site.postcode = o.text.toUpperCase();
        else if (o.field === 'notes') p.notes = o.text;
        else p.disturbingEquipment.notes = o.text;
      });
    case 'connections':
      if (Number.isInteger(o.n) && o.n >= 1 && o.n <= 1_000_000)
        editor.updateProject('connections', (p) => (p.connections = o.n));
      return;
    case 'dateRequired':
      return editor.updateProject('dateRequired', (p) => (p.dateRequired = o.text || null));
    case 'applicationDate':
      if (o.text) editor.updateInputs('applicationDate', (i) => (i.applicationDate = o.text));
      return;
    case 'capacity':
      return editor.updateInputs(`connection.${o.field}`, (i) => {
        const t = o.text.trim();
        if (o.field === 'importCapacityKva') i.connection.importCapacityKva = t;
        else i.connection[o.field] = t || null;
      });
    case 'type':
      return editor.updateInputs('connection.type', (i) => (i.connection.type = o.v));
    case 'increase':
      return editor.edit('Increase to an existing connection', (f) => {
        f.inputs.connection.increase = o.on
          ? {
              existing: {
                phases: 1,
                phaseNeutralKv: '0.23',
                fuseA: '',
                serviceRatingKva: null,
                chargeableCapacityKva: null,
              },
              relatedIncreasesKva: null,
            }
          : null;
      });
    case 'existing':
      return editor.updateInputs(`existing.${o.field}`, (i) => {
        const x = i.connection.increase;
        if (!x) return;
        if (o.field === 'related') x.relatedIncreasesKva = o.text.trim() || null;
        else if (o.field === 'phases') x.existing.phases = o.text === '' ? null : 3;
        else x.existing[o.field] = o.text.trim() === '' ? null : o.text.trim();
      });
    case 'om':
      return editor.setOmRate(o.text);
    case 'cell': {
      const line = pick(s?.lines ?? [], o.line);
      if (line) editor.setCell(o.scheme, line.id, o.col, o.text, { coalesce: `cell-${line.id}` });
      return;
    }
    case 'paste':
      if (s) editor.pasteBlock(o.scheme, Math.min(o.row, s.lines.length), o.col, o.block);
      return;
    case 'insertLine':
      if (s)
        editor.insertLine(o.scheme, o.at === null ? undefined : Math.min(o.at, s.lines.length));
      return;
    case 'deleteLine':
    case 'duplicateLine':
    case 'moveLine': {
      const line = pick(s?.lines ?? [], o.line);
      if (!line) return;
      if (o.k === 'deleteLine') editor.deleteLine(o.scheme, line.id);
      else if (o.k === 'duplicateLine') editor.duplicateLine(o.scheme, line.id);
      else editor.moveLine(o.scheme, line.id, o.by);
      return;
    }
    case 'enhanced':
      if (o.on && !editor.scheme('enhanced')) editor.addEnhancedScheme('customer');
      else if (!o.on && editor.scheme('enhanced')) editor.removeEnhancedScheme();
      return;
    case 'addRsn':
      if (s) editor.addRsn(o.scheme, o.driver);
      return;
    case 'rsnField': {
      const rsn = pick(s?.rsns ?? [], o.rsn);
      if (!rsn) return;
      const t = o.text.trim();
      return editor.updateRsn(
        o.scheme,
        rsn.id,
        (r) => {
          if (o.field === 'name') r.name = o.text;
          else if (o.field === 'required') r.requiredCapacityKva = t || null;
          else if (o.field === 'rating' && r.capacity?.method === 'ratings') {
            if (o.ri < r.capacity.ratingsKva.length) r.capacity.ratingsKva[o.ri] = t;
          } else if (o.field === 'nnc' && r.capacity?.method === 'direct')
            r.capacity.newNetworkCapacityKva = t;
          else if (r.faultLevel && o.field === 'contribution')
            r.faultLevel = { ...r.faultLevel, contributionMva: t };
          else if (r.faultLevel && o.field === 'equipment')
            r.faultLevel = { ...r.faultLevel, equipmentRatingMva: t };
          else if (r.faultLevel && o.field === 'limit')
            r.faultLevel = { ...r.faultLevel, localLimitMva: t || null };
        },
        `rsn.${rsn.id}.${o.field}${o.ri}`,
      );
    }
    case 'rsnMethod': {
      const rsn = pick(s?.rsns ?? [], o.rsn);
      if (rsn?.driver === 'security')
        editor.updateRsn(o.scheme, rsn.id, (r) => {
          r.capacity = o.direct
            ? { method: 'direct', newNetworkCapacityKva: '' }
            : { method: 'ratings', ratingsKva: [''], secure: true };
        });
      return;
    }
    case 'rsnRating': {
      const rsn = pick(s?.rsns ?? [], o.rsn);
      const cap = rsn?.capacity;
      if (!rsn || cap?.method !== 'ratings') return;
      // The buttons: "Add rating" below three, "✕" only while there are two or more.
      if (o.add && cap.ratingsKva.length < 3)
        editor.updateRsn(o.scheme, rsn.id, (r) => {
          if (r.capacity?.method === 'ratings') r.capacity.ratingsKva.push('');
        });
      else if (!o.add && cap.ratingsKva.length > 1)
        editor.updateRsn(o.scheme, rsn.id, (r) => {
          if (r.capacity?.method === 'ratings')
            r.capacity.ratingsKva.splice(o.ri % r.capacity.ratingsKva.length, 1);
        });
      return;
    }
    case 'deleteRsn': {
      const rsn = pick(s?.rsns ?? [], o.rsn);
      if (rsn) editor.deleteRsn(o.scheme, rsn.id);
      return;
    }
    case 'addPw':
      if (s) editor.addPreviousWork(o.scheme);
      return;
    case 'pwField': {
      const pw = pick(s?.previousWorks ?? [], o.pw);
      if (!pw) return;
      const t = o.text.trim();
      return editor.updatePreviousWork(
        o.scheme,
        pw.id,
        (p) => {
          if (o.field === 'description') p.description = o.text;
          else if (o.field === 'rate' && p.basis.kind === 'per-kva') p.basis.ratePerKva = t;
          else if (o.field === 'kva' && p.basis.kind === 'per-kva') p.basis.kva = t || null;
          else if (o.field === 'amount' && p.basis.kind === 'amount') p.basis.amount = t;
        },
        `pw.${pw.id}.${o.field}`,
      );
    }
    case 'pwDate': {
      const pw = pick(s?.previousWorks ?? [], o.pw);
      if (pw)
        editor.updatePreviousWork(
          o.scheme,
          pw.id,
          (p) => (p.firstConnectionDate = o.text),
          `pw.${pw.id}.date`,
        );
      return;
    }
    case 'pwKind': {
      const pw = pick(s?.previousWorks ?? [], o.pw);
      if (pw)
        editor.updatePreviousWork(o.scheme, pw.id, (p) => {
          p.basis = o.amount
            ? { kind: 'amount', amount: '0' }
            : { kind: 'per-kva', ratePerKva: '0', kva: null };
        });
      return;
    }
    case 'deletePw': {
      const pw = pick(s?.previousWorks ?? [], o.pw);
      if (pw) editor.deletePreviousWork(o.scheme, pw.id);
      return;
    }
    case 'undo':
      return editor.undo();
    case 'redo':
      return editor.redo();
    case 'endCoalescing':
      return editor.endCoalescing();
  }
}

/** Save the editor's draft, read every draft back as the app does on start, open it afresh. */
async function saveAndReopen(editor: EstimateEditor, revision: number) {
  const onScreen = editor.snapshot();
  const saved = await saveDraft(db, onScreen, revision, new Date('2026-03-02T12:00:00.000Z'));
  if (saved.kind !== 'saved') throw new Error(`not saved: ${saved.kind}`);
  const { drafts, damaged } = await listDrafts(db);
  const record = drafts.find((d) => d.id === onScreen.id);
  const reopened = newEditor(createDefaultEstimate('2026-03-02', '2026-03-02T12:00:00.000Z'));
  if (record) reopened.replace(record.file);
  return {
    onScreen: { ...onScreen, updatedAt: saved.record.file.updatedAt },
    reopened: record ? reopened.snapshot() : null,
    damaged: damaged.filter((d) => d.id === onScreen.id).flatMap((d) => d.errors),
    invalid: { before: editor.invalidCells('minimum'), after: reopened.invalidCells('minimum') },
  };
}

describe('a draft reopens exactly as it was on screen', () => {
  it('after any run of edits (1,000 seeded runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 30 }), async (run) => {
        const start = createDefaultEstimate('2026-03-02', '2026-03-02T12:00:00.000Z');
        const record = await createDraft(db, start, new Date('2026-03-02T12:00:00.000Z'));
        const editor = newEditor(record.file);
        for (const o of run) apply(editor, o);
        const out = await saveAndReopen(editor, record.revision);
        expect(out.damaged).toEqual([]);
        expect(out.reopened).toEqual(out.onScreen);
        expect(out.invalid.after).toEqual(out.invalid.before);
        await db.estimates.delete(record.id);
      }),
      { numRuns: 1_000, seed: 13_2026 },
    );
  }, 120_000);

  it.each([
    ['a cleared import capacity', ''],
    ['“100 kVA”', '100 kVA'],
    ['“1,000”', '1,000'],
  ])('with %s in the import capacity box', async (_name, text) => {
    const record = await createDraft(
      db,
      createDefaultEstimate('2026-03-02', '2026-03-02T12:00:00.000Z'),
      new Date('2026-03-02T12:00:00.000Z'),
    );
    const editor = newEditor(record.file);
    apply(editor, { k: 'capacity', field: 'importCapacityKva', text });
    const out = await saveAndReopen(editor, record.revision);
    expect(out.damaged).toEqual([]);
    expect(out.reopened?.inputs.connection.importCapacityKva).toBe(text);
  });

  it.each(['security', 'fault-level'] as const)(
    'after “Add %s RSN” with no rating entered yet',
    async (driver) => {
      const record = await createDraft(
        db,
        createDefaultEstimate('2026-03-02', '2026-03-02T12:00:00.000Z'),
        new Date('2026-03-02T12:00:00.000Z'),
      );
      const editor = newEditor(record.file);
      editor.addRsn('minimum', driver);
      const out = await saveAndReopen(editor, record.revision);
      expect(out.damaged).toEqual([]);
      expect(out.reopened).toEqual(out.onScreen);
    },
  );

  it('keeps text waiting in a grid cell, with why, and the line its last good value', async () => {
    const record = await createDraft(
      db,
      createDefaultEstimate('2026-03-02', '2026-03-02T12:00:00.000Z'),
      new Date('2026-03-02T12:00:00.000Z'),
    );
    const editor = newEditor(record.file);
    const line = editor.scheme('minimum')!.lines[0]!;
    const message = editor.setCell('minimum', line.id, 'quantity', '12 m');
    expect(message).not.toBeNull();
    const out = await saveAndReopen(editor, record.revision);
    expect(out.reopened?.inputs.schemes.minimum.lines[0]?.quantity).toBe(line.quantity);
    expect(out.invalid.after).toEqual([
      { lineId: line.id, col: 'quantity', error: { text: '12 m', message } },
    ]);
  });
});
