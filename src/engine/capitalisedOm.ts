import type Decimal from 'decimal.js';
import { D, EngineInputError, ONE, formatNumber, toDec } from './decimal';
import type { OmParameters } from './types';

/**
 * The factor that turns a capital cost into a one-off capitalised O&M charge.
 * - percentage (001 §4.14, §6.2): the rate itself, e.g. 0.24.
 * - annuity (002 §2.1(e)): the present value of an annual O&M rate over the assets' life at the
 *   cost of capital, annualRate × (1 − (1 + r)^−n) / r; with r = 0 it is annualRate × n.
 */
export function omFactor(om: OmParameters): Decimal {
  if (om.method === 'percentage') {
    const rate = toDec(om.rate, 'The O&M percentage');
    if (rate.isNegative())
      throw new EngineInputError('om.negative', 'The O&M rate cannot be negative.');
    return rate;
  }
  const annual = toDec(om.annualRate, 'The annual O&M rate');
  const life = toDec(om.lifeYears, 'The asset life');
  const r = toDec(om.costOfCapital, 'The cost of capital');
  if (annual.isNegative() || r.isNegative()) {
    throw new EngineInputError(
      'om.negative',
      'The O&M rate and cost of capital cannot be negative.',
    );
  }
  if (!life.greaterThan(0))
    throw new EngineInputError(
      'om.life.notPositive',
      'The asset life must be more than zero years.',
    );
  if (r.isZero()) return annual.times(life);
  const discount = ONE.minus(ONE.plus(r).pow(life.negated()));
  return annual.times(discount).div(r);
}

/** Capitalised O&M on a capital cost, full precision (callers round to pence). */
export function capitalisedOm(cost: Decimal.Value, om: OmParameters): Decimal {
  return toDec(cost, 'The capital cost').times(omFactor(om));
}

/** The O&M formula in words and numbers, for explanations. */
export function describeOm(om: OmParameters, base: string, result: string): string {
  if (om.method === 'percentage') {
    return `${formatNumber(new D(om.rate).times(100), 2)}% × ${base} = ${result}`;
  }
  return `${formatNumber(new D(om.annualRate).times(100), 3)}% a year × ${base} × (1 − (1 + ${om.costOfCapital})^−${om.lifeYears}) / ${om.costOfCapital} = ${result}`;
}
