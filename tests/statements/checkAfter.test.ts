import { describe, expect, it } from 'vitest';
import {
  checkAfterMessage,
  formatLongDate,
  isPastCheckAfter,
} from '../../src/statements/checkAfter';

describe('check-after date (001 footer: "valid at 23/11/25, check after this date")', () => {
  const statement = { checkAfter: '2025-11-23' };

  it('is past only after the date', () => {
    expect(isPastCheckAfter(statement, '2025-11-22')).toBe(false);
    expect(isPastCheckAfter(statement, '2025-11-23')).toBe(false);
    expect(isPastCheckAfter(statement, '2025-11-24')).toBe(true);
    expect(isPastCheckAfter(statement, '2026-01-01')).toBe(true);
    expect(isPastCheckAfter({ checkAfter: null }, '2099-01-01')).toBe(false);
  });

  it('says so in plain words', () => {
    expect(checkAfterMessage(statement)).toBe(
      'This statement says to check for a newer version after 23 November 2025',
    );
    expect(checkAfterMessage({ checkAfter: null })).toBeNull();
    expect(formatLongDate('2008-10-09')).toBe('9 October 2008');
  });
});
