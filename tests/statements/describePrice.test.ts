import { describe, expect, it } from 'vitest';
import {
  describePrice,
  describePriceWithUnit,
  formatPounds,
} from '../../src/statements/describePrice';

describe('describePrice', () => {
  it.each([
    [{ min: '2350', max: '3620' }, '£2,350–£3,620'],
    [{ min: '800', max: '800' }, '£800'],
    [{ min: '0', max: '150', minIsNotApplicable: true }, 'n/a–£150'],
    [{ poa: true as const }, 'POA'],
    [{ poa: true as const, from: '15400' }, 'from £15,400 (max POA)'],
    [{ poa: true as const, upTo: '19480' }, 'POA (up to £19,480)'],
    [{ min: '149292', max: '1234567.5' }, '£149,292–£1,234,567.50'],
  ])('%j → %s', (cell, text) => {
    expect(describePrice(cell)).toBe(text);
  });

  it('adds the unit in words', () => {
    expect(describePriceWithUnit({ min: '55', max: '80' }, 'm')).toBe('£55–£80 per metre');
    expect(describePriceWithUnit({ poa: true }, 'per day')).toBe('POA per day');
    expect(formatPounds('1000')).toBe('£1,000');
  });
});
