/**
 * NRSWA diversion estimate (002 §5.3.2): diversions are charged in full, with a discount of
 * 7.5 % for major transport works (not roads or bridges) or 18 % for major highway/road or
 * bridge works, provided 75 % of the discounted estimate is paid up front; otherwise no
 * discount. At completion, a reconciliation within £100 of the estimate gives no refund.
 */
import Decimal from 'decimal.js';
import type { StatementFile } from '../statements/types';
import { decimalParameter } from './statementParameters';

export type DiversionWorks = 'transport' | 'highway-or-bridge' | 'other';

export interface DiversionParameters {
  transportDiscount: string; // "0.075"
  highwayDiscount: string; // "0.18"
  upFrontShare: string; // "0.75"
  reconciliationThreshold: string; // "100"
  citation: string;
}

export interface DiversionEstimate {
  estimate: string;
  discountRate: string;
  discountedEstimate: string;
  upFront: string;
  atCompletion: string;
  explanation: string[];
  citation: string;
}

/**
 * The NRSWA parameters from a statement (002's `nrswa…` parameters, 002 §5.3.2); null when
 * the statement does not give them all.
 */
export function diversionParametersFromStatement(
  statement: Pick<StatementFile, 'parameters'> | null | undefined,
): DiversionParameters | null {
  const t = decimalParameter(statement, 'nrswaTransportDiscount');
  const h = decimalParameter(statement, 'nrswaHighwayBridgeDiscount');
  const u = decimalParameter(statement, 'nrswaUpFrontShare');
  const r = decimalParameter(statement, 'nrswaReconciliationThreshold');
  if (!t || !h || !u || !r) return null;
  return {
    transportDiscount: t.value,
    highwayDiscount: h.value,
    upFrontShare: u.value,
    reconciliationThreshold: r.value,
    citation: [...new Set([t.citation, h.citation, u.citation, r.citation])].join(', '),
  };
}

const money = (d: Decimal): string => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
const gbp = (d: Decimal): string =>
  `£${money(d).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`.replace('£-', '−£');

export function estimateDiversion(
  estimate: string,
  works: DiversionWorks,
  paysUpFront: boolean,
  p: DiversionParameters,
): DiversionEstimate {
  const full = new Decimal(estimate);
  if (full.isNegative()) throw new RangeError('A diversion estimate cannot be negative.');
  const rate =
    !paysUpFront || works === 'other'
      ? new Decimal(0)
      : new Decimal(works === 'transport' ? p.transportDiscount : p.highwayDiscount);
  // Each figure is rounded to pence before the next is taken from it, so they add up.
  const discountedRounded = new Decimal(money(full.times(new Decimal(1).minus(rate))));
  const upFrontRounded = rate.isZero()
    ? new Decimal(0)
    : new Decimal(money(discountedRounded.times(p.upFrontShare)));
  const explanation: string[] = [];
  const share = `${new Decimal(p.upFrontShare).times(100).toString()}%`;
  if (works === 'other') {
    explanation.push(
      `Diversions are charged in full: ${gbp(full)}. The NRSWA discounts apply only to diversions for major transport, highway or bridge works.`,
    );
  } else if (!paysUpFront) {
    explanation.push(
      `No discount: the discount needs ${share} of the discounted estimate to be paid up front, so the full ${gbp(full)} is charged.`,
    );
  } else {
    const pct = `${rate.times(100).toString()}%`;
    explanation.push(
      `${pct} discount: ${gbp(full)} × (1 − ${pct}) = ${gbp(discountedRounded)}`,
      `Up front: ${share} × ${gbp(discountedRounded)} = ${gbp(upFrontRounded)}; the remaining ${gbp(discountedRounded.minus(upFrontRounded))} is paid at the end.`,
    );
  }
  return {
    estimate: money(full),
    discountRate: rate.toString(),
    discountedEstimate: money(discountedRounded),
    upFront: money(upFrontRounded),
    atCompletion: money(discountedRounded.minus(upFrontRounded)),
    explanation,
    citation: p.citation,
  };
}

export interface Reconciliation {
  /** Positive: the customer pays more; negative: a refund; zero: nothing changes hands. */
  balance: string;
  explanation: string;
  citation: string;
}

/** Final reconciliation: an actual cost within £100 below the estimate gives no refund. */
export function reconcileDiversion(
  estimated: string,
  actual: string,
  p: DiversionParameters,
): Reconciliation {
  const est = new Decimal(estimated);
  const act = new Decimal(actual);
  const diff = act.minus(est);
  if (diff.gt(0)) {
    return {
      balance: money(diff),
      explanation: `The actual cost is ${gbp(diff)} above the estimate: diversions are charged in full, so that is payable at reconciliation.`,
      citation: p.citation,
    };
  }
  if (diff.abs().lte(p.reconciliationThreshold)) {
    return {
      balance: '0.00',
      explanation: `The actual cost is ${gbp(diff.abs())} below the estimate, within ${gbp(new Decimal(p.reconciliationThreshold))}, so no refund applies.`,
      citation: p.citation,
    };
  }
  return {
    balance: money(diff),
    explanation: `The actual cost is ${gbp(diff.abs())} below the estimate, more than ${gbp(new Decimal(p.reconciliationThreshold))}, so that amount is refunded.`,
    citation: p.citation,
  };
}
