import Decimal from 'decimal.js';
import type { Money, Range } from '../../engine/types';

/**
 * Format pounds as en-GB currency ("£1,234.56", "-£12.00") from a decimal string, without
 * passing money through a float (DESIGN §2). The output matches `Intl.NumberFormat('en-GB',
 * { style: 'currency', currency: 'GBP' })` and uses only ASCII and `£`, which jsPDF prints.
 */
export function formatMoney(amount: Money): string {
  const value = new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const isNegative = value.isNegative() && !value.isZero();
  const [whole = '0', pence = '00'] = value.abs().toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${isNegative ? '-' : ''}£${grouped}.${pence}`;
}

/** "£1,000.00" when low equals high, else "£1,000.00 – £2,000.00". */
export function formatMoneySpan(low: Money, high: Money): string {
  return new Decimal(low).equals(high)
    ? formatMoney(low)
    : `${formatMoney(low)} – ${formatMoney(high)}`;
}

export function isZeroRange(range: Range<Money>): boolean {
  return (
    new Decimal(range.low).isZero() &&
    new Decimal(range.expected).isZero() &&
    new Decimal(range.high).isZero()
  );
}

/** A money string normalised to two decimal places, for spreadsheets ("1234.50"). */
export function plainMoney(amount: Money): string {
  return new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}
