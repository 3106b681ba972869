import { describe, expect, it } from 'vitest';
import type { ConnectionInput, EstimateInput, RsnInput } from '../../src/engine';
import { AFTER_SCR, BEFORE_SCR, estimate, ipr, line, ok, reinf, scheme, spm } from './fixtures';

const demand = (c: Partial<ConnectionInput> = {}): ConnectionInput => ({
  type: 'demand',
  importCapacityKva: '100',
  pocVoltage: 'HV',
  phases: 3,
  isTemporary: false,
  isSpeculative: false,
  ...c,
});
const generation = (c: Partial<ConnectionInput> = {}): ConnectionInput => ({
  type: 'generation',
  importCapacityKva: '0',
  exportCapacityKva: '1000',
  exportCapacityKw: '1000',
  pocVoltage: 'HV',
  phases: 3,
  isTemporary: false,
  isSpeculative: false,
  ...c,
});
const secRsn = (id: string, kva: string): RsnInput => ({
  id,
  name: `section ${id}`,
  driver: 'security',
  capacity: { method: 'direct', newNetworkCapacityKva: kva },
});
const flRsn = (id: string, contribution: string, rating: string): RsnInput => ({
  id,
  name: `board ${id}`,
  driver: 'fault-level',
  faultLevel: { contributionMva: contribution, equipmentRatingMva: rating },
});

