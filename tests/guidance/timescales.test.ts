import { describe, expect, it } from 'vitest';
import {
  APPLICATION_CHECKLIST,
  interactivity,
  offerValidity,
  paymentTerms,
  pointOfConnectionOfferStandard,
} from '../../src/guidance/timescales';
import { statement } from './fixtures';

const ipr = statement('ipr-v1.7-2025');
const spm = statement('spm-2008');

describe('Point of Connection offer standards from the statement (001 §2.32)', () => {
  it.each([
    ['demand', 'LV', 15, '001 §2.32(a)'],
    ['generation', 'LV', 30, '001 §2.32(b)'],
    ['storage', 'LV', 30, '001 §2.32(b)'],
    ['demand', 'HV', 20, '001 §2.32(c)'],
    ['generation', 'HV', 50, '001 §2.32(d)'],
    ['storage', 'HV', 50, '001 §2.32(d)'],
    ['demand', 'EHV', 50, '001 §2.32(e)'],
    ['generation', 'EHV', 65, '001 §2.32(f)'],
    ['demand', '132kV', 65, '001 §2.32(f)'],
    ['generation', '132kV', 65, '001 §2.32(f)'],
  ] as const)('%s at %s: %i working days', (type, voltage, days, citation) => {
    expect(pointOfConnectionOfferStandard(type, voltage, ipr)).toMatchObject({
      workingDays: days,
      citation,
    });
  });

  it('follows the statement, not a literal: a changed parameter changes the answer', () => {
    const changed = structuredClone(ipr);
    changed.parameters!.pocOfferDaysLvDemand!.value = 12;
    expect(pointOfConnectionOfferStandard('demand', 'LV', changed)?.workingDays).toBe(12);
  });

  it('is null for a statement that publishes no such standard', () => {
    expect(pointOfConnectionOfferStandard('demand', 'LV', spm)).toBeNull();
  });
});

describe('interactive applications (001 §2.14; 002 §2.6)', () => {
  it('001: only more than 1 MVA', () => {
    expect(interactivity('1000', 'HV', ipr).isInteractive).toBe(false);
    expect(interactivity('1000.1', 'LV', ipr)).toMatchObject({
      isInteractive: true,
      citation: '001 §2.14',
    });
  });

  it('002: 1 MVA and above, connected above LV', () => {
    expect(interactivity('1000', 'HV', spm)).toMatchObject({
      isInteractive: true,
      citation: '002 §2.6',
    });
    expect(interactivity('1000', 'LV', spm).isInteractive).toBe(false);
    expect(interactivity('999', 'HV', spm).isInteractive).toBe(false);
  });
});

describe('offer validity (001 §3.2, §2.14; 002 §3.4)', () => {
  it('90 days, or 30 once interactive', () => {
    expect(offerValidity(false, ipr)).toMatchObject({ days: 90, citation: '001 §3.2' });
    expect(offerValidity(true, ipr)).toMatchObject({
      days: 30,
      citation: '001 §3.2, 001 §2.14',
    });
  });

  it('3 months under 002', () => {
    expect(offerValidity(false, spm)).toMatchObject({ months: 3, days: null, period: '3 months' });
  });
});

describe('payment terms and checklist', () => {
  it('payment advice follows the kind of connection (001 §4.2)', () => {
    expect(paymentTerms(ipr, true, false)!.advice).toMatch(/accept the offer/);
    expect(paymentTerms(ipr, false, true)!.advice).toMatch(/instalments/);
    expect(paymentTerms(ipr, false, false)!.citation).toBe('001 §4.2');
  });

  it('payment terms are the chosen statement’s own (002 §3.3), or none', () => {
    expect(paymentTerms(spm, false, false)).toMatchObject({
      citation: '002 §3.3',
      text: expect.stringMatching(/payable in full with acceptance of the quote/),
    });
    expect(paymentTerms({ parameters: {} }, true, false)).toBeNull();
  });

  it('the checklist has every 001 §2.7 item once, cited from the statement that lists them', () => {
    expect(APPLICATION_CHECKLIST).toHaveLength(12);
    expect(new Set(APPLICATION_CHECKLIST.map((i) => i.key)).size).toBe(12);
    expect(ipr.citations?.applicationChecklist).toBe('001 §2.7');
    expect(spm.citations?.applicationChecklist).toBeUndefined();
  });
});
