/**
 * The defects a connections engineer found by trying the engine case by case against
 * 001 §4/§6 and 002 §2. Every expected figure is worked by hand from the paragraph cited
 * (the working is in each case's comment), never taken from this code's output.
 */
import { describe, expect, it } from 'vitest';
import type { ConnectionInput, EstimateInput, RsnInput } from '../../src/engine';
import { estimate, ipr, issuesOf, line, ok, reinf, scheme, spm } from './fixtures';

const conn = (c: Partial<ConnectionInput> = {}): ConnectionInput => ({
  type: 'demand',
  importCapacityKva: '100',
  pocVoltage: 'HV',
  phases: 3,
  isTemporary: false,
  isSpeculative: false,
  ...c,
});
const sec = (id: string, kva: string, requiredKva?: string): RsnInput => ({
  id,
  name: `section ${id}`,
  driver: 'security',
  requiredCapacityKva: requiredKva ?? null,
  capacity: { method: 'direct', newNetworkCapacityKva: kva },
});
const fl = (id: string, contribution: string, rating: string): RsnInput => ({
  id,
  name: `board ${id}`,
  driver: 'fault-level',
  faultLevel: { contributionMva: contribution, equipmentRatingMva: rating },
});
const payable = (input: EstimateInput, rules = ipr) =>
  ok(input, rules).comparison.payableExVat.expected;

describe('defect 1: customer-requested Enhanced Scheme (001 §4.13–4.14, §4.23)', () => {
  it('Minimum £60,000; Enhanced reinforcement £150,000 at 25 %: £60,000 + £50,000 + 24 % × £50,000 = £122,000', () => {
    // Minimum: 50 % (100 / 200 kVA) of £100,000 + £10,000 extension = £60,000; capital £110,000.
    // Enhanced: £150,000 at 25 % (100 / 400 kVA) + £10,000; capital £160,000; extra £50,000.
    const input = estimate({
      connection: conn(),
      schemes: {
        minimum: scheme({
          rsns: [sec('s', '200')],
          lines: [reinf('100000', 's'), line({ amount: '10000' })],
        }),
        enhanced: scheme({
          id: 'enh',
          name: 'Enhanced Scheme',
          rsns: [sec('s', '400')],
          lines: [reinf('150000', 's'), line({ amount: '10000' })],
        }),
      },
      enhancement: { requestedBy: 'customer' },
    });
    expect(ok(input).schemes.minimum.totals.customerExVat.expected).toBe('60000.00');
    expect(payable(input)).toBe('122000.00');
  });

  it('Minimum £50,000; Enhanced adds a £40,000 transformer apportioned at 10 %: £50,000 + £40,000 + £9,600 = £99,600, however the extra line is tagged', () => {
    const extras = [
      reinf('40000', 's'), // apportioned at 100 / 1,000 = 10 %
      line({ amount: '40000', charging: { rule: 'beyond-minimum', requestedBy: 'customer' } }),
      line({
        amount: '40000',
        kind: 'reinforcement',
        assetLevel: 'hv-network',
        charging: { rule: 'exception', exception: 2 },
      }),
    ];
    for (const extra of extras) {
      const input = estimate({
        connection: conn(),
        schemes: {
          minimum: scheme({ lines: [line({ amount: '50000' })] }),
          enhanced: scheme({
            id: 'enh',
            name: 'Enhanced Scheme',
            rsns: [sec('s', '1000')],
            lines: [line({ amount: '50000' }), extra],
          }),
        },
        enhancement: { requestedBy: 'customer' },
      });
      expect(payable(input), extra.charging.rule).toBe('99600.00');
    }
  });
});

describe('defect 2: 002 applies each CAF to the costs it drives (002 §2.3; Sch 4 §4.1 Ex 5)', () => {
  it('security 20 % on £300,000 and fault level 50 % on £100,000: £60,000 + £50,000 = £110,000', () => {
    // Security 100 / 500 kVA = 20 %; fault level 3 × 50 / 300 MVA = 50 %.
    const input = estimate({
      connection: conn(),
      schemes: {
        minimum: scheme({
          rsns: [sec('s', '500'), fl('f', '50', '300')],
          lines: [reinf('300000', 's'), reinf('100000', 'f')],
        }),
      },
    });
    expect(payable(input, spm)).toBe('110000.00');
  });

  it('one asset naming both its sections takes the higher CAF under 002 (Ex 5: 90 % of £1,000,000) and the named driver under 001 §4.33', () => {
    const input = estimate({
      connection: conn({ importCapacityKva: '4500', pocVoltage: 'EHV' }),
      schemes: {
        minimum: scheme({
          rsns: [sec('s', '7500'), fl('f', '75', '250')],
          lines: [
            reinf('1000000', 's', {
              assetLevel: 'ehv-network',
              charging: { rule: 'apportioned', rsnId: 's', otherDriverRsnId: 'f' },
            }),
          ],
        }),
      },
    });
    expect(payable(input, spm)).toBe('900000.00');
    // 001 §4.33: the security CAF (4,500 / 7,500 = 60 %) applies to costs driven by security.
    expect(payable(input, ipr)).toBe('600000.00');
  });
});