describe('001 rules (cccm)', () => {
  it('extension assets in full; reinforcement by the Security CAF (Ex 9a: 100/500 of £10,000)', () => {
    const r = ok(
      estimate({
        connection: demand({ pocVoltage: 'LV' }),
        schemes: {
          minimum: scheme({
            rsns: [secRsn('t', '500')],
            lines: [
              reinf('10000', 't', { assetLevel: 'hv-lv-substation' }),
              line({ amount: '1500' }),
              line({ amount: '500', contestable: false }),
            ],
          }),
        },
      }),
    );
    const m = r.schemes.minimum;
    expect(r.ruleSet.id).toBe('cccm');
    expect(m.rsns[0]!.cafPercent).toBe('20.0');
    expect(m.rsns[0]!.explanation.at(-1)!.formula).toBe('100 / 500 × 100% = 20.0%');
    expect(m.lines[0]!.customer.expected).toBe('2000.00');
    expect(m.lines[0]!.operator.expected).toBe('8000.00');
    expect(m.lines[0]!.rule).toBe('security-caf');
    expect(m.lines[0]!.explanation.map((e) => e.citation)).toContain('001 §4.30');
    expect(m.totals.extensionContestable.expected).toBe('1500.00');
    expect(m.totals.extensionNonContestable.expected).toBe('500.00');
    expect(m.totals.customerExVat.expected).toBe('4000.00');
    expect(m.totals.vat.expected).toBe('800.00');
    expect(m.totals.customerIncVat.expected).toBe('4800.00');
    expect(r.comparison.rule).toBe('minimum-only');
    expect(r.comparison.payableExVat.expected).toBe('4000.00');
  });

  it('per-driver CAFs over several RSNs (001 §4.33, Ex 5): each CAF applies to its own costs', () => {
    const r = ok(
      estimate({
        connection: generation({ exportCapacityKva: '3000', exportCapacityKw: '1000000' }),
        schemes: {
          minimum: scheme({
            rsns: [secRsn('s', '7600'), flRsn('f', '10', '250')],
            lines: [reinf('49000', 's'), reinf('540000', 'f')],
          }),
        },
      }),
    );
    const [a, b] = r.schemes.minimum.lines;
    // 49,000 × 3/7.6 = 19,342.105… → 19,342.11; 540,000 × 30/250 = 64,800
    expect(a!.customer.expected).toBe('19342.11');
    expect(a!.apportionment!.cafPercent).toBe('39.5');
    expect(b!.customer.expected).toBe('64800.00');
    expect(b!.rule).toBe('fault-level-caf');
  });

  it('002 applies each CAF to the costs it drives, like 001 (002 §2.3; the "highest figure" of Sch 4 §4.1 Ex 5 is for one asset)', () => {
    const input = estimate({
      connection: demand({ importCapacityKva: '4500' }),
      schemes: {
        minimum: scheme({
          rsns: [secRsn('s', '7500'), flRsn('f', '75', '250')],
          lines: [reinf('1000000', 's'), reinf('200000', 'f')],
        }),
      },
    });
    const r = ok(input, spm);
    expect(r.ruleSet.id).toBe('spm-2008');
    // Security 4500/7500 = 60 % on the security line, fault level 3 × 75 / 250 = 90 % on its own.
    expect(r.schemes.minimum.lines.map((l) => l.customer.expected)).toEqual([
      '600000.00',
      '180000.00',
    ]);
    expect(r.schemes.minimum.lines[0]!.rule).toBe('security-caf');
    // The same input under 001 gives the same.
    const c = ok(input, ipr);
    expect(c.schemes.minimum.lines.map((l) => l.customer.expected)).toEqual([
      '600000.00',
      '180000.00',
    ]);
  });

  it('exceptions, reconfiguration, switchgear replacement and alterations are paid in full', () => {
    const charges = [
      { rule: 'exception', exception: 1 },
      { rule: 'exception', exception: 4 },
      { rule: 'reconfiguration' },
      { rule: 'switchgear-replacement' },
      { rule: 'alteration' },
    ] as const;
    const r = ok(
      estimate({
        schemes: {
          minimum: scheme({
            lines: charges.map((charging) =>
              line({
                amount: '1234.56',
                kind: 'reinforcement',
                assetLevel: 'hv-network',
                charging,
                contestable: false,
              }),
            ),
          }),
        },
      }),
    );
    const lines = r.schemes.minimum.lines;
    expect(lines.map((l) => l.customer.expected)).toEqual(Array(5).fill('1234.56'));
    expect(lines.map((l) => l.rule)).toEqual([
      'exception-1',
      'exception-4',
      'reconfiguration',
      'switchgear-replacement',
      'alteration',
    ]);
    // Exceptions are treated as Extension Assets (001 §4.21, Ex 7B).
    expect(lines[1]!.category).toBe('extension-non-contestable');
    expect(lines[2]!.category).toBe('reinforcement');
    expect(lines[1]!.explanation.map((e) => e.citation)).toContain('001 §4.25');
  });

  it('beyond the minimum: customer pays in full plus O&M on the line; operator pays at its request (001 §4.13–4.14, §4.35)', () => {
    const r = ok(
      estimate({
        schemes: {
          minimum: scheme({
            lines: [
              line({
                amount: '5000',
                charging: { rule: 'beyond-minimum', requestedBy: 'customer' },
              }),
              line({
                amount: '7000',
                charging: { rule: 'beyond-minimum', requestedBy: 'operator' },
              }),
            ],
          }),
        },
      }),
    );
    const [c, o] = r.schemes.minimum.lines;
    expect(c!.customer.expected).toBe('5000.00');
    expect(c!.om.expected).toBe('1200.00'); // 24 % × 5,000 (001 §6.2)
    expect(o!.customer.expected).toBe('0.00');
    expect(o!.operator.expected).toBe('7000.00');
    expect(r.schemes.minimum.totals.om.expected).toBe('1200.00');
    expect(r.schemes.minimum.totals.customerExVat.expected).toBe('6200.00');
    expect(r.schemes.minimum.totals.operatorFunded.expected).toBe('7000.00');
  });

  it('omOverride replaces the statement O&M (the worked examples use 20 %)', () => {
    const r = ok(
      estimate({
        omOverride: { method: 'percentage', rate: '0.20', citation: '001 Ex 3B (illustrative)' },
        schemes: {
          minimum: scheme({
            lines: [
              line({
                amount: '9000',
                charging: { rule: 'beyond-minimum', requestedBy: 'customer' },
              }),
            ],
          }),
        },
      }),
    );
    expect(r.schemes.minimum.lines[0]!.om.expected).toBe('1800.00');
  });

  it('O&M as an annuity (002 §2.1(e))', () => {
    // spm: 1.5 % a year, 40 years, 6 %. The annuity factor (1 − 1.06^−40) / 0.06 = 15.0462969 (tables),
    // so 0.015 × 15.0462969 × 100,000 = 22,569.445… → 22,569.45.
    const r = ok(
      estimate({
        schemes: {
          minimum: scheme({
            lines: [
              line({
                amount: '100000',
                charging: { rule: 'beyond-minimum', requestedBy: 'customer' },
              }),
            ],
          }),
        },
      }),
      spm,
    );
    expect(r.schemes.minimum.lines[0]!.om.expected).toBe('22569.45');
    expect(r.schemes.minimum.lines[0]!.explanation.at(-1)!.citation).toMatch(/^002 §2\.1\(e\)/);
  });

  it('speculative development: apportioned reinforcement charged in full (001 §4.18)', () => {
    const r = ok(
      estimate({
        connection: demand({ isSpeculative: true }),
        schemes: { minimum: scheme({ rsns: [secRsn('s', '1000')], lines: [reinf('8000', 's')] }) },
      }),
    );
    expect(r.schemes.minimum.lines[0]!.rule).toBe('speculative');
    expect(r.schemes.minimum.lines[0]!.customer.expected).toBe('8000.00');
  });

  it('temporary connection: reinforcement is Exception 3, in full (001 §4.24)', () => {
    const r = ok(
      estimate({
        connection: demand({ isTemporary: true }),
        schemes: { minimum: scheme({ rsns: [secRsn('s', '1000')], lines: [reinf('8000', 's')] }) },
      }),
    );
    expect(r.schemes.minimum.lines[0]!.rule).toBe('exception-3');
    expect(r.schemes.minimum.lines[0]!.customer.expected).toBe('8000.00');
  });

  it('one-voltage table: funded cells and circuit-breakers-only cells (001 §4.36)', () => {
    const r = ok(
      estimate({
        connection: demand({ pocVoltage: 'LV' }),
        schemes: {
          minimum: scheme({
            rsns: [secRsn('s', '1000')],
            lines: [
              reinf('9000', 's', { assetLevel: 'ehv-network' }), // LV × EHV network: funded
              reinf('5000', 's', {
                assetLevel: 'ehv-hv-substation',
                isCircuitBreaker: true,
                circuitBreakerVoltage: 'HV',
              }), // HV CB: apportioned
              reinf('3000', 's', { assetLevel: 'ehv-hv-substation' }), // not a CB: funded
              reinf('2000', 's', { assetLevel: 'hv-network' }), // apportioned
            ],
          }),
        },
      }),
    );
    const l = r.schemes.minimum.lines;
    expect(l.map((x) => x.rule)).toEqual([
      'one-voltage-funded',
      'security-caf',
      'one-voltage-funded',
      'security-caf',
    ]);
    // CAF 100/1000 = 10 %
    expect(l.map((x) => x.customer.expected)).toEqual(['0.00', '500.00', '0.00', '200.00']);
    expect(r.schemes.minimum.totals.reinforcementOperator.expected).toBe('18300.00');
    expect(r.warnings).toEqual([]);
  });

  it('a "not applicable" cell is apportioned with a warning', () => {
    const r = ok(
      estimate({
        connection: demand({ pocVoltage: 'HV' }),
        schemes: {
          minimum: scheme({
            rsns: [secRsn('s', '1000')],
            lines: [reinf('1000', 's', { assetLevel: 'lv-network' })],
          }),
        },
      }),
    );
    expect(r.schemes.minimum.lines[0]!.customer.expected).toBe('100.00');
    expect(r.warnings.map((w) => w.code)).toEqual(['line.assetLevel.notApplicable']);
    expect(r.warnings[0]!.path).toEqual(['schemes', 'minimum', 'lines', 0, 'assetLevel']);
  });

  it('small premises (001 §4.37): the operator funds reinforcement only when every condition holds', () => {
    const premises = {
      existingServiceFuseA: '100',
      wholeCurrentMetered: true,
      generationAmpsPerPhase: '16',
      equipmentCompliant: true,
      singleApplication: true,
    };
    const make = (sp: typeof premises) =>
      ok(
        estimate({
          connection: demand({ pocVoltage: 'LV', importCapacityKva: '20', smallPremises: sp }),
          schemes: {
            minimum: scheme({
              rsns: [secRsn('s', '500')],
              lines: [reinf('4000', 's', { assetLevel: 'hv-lv-substation' })],
            }),
          },
        }),
      ).schemes.minimum.lines[0]!;
    const funded = make(premises);
    expect(funded.rule).toBe('small-premises-funded');
    expect(funded.customer.expected).toBe('0.00');
    expect(funded.explanation.map((e) => e.citation)).toContain('001 §4.37–4.38');
    // A 125 A fuse fails the test: apportioned by CAF 20/500 = 4 %.
    const notFunded = make({ ...premises, existingServiceFuseA: '125' });
    expect(notFunded.rule).toBe('security-caf');
    expect(notFunded.customer.expected).toBe('160.00');
    expect(make({ ...premises, generationAmpsPerPhase: '16.5' }).rule).toBe('security-caf');
  });

  describe('generation high-cost threshold (001 §4.17): T = £200 × kW', () => {
    const gen = (kw: string) =>
      ok(
        estimate({
          connection: generation({ exportCapacityKva: '500', exportCapacityKw: kw }),
          schemes: {
            minimum: scheme({
              rsns: [secRsn('a', '1000'), secRsn('b', '2000')],
              // CAFs: 500/1000 = 50 %, 500/2000 = 25 %; R = 60,000 + 40,000 = 100,000
              lines: [reinf('60000', 'a'), reinf('40000', 'b')],
            }),
          },
        }),
      ).schemes.minimum;
    it('below the threshold: only the CAF share', () => {
      const m = gen('500'); // T = 100,000 = R
      expect(m.highCost.applies).toBe(false);
      expect(m.lines.map((l) => l.customer.expected)).toEqual(['30000.00', '10000.00']);
    });
    it('above: CAF share up to T plus the excess in full, pro rata per line', () => {
      const m = gen('250'); // T = 50,000; T/R = 0.5
      // line a: 0.5 × 60,000 × 0.5 + 60,000 × 0.5 = 15,000 + 30,000 = 45,000
      // line b: 0.25 × 40,000 × 0.5 + 40,000 × 0.5 = 5,000 + 20,000 = 25,000
      expect(m.highCost.applies).toBe(true);
      expect(m.highCost.excess.expected).toBe('50000.00');
      expect(m.lines.map((l) => l.customer.expected)).toEqual(['45000.00', '25000.00']);
      expect(m.highCost.explanation[0]!.citation).toBe('001 §4.17');
    });
  });

  describe('previous works under the ECCR (001 §4.34, §4.41–4.44)', () => {
    const run = (applicationDate: string, firstConnectionDate: string) =>
      ok(
        estimate({
          applicationDate,
          ruleSetOverride: 'cccm',
          connection: demand({ importCapacityKva: '7000' }),
          schemes: {
            minimum: scheme({
              previousWorks: [
                {
                  id: 'p',
                  description: 'earlier',
                  basis: { kind: 'per-kva', ratePerKva: '65' },
                  firstConnectionDate,
                },
              ],
            }),
          },
        }),
      ).schemes.minimum;
    it('inside the 5-year period (connected before 6 April 2017): £65 × 7,000 = £455,000', () => {
      const m = run('2020-01-01', '2016-01-01');
      expect(m.previousWorks[0]!.isWithinPeriod).toBe(true);
      expect(m.previousWorks[0]!.amount).toBe('455000.00');
      expect(m.totals.previousWorks.expected).toBe('455000.00');
      expect(m.totals.customerExVat.expected).toBe('455000.00');
    });
    it('outside the 5-year period', () => {
      const m = run('2021-01-01', '2016-01-01');
      expect(m.previousWorks[0]!.isWithinPeriod).toBe(false);
      expect(m.previousWorks[0]!.amount).toBe('0.00');
    });
    it('inside and outside the 10-year period (connected on or after 6 April 2017)', () => {
      expect(run('2027-04-05', '2017-04-06').previousWorks[0]!.amount).toBe('455000.00');
      expect(run('2027-04-06', '2017-04-06').previousWorks[0]!.amount).toBe('0.00');
    });
    it('a stated amount and a stated kVA', () => {
      const m = ok(
        estimate({
          schemes: {
            minimum: scheme({
              previousWorks: [
                {
                  id: 'a',
                  description: 'a',
                  basis: { kind: 'amount', amount: '1234.50' },
                  firstConnectionDate: '2020-01-01',
                },
                {
                  id: 'b',
                  description: 'b',
                  basis: { kind: 'per-kva', ratePerKva: '10', kva: '12.5' },
                  firstConnectionDate: '2020-01-01',
                },
              ],
            }),
          },
        }),
      ).schemes.minimum;
      expect(m.previousWorks.map((p) => p.amount)).toEqual(['1234.50', '125.00']);
    });
  });

  it('fees, land rights and pass-through are in full and in their own totals', () => {
    const r = ok(
      estimate({
        schemes: {
          minimum: scheme({
            lines: [
              line({ amount: '800', kind: 'fee' }),
              line({ amount: '1500', kind: 'land-rights' }),
              line({
                amount: '20000',
                kind: 'pass-through',
                charging: { rule: 'pass-through', source: 'upstream' },
              }),
              line({
                amount: '300',
                kind: 'extension',
                charging: { rule: 'pass-through', source: 'transmission' },
              }),
            ],
          }),
        },
      }),
    );
    const t = r.schemes.minimum.totals;
    expect(t.fees.expected).toBe('800.00');
    expect(t.landRights.expected).toBe('1500.00');
    expect(t.passThrough.expected).toBe('20300.00');
    expect(t.customerExVat.expected).toBe('22600.00');
    expect(t.capitalCost.expected).toBe('21800.00'); // fees excluded
    expect(r.schemes.minimum.lines.map((l) => l.rule)).toEqual([
      'fee',
      'land-rights',
      'pass-through-upstream',
      'pass-through-transmission',
    ]);
  });

  it('ranges: low / expected (midpoint by default) / high, POA listed and excluded, lines rounded half-up', () => {
    const r = ok(
      estimate({
        connection: demand({ importCapacityKva: '1' }),
        schemes: {
          minimum: scheme({
            rsns: [secRsn('s', '3')],
            lines: [
              line({ quantity: '3', unitPrice: { kind: 'range', low: '10', high: '20' } }),
              line({ unitPrice: { kind: 'range', low: '10', high: '20', expected: '12' } }),
              line({ description: 'Special', unitPrice: { kind: 'poa' } }),
              reinf('100', 's'), // 100 / 3 = 33.333… → 33.33
              reinf('0.05', 's'), // 0.05 / 3 = 0.01666… → 0.02
            ],
          }),
        },
      }),
    );
    const m = r.schemes.minimum;
    expect(m.lines[0]!.cost).toEqual({ low: '30.00', expected: '45.00', high: '60.00' });
    expect(m.lines[1]!.cost).toEqual({ low: '10.00', expected: '12.00', high: '20.00' });
    expect(m.lines[2]!.isPoa).toBe(true);
    expect(m.lines[2]!.cost.expected).toBe('0.00');
    expect(m.poaItems).toEqual(['Special']);
    expect(m.lines[3]!.customer.expected).toBe('33.33');
    expect(m.lines[4]!.customer.expected).toBe('0.02');
    expect(m.lines[3]!.apportionment!.cafPercent).toBe('33.3');
    expect(m.totals.customerExVat).toEqual({ low: '73.35', expected: '90.35', high: '113.35' });
  });

  it('VAT uses input.vatRate over the statement rate', () => {
    const r = ok(
      estimate({
        vatRate: '0.05',
        schemes: { minimum: scheme({ lines: [line({ amount: '100.10' })] }) },
      }),
    );
    expect(r.schemes.minimum.totals.vat.expected).toBe('5.01'); // 5.005 → 5.01 half-up
  });
});

