import type { StatementParameterKey } from '../../src/statements/statementParameterKeys';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expiryCalendar } from '../../src/application/expiryCalendar';
import { nextDate, quotationExpiry } from '../../src/application/milestones';
import { blankApplication } from '../../src/estimate-file/blankApplication';
import type { StatementFile } from '../../src/statements/types';

const statement = (id: string) =>
  JSON.parse(readFileSync(`public/statements/${id}.json`, 'utf8')) as StatementFile;
const ipr = statement('ipr-v1.7-2025');
const spm = statement('spm-2008');
const params = (s: StatementFile, key: StatementParameterKey) => Number(s.parameters?.[key]?.value);

const milestones = (patch: Partial<ReturnType<typeof blankApplication>['milestones']>) => ({
  ...blankApplication().milestones,
  ...patch,
});

describe('quotation expiry from the statement’s validity periods', () => {
  it('is the quote date plus the statement’s Validity Period (001 §3.2)', () => {
    const days = params(ipr, 'quoteValidityDays');
    expect(ipr.parameters?.quoteValidityDays?.citation).toBe('001 §3.2');
    const e = quotationExpiry(milestones({ quotationDate: '2026-01-10' }), ipr);
    // 10 January + 90 days = 10 April 2026 (21 + 28 + 31 + 10 days).
    expect(days).toBe(90);
    expect(e?.validUntil).toBe('2026-04-10');
    expect(e?.citation).toBe('001 §3.2');
  });

  it('is cut to the interactive period from the notice where more is left (001 §2.14)', () => {
    const interactive = params(ipr, 'interactiveValidityDays');
    expect(interactive).toBe(30);
    const e = quotationExpiry(
      milestones({ quotationDate: '2026-01-10', interactiveNoticeOn: '2026-02-01' }),
      ipr,
    );
    expect(e?.validUntil).toBe('2026-03-03');
    expect(e?.citation).toBe('001 §3.2, 001 §2.14');
  });

  it('is not lengthened by a late notice with less than the interactive period left', () => {
    const e = quotationExpiry(
      milestones({ quotationDate: '2026-01-10', interactiveNoticeOn: '2026-03-25' }),
      ipr,
    );
    expect(e?.validUntil).toBe('2026-04-10');
  });

  it('uses months where the statement gives months (002 §3.4)', () => {
    const e = quotationExpiry(milestones({ quotationDate: '2026-01-31' }), spm);
    expect(params(spm, 'offerValidityMonths')).toBe(3);
    expect(e?.validUntil).toBe('2026-04-30');
    expect(e?.citation).toBe('002 §3.4');
  });

  it('says nothing without a quote date or a statement period', () => {
    expect(quotationExpiry(milestones({}), ipr)).toBeNull();
    expect(
      quotationExpiry(milestones({ quotationDate: '2026-01-10' }), { parameters: {} }),
    ).toBeNull();
  });
});

describe('the next date', () => {
  const quoted = milestones({ quotationDate: '2026-01-10' });
  it('is the expiry, with a warning in its last two weeks and after it', () => {
    expect(nextDate(quoted, ipr, '2026-03-01')).toEqual({
      date: '2026-04-10',
      what: 'Quotation valid until',
      warning: null,
    });
    expect(nextDate(quoted, ipr, '2026-03-28')?.warning).toBe('expires-soon');
    expect(nextDate(quoted, ipr, '2026-04-11')).toMatchObject({ warning: 'expired' });
  });
  it('moves on to the works once accepted', () => {
    const accepted = {
      ...quoted,
      acceptedOn: '2026-02-01',
      worksStartOn: '2026-05-04',
      worksCompleteOn: '2026-06-30',
    };
    expect(nextDate(accepted, ipr, '2026-03-01')).toMatchObject({
      date: '2026-05-04',
      what: 'Works start',
    });
    expect(nextDate(accepted, ipr, '2026-05-05')).toMatchObject({ date: '2026-06-30' });
    expect(nextDate(accepted, ipr, '2026-07-01')).toBeNull();
  });
});

describe('the expiry calendar file', () => {
  it('is one all-day event on the expiry date, with text escaped and lines folded', () => {
    const ics = expiryCalendar({
      uid: 'est-1-expiry@connection-estimator',
      date: '2026-04-10',
      summary: 'Quotation expires: Plots 1–12, Mill Lane',
      description: 'Operator reference SSE/123; quoted £84,000. '.repeat(3),
      now: '2026-01-12T09:30:00.000Z',
    });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260410\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20260411\r\n');
    expect(ics).toContain('DTSTAMP:20260112T093000Z\r\n');
    expect(ics).toContain('SUMMARY:Quotation expires: Plots 1–12\\, Mill Lane');
    expect(ics).toContain('SSE/123\\;');
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // Unfolding gives back the description.
    expect(ics.replace(/\r\n /g, '')).toContain('quoted £84\\,000. Operator');
  });
});
