/**
 * The library's "Next date" for a draft: the quotation's expiry (with a warning in its last
 * two weeks, or once it has passed) until it is accepted, then the works dates. The validity
 * periods come from the statement the draft names, once it is loaded (src/application/milestones.ts).
 */
import { nextDate } from '../../application/milestones';
import type { IsoDate } from '../../engine/types';
import type { EstimateFile } from '../../estimate-file/types';
import { daysBetween, longDate } from '../../guidance/calendar';
import type { StatementFile } from '../../statements/types';

export interface NextDateText {
  what: string;
  dateText: string;
  warning: 'expires-soon' | 'expired' | null;
  warningText: string | null;
}

export type NextDateFn = (file: EstimateFile) => NextDateText | null;

export function nextDateWith(
  statementFor: (id: string) => Pick<StatementFile, 'parameters'> | null,
  today: () => IsoDate,
): NextDateFn {
  return (file) => {
    const m = file.application?.milestones;
    if (!m) return null;
    const now = today();
    const next = nextDate(m, statementFor(file.statementId), now);
    if (!next) return null;
    const left = daysBetween(now, next.date);
    return {
      what: next.what,
      dateText: longDate(next.date),
      warning: next.warning,
      warningText:
        next.warning === 'expired'
          ? 'expired'
          : next.warning === 'expires-soon'
            ? left === 0
              ? 'expires today'
              : `expires in ${left} day${left === 1 ? '' : 's'}`
            : null,
    };
  };
}
