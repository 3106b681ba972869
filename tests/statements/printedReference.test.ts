import { describe, expect, it } from 'vitest';
import { printedCitation, printedRowReference } from '../../src/statements/printedReference';
import { loadStatement } from '../export/fixtures';

const ipr = loadStatement('ipr-v1.7-2025');

describe('printed statement references', () => {
  it('names a row by its table’s paragraph and part and its row number', () => {
    const table = ipr.tables.find((t) => t.id === '001-F5')!;
    expect(printedRowReference(ipr, '001-F5-15')).toBe(`${table.citation}, row 15`);
    expect(printedRowReference(ipr, '001-F5-15')).toMatch(/^001 §7\.\d+.*Part F5, row 15$/);
    expect(printedRowReference(ipr, 'no-such-row')).toBeNull();
  });

  it('turns the engine’s "<statement>: <row>" citation into the printed one, leaving others', () => {
    expect(printedCitation('ipr-v1.7-2025: 001-F5-15', ipr)).toMatch(/Part F5, row 15$/);
    expect(printedCitation('001 §4.30', ipr)).toBe('001 §4.30');
  });
});
