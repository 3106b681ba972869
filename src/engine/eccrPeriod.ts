import type { IsoDate, RuleParameters } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Adds whole years to an ISO date; 29 February becomes 1 March in a non-leap year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`Not an ISO date: ${date}`);
  let year = Number(m[1]) + years;
  let month = Number(m[2]);
  let day = Number(m[3]);
  if (day > daysInMonth(year, month)) {
    day = 1;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The ECCR prescribed period for an earlier connection (001 §4.43–4.44): the first entry whose
 * `firstConnectedBefore` is after the first connection date, or that has none.
 */
export function eccrPeriodYears(
  periods: RuleParameters['eccrPeriods'],
  firstConnectionDate: IsoDate,
): number | null {
  const match = periods.find(
    (p) => !p.firstConnectedBefore || firstConnectionDate < p.firstConnectedBefore,
  );
  return match ? match.years : null;
}

/** Whether an application on `applicationDate` falls inside the period (the end date is excluded). */
export function isWithinEccrPeriod(
  applicationDate: IsoDate,
  firstConnectionDate: IsoDate,
  years: number,
): boolean {
  return (
    applicationDate >= firstConnectionDate && applicationDate < addYears(firstConnectionDate, years)
  );
}
