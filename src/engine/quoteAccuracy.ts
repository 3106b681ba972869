/**
 * The arithmetic of the Quotation Accuracy Scheme check (001 §7.8–7.12): the band of
 * indicative costs of a quote's items (each item's quantity times its statement row's
 * minimum and maximum, 001 §7.9 tables F1 and F2), the tolerance around each edge of the
 * band (001 §7.10: "within 5% or £150 (whichever is greater)", the figures given by the
 * statement's parameters) and where a quoted charge falls. Pure: the quote checker words and
 * shows these figures and computes none.
 */
import Decimal from 'decimal.js';
import type { DecimalString, Money } from './types';

export interface QuoteItemPrices {
  quantity: DecimalString;
  /** The statement's indicative charge per unit; null where the row is priced on application. */
  min: Money | null;
  max: Money | null;
}

export interface QuoteTolerance {
  /** The percentage tolerance as a fraction, e.g. "0.05" for 5 %. */
  rate: DecimalString;
  /** The minimum tolerance in pounds, e.g. "150". */
  minimum: Money;
}

export interface QuoteBandCheck {
  bandMin: Money;
  bandMax: Money;
  /** The tolerance below the band's minimum and above its maximum: the greater of rate × edge and the minimum. */
  toleranceBelow: Money;
  toleranceAbove: Money;
  lowerLimit: Money;
  upperLimit: Money;
  quoted: Money;
  /** Where the quote falls: outside the limits, a customer may enter the scheme (001 §7.11). */
  position: 'within' | 'above' | 'below';
  /** How far the quote is outside the limit it passes; "0.00" within. */
  outsideBy: Money;
}

const pounds = (d: Decimal): Money => d.toFixed(2);

/** One item's band: its quantity times the row's minimum and maximum; null where priced on application. */
export function itemBand(item: QuoteItemPrices): { low: Money; high: Money } | null {
  if (item.min === null || item.max === null) return null;
  const q = new Decimal(item.quantity);
  return { low: pounds(q.times(item.min)), high: pounds(q.times(item.max)) };
}

/** The tolerance around one edge of the band: the greater of the rate of it and the minimum. */
function toleranceAt(edge: Decimal, t: QuoteTolerance): Decimal {
  return Decimal.max(edge.abs().times(t.rate), new Decimal(t.minimum));
}

/**
 * The band of priced items, its tolerances and limits, and where `quoted` falls. Every item
 * must be priced (`itemBand` not null); an item priced on application leaves no band.
 */
export function checkQuoteBand(
  items: readonly QuoteItemPrices[],
  quoted: DecimalString,
  tolerance: QuoteTolerance,
): QuoteBandCheck {
  let bandMin = new Decimal(0);
  let bandMax = new Decimal(0);
  for (const item of items) {
    const band = itemBand(item);
    if (!band) throw new Error('an item priced on application has no band');
    bandMin = bandMin.plus(band.low);
    bandMax = bandMax.plus(band.high);
  }
  const tolBelow = toleranceAt(bandMin, tolerance);
  const tolAbove = toleranceAt(bandMax, tolerance);
  const lower = bandMin.minus(tolBelow);
  const upper = bandMax.plus(tolAbove);
  const q = new Decimal(quoted);
  const position = q.gt(upper) ? 'above' : q.lt(lower) ? 'below' : 'within';
  const outsideBy =
    position === 'above' ? q.minus(upper) : position === 'below' ? lower.minus(q) : new Decimal(0);
  return {
    bandMin: pounds(bandMin),
    bandMax: pounds(bandMax),
    toleranceBelow: pounds(tolBelow),
    toleranceAbove: pounds(tolAbove),
    lowerLimit: pounds(lower),
    upperLimit: pounds(upper),
    quoted: pounds(q),
    position,
    outsideBy: pounds(outsideBy),
  };
}
