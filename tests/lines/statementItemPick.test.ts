// Picking a statement item fills the line from the row the user chose, and the search puts
// the works rows the user is looking for before the fee rows that merely mention the word.
import { describe, expect, it } from 'vitest';
import { patchFromStatementRow } from '../../src/lines/columns';
import { searchStatement } from '../../src/ui/grid/searchStatement';
import { ipr } from '../ui/editorHarness';

const rowById = (id: string) => {
  for (const t of ipr.tables) for (const r of t.rows) if (r.id === id) return r;
  throw new Error(`no row ${id}`);
};

describe('picking a statement item', () => {
  it('001-F1-09 describes a three-phase service (the activity heading) and sets the LV level', () => {
    const patch = patchFromStatementRow(rowById('001-F1-09'), true);
    expect(patch.description).toMatch(/^Three-Phase Service \(60kVA\)/);
    expect(patch.description).toContain('same side service in typical grass verge');
    expect(patch.description).not.toMatch(/single phase/i);
    expect(patch.assetLevel).toBe('lv-network');
    expect(patch.statementItemId).toBe('001-F1-09');
  });

  it('a single-phase row keeps its single-phase words', () => {
    const patch = patchFromStatementRow(rowById('001-F1-02'), true);
    expect(patch.description).toMatch(/^Single-Phase Service/);
    expect(patch.assetLevel).toBe('lv-network');
  });

  it('an HV row sets the HV network level; a fee row sets none', () => {
    const hv = ipr.tables
      .flatMap((t) => t.rows)
      .find(
        (r) => r.factors?.voltage === 'HV' && !r.feeCategory && !/substation/i.test(r.description),
      );
    expect(hv).toBeDefined();
    expect(patchFromStatementRow(hv!, false).assetLevel).toBe('hv-network');
    expect(patchFromStatementRow(rowById('001-A-01'), false)).not.toHaveProperty('assetLevel');
  });

  it('keeps the line’s own description when asked to', () => {
    expect(patchFromStatementRow(rowById('001-F1-09'), false)).not.toHaveProperty('description');
  });
});

describe('searching the statement', () => {
  it('"service" lists the service items before the application-fee rows', () => {
    const hits = searchStatement(ipr, 'service');
    expect(hits.length).toBeGreaterThan(5);
    const firstFee = hits.findIndex((h) => Boolean(h.row.feeCategory));
    const lastWorks = hits.findLastIndex((h) => !h.row.feeCategory);
    expect(hits[0]!.row.id).toMatch(/^001-F/);
    if (firstFee >= 0) expect(lastWorks).toBeLessThan(firstFee);
  });

  it('every word must still appear', () => {
    const hits = searchStatement(ipr, 'three-phase verge');
    expect(hits.map((h) => h.row.id)).toContain('001-F1-09');
    for (const h of hits) {
      const text = [h.row.id, h.row.description, h.row.activity ?? '', h.table.title]
        .join(' ')
        .toLowerCase();
      expect(text).toContain('verge');
    }
  });
});
