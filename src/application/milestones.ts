/**
 * The project's key dates after applying, and which comes next. A Connection Offer is open
 * for acceptance for the statement's Validity Period from the date on the letter (001 §3.2:
 * ninety days); once the operator gives notice that the application is interactive, an open
 * offer with more than the interactive period left is cut to that period from the notice
 * (001 §2.14: thirty days). The periods come from the statement's `parameters`
 * (quoteValidityDays, interactiveValidityDays; offerValidityMonths for statements that give
 * months), never from literals here.
 */
import type { IsoDate } from '../engine/types';
import type { Milestones } from '../estimate-file/applicationTypes';
import { addDays, addMonths, daysBetween } from '../guidance/calendar';
import { integerParameter } from '../guidance/statementParameters';
import type { StatementFile } from '../statements/types';

type Params = Pick<StatementFile, 'parameters'> | null | undefined;

export interface QuotationExpiry {
  validUntil: IsoDate;
  /** In plain words, with the statement's periods. */
  explanation: string;
  citation: string;
}

/** When the quotation stops being open for acceptance, or null when it cannot be said. */
export function quotationExpiry(m: Milestones, statement: Params): QuotationExpiry | null {
  if (!m.quotationDate) return null;
  const days = integerParameter(statement, 'quoteValidityDays');
  const months = integerParameter(statement, 'offerValidityMonths');
  let normal: QuotationExpiry;
  if (days) {
    normal = {
      validUntil: addDays(m.quotationDate, days.value),
      explanation: `Open for acceptance for ${days.value} days from the date on the letter.`,
      citation: days.citation,
    };
  } else if (months) {
    normal = {
      validUntil: addMonths(m.quotationDate, months.value),
      explanation: `Open for acceptance for ${months.value} months from the date of issue.`,
      citation: months.citation,
    };
  } else return null;

  const interactive = integerParameter(statement, 'interactiveValidityDays');
  if (m.interactiveNoticeOn && interactive) {
    const cut = addDays(m.interactiveNoticeOn, interactive.value);
    // Only where more than the interactive period is still outstanding (001 §2.14).
    if (daysBetween(cut, normal.validUntil) > 0) {
      return {
        validUntil: cut,
        explanation: `${normal.explanation} The application became interactive, so its validity was cut to ${interactive.value} days from the notice.`,
        citation: `${normal.citation}, ${interactive.citation}`,
      };
    }
  }
  return normal;
}

export interface NextDate {
  date: IsoDate;
  what: string;
  /** A quotation about to lapse or lapsed: the library warns. */
  warning: 'expires-soon' | 'expired' | null;
}

/** Days before the expiry from which the library warns. */
export const EXPIRY_WARNING_DAYS = 14;

/**
 * The next thing to watch for on `today`: the quotation's expiry while it is not accepted,
 * then the works dates. Null when nothing is ahead.
 */
export function nextDate(m: Milestones, statement: Params, today: IsoDate): NextDate | null {
  if (!m.acceptedOn) {
    const expiry = quotationExpiry(m, statement);
    if (expiry) {
      const left = daysBetween(today, expiry.validUntil);
      if (left < 0) {
        return { date: expiry.validUntil, what: 'Quotation expired', warning: 'expired' };
      }
      return {
        date: expiry.validUntil,
        what: 'Quotation valid until',
        warning: left <= EXPIRY_WARNING_DAYS ? 'expires-soon' : null,
      };
    }
    return null;
  }
  const ahead = [
    { date: m.worksStartOn, what: 'Works start' },
    { date: m.worksCompleteOn, what: 'Works complete' },
  ].filter(
    (d): d is { date: IsoDate; what: string } => !!d.date && daysBetween(today, d.date) >= 0,
  );
  const first = ahead[0];
  return first ? { ...first, warning: null } : null;
}
