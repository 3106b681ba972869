/**
 * The engine's own Decimal constructor and the number helpers every rule uses.
 *
 * A clone keeps the engine's precision and rounding independent of anything else in the app
 * that configures decimal.js. Rounding is half-up to whole pence; totals are sums of rounded lines.
 */
import Decimal from 'decimal.js';

export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export const ZERO = new D(0);
export const ONE = new D(1);
export const HUNDRED = new D(100);

/** A plain decimal written with digits and at most one point, optionally signed. */
const DECIMAL_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/** Parses a decimal string; null when it is not a plain finite number (no commas, no exponents). */
export function parseDecimal(value: unknown): Decimal | null {
  if (typeof value === 'number') return Number.isFinite(value) ? new D(value) : null;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!DECIMAL_PATTERN.test(trimmed)) return null;
  return new D(trimmed);
}

/** Converts a value a caller hands to a helper; throws a plain-words error if it is not a number. */
export function toDec(value: Decimal.Value, what: string): Decimal {
  if (value instanceof Decimal) return new D(value);
  if (typeof value === 'bigint') return new D(value.toString());
  const d = parseDecimal(value);
  if (d === null) {
    throw new EngineInputError(
      'number.unparsable',
      `${what} must be a number, not "${String(value)}".`,
    );
  }
  return d;
}

/** An impossible input found by a helper: a stable code and a message in plain words. */
export class EngineInputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'EngineInputError';
  }
}

/** Rounds pounds to whole pence, half-up, as an integer number of pence. */
export function toPence(pounds: Decimal): bigint {
  return BigInt(pounds.times(100).toDecimalPlaces(0, D.ROUND_HALF_UP).toFixed(0));
}

/** Whole pence as a money string with two decimals, e.g. 123456n → "1234.56". */
export function penceToMoney(pence: bigint): string {
  const negative = pence < 0n;
  const abs = negative ? -pence : pence;
  const pounds = abs / 100n;
  const p = abs % 100n;
  return `${negative ? '-' : ''}${pounds.toString()}.${p.toString().padStart(2, '0')}`;
}

export function penceToDec(pence: bigint): Decimal {
  return new D(pence.toString()).div(100);
}

/** Money for explanations: "£19,342.11". */
export function formatMoney(pounds: Decimal | bigint): string {
  const pence = typeof pounds === 'bigint' ? pounds : toPence(pounds);
  const text = penceToMoney(pence < 0n ? -pence : pence);
  const [whole = '0', frac = '00'] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${pence < 0n ? '−' : ''}£${grouped}.${frac}`;
}

/** A quantity for explanations: trailing zeros removed, at most `dp` decimals. */
export function formatNumber(value: Decimal, dp = 4): string {
  return value.toDecimalPlaces(dp, D.ROUND_HALF_UP).toString();
}

/** A fraction 0–1 as a percentage with one decimal place: 0.79365 → "79.4". */
export function percentOneDp(fraction: Decimal): string {
  return fraction.times(100).toFixed(1, D.ROUND_HALF_UP);
}

export function minDec(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function maxDec(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}

/** A money string with two decimals back to whole pence: "1234.56" → 123456n. */
export function moneyToPence(money: string): bigint {
  const negative = money.startsWith('-');
  const [whole = '0', frac = ''] = (negative ? money.slice(1) : money).split('.');
  const pence = BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2));
  return negative ? -pence : pence;
}
