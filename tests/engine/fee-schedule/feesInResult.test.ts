/**
 * The fees are part of the engine's result: given the statement's fee tables and the project
 * facts, `computeEstimate` puts each scheme's fee category and fee summary in its result,
 * every item with the row and paragraph it comes from.
 */
import { describe, expect, it } from 'vitest';
import { computeEstimate } from '../../../src/engine/computeEstimate';
import { schemeFees } from '../../../src/engine/fee-schedule/schemeFees';
import type { EstimateResult } from '../../../src/engine/types';
import { feeProject } from '../../../src/estimate-file/feeProject';
import type { EstimateFile } from '../../../src/estimate-file/types';
import { loadStatement, templateFiles } from '../../export/fixtures';

const ipr = loadStatement('ipr-v1.7-2025');
const spm = loadStatement('spm-2008');

function resultOf(file: EstimateFile, statement = ipr): EstimateResult {
  const outcome = computeEstimate(file.inputs, statement.rules, {
    fees: { schedule: statement, project: feeProject(file.project) },
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.result;
}

const template = (name: string): EstimateFile => {
  const found = templateFiles().find((t) => t.name.endsWith(name));
  if (!found) throw new Error(`no template ${name}`);
  return found.estimate;
};

describe('fees in the engine result', () => {
  it('gives no fees when the fee tables are not given', () => {
    const file = template('starter-single-house.json');
    const outcome = computeEstimate(file.inputs, ipr.rules);
    expect(outcome.ok && outcome.result.fees).toBeFalsy();
  });

  it("classifies a single house as 001's Single LV Service and prices its fees from Parts A–C", () => {
    const result = resultOf(template('starter-single-house.json'));
    const fees = result.fees?.minimum;
    expect(fees?.ok).toBe(true);
    if (!fees?.ok) return;
    expect(fees.classification.category).toBe('demand-lv-single-service');
    expect(fees.classification.qas.applies).toBe(true);
    // Part C row for the category, with its own citation, read from the statement file.
    const partC = ipr.tables.find((t) => t.role === 'assessment-design')!;
    const row = partC.rows.find((r) => r.feeCategory === 'demand-lv-single-service')!;
    expect(fees.summary.assessmentAndDesign?.rowId).toBe(row.id);
    expect(fees.summary.assessmentAndDesign?.price).toEqual(row.price);
    expect(fees.summary.assessmentAndDesign?.citation).toBe(row.citation);
    expect(result.fees?.enhanced).toBeNull();
  });

  it('gives both schemes the fees the scheme fees function gives for their own lines', () => {
    for (const { name, estimate } of templateFiles()) {
      const statement = estimate.statementId === spm.id ? spm : ipr;
      const result = resultOf(estimate, statement);
      const project = feeProject(estimate.project);
      const c = estimate.inputs.connection;
      expect(result.fees?.minimum, name).toEqual(
        schemeFees(c, project, estimate.inputs.schemes.minimum.lines, statement),
      );
      const enhanced = estimate.inputs.schemes.enhanced;
      expect(result.fees?.enhanced ?? null, name).toEqual(
        enhanced ? schemeFees(c, project, enhanced.lines, statement) : null,
      );
    }
  });

  it('adds the CIC charges when an ICP does the Contestable Work (001 §4.58 not levied)', () => {
    const file = template('starter-single-house.json');
    const icp = { ...file, project: { ...file.project, icpDoesContestable: true } };
    const fees = resultOf(icp).fees?.minimum;
    expect(fees?.ok && fees.summary.cic?.isDesignApprovalAndInspectionCharged).toBe(false);
    expect(fees?.ok && fees.summary.cic?.designApprovalAndInspectionCitation).toBe('001 §4.58');
    const none = resultOf(file).fees?.minimum;
    expect(none?.ok && none.summary.cic).toBeNull();
  });

  it("with SP Manweb's statement finds no fee category (002 prices fees by its own rows)", () => {
    const file = template('spm-s4-1-ex-1.json');
    const fees = resultOf(file, spm).fees?.minimum;
    expect(fees?.ok).toBe(true);
    if (!fees?.ok) return;
    expect(fees.classification.category).toBeNull();
    expect(fees.hasCategoryTables).toBe(false);
    expect(fees.feeTables.map((t) => t.citation).join(' ')).not.toMatch(/001 §/);
  });
});
