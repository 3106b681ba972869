import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEstimate } from '../../src/engine';
import { feeProject } from '../../src/estimate-file/feeProject';
import type { EstimateFile } from '../../src/estimate-file/types';
import { makeEditor, ipr } from '../ui/editorHarness';

// Shared by a Node test (server-side Svelte: state is the plain object itself) and a jsdom
// test (browser Svelte: state is a proxy), so the plain copy is checked under both.

/** The editor's live state as plain data, read through its proxies. */
const live = (file: EstimateFile) => JSON.parse(JSON.stringify(file)) as EstimateFile;

const op = fc.oneof(
  fc.record({
    kind: fc.constant('cell' as const),
    row: fc.nat(8),
    col: fc.constantFrom('quantity', 'description', 'unitPrice', 'unit', 'contestable'),
    text: fc.constantFrom('3', '12.5', 'abc', '', '100–200', 'POA', 'Yes', 'No', 'Cable'),
  }),
  fc.record({ kind: fc.constant('insert' as const), row: fc.nat(8) }),
  fc.record({ kind: fc.constant('delete' as const), row: fc.nat(8) }),
  fc.record({ kind: fc.constant('duplicate' as const), row: fc.nat(8) }),
  fc.record({ kind: fc.constant('move' as const), row: fc.nat(8), delta: fc.constantFrom(-1, 1) }),
  fc.record({ kind: fc.constant('title' as const), text: fc.string({ maxLength: 4 }) }),
  fc.record({ kind: fc.constant('paste' as const), row: fc.nat(8) }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
  fc.constant({ kind: 'enhanced' as const }),
);

export const describePlainCopy = (where: string) =>
  describe(`EstimateEditor plain copy (${where})`, () => {
    it('snapshot, undo history and outcome always match the live estimate', () => {
      fc.assert(
        fc.property(fc.array(op, { maxLength: 14 }), fc.boolean(), (ops, coalesce) => {
          const ed = makeEditor();
          const start = live(ed.file);
          for (const o of ops) {
            const lines = ed.file.inputs.schemes.minimum.lines;
            const id =
              lines[
                Math.min(
                  o.kind === 'undo' ||
                    o.kind === 'redo' ||
                    o.kind === 'enhanced' ||
                    o.kind === 'title'
                    ? 0
                    : o.row,
                  lines.length - 1,
                )
              ]?.id;
            if (o.kind === 'cell' && id)
              ed.setCell('minimum', id, o.col, o.text, coalesce ? { coalesce: 'k' } : {});
            else if (o.kind === 'insert') ed.insertLine('minimum', Math.min(o.row, lines.length));
            else if (o.kind === 'delete' && id) ed.deleteLine('minimum', id);
            else if (o.kind === 'duplicate' && id) ed.duplicateLine('minimum', id);
            else if (o.kind === 'move' && id) ed.moveLine('minimum', id, o.delta);
            else if (o.kind === 'title') ed.updateMeta('title', o.text);
            else if (o.kind === 'paste') ed.pasteBlock('minimum', o.row, 2, [['4', 'm', '10']]);
            else if (o.kind === 'undo') ed.undo();
            else if (o.kind === 'redo') ed.redo();
            else if (o.kind === 'enhanced' && !ed.file.inputs.schemes.enhanced)
              ed.addEnhancedScheme('customer');
            const now = live(ed.file);
            // The snapshot is the live file plus the text waiting in cells (unfinishedCells).
            const { unfinishedCells, ...snapshot } = ed.snapshot();
            expect(snapshot).toEqual(now);
            expect(unfinishedCells ?? []).toEqual(
              ed.invalidCells('minimum').map(({ lineId, col, error }) => ({
                scheme: 'minimum',
                lineId,
                column: col,
                ...error,
              })),
            );
            expect(ed.outcome).toEqual(
              computeEstimate(now.inputs, ipr.rules, {
                fees: { schedule: ipr, project: feeProject(now.project) },
              }),
            );
            for (const line of now.inputs.schemes.minimum.lines) {
              const found =
                ed.outcome?.ok &&
                ed.outcome.result.schemes.minimum.lines.find((l) => l.lineId === line.id);
              expect(ed.lineResult('minimum', line.id)).toBe(found || null);
            }
          }
          while (ed.canUndo) ed.undo();
          const { unfinishedCells: _waiting, ...atStart } = ed.snapshot();
          expect(atStart).toEqual(start);
        }),
        { numRuns: 60 },
      );
    });

    it('a snapshot is the caller’s own copy: changing it changes nothing in the editor', () => {
      const ed = makeEditor();
      const copy = ed.snapshot();
      copy.inputs.schemes.minimum.lines[0]!.quantity = '999';
      copy.title = 'changed';
      expect(ed.file.inputs.schemes.minimum.lines[0]!.quantity).toBe('150');
      expect(ed.snapshot().title).not.toBe('changed');
    });

    it('an edit to one line leaves every other line’s result the very same object', () => {
      const ed = makeEditor();
      const lines = ed.file.inputs.schemes.minimum.lines.map((l) => l.id);
      const before = lines.map((id) => ed.lineResult('minimum', id));
      expect(ed.setCell('minimum', lines[0]!, 'quantity', '151')).toBeNull();
      const after = lines.map((id) => ed.lineResult('minimum', id));
      expect(after[0]).not.toBe(before[0]);
      expect(after[0]?.lineId).toBe(lines[0]);
      for (let i = 1; i < lines.length; i += 1) expect(after[i]).toBe(before[i]);
      // Undo gives back the earlier line object, so its earlier result comes back too.
      ed.undo();
      expect(ed.lineResult('minimum', lines[0]!)).toBe(before[0]);
    });

    it('lists each line’s engine issues by column, and none once they are fixed', () => {
      const ed = makeEditor();
      const [first, second] = ed.file.inputs.schemes.minimum.lines.map((l) => l.id);
      expect(ed.lineIssues('minimum', first!)).toEqual({});
      // Reinforcement needs its voltage level for the one-voltage rule (001 §4.36).
      expect(ed.setCell('minimum', first!, 'kind', 'Reinforcement')).toBeNull();
      const pointing = ed.issues.filter(
        (i) => i.path.join('/') === 'schemes/minimum/lines/0/assetLevel',
      );
      expect(pointing.length).toBeGreaterThan(0);
      expect(ed.lineIssues('minimum', first!)).toEqual({
        assetLevel: pointing.map((i) => i.message).join(' '),
      });
      expect(ed.lineIssues('minimum', second!)).toEqual({});
      ed.undo();
      expect(ed.lineIssues('minimum', first!)).toEqual({});
    });
  });
