/**
 * Every capacity band edge of the 001 §7 Parts A–E category rows, on both sides. The expected
 * row ids are read from the document: Part A (001 §7.13) lists the 24 categories in this
 * order, and Parts B, C and E use the same order, so "001-A-05" is the fifth printed row
 * ("Other LV connection(s) with a total load up to 100kVA") and "001-C-05" its Part C twin.
 * "Up to X" includes X; "greater than X" starts just above it. LV/HV/EHV is the highest
 * voltage of the assets including reinforcement (Part B Note 1); SSEG is "up to and
 * including 16 Amperes per phase" (001 §2.32, §8).
 */
import { describe, expect, it } from 'vitest';
import {
  classifyFees,
  classifyOptionsFromStatement,
  type FeeConnection,
  type FeeSchemeLine,
} from '../../../src/engine/fee-schedule/classifyFees';
import { feeSummary } from '../../../src/engine/fee-schedule/feeSummary';
import { parseStatementFile } from '../../../src/statements/parseStatementFile';
import type { StatementFile } from '../../../src/statements/types';
import { readStatementText } from '../../fixtures';

const parsed = parseStatementFile(readStatementText('ipr-v1.7-2025.json'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const ipr: StatementFile = parsed.statement;
const options = classifyOptionsFromStatement(ipr);

// Five three-phase Premises: past every "single service" / "2 to 4 services" row, so the
// capacity bands decide.
const demand: FeeConnection = {
  type: 'demand',
  importCapacityKva: '0',
  phases: 3,
  pocVoltage: 'LV',
  premises: 5,
  needsLvExtension: false,
};
const generation: FeeConnection = {
  type: 'generation',
  importCapacityKva: '0',
  exportCapacityKva: '0',
  phases: 3,
  pocVoltage: 'LV',
  premises: 1,
  needsLvExtension: false,
};

const LV: FeeSchemeLine[] = [{ assetLevel: 'lv-network' }];
const HV: FeeSchemeLine[] = [{ assetLevel: 'hv-network' }];
const EHV: FeeSchemeLine[] = [{ assetLevel: 'ehv-network' }];

interface Band {
  name: string;
  connection: Partial<FeeConnection>;
  lines: FeeSchemeLine[];
  /** The printed row number (01–24) in Parts A, B, C and E. */
  row: string;
  /** The tables have no row for this case: the classifier says so. */
  warns?: RegExp;
}

const demandBands: Band[] = [
  // LV: "up to 100kVA" | "greater than 100kVA and up to 250kVA" | "greater than 250kVA and up to 1MVA at LV"
  { name: 'LV 100 kVA', connection: { importCapacityKva: '100' }, lines: LV, row: '05' },
  { name: 'LV 100.01 kVA', connection: { importCapacityKva: '100.01' }, lines: LV, row: '06' },
  { name: 'LV 250 kVA', connection: { importCapacityKva: '250' }, lines: LV, row: '06' },
  { name: 'LV 250.01 kVA', connection: { importCapacityKva: '250.01' }, lines: LV, row: '07' },
  { name: 'LV 1 MVA', connection: { importCapacityKva: '1000' }, lines: LV, row: '07' },
  // No LV row above 1 MVA (LV is normally up to 1,000 kVA, 001 §3.18): the HV row for the
  // capacity is used and the user is told.
  {
    name: 'LV just over 1 MVA',
    connection: { importCapacityKva: '1000.01' },
    lines: LV,
    row: '10',
    warns: /001 §3\.18/,
  },
  // HV: "up to 250kVA" | ">250kVA to 1MVA" | ">1MVA to 3MVA" | ">3MVA to 10MVA"
  {
    name: 'HV 250 kVA',
    connection: { importCapacityKva: '250', pocVoltage: 'HV' },
    lines: HV,
    row: '08',
  },
  {
    name: 'HV 250.01 kVA',
    connection: { importCapacityKva: '250.01', pocVoltage: 'HV' },
    lines: HV,
    row: '09',
  },
  {
    name: 'HV 1 MVA',
    connection: { importCapacityKva: '1000', pocVoltage: 'HV' },
    lines: HV,
    row: '09',
  },
  {
    name: 'HV just over 1 MVA',
    connection: { importCapacityKva: '1000.01', pocVoltage: 'HV' },
    lines: HV,
    row: '10',
  },
  {
    name: 'HV 3 MVA',
    connection: { importCapacityKva: '3000', pocVoltage: 'HV' },
    lines: HV,
    row: '10',
  },
  {
    name: 'HV just over 3 MVA',
    connection: { importCapacityKva: '3000.01', pocVoltage: 'HV' },
    lines: HV,
    row: '11',
  },
  {
    name: 'HV 10 MVA',
    connection: { importCapacityKva: '10000', pocVoltage: 'HV' },
    lines: HV,
    row: '11',
  },
  // "Connection greater than 10MVA and up to 50MVA" | "greater than 50MVA": any voltage.
  {
    name: 'HV just over 10 MVA',
    connection: { importCapacityKva: '10000.01', pocVoltage: 'HV' },
    lines: HV,
    row: '13',
  },
  {
    name: 'HV 50 MVA',
    connection: { importCapacityKva: '50000', pocVoltage: 'HV' },
    lines: HV,
    row: '13',
  },
  {
    name: 'HV just over 50 MVA',
    connection: { importCapacityKva: '50000.01', pocVoltage: 'HV' },
    lines: HV,
    row: '14',
  },
  // EHV: only "greater than 3MVA and up to 10MVA at EHV".
  {
    name: 'EHV 3 MVA (no EHV row up to 3 MVA)',
    connection: { importCapacityKva: '3000', pocVoltage: 'EHV' },
    lines: EHV,
    row: '12',
    warns: /no EHV demand row up to 3 MVA/,
  },
  {
    name: 'EHV just over 3 MVA',
    connection: { importCapacityKva: '3000.01', pocVoltage: 'EHV' },
    lines: EHV,
    row: '12',
  },
  {
    name: 'EHV 10 MVA',
    connection: { importCapacityKva: '10000', pocVoltage: 'EHV' },
    lines: EHV,
    row: '12',
  },
  {
    name: 'EHV just over 10 MVA',
    connection: { importCapacityKva: '10000.01', pocVoltage: 'EHV' },
    lines: EHV,
    row: '13',
  },
  {
    name: 'EHV 50 MVA',
    connection: { importCapacityKva: '50000', pocVoltage: 'EHV' },
    lines: EHV,
    row: '13',
  },
  {
    name: 'EHV just over 50 MVA',
    connection: { importCapacityKva: '50000.01', pocVoltage: 'EHV' },
    lines: EHV,
    row: '14',
  },
  // Part B Note 1: an LV connection whose reinforcement is at HV is classed as HV.
  {
    name: 'LV connection, 200 kVA, HV reinforcement',
    connection: { importCapacityKva: '200' },
    lines: [{ assetLevel: 'lv-network' }, { assetLevel: 'hv-network' }],
    row: '08',
  },
  {
    name: 'LV connection, 250.01 kVA, new HV/LV substation',
    connection: { importCapacityKva: '250.01' },
    lines: [{ assetLevel: 'lv-network' }, { assetLevel: 'hv-lv-substation' }],
    row: '09',
  },
  {
    name: 'HV connection, 5 MVA, EHV reinforcement',
    connection: { importCapacityKva: '5000', pocVoltage: 'HV' },
    lines: [{ assetLevel: 'hv-network' }, { assetLevel: 'ehv-hv-substation' }],
    row: '12',
  },
];

const generationBands: Band[] = [
  // SSEG: "up to and including 16 Amperes per phase", a single generator at LV.
  {
    name: 'SSEG at exactly 16 A per phase (stated)',
    connection: { phases: 1, exportCapacityKva: '3.68', generationAmpsPerPhase: '16' },
    lines: LV,
    row: '15',
  },
  {
    name: 'just over 16 A per phase (stated)',
    connection: { phases: 1, exportCapacityKva: '3.69', generationAmpsPerPhase: '16.01' },
    lines: LV,
    row: '16',
  },
  {
    name: 'SSEG 3.68 kVA single phase = 16 A at 230 V',
    connection: { phases: 1, exportCapacityKva: '3.68' },
    lines: LV,
    row: '15',
  },
  {
    name: '3.69 kVA single phase is over 16 A',
    connection: { phases: 1, exportCapacityKva: '3.69' },
    lines: LV,
    row: '16',
  },
  {
    name: 'SSEG 11.04 kVA three phase = 16 A per phase',
    connection: { exportCapacityKva: '11.04' },
    lines: LV,
    row: '15',
  },
  {
    name: '11.05 kVA three phase is over 16 A',
    connection: { exportCapacityKva: '11.05' },
    lines: LV,
    row: '16',
  },
  // LV: "up to 20kVA" | ">20kVA and up to 50kVA" | ">50kVA"
  { name: 'LV 20 kVA', connection: { exportCapacityKva: '20' }, lines: LV, row: '16' },
  { name: 'LV 20.01 kVA', connection: { exportCapacityKva: '20.01' }, lines: LV, row: '17' },
  { name: 'LV 50 kVA', connection: { exportCapacityKva: '50' }, lines: LV, row: '17' },
  { name: 'LV 50.01 kVA', connection: { exportCapacityKva: '50.01' }, lines: LV, row: '18' },
  // "Connection of generation greater than 50MVA" names no voltage, so it applies whatever
  // the voltage (the classifier used to keep LV generation in row 18 at any size).
  { name: 'LV 50 MVA', connection: { exportCapacityKva: '50000' }, lines: LV, row: '18' },
  {
    name: 'LV just over 50 MVA',
    connection: { exportCapacityKva: '50000.01' },
    lines: LV,
    row: '24',
  },
  // HV: "up to 250kVA" | ">250kVA and up to 1MVA" | ">1MVA"
  {
    name: 'HV 250 kVA',
    connection: { exportCapacityKva: '250', pocVoltage: 'HV' },
    lines: HV,
    row: '19',
  },
  {
    name: 'HV 250.01 kVA',
    connection: { exportCapacityKva: '250.01', pocVoltage: 'HV' },
    lines: HV,
    row: '20',
  },
  {
    name: 'HV 1 MVA',
    connection: { exportCapacityKva: '1000', pocVoltage: 'HV' },
    lines: HV,
    row: '20',
  },
  {
    name: 'HV just over 1 MVA',
    connection: { exportCapacityKva: '1000.01', pocVoltage: 'HV' },
    lines: HV,
    row: '21',
  },
  {
    name: 'HV 3 MVA',
    connection: { exportCapacityKva: '3000', pocVoltage: 'HV' },
    lines: HV,
    row: '21',
  },
  {
    name: 'HV 50 MVA',
    connection: { exportCapacityKva: '50000', pocVoltage: 'HV' },
    lines: HV,
    row: '21',
  },
  // "Connection of generation greater than 50MVA": any voltage.
  {
    name: 'HV just over 50 MVA',
    connection: { exportCapacityKva: '50000.01', pocVoltage: 'HV' },
    lines: HV,
    row: '24',
  },
  // EHV: "up to 10MVA" | ">10MVA"
  {
    name: 'EHV 3 MVA',
    connection: { exportCapacityKva: '3000', pocVoltage: 'EHV' },
    lines: EHV,
    row: '22',
  },
  {
    name: 'EHV 10 MVA',
    connection: { exportCapacityKva: '10000', pocVoltage: 'EHV' },
    lines: EHV,
    row: '22',
  },
  {
    name: 'EHV just over 10 MVA',
    connection: { exportCapacityKva: '10000.01', pocVoltage: 'EHV' },
    lines: EHV,
    row: '23',
  },
  {
    name: 'EHV 50 MVA',
    connection: { exportCapacityKva: '50000', pocVoltage: 'EHV' },
    lines: EHV,
    row: '23',
  },
  {
    name: 'EHV just over 50 MVA',
    connection: { exportCapacityKva: '50000.01', pocVoltage: 'EHV' },
    lines: EHV,
    row: '24',
  },
  // Part B Note 1 for generation: HV reinforcement makes a small LV generator an HV one,
  // and so not SSEG (which is LV).
  {
    name: 'LV 30 kVA generator with HV reinforcement',
    connection: { exportCapacityKva: '30' },
    lines: [{ assetLevel: 'lv-network' }, { assetLevel: 'hv-network' }],
    row: '19',
  },
  {
    name: '16 A generator with an HV/LV substation is not SSEG',
    connection: { phases: 1, exportCapacityKva: '3.68' },
    lines: [{ assetLevel: 'hv-lv-substation' }],
    row: '19',
  },
  {
    name: 'LV connection, 8 MVA generation, EHV reinforcement',
    connection: { exportCapacityKva: '8000' },
    lines: [{ assetLevel: 'ehv-network' }],
    row: '22',
  },
];

const rowOf = (tableId: string, category: string | null): string | undefined =>
  ipr.tables.find((t) => t.id === tableId)?.rows.find((r) => r.feeCategory === category)?.id;

describe.each([
  { group: 'demand', base: demand, bands: demandBands },
  { group: 'generation', base: generation, bands: generationBands },
])('001 §7 Parts A–E band edges: $group', ({ base, bands }) => {
  it.each(bands)('$name → row $row', ({ connection, lines, row, warns }) => {
    const result = classifyFees(ipr.feeCategories, { ...base, ...connection }, lines, options);
    // The row the category selects in each Part, against the printed row number.
    for (const part of ['A', 'B', 'C', 'E']) {
      expect(rowOf(`001-${part}`, result.category), `Part ${part}`).toBe(`001-${part}-${row}`);
    }
    const summary = feeSummary(ipr, result, { icpDoesContestableWork: true });
    expect(summary.budgetEstimate?.rowId).toBe(`001-A-${row}`);
    expect(summary.feasibilityStudy?.rowId).toBe(`001-B-${row}`);
    expect(summary.assessmentAndDesign?.rowId).toBe(`001-C-${row}`);
    expect(summary.cic?.designApproval?.rowId).toBe(`001-E-${row}`);
    // Part D prints only the first 20 categories.
    expect(summary.cic?.assessmentAndDesign?.rowId ?? null).toBe(
      Number(row) <= 20 ? `001-D-${row}` : null,
    );
    if (warns) expect(result.warnings.join(' ')).toMatch(warns);
    else expect(result.warnings).toEqual([]);
  });
});

describe('band edges that the voltage decides', () => {
  it('the same 200 kVA demand is LV without HV assets and HV with them', () => {
    const lv = classifyFees(
      ipr.feeCategories,
      { ...demand, importCapacityKva: '200' },
      LV,
      options,
    );
    const hv = classifyFees(
      ipr.feeCategories,
      { ...demand, importCapacityKva: '200' },
      [...LV, ...HV],
      options,
    );
    expect(rowOf('001-A', lv.category)).toBe('001-A-06');
    expect(rowOf('001-A', hv.category)).toBe('001-A-08');
    expect(hv.highestVoltage).toBe('HV');
    expect(hv.explanation[0]?.text).toMatch(/including reinforcement, is HV/);
    expect(hv.explanation[0]?.citation).toBe('001 §7 Part B Note 1');
  });

  it('132 kV assets are classed with the EHV rows, and the user is told', () => {
    const r = classifyFees(
      ipr.feeCategories,
      { ...demand, importCapacityKva: '5000', pocVoltage: 'HV' },
      [{ assetLevel: '132-network' }],
      options,
    );
    expect(rowOf('001-A', r.category)).toBe('001-A-12');
    expect(r.warnings.join(' ')).toMatch(/132kV/);
  });
});
