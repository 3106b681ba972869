/**
 * The 001 §2.11 breakdown reads what a line installs as data (its `assets`, or its statement
 * row's) with its quantity and unit, never the words of its description: every line here
 * has a description that a guess from the words would have got wrong.
 */
import { describe, expect, it } from 'vitest';
import type { CostLineInput, LineAsset } from '../../src/engine/types';
import { buildSchemeBreakdown, NOT_STATED } from '../../src/export/schemeBreakdown';
import { compute, loadStatement, makeEstimate } from './fixtures';

const ipr = loadStatement('ipr-v1.7-2025');
const spm = loadStatement('spm-2008');

function line(
  id: string,
  description: string,
  quantity: string,
  unit: string,
  extra: Partial<CostLineInput> = {},
): CostLineInput {
  return {
    id,
    description,
    statementItemId: null,
    quantity,
    unit,
    unitPrice: { kind: 'fixed', amount: '100' },
    contestable: true,
    kind: 'extension',
    assetLevel: null,
    charging: { rule: 'full' },
    ...extra,
  };
}

const cable = (perItem?: string): LineAsset[] => [
  { kind: 'underground-cable', ...(perItem ? { perItem } : {}) },
];
const substation = (perItem?: string): LineAsset[] => [
  { kind: 'substation', ...(perItem ? { perItem } : {}) },
];

function breakdown(lines: CostLineInput[], statement = ipr) {
  const estimate = makeEstimate('EST-BREAKDOWN', lines, null);
  estimate.statementId = statement.id;
  const result = compute(estimate, statement);
  return buildSchemeBreakdown('minimum', result.schemes.minimum, estimate, statement);
}

describe('the breakdown of the works reads figures, not descriptions', () => {
  it('counts the substations and metres the lines say they install, whatever their words', () => {
    const b = breakdown([
      // The words name a substation, a transformer and a length; the data says cable of 1,200 m.
      line('c1', '600m of 2 by 33kV cable to the new substation transformer', '1', 'lot', {
        assets: cable('1200'),
      }),
      // The words name a cable; the data says 24 substations in the lot.
      line('s1', 'HV circuits with cable, 24 HV/LV substations', '1', 'lot', {
        assets: substation('24'),
      }),
      // "3 by … substations" in the plural, 3 each.
      line('s2', '3 by 800kVA distribution substations', '3', 'each', { assets: substation() }),
      // Per metre: the quantity is the length; the description's "10m" is not read.
      line('c2', 'Lay 10m of cable, then 2.5km more', '250', 'm', { assets: cable() }),
    ]);
    expect(b.substations).toBe('27');
    expect(b.substationLines).toEqual([
      'HV circuits with cable, 24 HV/LV substations',
      '3 by 800kVA distribution substations',
    ]);
    expect(b.undergroundCable).toBe('1,450 m');
    expect(b.cableLines).toEqual([
      '600m of 2 by 33kV cable to the new substation transformer',
      'Lay 10m of cable, then 2.5km more',
    ]);
  });

  it('counts nothing from a line that does not say what it installs', () => {
    const b = breakdown([
      line('x1', 'New 500kVA substation and 300m of 11kV cable', '1', 'lot'),
      line('x2', 'Transformer', '2', 'each'),
    ]);
    expect(b.substations).toBe(NOT_STATED);
    expect(b.undergroundCable).toBe(NOT_STATED);
    expect(b.substationLines).toEqual([]);
  });

  it("reads the statement row's assets for a line priced from it, and the line's own over them", () => {
    const b = breakdown([
      // 001 Part F6: a new outdoor single transformer substation, whatever the line is called.
      line('r1', 'Kiosk', '2', 'each', { statementItemId: '001-F6-11' }),
      // 001 Part F6 "Change transformer": works at an existing substation, not a new one.
      line('r2', 'New transformer substation', '1', 'each', { statementItemId: '001-F6-15' }),
      // 001 Part F1: "Excavate 10 meters of ground and install LV mains cable", 3 items.
      line('r3', 'Mains cable, 2km', '3', 'each', { statementItemId: '001-F1-15' }),
      // 001 Part F5 additional metres, in km on this line.
      line('r4', 'Cable 5m', '0.5', 'km', { statementItemId: '001-F5-10' }),
      // The line says it is not cable, over its row (F5-02 is cable per metre).
      line('r5', 'Additional meters of mains cable', '40', 'm', {
        statementItemId: '001-F5-02',
        assets: [],
      }),
    ]);
    expect(b.substations).toBe('2');
    expect(b.substationLines).toEqual(['Kiosk']);
    expect(b.undergroundCable).toBe('530 m');
  });

  it('says "at least" where a line in items does not state the length of its cable', () => {
    // 001 Part F5 "Lay 10m cable or less": a limit, not a length.
    const b = breakdown([
      line('a', 'Cable 100 m', '100', 'm', { assets: cable() }),
      line('b', 'First 10m of LV main', '1', 'each', { statementItemId: '001-F5-03' }),
    ]);
    expect(b.undergroundCable).toBe(
      'at least 100 m, plus cable of unstated length in 1 line(s) priced per item',
    );
  });

  it('gives no count for a substation line priced per km (002 Schedule 1)', () => {
    const b = breakdown(
      [
        line('s', 'New HV/LV substation (urban)', '1', 'km', {
          statementItemId: '002-S1-LV-05-urban',
        }),
      ],
      spm,
    );
    expect(b.substations).toBe(NOT_STATED);
    expect(b.substationLines).toEqual(['New HV/LV substation (urban)']);
  });
});
