import Decimal from 'decimal.js';
import type { Money } from '../../engine/types';
import { formatMoney, isZeroRange } from '../../format/money';

// The app's en-GB formatter: Intl output uses only ASCII and `£`, which jsPDF's built-in fonts print.
export { formatMoney, isZeroRange };

/** "£1,000.00" when low equals high, else "£1,000.00 – £2,000.00". */
export function formatMoneySpan(low: Money, high: Money): string {
  return new Decimal(low).equals(high)
    ? formatMoney(low)
    : `${formatMoney(low)} – ${formatMoney(high)}`;
}

/** A money string normalised to two decimal places, for spreadsheets ("1234.50"). */
export function plainMoney(amount: Money): string {
  return new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}