describe('defect 3: "circuit breakers only" cells carry a voltage (001 §4.36)', () => {
  const cb = (voltage: 'HV' | 'EHV') =>
    estimate({
      connection: conn({ importCapacityKva: '100', pocVoltage: 'LV' }),
      schemes: {
        minimum: scheme({
          rsns: [sec('s', '1000')],
          lines: [
            reinf('1000', 's', {
              assetLevel: 'ehv-hv-substation',
              isCircuitBreaker: true,
              circuitBreakerVoltage: voltage,
            }),
          ],
        }),
      },
    });
  it('a 33 kV breaker at a primary with an LV POC is funded: £0', () => {
    const r = ok(cb('EHV'));
    expect(r.comparison.payableExVat.expected).toBe('0.00');
    expect(r.schemes.minimum.lines[0]!.explanation.map((e) => e.text).join(' ')).toMatch(
      /HV circuit breakers/,
    );
  });
  it('an 11 kV breaker there is apportioned: 10 % of £1,000 = £100', () => {
    expect(payable(cb('HV'))).toBe('100.00');
  });
});

describe('defect 4: the generation threshold uses the capacity being charged (001 §4.17, §4.32)', () => {
  it('export 1,000 → 1,500 kW, £200,000 at CAF 10 %: threshold £100,000, charge £110,000', () => {
    // Increment 500 kVA / 5,000 kVA = 10 %; T = £200 × 500 kW = £100,000; R = £200,000.
    // 10 % × £100,000 + (£200,000 − £100,000) = £110,000.
    const input = estimate({
      connection: conn({
        type: 'generation',
        importCapacityKva: '0',
        exportCapacityKva: '1500',
        exportCapacityKw: '1500',
        increase: { existing: { chargeableCapacityKva: '1000' } },
      }),
      schemes: {
        minimum: scheme({ rsns: [sec('s', '5000')], lines: [reinf('200000', 's')] }),
      },
    });
    expect(payable(input)).toBe('110000.00');
  });
});

describe('defect 5: §4.37 small premises is a 001 rule, not in 002', () => {
  it('under 002: 23 / 200 × £8,000 = £920', () => {
    const input = estimate({
      connection: conn({
        importCapacityKva: '23',
        pocVoltage: 'LV',
        phases: 1,
        smallPremises: {
          existingServiceFuseA: '100',
          wholeCurrentMetered: true,
          generationAmpsPerPhase: '0',
          equipmentCompliant: true,
          singleApplication: true,
        },
      }),
      schemes: {
        minimum: scheme({
          rsns: [sec('s', '200')],
          lines: [reinf('8000', 's', { assetLevel: 'lv-network' })],
        }),
      },
    });
    expect(payable(input, spm)).toBe('920.00');
    expect(payable(input, ipr)).toBe('0.00');
  });
});

describe('defect 6: 002 speculative developments (002 §2.4.2)', () => {
  it('extension £2,000 in full + reinforcement £10,000 at 50 % = £7,000', () => {
    const input = estimate({
      connection: conn({ isSpeculative: true }),
      schemes: {
        minimum: scheme({
          rsns: [sec('s', '200')],
          lines: [line({ amount: '2000' }), reinf('10000', 's')],
        }),
      },
    });
    expect(payable(input, spm)).toBe('7000.00');
    // 001 §4.18: reinforcement in full.
    expect(payable(input, ipr)).toBe('12000.00');
  });
});

describe('defect 7: inputs that cannot be right are refused with a plain message', () => {
  const gen = (c: Partial<ConnectionInput>) =>
    estimate({
      connection: conn({
        type: 'generation',
        importCapacityKva: '0',
        exportCapacityKva: '500',
        exportCapacityKw: '500',
        ...c,
      }),
    });
  it.each([
    ['export kW "0"', gen({ exportCapacityKw: '0' }), ['connection', 'exportCapacityKw']],
    [
      'generation with 0 export',
      gen({ exportCapacityKva: '0' }),
      ['connection', 'exportCapacityKva'],
    ],
    [
      'storage with 0 export',
      gen({ type: 'storage', exportCapacityKva: '0' }),
      ['connection', 'exportCapacityKva'],
    ],
    [
      'demand with 0 import',
      estimate({ connection: conn({ importCapacityKva: '0' }) }),
      ['connection', 'importCapacityKva'],
    ],
    ['a VAT rate of "20"', estimate({ vatRate: '20' }), ['vatRate']],
  ] as const)('%s', (_name, input, path) => {
    const issues = issuesOf(input);
    const issue = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.message.length).toBeGreaterThan(20);
  });
  it('a VAT rate given as a fraction is accepted', () => {
    expect(ok(estimate({ vatRate: '0.05' })).schemes.minimum.totals.vat.expected).toBe('0.00');
  });
});

