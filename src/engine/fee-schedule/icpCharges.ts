/**
 * What the operator would still charge if an Independent Connection Provider (ICP) does the
 * Contestable Work, beside the full connection offer. With an ICP the customer still pays
 * the operator for the Non-Contestable Work, which only it may do (001 §1.8), and pays its Competition in
 * Connections (CIC) charges (001 §7 Parts D, E, G, H; 001 §4.58 says which are levied); the
 * ICP quotes its own price for the Contestable Work, so the operator's price for it is given
 * for reference only. Pure: the ICP view shows these figures and computes none.
 */
import Decimal from 'decimal.js';
import type { EstimateInput, EstimateResult, Money, Range, SchemeResult } from '../types';
import { SCENARIOS, type Scenario } from '../types';
import type { FeeSummary } from './feeSummary';
import { schemeFees } from './schemeFees';
import type { FeeProject, FeeSchedule } from './types';

export interface IcpCharges {
  /** The full connection offer: what the comparison rule says you pay, ex VAT. */
  fullOffer: Range<Money>;
  /**
   * Your share of the Non-Contestable Work the operator still charges: the charged scheme's
   * non-contestable lines with their O&M, its previous works, and the O&M on an Enhanced
   * Scheme’s extra assets, which the operator will own (001 §4.14).
   */
  nonContestable: Range<Money>;
  /** The operator's own price for the Contestable Work, which the ICP would quote for instead. */
  contestableByOperator: Range<Money>;
  /** Fee lines in the estimate: the full offer's fees, replaced by CIC charges with an ICP. */
  estimateFees: Range<Money>;
  /** The CIC charges that are levied, with the midpoint of their published range as expected; null without them. */
  cic: Range<Money> | null;
  /** The non-contestable share plus the CIC charges; null without the CIC charges. */
  operatorCharges: Range<Money> | null;
  /** Some scenario has O&M on an Enhanced Scheme's extra assets (it stays with the operator). */
  hasExcessOm: boolean;
  /** Some scenario has fee lines in the estimate. */
  hasEstimateFees: boolean;
}

const dec = (m: Money) => new Decimal(m);
const toRange = (f: (s: Scenario) => Decimal): Range<Money> => ({
  low: f('low').toFixed(2),
  expected: f('expected').toFixed(2),
  high: f('high').toFixed(2),
});

/** The scheme the customer is charged for in a scenario (the comparison's choice). */
function chargedScheme(result: EstimateResult, s: Scenario): SchemeResult {
  return result.comparison.chargedScheme[s] === 'enhanced' && result.schemes.enhanced
    ? result.schemes.enhanced
    : result.schemes.minimum;
}

/**
 * The ICP view's figures from the engine's result and, where the statement has them, the
 * CIC charges' total (the fee summary with an ICP, `icpFeeSummary`).
 */
export function icpCharges(
  result: EstimateResult,
  cicTotal: { low: Money; high: Money } | null,
): IcpCharges {
  const c = result.comparison;
  const sumLines = (s: Scenario, pick: (isContestable: boolean, isFee: boolean) => boolean) =>
    chargedScheme(result, s).lines.reduce(
      (acc, l) =>
        pick(l.contestable, l.category === 'fees')
          ? acc.plus(dec(l.customer[s])).plus(dec(l.om[s]))
          : acc,
      new Decimal(0),
    );
  const nonContestable = toRange((s) =>
    sumLines(s, (isContestable, isFee) => !isContestable && !isFee)
      .plus(dec(chargedScheme(result, s).totals.previousWorks[s]))
      .plus(dec(c.excessOm[s])),
  );
  const contestableByOperator = toRange((s) =>
    sumLines(s, (isContestable, isFee) => isContestable && !isFee),
  );
  const estimateFees = toRange((s) => sumLines(s, (_c, isFee) => isFee));
  // A ranged price is taken at its midpoint as the expected figure, as the engine takes it.
  const cic: Range<Money> | null = cicTotal
    ? {
        low: cicTotal.low,
        expected: dec(cicTotal.low).plus(dec(cicTotal.high)).dividedBy(2).toFixed(2),
        high: cicTotal.high,
      }
    : null;
  return {
    fullOffer: c.payableExVat,
    nonContestable,
    contestableByOperator,
    estimateFees,
    cic,
    operatorCharges: cic ? toRange((s) => dec(nonContestable[s]).plus(dec(cic[s]))) : null,
    hasExcessOm: SCENARIOS.some((s) => !dec(c.excessOm[s]).isZero()),
    hasEstimateFees: SCENARIOS.some((s) => !dec(estimateFees[s]).isZero()),
  };
}

/**
 * The fee summary with an ICP doing the Contestable Work (so its CIC charges), classified
 * over both schemes' lines as each scheme's fees are; null with the reason when the
 * statement has no CIC tables or the fees cannot be looked up.
 */
export function icpFeeSummary(
  inputs: Pick<EstimateInput, 'connection' | 'schemes'>,
  project: FeeProject,
  schedule: FeeSchedule,
): { summary: FeeSummary | null; reason: string | null } {
  if (!schedule.tables.some((t) => t.role?.startsWith('cic-'))) {
    return {
      summary: null,
      reason: `The statement ${schedule.title} has no CIC charge tables, so the CIC charges are not available.`,
    };
  }
  const lines = [...inputs.schemes.minimum.lines, ...(inputs.schemes.enhanced?.lines ?? [])];
  const fees = schemeFees(
    inputs.connection,
    { ...project, icpDoesContestableWork: true },
    lines,
    schedule,
  );
  return fees.ok
    ? { summary: fees.summary, reason: null }
    : { summary: null, reason: `The CIC charges could not be looked up: ${fees.reason}` };
}
