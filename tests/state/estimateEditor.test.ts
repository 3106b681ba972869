import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeEstimate } from '../../src/engine';
import type { StatementFile } from '../../src/statements/types';
import { EstimateEditor } from '../../src/state/estimateEditor.svelte';
import { createDefaultEstimate } from '../../src/state/defaultEstimate';

const statement = JSON.parse(
  readFileSync(new URL('../../public/statements/ipr-v1.7-2025.json', import.meta.url), 'utf8'),
) as StatementFile;

function makeEditor() {
  return new EstimateEditor({
    file: createDefaultEstimate('2025-11-23', '2025-11-23T09:00:00.000Z'),
    today: '2025-11-23',
    compute: computeEstimate,
    statement,
  });
}

describe('EstimateEditor', () => {
  it('derives the engine outcome: the default is 001 Ex 3A/3B, £54,100 minimum and £64,900 payable', () => {
    const ed = makeEditor();
    expect(ed.outcome?.ok).toBe(true);
    if (!ed.outcome?.ok) return;
    expect(ed.outcome.result.schemes.minimum.totals.customerExVat.expected).toMatch(
      /^54100(\.00)?$/,
    );
    expect(ed.outcome.result.comparison.payableExVat.expected).toMatch(/^64900(\.00)?$/);
  });

  it('a valid cell edit changes the line and the outcome; an invalid one is kept with its message', () => {
    const ed = makeEditor();
    const line = ed.file.inputs.schemes.minimum.lines[0]!;
    expect(ed.setCell('minimum', line.id, 'quantity', '300')).toBeNull();
    expect(ed.file.inputs.schemes.minimum.lines[0]!.quantity).toBe('300');
    const total = ed.outcome?.ok
      ? ed.outcome.result.schemes.minimum.totals.customerExVat.expected
      : '';
    expect(total).toMatch(/^84100(\.00)?$/);
    const message = ed.setCell('minimum', line.id, 'quantity', 'lots');
    expect(message).toContain('not a number');
    expect(ed.file.inputs.schemes.minimum.lines[0]!.quantity).toBe('300');
    expect(ed.invalidCells('minimum')).toHaveLength(1);
  });

  it('undoes and redoes edits; coalesced typing undoes as one step; version counts changes', () => {
    const ed = makeEditor();
    const id = ed.file.inputs.schemes.minimum.lines[1]!.id;
    const v0 = ed.version;
    ed.setCell('minimum', id, 'description', 'S', { coalesce: 'k' });
    ed.setCell('minimum', id, 'description', 'Su', { coalesce: 'k' });
    ed.endCoalescing();
    ed.deleteLine('minimum', id);
    expect(ed.version).toBe(v0 + 3);
    expect(ed.file.inputs.schemes.minimum.lines).toHaveLength(4);
    ed.undo();
    expect(ed.file.inputs.schemes.minimum.lines[1]!.description).toBe('Su');
    ed.undo();
    expect(ed.file.inputs.schemes.minimum.lines[1]!.description).toBe('800kVA substation');
    expect(ed.canUndo).toBe(false);
    ed.redo();
    expect(ed.file.inputs.schemes.minimum.lines[1]!.description).toBe('Su');
  });

  it('pastes a block, adding lines, accepting good cells and keeping bad ones', () => {
    const ed = makeEditor();
    const r = ed.pasteBlock('minimum', 4, 0, [
      ['Joint', '', '2', 'each', '500'],
      ['Cable', '', 'x', 'm', '10–20'],
    ]);
    expect(r).toEqual({ rejected: 1, added: 1, refused: null });
    const lines = ed.file.inputs.schemes.minimum.lines;
    expect(lines).toHaveLength(6);
    expect(lines[4]!.quantity).toBe('2');
    expect(lines[5]!.unitPrice).toEqual({ kind: 'range', low: '10', high: '20' });
    ed.undo();
    expect(ed.file.inputs.schemes.minimum.lines).toHaveLength(5);
  });

  it('moves, duplicates and inserts lines; snapshot is plain data; subscribers hear changes', () => {
    const ed = makeEditor();
    const heard: string[] = [];
    const off = ed.subscribe((e) => heard.push(e.label));
    const first = ed.file.inputs.schemes.minimum.lines[0]!.id;
    expect(ed.moveLine('minimum', first, 1)).toBe(1);
    const copy = ed.duplicateLine('minimum', first);
    expect(ed.file.inputs.schemes.minimum.lines[2]!.id).toBe(copy);
    ed.insertLine('minimum', 0);
    off();
    ed.insertLine('minimum');
    expect(heard).toEqual(['Move line', 'Duplicate line', 'Insert line']);
    const snap = ed.snapshot();
    expect(structuredClone(snap)).toEqual(snap);
  });
});

describe('EstimateEditor.plainFile', () => {
  it('is plain data equal to the file, follows every edit, and keeps unchanged parts the same objects', () => {
    const ed = makeEditor();
    const before = ed.plainFile;
    // Plain: structuredClone (the what-if) and postMessage (the sweep worker) refuse a proxy.
    expect(() => structuredClone(before)).not.toThrow();
    expect(before).toEqual(ed.snapshot());

    const [first, second] = ed.file.inputs.schemes.minimum.lines;
    ed.setCell('minimum', first!.id, 'quantity', '300');
    const after = ed.plainFile;
    expect(after).not.toBe(before);
    expect(after.inputs.schemes.minimum.lines[0]!.quantity).toBe('300');
    expect(before.inputs.schemes.minimum.lines[0]!.quantity).not.toBe('300');
    expect(after.inputs.schemes.minimum.lines[1]).toBe(before.inputs.schemes.minimum.lines[1]);
    expect(after.inputs.schemes.minimum.lines[1]!.id).toBe(second!.id);

    ed.edit('Rename', (f) => {
      f.title = 'Renamed';
    });
    expect(ed.plainFile.title).toBe('Renamed');
    expect(ed.plainFile.inputs).toBe(after.inputs);
  });
});
