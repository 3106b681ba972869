// The editor operations behind the grid's spreadsheet habits: each user action is one undo
// step, and undo brings back everything the action changed, rejected cell text included.
import { describe, expect, it } from 'vitest';
import { headerMapping } from '../../../src/ui/grid/headerMapping';
import { makeEditor } from '../editorHarness';

const lines = (ed: ReturnType<typeof makeEditor>) => ed.scheme('minimum')!.lines;
const ids = (ed: ReturnType<typeof makeEditor>) => lines(ed).map((l) => l.id);

describe('grid editing operations', () => {
  it('a paste with a rejected cell is one step: undo removes the added lines and the rejected text', () => {
    const ed = makeEditor();
    const before = ed.snapshot();
    const n = lines(ed).length;
    const r = ed.pasteBlock('minimum', n, 0, [
      ['Extra joint', 'x', '2'],
      ['Other', '', 'lots'],
    ]);
    expect(r.added).toBe(2);
    expect(r.rejected).toBeGreaterThan(0);
    expect(Object.keys(ed.invalid).length).toBeGreaterThan(0);
    ed.undo();
    expect(ed.snapshot()).toEqual(before);
    expect(ed.invalid).toEqual({});
    ed.redo();
    expect(lines(ed)).toHaveLength(n + 2);
    expect(Object.keys(ed.invalid).length).toBe(r.rejected);
  });

  it('clearing cells sets numbers to 0 and text to blank in one step', () => {
    const ed = makeEditor();
    const [a, b] = ids(ed);
    ed.clearCells('minimum', [a!, b!], ['description', 'quantity', 'unitPrice']);
    expect(lines(ed)[0]!.description).toBe('');
    expect(lines(ed)[0]!.quantity).toBe('0');
    expect(lines(ed)[1]!.unitPrice).toEqual({ kind: 'fixed', amount: '0' });
    expect(ed.undoLabel).toBe('Clear cells');
    ed.undo();
    expect(lines(ed)[0]!.description).not.toBe('');
  });

  it('deletes several lines and inserts several lines as one step each', () => {
    const ed = makeEditor();
    const all = ids(ed);
    ed.deleteLines('minimum', [all[0]!, all[1]!]);
    expect(ids(ed)).toEqual(all.slice(2));
    ed.undo();
    expect(ids(ed)).toEqual(all);
    const added = ed.insertLines('minimum', 1, 3);
    expect(added).toHaveLength(3);
    expect(ids(ed).slice(1, 4)).toEqual(added);
    ed.undo();
    expect(ids(ed)).toEqual(all);
  });

  it('sorts by a column and undoes the sort', () => {
    const ed = makeEditor();
    const all = ids(ed);
    const order = [...all].reverse();
    ed.reorderLines('minimum', order, 'Sort by Quantity');
    expect(ids(ed)).toEqual(order);
    expect(ed.undoLabel).toBe('Sort by Quantity');
    ed.undo();
    expect(ids(ed)).toEqual(all);
  });

  it('refuses a reorder that would lose or add lines', () => {
    const ed = makeEditor();
    const all = ids(ed);
    expect(() => ed.reorderLines('minimum', all.slice(1), 'Sort')).toThrow();
    expect(ids(ed)).toEqual(all);
  });
});

describe('a pasted header row', () => {
  it('maps Excel headings to columns by name', () => {
    const m = headerMapping(['Description', 'Qty', 'Unit', 'Price']);
    expect(m).toEqual(['description', 'quantity', 'unit', 'unitPrice']);
    expect(headerMapping(['Item', 'Quantity', 'Unit price', '£'])).toEqual([
      'description',
      'quantity',
      'unitPrice',
      null,
    ]);
    expect(headerMapping(['desc', 'Qty.', '£'])).toEqual(['description', 'quantity', 'unitPrice']);
  });

  it('is not a header row when it holds figures or names fewer than two columns', () => {
    expect(headerMapping(['HV joint', '2', 'each', '1200'])).toBeNull();
    expect(headerMapping(['Price'])).toBeNull();
  });

  it('pastes mapped rows by column name', () => {
    const ed = makeEditor();
    const n = lines(ed).length;
    ed.pasteRows(
      'minimum',
      n,
      ['description', 'quantity', 'unit', 'unitPrice'],
      [['Cable', '40', 'm', '55–80']],
    );
    const added = lines(ed)[n]!;
    expect(added).toMatchObject({ description: 'Cable', quantity: '40', unit: 'm' });
    expect(added.unitPrice).toEqual({ kind: 'range', low: '55', high: '80' });
    expect(ed.undoLabel).toBe('Paste');
  });
});
