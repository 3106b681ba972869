import { describe, expect, it } from 'vitest';
import { isIsoDate, isMoneyText, isRealDate } from '../../src/estimate-file/milestoneValues';

describe('what a key date and the quoted figure may hold', () => {
  it.each([
    ['2026-03-31', true],
    ['2028-02-29', true],
    ['0050-06-01', true], // Date.UTC would read the year 50 as 1950
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['123456-01-01', false], // a date box without a max takes six-digit years
    ['26-03-31', false],
    ['', false],
  ])('date %s: %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it('a real calendar day, whatever the year', () => {
    expect(isRealDate('0001-01-01')).toBe(true);
    expect(isRealDate('1900-02-29')).toBe(false);
  });

  it.each([
    ['0', true],
    ['70000', true],
    ['99.50', true],
    ['123456789012345', true],
    ['1234567890123456', false],
    ['1.1234567890', true],
    ['1.12345678901', false],
    ['-5', false],
    ['1e9', false],
  ])('figure %s: %s', (text, expected) => {
    expect(isMoneyText(text)).toBe(expected);
  });
});
