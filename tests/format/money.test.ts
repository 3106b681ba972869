import { describe, expect, it } from 'vitest';
import {
  formatDecimal,
  formatMoney,
  formatMoneyRange,
  isZeroMoney,
  isZeroRange,
} from '../../src/format/money';

describe('en-GB money', () => {
  it('formats decimal strings as pounds and pence', () => {
    expect(formatMoney('64900')).toBe('£64,900.00');
    expect(formatMoney('1234.5')).toBe('£1,234.50');
    expect(formatMoney('0')).toBe('£0.00');
    expect(formatMoney('64900', { wholePounds: true })).toBe('£64,900');
  });

  it('is the one formatter: pence when needed, and a chart’s own numbers', () => {
    expect(formatMoney('2350', { penceWhenNeeded: true })).toBe('£2,350');
    expect(formatMoney('2350.00', { penceWhenNeeded: true })).toBe('£2,350');
    expect(formatMoney('1234.5', { penceWhenNeeded: true })).toBe('£1,234.50');
    expect(formatMoney(1234.5)).toBe('£1,234.50');
    expect(formatMoney(1234.5, { wholePounds: true })).toBe('£1,235');
  });

  it('is the one “is zero”: any zero written as text, and nothing else', () => {
    for (const zero of ['0', '0.00', '00.0', '-0.00', '.0']) expect(isZeroMoney(zero)).toBe(true);
    for (const other of ['0.01', '-0.01', '10', '', 'abc']) expect(isZeroMoney(other)).toBe(false);
    expect(isZeroRange({ low: '0.00', expected: '0', high: '0.00' })).toBe(true);
    expect(isZeroRange({ low: '0.00', expected: '0', high: '5.00' })).toBe(false);
  });

  it('keeps every digit of a large figure (no float on the way)', () => {
    expect(formatMoney('12345678901234567.89')).toBe('£12,345,678,901,234,567.89');
  });

  it('shows anything that is not a decimal as given, not as zero', () => {
    expect(formatMoney('abc')).toBe('abc');
  });

  it('formats ranges and plain decimals', () => {
    expect(formatMoneyRange('1000', '1500')).toBe('£1,000.00 – £1,500.00');
    expect(formatMoneyRange('5', '5')).toBe('£5.00');
    expect(formatDecimal('15400.25')).toBe('15,400.25');
  });
});