describe('defect 8: citations', () => {
  it("a line's high-cost-threshold share cites §4.17 (002: §2.5)", () => {
    const input = estimate({
      connection: conn({
        type: 'generation',
        importCapacityKva: '0',
        exportCapacityKva: '100',
        exportCapacityKw: '100',
      }),
      schemes: { minimum: scheme({ rsns: [sec('s', '1000')], lines: [reinf('50000', 's')] }) },
    });
    const step = (rules = ipr) =>
      ok(input, rules).schemes.minimum.lines[0]!.explanation.find((e) =>
        /high-cost threshold/.test(e.text),
      );
    expect(step()?.citation).toBe('001 §4.17');
    expect(step(spm)?.citation).toBe('002 §2.5');
  });
  it('VAT is explained with its rate, base and paragraph', () => {
    const r = ok(estimate({ schemes: { minimum: scheme({ lines: [line({ amount: '1000' })] }) } }));
    const vat = r.schemes.minimum.vatExplanation;
    expect(vat.formula).toBe('20% × £1,000.00 = £200.00');
    expect(vat.citation).toBe('001 §7.4');
  });
  it('the ECCR period cites the glossary "ECCR Prescribed Period"', () => {
    const r = ok(
      estimate({
        schemes: {
          minimum: scheme({
            previousWorks: [
              {
                id: 'p',
                description: 'earlier',
                basis: { kind: 'amount', amount: '100' },
                firstConnectionDate: '2020-01-01',
              },
            ],
          }),
        },
      }),
    );
    const period = r.schemes.minimum.previousWorks[0]!.explanation.find((e) =>
      /prescribed period/.test(e.text),
    );
    expect(period?.citation).toMatch(/Glossary "ECCR Prescribed Period"/);
  });
  it("002's New Fault Level Capacity cites §2.3.2", () => {
    const r = ok(
      estimate({
        schemes: {
          minimum: scheme({
            rsns: [
              {
                ...fl('f', '10', '300'),
                faultLevel: {
                  contributionMva: '10',
                  equipmentRatingMva: '300',
                  localLimitMva: '250',
                },
              },
            ],
            lines: [reinf('1000', 'f')],
          }),
        },
      }),
      spm,
    );
    const step = r.schemes.minimum.rsns[0]!.explanation.find((e) =>
      /New Fault Level Capacity/.test(e.text),
    );
    expect(step?.citation).toBe('002 §2.3.2');
  });
  it('upstream pass-through under 002 says 002 does not state it', () => {
    const r = ok(
      estimate({
        schemes: {
          minimum: scheme({
            lines: [
              line({
                kind: 'pass-through',
                charging: { rule: 'pass-through', source: 'upstream' },
              }),
            ],
          }),
        },
      }),
      spm,
    );
    expect(r.schemes.minimum.lines[0]!.explanation[1]!.citation).toMatch(/not stated in 002/);
  });
});

describe('defect 9: storage Required Capacity is the larger of import and export (001 Glossary "Maximum Capacity")', () => {
  it('import 2,000 / export 500 kVA, NNC 10,000 kVA, £100,000: £20,000', () => {
    const input = estimate({
      connection: conn({
        type: 'storage',
        importCapacityKva: '2000',
        exportCapacityKva: '500',
        exportCapacityKw: '500',
      }),
      schemes: { minimum: scheme({ rsns: [sec('s', '10000')], lines: [reinf('100000', 's')] }) },
    });
    expect(ok(input).requiredCapacity.kva).toBe('2000');
    expect(payable(input)).toBe('20000.00');
  });
});

describe('defect 10: operator-requested Enhanced Scheme holding a customer extra (001 §4.8, §4.13–4.14)', () => {
  it('Minimum £50,000; Enhanced £60,000 + a £5,000 customer extra: £50,000 + £5,000 + 24 % × £5,000 = £56,200', () => {
    const input = estimate({
      connection: conn(),
      schemes: {
        minimum: scheme({ lines: [line({ amount: '50000' })] }),
        enhanced: scheme({
          id: 'enh',
          name: 'Enhanced Scheme',
          lines: [
            line({ amount: '60000' }),
            line({ amount: '5000', charging: { rule: 'beyond-minimum', requestedBy: 'customer' } }),
          ],
        }),
      },
      enhancement: { requestedBy: 'operator' },
    });
    expect(payable(input)).toBe('56200.00');
  });
});
