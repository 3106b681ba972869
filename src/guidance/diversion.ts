/**
 * NRSWA diversion estimate (002 §5.3.2): diversions are charged in full, with a discount of
 * 7.5 % for major transport works (not roads or bridges) or 18 % for major highway/road or
 * bridge works, provided 75 % of the discounted estimate is paid up front; otherwise no
 * discount. At completion, a reconciliation within £100 of the estimate gives no refund.
 */
import Decimal from 'decimal.js';

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

const money = (d: Decimal): string => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

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
  const discounted = full.times(new Decimal(1).minus(rate));
  const upFront = rate.isZero() ? new Decimal(0) : discounted.times(p.upFrontShare);
  const discountedRounded = new Decimal(money(discounted));
  const upFrontRounded = new Decimal(money(upFront));
  const explanation: string[] = [];
  if (works === 'other') {
    explanation.push(
      'Diversions are charged in full; the NRSWA discounts apply only to major transport, highway or bridge works.',
    );
  } else if (!paysUpFront) {
    explanation.push(
      'No discount: the discount needs 75 % of the discounted estimate to be paid up front.',
    );
  } else {
    const pct = rate.times(100).toString();
    explanation.push(
      `${pct}% discount: ${money(full)} × (1 − ${pct}%) = ${money(discounted)}`,
      `Up front: 75% × ${money(discounted)} = ${money(upFront)}; the remainder ${money(discountedRounded.minus(upFrontRounded))} is paid at the end.`,
    );
  }
  return {
    estimate: money(full),
    discountRate: rate.toString(),
    discountedEstimate: money(discounted),
    upFront: money(upFront),
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
      explanation: `The actual cost is ${money(diff)} above the estimate, payable at reconciliation.`,
      citation: p.citation,
    };
  }
  if (diff.abs().lte(p.reconciliationThreshold)) {
    return {
      balance: '0.00',
      explanation: `The actual cost is within £${p.reconciliationThreshold} of the estimate, so no refund applies.`,
      citation: p.citation,
    };
  }
  return {
    balance: money(diff),
    explanation: `The actual cost is ${money(diff.abs())} below the estimate, more than £${p.reconciliationThreshold}, so that amount is refunded.`,
    citation: p.citation,
  };
}
