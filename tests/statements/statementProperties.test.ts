import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyFees, type FeeConnection } from '../../src/engine/fee-schedule/classifyFees';
import { feeSummary } from '../../src/engine/fee-schedule/feeSummary';
import { parseStatementFile } from '../../src/statements/parseStatementFile';
import { validateStatement } from '../../src/statements/validateStatement';
import { readStatementJson, readStatementText } from '../fixtures';

const parsed = parseStatementFile(readStatementText('ipr-v1.7-2025.json'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const ipr = parsed.statement;

const connection = fc.record<FeeConnection>({
  type: fc.constantFrom('demand', 'generation', 'storage'),
  importCapacityKva: fc.integer({ min: 0, max: 80_000 }).map(String),
  exportCapacityKva: fc.option(fc.integer({ min: 1, max: 80_000 }).map(String), { nil: null }),
  phases: fc.constantFrom(1, 2, 3),
  pocVoltage: fc.constantFrom('LV', 'HV', 'EHV', '132kV'),
  premises: fc.integer({ min: 1, max: 200 }),
  needsLvExtension: fc.boolean(),
  wholeCurrentMetered: fc.option(fc.boolean(), { nil: null }),
  isDomestic: fc.option(fc.boolean(), { nil: null }),
});

describe('properties', () => {
  it('every connection gets a category with a budget estimate, feasibility and design row', () => {
    fc.assert(
      fc.property(connection, (c) => {
        const classification = classifyFees(ipr.feeCategories, c, []);
        const summary = feeSummary(ipr, classification, { icpDoesContestableWork: true });
        expect(summary.budgetEstimate?.citation).toMatch(/^001 §7\.13 Part A$/);
        expect(summary.feasibilityStudy?.citation).toMatch(/^001 §7\.15 Part B$/);
        expect(summary.assessmentAndDesign?.citation).toMatch(/^001 §7\.16 Part C$/);
        expect(summary.cic?.designApproval?.citation).toMatch(/^001 §7\.18 Part E$/);
        expect(classification.group === 'demand').toBe(c.type === 'demand');
        // The QAS is for LV demand only (001 §7.9).
        if (classification.qas.applies) {
          expect(c.type).toBe('demand');
          expect(classification.highestVoltage).toBe('LV');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('validation never throws and refuses anything that is not a statement', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = validateStatement(value);
        expect(result.ok).toBe(false);
        expect(result.ok ? [] : result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('any swapped min/max in any priced row is refused with that row named', () => {
    const data = readStatementJson('ipr-v1.7-2025.json') as {
      tables: { id: string; rows: { id: string; price: { min?: string; max?: string } }[] }[];
    };
    const priced = data.tables.flatMap((t, ti) =>
      t.rows.flatMap((r, ri) =>
        r.price.min !== undefined && r.price.max !== undefined && r.price.min !== r.price.max
          ? [{ ti, ri, id: r.id }]
          : [],
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...priced), ({ ti, ri, id }) => {
        const copy = structuredClone(data);
        const price = copy.tables[ti]!.rows[ri]!.price;
        [price.min, price.max] = [price.max, price.min];
        const result = validateStatement(copy);
        expect(result.ok).toBe(false);
        expect(result.ok ? [] : result.errors).toEqual([
          expect.stringMatching(
            new RegExp(`row ${id} .*: max £${price.max} is lower than min £${price.min}$`),
          ),
        ]);
      }),
      { numRuns: 60 },
    );
  });
});
