import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyFees,
  classifyOptionsFromStatement,
  highestVoltage,
  linesWithStatementVoltages,
  type FeeConnection,
  type FeeSchemeLine,
} from '../../../src/engine/fee-schedule/classifyFees';
import { feeSummary } from '../../../src/engine/fee-schedule/feeSummary';
import { validateStatement } from '../../../src/statements/validateStatement';
import { parseStatementFile } from '../../../src/statements/parseStatementFile';
import type { StatementFile } from '../../../src/statements/types';
import { readStatementText } from '../../fixtures';

const parsed = parseStatementFile(readStatementText('ipr-v1.7-2025.json'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const ipr: StatementFile = parsed.statement;

const base: FeeConnection = {
  type: 'demand',
  importCapacityKva: '15',
  phases: 1,
  pocVoltage: 'LV',
  premises: 1,
  needsLvExtension: false,
};
const lv: FeeSchemeLine[] = [{ assetLevel: 'lv-network' }];

interface Case {
  name: string;
  connection: Partial<FeeConnection>;
  lines?: FeeSchemeLine[];
  category: string;
  qas?: string | null;
}

// Expected categories read from the row wording of 001 §7 Parts A–E and the §7.7 definitions.
const cases: Case[] = [
  {
    name: 'single house, 15 kW single phase (§3.17)',
    connection: {},
    category: 'demand-lv-single-service',
    qas: 'Single LV Service Demand Connection',
  },
  {
    name: '3 houses off a passing main',
    connection: { premises: 3, importCapacityKva: '45' },
    category: 'demand-lv-2-4-services',
    qas: 'Small Project Demand Connection (a)',
  },
  {
    name: '4 houses needing an LV extension',
    connection: { premises: 4, importCapacityKva: '60', needsLvExtension: true },
    category: 'demand-lv-1-4-premises-extension',
    qas: 'Small Project Demand Connection (b)',
  },
  {
    name: 'one house with an LV extension',
    connection: { needsLvExtension: true },
    category: 'demand-lv-1-4-premises-extension',
    qas: 'Small Project Demand Connection (b)',
  },
  {
    name: 'single three-phase 60 kVA whole-current service',
    connection: { phases: 3, importCapacityKva: '60' },
    category: 'demand-lv-single-three-phase-service',
    qas: 'Small Project Demand Connection (single Premises, two- or three-phase)',
  },
  {
    name: '5 houses (no longer small)',
    connection: { premises: 5, importCapacityKva: '75' },
    category: 'demand-lv-up-to-100kva',
    qas: null,
  },
  {
    name: 'LV 100 kVA boundary is "up to"',
    connection: { phases: 3, premises: 2, importCapacityKva: '100' },
    category: 'demand-lv-up-to-100kva',
  },
  {
    name: 'LV 200 kVA',
    connection: { phases: 3, importCapacityKva: '200' },
    category: 'demand-lv-100-250kva',
    qas: null,
  },
  {
    name: 'LV 800 kVA',
    connection: { phases: 3, importCapacityKva: '800' },
    category: 'demand-lv-250kva-1mva',
  },
  {
    name: 'LV 200 kVA with a new HV/LV substation is HV (Part B Note 1)',
    connection: { phases: 3, importCapacityKva: '200' },
    lines: [{ assetLevel: 'lv-network' }, { assetLevel: 'hv-lv-substation' }],
    category: 'demand-hv-up-to-250kva',
    qas: null,
  },
  {
    name: 'HV 500 kVA',
    connection: { phases: 3, importCapacityKva: '500', pocVoltage: 'HV' },
    lines: [{ assetLevel: 'hv-network' }],
    category: 'demand-hv-250kva-1mva',
  },
  {
    name: 'HV 2.5 MVA',
    connection: { phases: 3, importCapacityKva: '2500', pocVoltage: 'HV' },
    category: 'demand-hv-1-3mva',
  },
  {
    name: 'HV 8 MVA',
    connection: { phases: 3, importCapacityKva: '8000', pocVoltage: 'HV' },
    category: 'demand-hv-3-10mva',
  },
  {
    name: 'EHV 5 MVA',
    connection: { phases: 3, importCapacityKva: '5000', pocVoltage: 'EHV' },
    category: 'demand-ehv-3-10mva',
  },
  {
    name: 'HV 20 MVA',
    connection: { phases: 3, importCapacityKva: '20000', pocVoltage: 'HV' },
    category: 'demand-10-50mva',
  },
  {
    name: 'EHV 60 MVA',
    connection: { phases: 3, importCapacityKva: '60000', pocVoltage: 'EHV' },
    category: 'demand-over-50mva',
  },
  {
    name: 'SSEG: 3.68 kW single phase = 16 A',
    connection: { type: 'generation', importCapacityKva: '0', exportCapacityKva: '3.68' },
    category: 'generation-lv-sseg',
  },
  {
    name: 'LV 4 kVA generator is over 16 A',
    connection: { type: 'generation', importCapacityKva: '0', exportCapacityKva: '4' },
    category: 'generation-lv-up-to-20kva',
  },
  {
    name: 'two small generators are not "a single" SSEG',
    connection: { type: 'generation', exportCapacityKva: '3', generatorCount: 2 },
    category: 'generation-lv-up-to-20kva',
  },
  {
    name: 'LV 30 kVA generation',
    connection: { type: 'generation', phases: 3, exportCapacityKva: '30' },
    category: 'generation-lv-20-50kva',
  },
  {
    name: 'LV 100 kVA generation',
    connection: { type: 'generation', phases: 3, exportCapacityKva: '100' },
    category: 'generation-lv-over-50kva',
  },
  {
    name: 'HV 200 kVA generation',
    connection: { type: 'generation', phases: 3, exportCapacityKva: '200', pocVoltage: 'HV' },
    category: 'generation-hv-up-to-250kva',
  },
  {
    name: 'HV generator 2 MW',
    connection: { type: 'generation', phases: 3, exportCapacityKva: '2000', pocVoltage: 'HV' },
    lines: [{ assetLevel: 'hv-network' }],
    category: 'generation-hv-over-1mva',
  },
  {
    name: 'EHV 8 MVA generation',
    connection: { type: 'generation', phases: 3, exportCapacityKva: '8000', pocVoltage: 'EHV' },
    category: 'generation-ehv-up-to-10mva',
  },
  {
    name: 'EHV 30 MVA generation',
    connection: { type: 'generation', phases: 3, exportCapacityKva: '30000', pocVoltage: 'EHV' },
    category: 'generation-ehv-over-10mva',
  },
  {
    name: '60 MVA generation',
    connection: { type: 'generation', phases: 3, exportCapacityKva: '60000', pocVoltage: 'EHV' },
    category: 'generation-over-50mva',
  },
  {
    name: 'storage exporting 500 kVA at HV',
    connection: {
      type: 'storage',
      phases: 3,
      importCapacityKva: '500',
      exportCapacityKva: '500',
      pocVoltage: 'HV',
    },
    category: 'generation-hv-250kva-1mva',
  },
];

describe('classifyFees (001 §7 Parts A–E categories)', () => {
  it.each(cases)('$name → $category', ({ connection, lines, category, qas }) => {
    const result = classifyFees(ipr.feeCategories, { ...base, ...connection }, lines ?? lv);
    expect(result.category).toBe(category);
    expect(ipr.tables[0]!.rows.find((r) => r.feeCategory === category)?.description).toBeDefined();
    if (qas !== undefined) {
      expect(result.qas.definition).toBe(qas);
      expect(result.qas.applies).toBe(qas !== null);
    }
    expect(result.explanation.length).toBeGreaterThan(0);
    for (const step of result.explanation) expect(step.citation).toMatch(/^001 §/);
  });

  it('the highest voltage counts reinforcement lines (Part B Note 1)', () => {
    expect(highestVoltage('LV', [])).toBe('LV');
    expect(highestVoltage('LV', [{ assetLevel: 'hv-network' }])).toBe('HV');
    expect(highestVoltage('HV', [{ assetLevel: 'lv-network' }])).toBe('HV');
    expect(highestVoltage('HV', [{ assetLevel: 'ehv-hv-substation' }])).toBe('EHV');
    expect(highestVoltage('LV', [{ voltage: 'EHV' }, { assetLevel: null }])).toBe('EHV');
  });

  it('says when the tables have no exact row', () => {
    const ehvSmall = classifyFees(
      ipr.feeCategories,
      { ...base, phases: 3, importCapacityKva: '2000', pocVoltage: 'EHV' },
      [],
    );
    expect(ehvSmall.category).toBe('demand-ehv-3-10mva');
    expect(ehvSmall.warnings[0]).toMatch(/no EHV demand row up to 3 MVA/);
    const bigLv = classifyFees(
      ipr.feeCategories,
      { ...base, phases: 3, importCapacityKva: '1500' },
      lv,
    );
    expect(bigLv.category).toBe('demand-hv-1-3mva');
    expect(bigLv.warnings[0]).toMatch(/001 §3\.18/);
  });

  it('a three-phase single service over 100 A per phase is not whole-current metered', () => {
    const result = classifyFees(
      ipr.feeCategories,
      { ...base, phases: 3, importCapacityKva: '70' },
      lv,
    );
    expect(result.category).toBe('demand-lv-up-to-100kva');
    expect(result.qas.applies).toBe(false);
  });
});

describe('feeSummary', () => {
  it('single house: Part C £0–£400 with n/a–£150 an hour; A £800; B £400–£1,000', () => {
    const s = feeSummary(ipr, classifyFees(ipr.feeCategories, base, lv), {
      icpDoesContestableWork: false,
    });
    expect(s.assessmentAndDesign).toMatchObject({
      rowId: '001-C-01',
      price: { min: '0', max: '400' },
      citation: '001 §7.16 Part C',
    });
    expect(s.assessmentAndDesignHourly).toMatchObject({
      unit: 'per hour',
      price: { min: '0', max: '150', minIsNotApplicable: true },
    });
    expect(s.budgetEstimate).toMatchObject({
      rowId: '001-A-01',
      price: { min: '800', max: '800' },
      citation: '001 §7.13 Part A',
    });
    expect(s.feasibilityStudy).toMatchObject({
      rowId: '001-B-01',
      price: { min: '400', max: '1000' },
    });
    expect(s.feasibilityStudy?.extra[0]?.price).toEqual({ min: '80', max: '150' });
    expect(s.cic).toBeNull();
  });

  it('HV 500 kVA with an ICP: Part D £1,500 charged, Part E and H not levied (001 §4.58), G POA', () => {
    const c = classifyFees(
      ipr.feeCategories,
      { ...base, phases: 3, importCapacityKva: '500', pocVoltage: 'HV' },
      [{ assetLevel: 'hv-network' }],
    );
    const s = feeSummary(ipr, c, { icpDoesContestableWork: true });
    expect(s.assessmentAndDesign?.price).toEqual({ min: '1260', max: '9460' });
    expect(s.budgetEstimate?.price).toEqual({ min: '2000', max: '2000' });
    const cic = s.cic!;
    expect(cic.assessmentAndDesign).toMatchObject({
      rowId: '001-D-09',
      price: { min: '1500', max: '1500' },
      isCharged: true,
    });
    expect(cic.designApproval).toMatchObject({
      rowId: '001-E-09',
      price: { min: '1000', max: '1000' },
      isCharged: false,
    });
    expect(cic.designApproval?.note).toMatch(/001 §4\.58/);
    expect(cic.isDesignApprovalAndInspectionCharged).toBe(false);
    expect(cic.designApprovalAndInspectionCitation).toBe('001 §4.58');
    // Part G: every LV and HV row (all 12); Part H: LV, HV networks, HV/LV substation and civils.
    expect(cic.finalWorks.map((f) => f.rowId)).toHaveLength(12);
    expect(cic.inspection.map((f) => f.rowId)).toEqual([
      '001-H-01',
      '001-H-02',
      '001-H-05',
      '001-H-07',
    ]);
    expect(cic.inspection.every((f) => !f.isCharged)).toBe(true);
    expect(cic.total.low).toBe('1500.00');
    expect(cic.total.high).toBe('1500.00');
    expect(cic.total.poaItems).toHaveLength(12);
    expect(s.notes.join(' ')).toMatch(/001 §4\.58/);
  });

  it('LV single house with an ICP: only LV rows of Parts G and H', () => {
    const s = feeSummary(ipr, classifyFees(ipr.feeCategories, base, lv), {
      icpDoesContestableWork: true,
    });
    expect(s.cic?.assessmentAndDesign?.rowId).toBe('001-D-01');
    expect(s.cic?.finalWorks.map((f) => f.rowId)).toEqual([
      '001-G-01',
      '001-G-02',
      '001-G-03',
      '001-G-04',
      '001-G-05',
      '001-G-09',
      '001-G-10',
    ]);
    expect(s.cic?.inspection.map((f) => f.rowId)).toEqual(['001-H-01']);
  });

  it('HV generator 2 MW: Part C POA up to £19,480; Part D has no row; A £2,000; B £1,000–£4,100', () => {
    const c = classifyFees(
      ipr.feeCategories,
      { ...base, type: 'generation', phases: 3, exportCapacityKva: '2000', pocVoltage: 'HV' },
      [{ assetLevel: 'hv-network' }],
    );
    const s = feeSummary(ipr, c, { icpDoesContestableWork: true });
    expect(s.assessmentAndDesign).toMatchObject({
      rowId: '001-C-21',
      price: { poa: true, upTo: '19480' },
    });
    expect(s.assessmentAndDesignHourly?.price).toEqual({ min: '0', max: '150' });
    expect(s.budgetEstimate?.price).toEqual({ min: '2000', max: '2000' });
    expect(s.feasibilityStudy?.price).toEqual({ min: '1000', max: '4100' });
    expect(s.cic?.assessmentAndDesign).toBeNull();
    expect(s.cic?.designApproval).toMatchObject({
      rowId: '001-E-21',
      price: { min: '2000', max: '2000' },
    });
    expect(s.notes.some((n) => n.includes('Part D') && n.includes('generation-hv-over-1mva'))).toBe(
      true,
    );
  });

  it('SSEG: A £400, B £240–£400, C £0–£400', () => {
    const c = classifyFees(
      ipr.feeCategories,
      { ...base, type: 'generation', exportCapacityKva: '3.68' },
      lv,
    );
    const s = feeSummary(ipr, c, { icpDoesContestableWork: false });
    expect(s.budgetEstimate?.rowId).toBe('001-A-15');
    expect(s.budgetEstimate?.price).toEqual({ min: '400', max: '400' });
    expect(s.feasibilityStudy?.price).toEqual({ min: '240', max: '400' });
    expect(s.assessmentAndDesign?.price).toEqual({ min: '0', max: '400' });
  });

  it('a statement without the §4.58 parameter levies its design approval charge', () => {
    const { cicDesignApprovalAndInspectionCharged: _dropped, ...rest } = ipr.parameters ?? {};
    const s = feeSummary({ ...ipr, parameters: rest }, classifyFees(ipr.feeCategories, base, lv), {
      icpDoesContestableWork: true,
    });
    expect(s.cic?.designApproval?.isCharged).toBe(true);
    expect(s.cic?.total.low).toBe('800.00'); // D £400 + E £400
  });
});

describe('classifier helpers', () => {
  it('reads its thresholds from the statement parameters (001 §2.32, §7.7)', () => {
    expect(classifyOptionsFromStatement(ipr)).toEqual({
      ssegMaxAmpsPerPhase: '16',
      smallProjectMaxAmpsPerPhase: '100',
    });
    expect(classifyOptionsFromStatement({ parameters: {} })).toEqual({});
  });

  it('takes a line voltage from the statement row it was priced from', () => {
    const lines = linesWithStatementVoltages(ipr, [
      { statementItemId: '001-F1-01' },
      { statementItemId: '001-F5-13' },
      { statementItemId: 'unknown' },
      { assetLevel: 'lv-network' },
    ]);
    expect(lines.map((l) => l.voltage)).toEqual(['LV', 'HV', null, null]);
    expect(highestVoltage('LV', lines)).toBe('HV');
  });
});

describe('fee categories are the statement’s data', () => {
  it('a statement’s own band edge moves the category, with no code change', () => {
    const fees = ipr.feeCategories!;
    const moved = {
      ...fees,
      rules: fees.rules.map((r) =>
        r.category === 'demand-lv-up-to-100kva' ? { ...r, upToKva: '150' } : r,
      ),
    };
    const connection = { ...base, phases: 3 as const, importCapacityKva: '120' };
    expect(classifyFees(fees, connection, lv).category).toBe('demand-lv-100-250kva');
    expect(classifyFees(moved, connection, lv).category).toBe('demand-lv-up-to-100kva');
  });

  it('without feeCategories: the voltage and capacity, no category and no 001 paragraph', () => {
    const c = classifyFees(undefined, base, lv);
    expect(c.category).toBeNull();
    expect(c.highestVoltage).toBe('LV');
    expect(JSON.stringify(c)).not.toMatch(/001/);
  });

  it('the validator refuses a rule naming a category the file does not list', () => {
    const fees = ipr.feeCategories!;
    const bad = {
      ...ipr,
      feeCategories: { ...fees, rules: [...fees.rules, { category: 'demand-typo' }] },
    };
    const result = validateStatement(JSON.parse(JSON.stringify(bad)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/“demand-typo” is not among/);
  });
});

describe('the QAS definition met, from 001’s definitions as data, as the code that had them written in', () => {
  // The decision as it was coded before the definitions moved into the statement file.
  const before = (c: FeeConnection, wholeCurrent: boolean): string | null => {
    if (c.type !== 'demand' || c.pocVoltage !== 'LV') return null;
    if (c.premises === 1 && c.phases === 1 && !c.needsLvExtension) {
      return 'Single LV Service Demand Connection';
    }
    if (!wholeCurrent) return null;
    const domestic = c.isDomestic ?? true;
    const ext = c.needsLvExtension;
    if (domestic && !ext && c.phases === 1 && c.premises > 1 && c.premises < 5) {
      return 'Small Project Demand Connection (a)';
    }
    if (domestic && ext && c.phases !== 3 && c.premises >= 1 && c.premises < 5) {
      return 'Small Project Demand Connection (b)';
    }
    if (!ext && c.premises === 1 && c.phases !== 1) {
      return 'Small Project Demand Connection (single Premises, two- or three-phase)';
    }
    return null;
  };
  it('for any demand connection at LV', () => {
    fc.assert(
      fc.property(
        fc.record({
          importCapacityKva: fc.integer({ min: 1, max: 400 }).map(String),
          phases: fc.constantFrom(1 as const, 2 as const, 3 as const),
          premises: fc.integer({ min: 1, max: 7 }),
          needsLvExtension: fc.boolean(),
          isDomestic: fc.constantFrom(true, false, null),
        }),
        (partial) => {
          const c: FeeConnection = { ...base, ...partial };
          const amps = new Decimal(c.importCapacityKva)
            .dividedBy(c.premises)
            .dividedBy(new Decimal('0.23').times(c.phases));
          const r = classifyFees(ipr.feeCategories, c, lv, classifyOptionsFromStatement(ipr));
          expect(r.qas.definition).toBe(before(c, amps.lte(100)));
          expect(r.qas.applies).toBe(r.qas.definition !== null);
        },
      ),
      { numRuns: 400 },
    );
  });
});