describe('Minimum vs Enhanced (001 §4.8, §4.13–4.14)', () => {
  const ex3 = (
    requestedBy: 'customer' | 'operator',
    enhancedLines = ['35000', '20000', '4400', '800', '2900'],
  ): EstimateInput =>
    estimate({
      omOverride: { method: 'percentage', rate: '0.20', citation: '001 Ex 3B (illustrative)' },
      schemes: {
        minimum: scheme({
          lines: ['30000', '17000', '4400', '800', '1900'].map((a) => line({ amount: a })),
        }),
        enhanced: scheme({
          id: 'enh',
          name: 'Enhanced',
          lines: enhancedLines.map((a) => line({ amount: a })),
        }),
      },
      enhancement: { requestedBy },
    });

  it('customer-requested: enhanced charge plus O&M on the excess (Ex 3B: 63,100 + 20 % × 9,000 = 64,900)', () => {
    const c = ok(ex3('customer')).comparison;
    expect(c.rule).toBe('customer-excess-plus-om');
    expect(c.excessCapitalCost.expected).toBe('9000.00');
    expect(c.excessOm.expected).toBe('1800.00');
    expect(c.payableExVat.expected).toBe('64900.00');
    expect(c.payableVat.expected).toBe('12980.00');
    // What you pay under each scheme: the Minimum's own charge, the Enhanced's with its O&M.
    expect(c.payableByScheme.minimum.exVat.expected).toBe('54100.00');
    expect(c.payableByScheme.enhanced!.exVat.expected).toBe('64900.00');
    expect(c.payableByScheme.enhanced!.incVat.expected).toBe('77880.00');
    expect(c.difference!.expected).toBe('9000.00');
    expect(c.chargedScheme.expected).toBe('enhanced');
  });

  it('does not depend on how the extra is tagged, and never charges O&M twice (001 §4.13–4.14)', () => {
    const input = ex3('customer');
    const enhanced = input.schemes.enhanced!;
    // Mark the extra £5,000 of cable as beyond-minimum at the customer's request (O&M 20 % = 1,000).
    enhanced.lines = [
      line({ amount: '30000' }),
      line({ amount: '5000', charging: { rule: 'beyond-minimum', requestedBy: 'customer' } }),
      ...enhanced.lines.slice(1),
    ];
    const r = ok(input);
    expect(r.schemes.enhanced!.totals.om.expected).toBe('1000.00');
    // Minimum 54,100 + extra capital 9,000 + 20 % × 9,000 = 64,900: the same as untagged.
    expect(r.comparison.excessOm.expected).toBe('1800.00');
    expect(r.comparison.payableExVat.expected).toBe('64900.00');
    expect(r.comparison.payableExVat.expected).toBe(
      ok(ex3('customer')).comparison.payableExVat.expected,
    );
  });

  it('operator-requested: the lower of the two (Ex 9b pays the enhanced £3,500; Ex 9c capped at £4,000)', () => {
    const make = (transformer: string) =>
      ok(
        estimate({
          connection: demand({ pocVoltage: 'LV' }),
          schemes: {
            minimum: scheme({
              rsns: [secRsn('t', '500')],
              lines: [
                reinf('10000', 't', { assetLevel: 'hv-lv-substation' }),
                line({ amount: '1500' }),
                line({ amount: '500' }),
              ],
            }),
            enhanced: scheme({
              id: 'enh',
              rsns: [secRsn('t', '1000')],
              lines: [
                reinf(transformer, 't', { assetLevel: 'hv-lv-substation' }),
                line({ amount: '1500' }),
                line({ amount: '500' }),
                line({
                  amount: '6000',
                  charging: { rule: 'beyond-minimum', requestedBy: 'operator' },
                }),
              ],
            }),
          },
          enhancement: { requestedBy: 'operator' },
        }),
      ).comparison;
    const b = make('15000');
    expect(b.rule).toBe('operator-lower-of');
    expect(b.payableExVat.expected).toBe('3500.00');
    expect(b.payableByScheme.minimum.exVat.expected).toBe('4000.00');
    expect(b.payableByScheme.enhanced!.exVat.expected).toBe('3500.00');
    expect(b.chargedScheme.expected).toBe('enhanced');
    const c = make('25000');
    expect(c.payableExVat.expected).toBe('4000.00');
    expect(c.chargedScheme.expected).toBe('minimum');
    expect(c.difference!.expected).toBe('500.00');
  });
});

