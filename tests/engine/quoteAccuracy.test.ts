import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { checkQuoteBand, itemBand } from '../../src/engine/quoteAccuracy';

const money = fc
  .tuple(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 99 }))
  .map(([w, p]) => `${w}.${String(p).padStart(2, '0')}`);
const quantity = fc
  .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 9 }))
  .map(([w, f]) => `${w}.${f}`);
const item = fc
  .tuple(quantity, money, money)
  .map(([q, a, b]) =>
    new Decimal(a).lte(b) ? { quantity: q, min: a, max: b } : { quantity: q, min: b, max: a },
  );
const tolerance = { rate: '0.05', minimum: '150' };

describe('the Quotation Accuracy Scheme arithmetic (001 §7.10)', () => {
  it('takes the greater of 5 % and £150 at each edge of the band', () => {
    // £4,000–£6,000: 5 % is £200 below and £300 above, both over £150.
    const c = checkQuoteBand([{ quantity: '2', min: '2000', max: '3000' }], '6300.01', tolerance);
    expect(c).toEqual({
      bandMin: '4000.00',
      bandMax: '6000.00',
      toleranceBelow: '200.00',
      toleranceAbove: '300.00',
      lowerLimit: '3800.00',
      upperLimit: '6300.00',
      quoted: '6300.01',
      position: 'above',
      outsideBy: '0.01',
    });
    expect(
      checkQuoteBand([{ quantity: '1', min: '100', max: '200' }], '0', tolerance),
    ).toMatchObject({
      lowerLimit: '-50.00',
      upperLimit: '350.00',
      position: 'within',
      outsideBy: '0.00',
    });
  });

  it('refuses a band with an item priced on application', () => {
    expect(itemBand({ quantity: '1', min: null, max: null })).toBeNull();
    expect(() =>
      checkQuoteBand([{ quantity: '1', min: null, max: null }], '1', tolerance),
    ).toThrow();
  });

  it('the band is the sum of the items’ bands, and a quote is within exactly between the limits', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), money, (items, quoted) => {
        const c = checkQuoteBand(items, quoted, tolerance);
        const sum = (pick: 'low' | 'high') =>
          items.reduce((a, i) => a.plus(itemBand(i)![pick]), new Decimal(0)).toFixed(2);
        expect(c.bandMin).toBe(sum('low'));
        expect(c.bandMax).toBe(sum('high'));
        expect(new Decimal(c.toleranceAbove).gte(150)).toBe(true);
        // To the penny: the tolerance is rounded as every figure is.
        const fivePercent = new Decimal(c.bandMax).times('0.05').toFixed(2);
        expect(new Decimal(c.toleranceAbove).gte(fivePercent)).toBe(true);
        const q = new Decimal(quoted);
        const inside = q.gte(c.lowerLimit) && q.lte(c.upperLimit);
        expect(c.position === 'within').toBe(inside);
        if (c.position === 'above') expect(q.minus(c.upperLimit).toFixed(2)).toBe(c.outsideBy);
        if (c.position === 'below')
          expect(new Decimal(c.lowerLimit).minus(q).toFixed(2)).toBe(c.outsideBy);
      }),
    );
  });
});
