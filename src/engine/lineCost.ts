import type Decimal from 'decimal.js';
import { ZERO, formatMoney, formatNumber, parseDecimal, penceToMoney, toPence } from './decimal';
import { lineRecord, type LineRecord } from './lineRecord';
import type { CostLineInput, Money, Range } from './types';

/** A line's cost in each scenario, worked out once per line object (the UI replaces edited lines). */
export interface LineCost {
  isPoa: boolean;
  /** quantity × unit price at full precision: low, expected, high. */
  exact: [Decimal, Decimal, Decimal];
  /** The same rounded to whole pence. */
  pence: [bigint, bigint, bigint];
  money: Range<Money>;
  /** "2 × £1,500.00 = £3,000.00" for the expected scenario: words for "Why?", built when asked. */
  formula: () => string;
}

/**
 * The cost of a line in the low, expected and high scenarios: a fixed price is the same in
 * all three, a range's expected defaults to its midpoint, a POA line costs zero and is listed
 * separately (001 §7). Assumes the line passed validation.
 */
export function lineCost(line: CostLineInput, record: LineRecord = lineRecord(line)): LineCost {
  if (record.cost) return record.cost as LineCost;
  const value = computeLineCost(line);
  record.cost = value;
  return value;
}

function computeLineCost(line: CostLineInput): LineCost {
  const price = line.unitPrice;
  if (price.kind === 'poa') {
    return {
      isPoa: true,
      exact: [ZERO, ZERO, ZERO],
      pence: [0n, 0n, 0n],
      money: { low: '0.00', expected: '0.00', high: '0.00' },
      formula: () => 'Price on application: excluded from the totals',
    };
  }
  const quantity = parseDecimal(line.quantity) ?? ZERO;
  let unit: [Decimal, Decimal, Decimal];
  if (price.kind === 'fixed') {
    const amount = parseDecimal(price.amount) ?? ZERO;
    unit = [amount, amount, amount];
  } else {
    const low = parseDecimal(price.low) ?? ZERO;
    const high = parseDecimal(price.high) ?? ZERO;
    const given =
      price.expected == null || price.expected.trim() === '' ? null : parseDecimal(price.expected);
    unit = [low, given ?? low.plus(high).div(2), high];
  }
  const exact = unit.map((u) => quantity.times(u)) as [Decimal, Decimal, Decimal];
  const pence = exact.map((e) => toPence(e)) as [bigint, bigint, bigint];
  const money = {
    low: penceToMoney(pence[0]),
    expected: penceToMoney(pence[1]),
    high: penceToMoney(pence[2]),
  };
  const formula = () => {
    const range =
      price.kind === 'range'
        ? ` (expected price; range ${formatMoney(unit[0])}–${formatMoney(unit[2])})`
        : '';
    return `${formatNumber(quantity)} ${line.unit} × ${formatMoney(unit[1])}${range} = ${formatMoney(pence[1])}`;
  };
  return { isPoa: false, exact, pence, money, formula };
}