const SCR = { applicationDate: AFTER_SCR, ruleSetOverride: 'gb-access-scr-2023' as const };

describe('GB Access SCR rule set (an explicit choice)', () => {
  const demandScheme = (amounts: string[]) =>
    scheme({
      rsns: [secRsn('s', '1000')],
      lines: amounts.map((a) => reinf(a, 's', { assetLevel: 'ehv-network' })),
    });

  it('is used only when chosen, and labelled as this app’s reading', () => {
    const byDate = ok(
      estimate({ applicationDate: AFTER_SCR, schemes: { minimum: demandScheme(['1000']) } }),
    );
    expect(byDate.ruleSet.id).toBe('cccm');
    const r = ok(estimate({ ...SCR, schemes: { minimum: demandScheme(['1000']) } }));
    expect(r.ruleSet.id).toBe('gb-access-scr-2023');
    expect(r.ruleSet.label).toMatch(/as this app reads them/);
    expect(r.ruleSet.reason).toMatch(/You chose/);
  });

  it('demand: nothing below £1,720 × kVA', () => {
    // T = 1,720 × 100 = 172,000 ≥ R = 150,000
    const r = ok(
      estimate({
        ...SCR,
        connection: demand(),
        schemes: { minimum: demandScheme(['100000', '50000']) },
      }),
    );
    const m = r.schemes.minimum;
    expect(m.lines.map((l) => l.rule)).toEqual(['access-scr-demand', 'access-scr-demand']);
    expect(m.totals.reinforcementCustomer.expected).toBe('0.00');
    expect(m.highCost.applies).toBe(false);
  });

  it('demand: the excess over the threshold, pro rata per line', () => {
    // T = 172,000; R = 200,000 + 100,000 = 300,000; excess 128,000 → 128/300 of each line.
    const m = ok(
      estimate({
        ...SCR,
        connection: demand(),
        schemes: { minimum: demandScheme(['200000', '100000']) },
      }),
    ).schemes.minimum;
    expect(m.highCost.excess.expected).toBe('128000.00');
    expect(m.lines.map((l) => l.customer.expected)).toEqual(['85333.33', '42666.67']);
    expect(m.totals.reinforcementCustomer.expected).toBe('128000.00');
  });

  it('demand: a speculative development pays in full', () => {
    const m = ok(
      estimate({
        ...SCR,
        connection: demand({ isSpeculative: true }),
        schemes: { minimum: demandScheme(['1000']) },
      }),
    ).schemes.minimum;
    expect(m.lines[0]!.customer.expected).toBe('1000.00');
    expect(m.lines[0]!.rule).toBe('speculative');
  });

  it('generation: CAF share only in the marked cells, others operator-funded', () => {
    const m = ok(
      estimate({
        ...SCR,
        connection: generation({ exportCapacityKva: '500', exportCapacityKw: '500' }),
        schemes: {
          minimum: scheme({
            rsns: [secRsn('s', '1000')],
            lines: [
              reinf('10000', 's', { assetLevel: 'hv-network' }), // HV × HV network: apportioned, CAF 50 %
              reinf('8000', 's', { assetLevel: 'ehv-network' }), // funded
              reinf('6000', 's', {
                assetLevel: 'ehv-hv-substation',
                isCircuitBreaker: true,
                circuitBreakerVoltage: 'HV',
              }), // HV CB only: apportioned
              reinf('4000', 's', { assetLevel: 'ehv-hv-substation' }), // funded
            ],
          }),
        },
      }),
    ).schemes.minimum;
    expect(m.lines.map((l) => l.rule)).toEqual([
      'security-caf',
      'access-scr-generation-funded',
      'security-caf',
      'access-scr-generation-funded',
    ]);
    expect(m.lines.map((l) => l.customer.expected)).toEqual(['5000.00', '0.00', '3000.00', '0.00']);
  });

  it('generation: the £200/kW threshold on the apportionable reinforcement', () => {
    // T = 200 × 50 = 10,000; R = 30,000; T/R = 1/3; CAF 500/1000 = 50 %
    // customer = 0.5 × 30,000 × 1/3 + 30,000 × 2/3 = 5,000 + 20,000 = 25,000
    const m = ok(
      estimate({
        ...SCR,
        connection: generation({ exportCapacityKva: '500', exportCapacityKw: '50' }),
        schemes: {
          minimum: scheme({
            rsns: [secRsn('s', '1000')],
            lines: [reinf('30000', 's', { assetLevel: 'hv-network' })],
          }),
        },
      }),
    ).schemes.minimum;
    expect(m.lines[0]!.customer.expected).toBe('25000.00');
    expect(m.highCost.excess.expected).toBe('20000.00');
  });

  it('previous works are charged as the statement says (no source for zeroing them)', () => {
    const m = ok(
      estimate({
        ...SCR,
        schemes: {
          minimum: scheme({
            previousWorks: [
              {
                id: 'p',
                description: 'earlier',
                basis: { kind: 'amount', amount: '5000' },
                firstConnectionDate: '2022-01-01',
              },
            ],
          }),
        },
      }),
    ).schemes.minimum;
    expect(m.previousWorks[0]!.isWithinPeriod).toBe(true);
    expect(m.previousWorks[0]!.amount).toBe('5000.00');
  });

  it('an override returns to the statement rules', () => {
    const r = ok(
      estimate({
        applicationDate: AFTER_SCR,
        ruleSetOverride: 'cccm',
        // EHV connection: the EHV network is apportioned by 100 / 1000 = 10 %.
        connection: demand({ pocVoltage: 'EHV' }),
        schemes: { minimum: demandScheme(['1000']) },
      }),
    );
    expect(r.ruleSet.id).toBe('cccm');
    expect(r.schemes.minimum.lines[0]!.customer.expected).toBe('100.00');
  });
});

describe('before the Access SCR date', () => {
  it('the fixture date selects the statement rules', () => {
    expect(ok(estimate({ applicationDate: BEFORE_SCR })).ruleSet.id).toBe('cccm');
  });
});
