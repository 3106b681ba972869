import type { StatementParameterKey } from '../../src/statements/statementParameterKeys';
import { describe, expect, it } from 'vitest';
import { parseStatementFile } from '../../src/statements/parseStatementFile';
import type { PriceCell, StatementFile, StatementRow } from '../../src/statements/types';
import { readStatementText } from '../fixtures';

function load(): StatementFile {
  const result = parseStatementFile(readStatementText('ipr-v1.7-2025.json'));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.statement;
}
const statement = load();
const rowById = new Map<string, StatementRow>(
  statement.tables.flatMap((table) => table.rows.map((row) => [row.id, row] as const)),
);
const row = (id: string): StatementRow => {
  const found = rowById.get(id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};
const range = (min: string, max: string): PriceCell => ({ min, max });
const POA: PriceCell = { poa: true };

describe('001 §7 tables in ipr-v1.7-2025.json', () => {
  it('is a valid statement', () => {
    expect(statement.id).toBe('ipr-v1.7-2025');
  });

  // Counted by hand from 001 §7 (Parts A–J), reading across the page footers.
  const expectedCounts: Record<string, number> = {
    '001-A': 24, // 14 demand + 10 generation categories (§7.13)
    '001-B': 24, // §7.15
    '001-C': 24, // §7.16
    '001-D': 20, // §7.17: generation stops at "HV greater than 250kVA and up to 1MVA"
    '001-E': 24, // §7.18
    '001-F1': 23, // single-phase 7, three-phase 7, LV mains 9 (§7.19)
    '001-F2': 16, // single-phase alteration 8, three-phase alteration 8 (§7.24)
    '001-F3': 24, // §7.28
    '001-F4': 11, // §7.32
    '001-F5': 28, // 7 cable types × 4 (§7.36)
    '001-F6': 23, // HV/LV 6, HV only 2, EHV/HV 8, 132kV/EHV 7 (§7.41)
    '001-G': 12, // §7.45
    '001-H': 8, // §7.49
    '001-I': 6, // §7.50
    '001-J': 5, // §7.51
  };

  it('has exactly the tables of Parts A–J, in order', () => {
    expect(statement.tables.map((t) => t.id)).toEqual(Object.keys(expectedCounts));
  });

  it.each(Object.entries(expectedCounts))('%s has %i rows, as the document', (id, count) => {
    const table = statement.tables.find((t) => t.id === id);
    expect(table?.rows).toHaveLength(count);
  });

  it('every row has a citation naming 001 §7 and its part', () => {
    for (const table of statement.tables) {
      const part = table.id.replace('001-', '');
      for (const r of table.rows) {
        expect(r.citation, r.id).toMatch(new RegExp(`^001 §7\\.\\d+ Part ${part}$`));
      }
    }
  });

  it('row ids are unique, stable-patterned and numbered in table order', () => {
    const ids = [...rowById.keys()];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(272);
    for (const table of statement.tables) {
      table.rows.forEach((r, i) => {
        expect(r.id).toMatch(/^001-(A|B|C|D|E|F[1-6]|G|H|I|J)-\d{2}$/);
        expect(r.id).toBe(`${table.id}-${String(i + 1).padStart(2, '0')}`);
      });
    }
  });

  it('row ids and what they describe do not change (regression snapshot)', () => {
    const lines = statement.tables.flatMap((t) =>
      t.rows.map((r) => `${r.id} ${r.activity ? `${r.activity} — ` : ''}${r.description}`),
    );
    expect(lines).toMatchSnapshot();
  });

  it('Part A: budget estimate fees (§7.13)', () => {
    expect(row('001-A-01').price).toEqual(range('800', '800'));
    expect(row('001-A-04').price).toEqual(range('1000', '1000'));
    expect(row('001-A-06').price).toEqual(range('1200', '1200'));
    expect(row('001-A-08').price).toEqual(range('1500', '1500'));
    expect(row('001-A-15').description).toBe(
      'Connection of a single Small-Scale Embedded Generator',
    );
    expect(row('001-A-15').price).toEqual(range('400', '400'));
    expect(row('001-A-16').price).toEqual(range('600', '600'));
    expect(row('001-A-24').price).toEqual(range('2000', '2000'));
  });

  it('Part B: feasibility studies with the additional charges (§7.15)', () => {
    expect(row('001-B-06').price).toEqual(range('480', '1000'));
    expect(row('001-B-06').extra?.[0]?.price).toEqual(range('80', '150'));
    expect(row('001-B-12').price).toEqual(range('2000', '4000'));
    expect(row('001-B-12').extra?.[0]?.price).toEqual(range('150', '170'));
    expect(row('001-B-15').price).toEqual(range('240', '400'));
    expect(row('001-B-15').extra?.[0]?.price).toEqual(range('120', '130'));
    expect(row('001-B-21').price).toEqual(range('1000', '4100'));
  });

  it('Part C: assessment & design with the hourly additional charge (§7.16)', () => {
    expect(row('001-C-01').price).toEqual(range('0', '400'));
    expect(row('001-C-01').extra?.[0]).toMatchObject({
      unit: 'per hour',
      price: { min: '0', max: '150', minIsNotApplicable: true },
    });
    expect(row('001-C-07').price).toEqual(range('1080', '4660'));
    expect(row('001-C-09').price).toEqual(range('1260', '9460'));
    expect(row('001-C-11').extra?.[0]?.price).toEqual(range('45', '170'));
    expect(row('001-C-12').price).toEqual({ poa: true, from: '15400' });
    expect(row('001-C-12').extra?.[0]?.price).toEqual(range('75', '170'));
    expect(row('001-C-13').extra?.[0]?.price).toEqual(range('150', '210'));
    expect(row('001-C-21').price).toEqual({ poa: true, upTo: '19480' });
    expect(row('001-C-22').extra?.[0]?.price).toEqual({ poa: true, upTo: '170' });
    expect(row('001-C-24').price).toEqual({ poa: true, upTo: '25200' });
  });

  it('Parts D and E: CIC fees (§7.17, §7.18)', () => {
    expect(row('001-D-04').price).toEqual(range('800', '800'));
    expect(row('001-D-07').price).toEqual(range('1500', '1500'));
    expect(row('001-D-20').description).toBe(
      'Connection of generation at HV greater than 250kVA and up to 1MVA',
    );
    expect(row('001-E-06').price).toEqual(range('1000', '1000'));
    expect(row('001-E-19').price).toEqual(range('1500', '1500'));
    expect(row('001-E-21').price).toEqual(range('2000', '2000'));
  });

  it('every Parts A–E row has a fee category, the same per position in each part', () => {
    const a = statement.tables[0]!.rows.map((r) => r.feeCategory);
    for (const id of ['001-B', '001-C', '001-D', '001-E']) {
      const rows = statement.tables.find((t) => t.id === id)!.rows;
      expect(rows.map((r) => r.feeCategory)).toEqual(a.slice(0, rows.length));
    }
    expect(new Set(a).size).toBe(24);
  });

  it('Part F1: small services with surface, crossing and phase factors (§7.19)', () => {
    expect(row('001-F1-01')).toMatchObject({
      unit: 'each',
      price: range('2350', '3620'),
      factors: { surface: 'footpath', crossing: 'same-side', phases: 1 },
    });
    expect(row('001-F1-03')).toMatchObject({
      price: range('3400', '5150'),
      factors: { surface: 'carriageway', crossing: 'cross-road' },
    });
    expect(row('001-F1-05')).toMatchObject({ unit: 'm', price: range('55', '80') });
    expect(row('001-F1-10')).toMatchObject({
      price: range('3600', '5400'),
      factors: { phases: 3 },
    });
    expect(row('001-F1-15')).toMatchObject({
      price: range('1600', '2400'),
      factors: { surface: 'trench-by-others' },
    });
    expect(row('001-F1-20')).toMatchObject({ unit: 'm', price: range('90', '280') });
    expect(row('001-F1-23')).toMatchObject({ unit: 'm', price: range('15', '20') });
  });

  it('Part F2: service alterations (§7.24)', () => {
    expect(row('001-F2-01')).toMatchObject({
      price: range('2600', '3900'),
      factors: { surface: 'customer-land' },
    });
    expect(row('001-F2-05')).toMatchObject({ unit: 'm', price: range('40', '60') });
    expect(row('001-F2-08').price).toEqual(range('380', '560'));
    expect(row('001-F2-09').price).toEqual(range('2850', '4280'));
    expect(row('001-F2-16').price).toEqual(range('370', '560'));
  });

  it('Part F3: other services (§7.28)', () => {
    expect(row('001-F3-01').price).toEqual(range('970', '1460'));
    expect(row('001-F3-02').price).toEqual(POA);
    expect(row('001-F3-06').price).toEqual(range('1420', '2130'));
    expect(row('001-F3-11').price).toEqual(range('2160', '5410'));
    expect(row('001-F3-17').price).toEqual(range('3550', '5330'));
    expect(row('001-F3-21').price).toEqual(range('5500', '8330'));
    expect(row('001-F3-24')).toMatchObject({ unit: 'm', price: range('34', '50') });
  });

  it('Part F4: unmetered supplies (§7.32)', () => {
    expect(row('001-F4-01').price).toEqual(range('500', '740'));
    expect(row('001-F4-06').price).toEqual(range('5270', '7900'));
    expect(row('001-F4-09')).toMatchObject({ unit: 'm', price: range('370', '560') });
    expect(row('001-F4-10')).toMatchObject({ unit: 'per day', price: POA });
    expect(row('001-F4-11')).toMatchObject({ unit: 'per lamp', price: POA });
  });

  it('Part F5: mains cables, POA from 33kV up (§7.36)', () => {
    expect(row('001-F5-01')).toMatchObject({
      price: range('1000', '1500'),
      factors: { voltage: 'LV', surface: 'trench-by-others' },
    });
    expect(row('001-F5-04')).toMatchObject({
      price: range('977', '1460'),
      factors: { surface: 'unmade' },
    });
    expect(row('001-F5-08').price).toEqual(range('1130', '1696'));
    expect(row('001-F5-09').price).toEqual(range('7575', '11365'));
    expect(row('001-F5-15')).toMatchObject({
      price: range('4892', '7338'),
      factors: { voltage: 'HV', surface: 'footpath-or-carriageway' },
    });
    for (let n = 17; n <= 28; n++) expect(row(`001-F5-${n}`).price).toEqual(POA);
    expect(row('001-F5-17').factors?.voltage).toBe('EHV');
    expect(row('001-F5-25').factors?.voltage).toBe('132kV');
  });

  it('Part F6: substations (§7.41)', () => {
    expect(row('001-F6-01').price).toEqual({ poa: true, from: '73292' });
    expect(row('001-F6-03').price).toEqual({ poa: true, from: '149292' });
    expect(row('001-F6-05').price).toEqual(POA);
    expect(row('001-F6-23').factors?.voltage).toBe('132kV');
  });

  it('Parts G–J (§7.45–7.51)', () => {
    for (const id of ['001-G', '001-H', '001-J']) {
      for (const r of statement.tables.find((t) => t.id === id)!.rows) expect(r.price).toEqual(POA);
    }
    expect(row('001-G-01').contestable).toBe(false);
    expect(row('001-H-04')).toMatchObject({ description: '132kV Network', unit: 'per visit' });
    expect(row('001-I-01').price).toEqual({ poa: true, from: '750' });
    expect(row('001-J-05').description).toMatch(/^Traffic management costs/);
  });

  it('statement parameters carry the figures of the cited paragraphs', () => {
    const p = statement.parameters ?? {};
    const value = (key: StatementParameterKey) => p[key]?.value;
    expect(value('omPercentage')).toBe('24');
    expect(p.omPercentage?.citation).toBe('001 §6.2');
    expect(value('quoteValidityDays')).toBe(90);
    expect(p.quoteValidityDays?.citation).toBe('001 §3.2');
    expect(value('interactiveValidityDays')).toBe(30);
    expect(p.interactiveValidityDays?.citation).toBe('001 §2.14');
    expect(value('qasTolerancePercent')).toBe('5');
    expect(value('qasToleranceMinimum')).toBe('150');
    expect(p.qasToleranceMinimum?.citation).toBe('001 §7.10');
    expect(
      (
        [
          'pocOfferDaysLvDemand',
          'pocOfferDaysLvGeneration',
          'pocOfferDaysHvDemand',
          'pocOfferDaysHvGeneration',
          'pocOfferDaysEhvDemand',
          'pocOfferDaysOther',
        ] as const
      ).map(value),
    ).toEqual([15, 30, 20, 50, 50, 65]);
    expect(value('lvNormalMaximumKva')).toBe('1000');
    expect(p.lvNormalMaximumKva?.citation).toBe('001 §3.18');
    expect(value('domesticCapacityKw')).toBe('15');
    expect(p.domesticCapacityKw?.citation).toBe('001 §3.17');
    expect(value('cicDesignApprovalAndInspectionCharged')).toBe(false);
    expect(p.cicDesignApprovalAndInspectionCharged?.citation).toBe('001 §4.58');
    expect(statement.rules.om).toMatchObject({ method: 'percentage', rate: '0.24' });
  });
});
