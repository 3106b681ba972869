import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/engine';
import { buildIcpComparison } from '../../src/fees/icpComparison';
import { icpFeeSummary } from '../../src/engine/fee-schedule/icpCharges';
import { feeProject } from '../../src/estimate-file/feeProject';
import { compute, fileOf, iprStatement, operatorCostsMore, template } from '../compare/fixtures';

describe('ICP view', () => {
  it('keeps the non-contestable share and adds the CIC charges from the statement', () => {
    const input = operatorCostsMore();
    const result = compute(input);
    const { summary, reason } = icpFeeSummary(
      input,
      feeProject(fileOf(input).project),
      iprStatement,
    );
    expect(reason).toBeNull();
    const icp = buildIcpComparison(result, summary);
    // The customer pays the minimum (operator-requested, dearer enhanced): 20 % of £10,000 is
    // the only non-contestable work; £3,500 of contestable extension goes to the ICP.
    expect(icp.fullOffer.expected).toBe('5500.00');
    expect(icp.nonContestable.expected).toBe('2000.00');
    expect(icp.contestableByOperator.expected).toBe('3500.00');
    expect(icp.cic).not.toBeNull();
    for (const s of SCENARIOS) {
      expect(icp.operatorCharges?.[s]).toBe(
        new Decimal(icp.nonContestable[s]).plus(icp.cic![s]).toFixed(2),
      );
    }
    // 001 §4.58: no CIC charge for design approval or inspection.
    expect(icp.cic?.isDesignApprovalAndInspectionCharged).toBe(false);
    expect(icp.notes.some((n) => n.includes('001 §4.58'))).toBe(true);
    expect(icp.cic?.items.some((i) => i.citation.includes('Part D'))).toBe(true);
  });

  it('says the CIC charges are not available when the statement has none', () => {
    const input = operatorCostsMore();
    const statement = {
      ...iprStatement,
      tables: iprStatement.tables.filter((t) => !t.role?.startsWith('cic-')),
    };
    const { summary, reason } = icpFeeSummary(input, feeProject(fileOf(input).project), statement);
    expect(summary).toBeNull();
    expect(reason).toMatch(/not available/);
    const icp = buildIcpComparison(compute(input), summary);
    expect(icp.cic).toBeNull();
    expect(icp.operatorCharges).toBeNull();
  });

  it('keeps O&M on a customer-requested enhancement with the operator (001 Ex 3B)', async () => {
    const file = await template('ipr-ex-03b');
    const result = compute(file.inputs);
    const icp = buildIcpComparison(result, null);
    // The excess O&M (£1,800) and the non-contestable HV joint stay with the operator.
    const nonContestableLines = result.schemes
      .enhanced!.lines.filter((l) => !l.contestable && l.category !== 'fees')
      .reduce((a, l) => a.plus(l.customer.expected).plus(l.om.expected), new Decimal(0));
    expect(icp.nonContestable.expected).toBe(
      nonContestableLines.plus(result.comparison.excessOm.expected).toFixed(2),
    );
    expect(result.comparison.excessOm.expected).toBe('1800.00');
    expect(icp.fullOffer.expected).toBe('64900.00');
    expect(icp.notes.some((n) => n.includes('O&M'))).toBe(true);
  });
});
