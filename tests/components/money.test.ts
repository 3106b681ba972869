import { describe, expect, it } from 'vitest';
import { formatDecimal, formatMoney, formatMoneyRange } from '../../src/format/money';

describe('en-GB money', () => {
  it('formats decimal strings as pounds and pence', () => {
    expect(formatMoney('64900')).toBe('£64,900.00');
    expect(formatMoney('1234.5')).toBe('£1,234.50');
    expect(formatMoney('0')).toBe('£0.00');
    expect(formatMoney('64900', { wholePounds: true })).toBe('£64,900');
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
