import { describe, expect, it } from 'vitest';
import { nextSteps } from '../../src/guidance/nextSteps';
import { starter, statement, template } from './fixtures';

const ipr = statement('ipr-v1.7-2025');
const TODAY = '2026-03-05'; // a Thursday

describe('what happens next for an estimate', () => {
  it('a single house: LV demand, 15 working days, 90-day offer', () => {
    const n = nextSteps(starter('starter-single-house'), ipr, TODAY);
    expect(n).toMatchObject({
      connectionType: 'demand',
      highestVoltage: 'LV',
      offerStandard: { workingDays: 15, citation: '001 §2.32(a)' },
      offerDueBy: '2026-03-26',
      validity: { days: 90 },
      validUntil: '2026-06-03',
      interactivity: { isInteractive: false },
    });
    expect(n.payment!.advice).toMatch(/simple service/);
  });

  it('the highest voltage includes reinforcement: an LV connection with HV works is case (c)', () => {
    const file = starter('starter-commercial-lv');
    // Reinforcement at HV, not priced from a statement row.
    const hv = structuredClone(file.inputs.schemes.minimum.lines[0]!);
    Object.assign(hv, { id: 'hv', statementItemId: null, assetLevel: 'hv-network' });
    file.inputs.schemes.minimum.lines.push(hv);
    const n = nextSteps(file, ipr, TODAY);
    expect(n.highestVoltage).toBe('HV');
    expect(n.offerStandard).toMatchObject({ workingDays: 20, citation: '001 §2.32(c)' });
    expect(n.voltageNote).toMatch(/above the LV connection/);
  });

  it('an HV generator: 50 working days; over 1 MVA it is interactive with a 30-day offer', () => {
    const file = starter('starter-hv-generator');
    expect(nextSteps(file, ipr, TODAY).offerStandard?.workingDays).toBe(50);
    file.inputs.connection.exportCapacityKva = '1500';
    const n = nextSteps(file, ipr, TODAY);
    expect(n.interactivity.isInteractive).toBe(true);
    expect(n.validity).toMatchObject({ days: 30 });
    expect(n.validUntil).toBe('2026-04-04');
  });

  // Its 11kV circuit breaker sits at a primary (EHV/HV) substation but is an 11 kV asset.
  it('an HV demand worked example (001 Ex 8A) is case (c), 20 working days', () => {
    const n = nextSteps(template('worked-examples/ipr-ex-08a.json'), ipr, TODAY);
    expect(n.offerStandard).toMatchObject({ workingDays: 20 });
    expect(n.interactivity.isInteractive).toBe(true);
  });

  it('ticks the checklist against what the estimate records (001 §2.7)', () => {
    const file = starter('starter-single-house');
    const status = (f = file) =>
      Object.fromEntries(nextSteps(f, ipr, TODAY).checklist.map((c) => [c.key, c.status]));
    expect(status()).toMatchObject({
      contact: 'missing',
      address: 'missing',
      heating: 'missing',
      'date-required': 'missing',
      'site-plan': 'elsewhere',
      capacity: 'have',
      connections: 'have',
      period: 'have',
      'connection-type': 'have',
    });
    file.project.applicant = {
      name: 'A Customer',
      organisation: '',
      email: 'a@example.org',
      phone: '',
    };
    file.project.site = { address: '1 High Street', postcode: 'AB1 2CD' };
    file.project.heating = 'heat-pump';
    file.project.dateRequired = '2026-09-01';
    file.project.disturbingEquipment = { present: true, notes: '' };
    expect(status()).toMatchObject({
      contact: 'have',
      address: 'have',
      heating: 'have',
      'date-required': 'have',
      disturbing: 'missing',
    });
  });

  it('warns when the date required has passed or comes before an offer is due', () => {
    const file = starter('starter-single-house');
    file.project.dateRequired = '2026-03-01';
    expect(nextSteps(file, ipr, TODAY).dateRequiredNote).toMatch(/has passed/);
    file.project.dateRequired = '2026-03-20';
    expect(nextSteps(file, ipr, TODAY).dateRequiredNote).toMatch(/before an offer requested today/);
    file.project.dateRequired = '2026-09-01';
    expect(nextSteps(file, ipr, TODAY).dateRequiredNote).toMatch(/180 days from today/);
  });

  it('under 002 there is no 001 §2.32 standard, and offers last 3 months', () => {
    const file = template('worked-examples/spm-s4-1-ex-1.json');
    const n = nextSteps(file, statement('spm-2008'), TODAY);
    expect(n.offerStandard).toBeNull();
    expect(n.validity).toMatchObject({ months: 3 });
    expect(n.validUntil).toBe('2026-06-05');
  });
});

describe('the voltage a substation line works at', () => {
  it('is the line’s own voltage, else the level’s primary voltage, never its words', async () => {
    const { schemeHighestVoltage } = await import('../../src/engine/fee-schedule/schemeVoltage');
    const line = (description: string, voltage: 'HV' | null = null) => ({
      description,
      assetLevel: 'ehv-hv-substation' as const,
      statementItemId: null,
      voltage,
    });
    expect(schemeHighestVoltage('HV', [line('Circuit breaker at Primary B', 'HV')], null)).toBe(
      'HV',
    );
    expect(schemeHighestVoltage('HV', [line('Primary transformer')], null)).toBe('EHV');
    // Words alone decide nothing: a file's reader gives older lines their voltage.
    expect(schemeHighestVoltage('HV', [line('11kV circuit breaker')], null)).toBe('EHV');
  });
});
