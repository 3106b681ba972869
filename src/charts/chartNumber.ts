/**
 * The one place engine money (decimal strings) becomes a JavaScript number: chart geometry
 * needs numbers, and bar heights to a fraction of a penny are invisible anyway. Nothing
 * computed from these numbers is ever shown as money; labels and tables use the strings.
 */
import Decimal from 'decimal.js';
import type { Money } from '../engine/types';

export function chartNumber(value: Money): number {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
}

/** Sums money strings exactly, for totals the charts show in words and tables. */
export function sumMoney(values: readonly Money[]): Money {
  return values.reduce((acc, v) => acc.plus(new Decimal(v)), new Decimal(0)).toFixed(2);
}

export { isZeroMoney } from '../format/money';
