import type { IsoDate } from '../engine/types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "2025-11-23" → "23 November 2025" (en-GB long date). Parsed by hand so that no time zone
 * can move the day (a `Date` built from an ISO date is UTC midnight, which some zones print
 * as the day before). Anything that is not an ISO date is returned unchanged.
 */
export function formatLongDate(date: IsoDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return date;
  return `${Number(match[3])} ${month} ${match[1]}`;
}
