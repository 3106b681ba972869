/**
 * en-GB money formatting. Money stays a decimal string end to end: Intl.NumberFormat
 * formats a numeric *string* exactly (ECMA-402 "Intl mathematical value"), so no float
 * ever touches a figure on its way to the screen.
 */
import type { Money, Range } from '../engine/types';

const pence = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

const pounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

const penceWhenNeeded = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  trailingZeroDisplay: 'stripIfInteger',
});

const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 });

// TypeScript's ES2022 lib types `format` as taking a number; the runtime accepts strings.
type StringFormat = (value: string) => string;

const MONEY_PATTERN = /^-?\d+(\.\d+)?$/;

/**
 * The one money formatter: "1234.5" → "£1,234.50"; `wholePounds` → "£1,235";
 * `penceWhenNeeded` → "£2,350" but "£1,234.50". A chart's own numbers (axis ticks, tooltips)
 * come as numbers. Anything that is not a decimal string is shown as given.
 */
export function formatMoney(
  value: Money | number,
  options: { wholePounds?: boolean; penceWhenNeeded?: boolean } = {},
): string {
  const fmt = options.wholePounds ? pounds : options.penceWhenNeeded ? penceWhenNeeded : pence;
  if (typeof value === 'number') return fmt.format(value);
  const v = value.trim();
  if (!MONEY_PATTERN.test(v)) return value;
  return (fmt.format.bind(fmt) as StringFormat)(v);
}

const ZERO = /^[-+]?(0+(\.0*)?|\.0+)$/;

/** The one "is zero" for money and quantities as text: "0", "0.00", "-0.00". */
export function isZeroMoney(value: Money): boolean {
  return ZERO.test(value.trim());
}

/** A range that is zero at every end (a total row with nothing in it). */
export function isZeroRange(range: Range<Money>): boolean {
  return isZeroMoney(range.low) && isZeroMoney(range.expected) && isZeroMoney(range.high);
}

/** "£1,000.00 – £1,500.00", or a single figure when low equals high. */
export function formatMoneyRange(low: Money, high: Money): string {
  if (low === high) return formatMoney(low);
  return `${formatMoney(low)} – ${formatMoney(high)}`;
}

/** A plain decimal with thousands separators: "1234.5" → "1,234.5". */
export function formatDecimal(value: string): string {
  const v = value.trim();
  if (!MONEY_PATTERN.test(v)) return value;
  return (plain.format.bind(plain) as StringFormat)(v);
}
