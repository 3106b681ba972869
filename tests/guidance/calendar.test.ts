import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkingDays,
  daysBetween,
  longDate,
} from '../../src/guidance/calendar';

describe('calendar arithmetic on ISO dates', () => {
  it('counts working days Monday to Friday', () => {
    // Thursday 5 March 2026 + 15 working days = Thursday 26 March.
    expect(addWorkingDays('2026-03-05', 15)).toBe('2026-03-26');
    // Friday + 1 working day = Monday.
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
    // Saturday + 1 working day = Monday.
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-05', 0)).toBe('2026-03-05');
  });

  it('adds days and months, clamping to the month end', () => {
    expect(addDays('2026-03-05', 90)).toBe('2026-06-03');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('days between and long dates', () => {
    expect(daysBetween('2026-03-05', '2026-03-04')).toBe(-1);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(longDate('2026-03-05')).toBe('5 March 2026');
  });

  it('refuses a date that is not one, in plain words', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(/not a real calendar date/);
    expect(() => addDays('5/3/2026', 1)).toThrow(/YYYY-MM-DD/);
  });
});
