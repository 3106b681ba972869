import { describe, expect, it } from 'vitest';
import {
  APPLICATION_CHECKLIST,
  isLikelyInteractive,
  offerValidity,
  pointOfConnectionOfferStandard,
} from '../../src/guidance/timescales';

describe('what happens next (001 §2.32, §2.14, §3.2)', () => {
  it.each([
    ['demand', 'LV', 15, '001 §2.32(a)'],
    ['generation', 'LV', 30, '001 §2.32(b)'],
    ['storage', 'LV', 30, '001 §2.32(b)'],
    ['demand', 'HV', 20, '001 §2.32(c)'],
    ['generation', 'HV', 50, '001 §2.32(d)'],
    ['demand', 'EHV', 50, '001 §2.32(e)'],
    ['generation', 'EHV', 65, '001 §2.32(f)'],
    ['demand', '132kV', 65, '001 §2.32(f)'],
  ] as const)('%s at %s: %i working days', (type, voltage, days, citation) => {
    expect(pointOfConnectionOfferStandard(type, voltage)).toMatchObject({
      workingDays: days,
      citation,
    });
  });

  it('is interactive only above 1 MVA', () => {
    expect(isLikelyInteractive('1000')).toBe(false);
    expect(isLikelyInteractive('1000.1')).toBe(true);
  });

  it('offers last 90 days, or 30 when interactive', () => {
    expect(offerValidity(false).days).toBe(90);
    expect(offerValidity(true).days).toBe(30);
  });

  it('the checklist cites 001 §2.7 for every item', () => {
    expect(APPLICATION_CHECKLIST.length).toBeGreaterThanOrEqual(10);
    expect(APPLICATION_CHECKLIST.every((i) => i.citation === '001 §2.7')).toBe(true);
  });
});
