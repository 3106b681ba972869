/**
 * The "check after" date: 001's footer says "This printed document is valid at 23/11/25,
 * check after this date for validity". The app passes `today` in; nothing here reads the clock.
 */
import type { IsoDate } from '../engine/types';
import type { StatementFile } from './types';
import { formatLongDate } from '../format/formatLongDate';

export { formatLongDate };

/** True when `today` is after the statement's check-after date (ISO dates compare as strings). */
export function isPastCheckAfter(
  statement: Pick<StatementFile, 'checkAfter'>,
  today: IsoDate,
): boolean {
  return statement.checkAfter !== null && today > statement.checkAfter;
}

/** "This statement says to check for a newer version after 23 November 2025". */
export function checkAfterMessage(statement: Pick<StatementFile, 'checkAfter'>): string | null {
  return statement.checkAfter === null
    ? null
    : `This statement says to check for a newer version after ${formatLongDate(statement.checkAfter)}`;
}
