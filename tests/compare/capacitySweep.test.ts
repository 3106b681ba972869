// The capacity sweep, checked at the edges of every threshold against figures worked out by
// hand from the statements' rules (001 §4.17, §4.30, §4.32; 002 §2.3, §2.5; the Access SCR
// reading), through the real engine.
import { statement } from '../guidance/fixtures';
import { describe, expect, it } from 'vitest';
import spmJson from '../../public/statements/spm-2008.json';
import { computeEstimate, type EstimateInput, type RuleParameters } from '../../src/engine';
import {
  chargeAtCapacity,
  inputAtCapacity,
  lvLimitFor,
  sweepCapacity,
  sweepPointSentence,
} from '../../src/compare/capacitySweep';
import type { StatementFile } from '../../src/statements/types';
import { fixed, ipr } from './fixtures';

const spm: RuleParameters = (spmJson as unknown as StatementFile).rules;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const pay = (input: EstimateInput, rules: RuleParameters, kva: string) =>
  chargeAtCapacity(input, rules, kva).payable?.expected;

/** Demand at LV: a £10,000 transformer on a section of `nnc` kVA (Security CAF) and a £1,500 service. */
function demand(kva: string, nnc: string, extra: Partial<EstimateInput> = {}): EstimateInput {
  return {
    applicationDate: '2026-06-01',
    connection: {
      type: 'demand',
      importCapacityKva: kva,
      pocVoltage: 'LV',
      phases: 3,
      isTemporary: false,
      isSpeculative: false,
    },
    schemes: {
      minimum: {
        id: 'minimum',
        name: 'Minimum',
        lines: [
          fixed('tx', '10000', {
            description: 'Transformer',
            kind: 'reinforcement',
            contestable: false,
            assetLevel: 'hv-lv-substation',
            charging: { rule: 'apportioned', rsnId: 'rsn' },
          }),
          fixed('service', '1500'),
        ],
        rsns: [
          {
            id: 'rsn',
            name: 'Local transformer',
            driver: 'security',
            capacity: { method: 'direct', newNetworkCapacityKva: nnc },
          },
        ],
        previousWorks: [],
      },
    },
    ...extra,
  };
}

/** Generation at HV, 500 kW: £150,000 of HV reinforcement on a 1,000 kVA section (CAF 50 %). */
function generation(): EstimateInput {
  return {
    applicationDate: '2026-06-01',
    connection: {
      type: 'generation',
      importCapacityKva: '0',
      exportCapacityKva: '500',
      exportCapacityKw: '500',
      pocVoltage: 'HV',
      phases: 3,
      isTemporary: false,
      isSpeculative: false,
    },
    schemes: {
      minimum: {
        id: 'minimum',
        name: 'Minimum',
        lines: [
          fixed('hv', '150000', {
            description: 'HV circuit upgrade',
            kind: 'reinforcement',
            contestable: false,
            assetLevel: 'hv-network',
            charging: { rule: 'apportioned', rsnId: 'rsn' },
          }),
        ],
        rsns: [
          {
            id: 'rsn',
            name: 'HV circuit',
            driver: 'security',
            capacity: { method: 'direct', newNetworkCapacityKva: '1000' },
          },
        ],
        previousWorks: [],
      },
    },
  };
}

describe('capacity sweep: Security CAF reaching 100 % (001 §4.30, 002 §2.3)', () => {
  it.each([
    ['001', ipr],
    ['002', spm],
  ])('%s: marks 150 kVA and prices just below, at and above it', (_name, rules) => {
    const input = deepFreeze(demand('100', '150'));
    const out = sweepCapacity(input, rules);
    if (!out.ok) throw new Error(out.message);
    const caf = out.sweep.markers.filter((m) => m.kind === 'caf-full');
    expect(caf.map((m) => m.kva)).toEqual(['150']);
    expect(caf[0]!.citation).toBe(rules.citations.securityCaf);
    // 149 / 150 × £10,000 = £9,933.33, + £1,500 service.
    expect(pay(input, rules, '149')).toBe('11433.33');
    // 150 / 150 = 100 %: £10,000 + £1,500.
    expect(pay(input, rules, '150')).toBe('11500.00');
    expect(caf[0]!.payable).toBe('11500.00');
    // The CAF is at most 100 %: 151 kVA pays the same.
    expect(pay(input, rules, '151')).toBe('11500.00');
    expect(input.connection.importCapacityKva).toBe('100');
  });

  it('sweeps 25 % to 200 % with at least 50 points, each worked out by the engine', () => {
    const out = sweepCapacity(demand('100', '150'), ipr);
    if (!out.ok) throw new Error(out.message);
    const { points } = out.sweep;
    expect(points.length).toBeGreaterThanOrEqual(50);
    expect(points[0]!.kva).toBe('25');
    expect(points.at(-1)!.kva).toBe('200');
    expect(points.every((p) => p.payable !== null)).toBe(true);
    // Sorted and increasing up to the cap, flat after it.
    const at = (k: string) => points.find((p) => p.kva === k)!.payable!.expected;
    expect(at('25')).toBe('3166.67'); // 25 / 150 × £10,000 + £1,500
    expect(at('200')).toBe('11500.00');
  });

  it('answers "what if we asked for 10 % less?" in words', () => {
    const out = sweepCapacity(demand('100', '150'), ipr);
    if (!out.ok) throw new Error(out.message);
    // 90 / 150 × £10,000 + £1,500 = £7,500; today 100 / 150 × £10,000 + £1,500 = £8,166.67.
    expect(out.sweep.tenPercentLess.sentence).toBe(
      'Asking for 10 % less (90 kVA instead of 100 kVA), you would pay £7,500.00 excluding VAT: £666.67 (8.2 %) less than today.',
    );
  });

  it('for an increase, the CAF uses the increment (001 §4.32): 100 % at existing + New Network Capacity', () => {
    const input = demand('100', '100', {});
    input.connection.increase = { existing: { chargeableCapacityKva: '50' } };
    const out = sweepCapacity(input, ipr);
    if (!out.ok) throw new Error(out.message);
    expect(out.sweep.markers.filter((m) => m.kind === 'caf-full').map((m) => m.kva)).toEqual([
      '150',
    ]);
    // (149 − 50) / 100 × £10,000 + £1,500 = £11,400; (150 − 50) / 100 = 100 %.
    expect(pay(input, ipr, '149')).toBe('11400.00');
    expect(pay(input, ipr, '150')).toBe('11500.00');
    expect(pay(input, ipr, '151')).toBe('11500.00');
  });
});

describe('capacity sweep: the generation threshold of £200/kW (001 §4.17, 002 §2.5)', () => {
  it.each([
    ['001', ipr],
    ['002', spm],
  ])('%s: marks 750 kW (£150,000 / £200) and prices just below, at and above it', (_n, rules) => {
    const input = deepFreeze(generation());
    const out = sweepCapacity(input, rules);
    if (!out.ok) throw new Error(out.message);
    expect(out.sweep.unit).toBe('kW');
    const gen = out.sweep.markers.filter((m) => m.kind === 'generation-threshold');
    expect(gen.map((m) => m.value)).toEqual(['750']);
    expect(gen[0]!.citation).toBe(rules.citations.generationHighCost);
    // 749 kW: CAF 74.9 %, threshold £149,800 < £150,000: 74.9 % × £149,800 + £200 = £112,400.20.
    expect(pay(input, rules, '749')).toBe('112400.20');
    // 750 kW: threshold = reinforcement: 75 % × £150,000.
    expect(pay(input, rules, '750')).toBe('112500.00');
    expect(gen[0]!.payable).toBe('112500.00');
    // 751 kW: within the threshold: 75.1 % × £150,000.
    expect(pay(input, rules, '751')).toBe('112650.00');
  });

  it('asking for 10 % less costs more below the threshold, and says why', () => {
    const out = sweepCapacity(generation(), ipr);
    if (!out.ok) throw new Error(out.message);
    // Today 500 kW: 50 % × £100,000 + £50,000 = £100,000. At 450 kW: 45 % × £90,000 + £60,000 = £100,500.
    expect(out.sweep.today.payable!.expected).toBe('100000.00');
    expect(out.sweep.tenPercentLess.point.payable!.expected).toBe('100500.00');
    expect(out.sweep.tenPercentLess.sentence).toContain('£500.00 (0.5 %) more than today');
  });

  it('moves the kW with the kVA at the same power factor', () => {
    const input = generation();
    input.connection.exportCapacityKva = '625';
    input.connection.exportCapacityKw = '500';
    const out = sweepCapacity(input, ipr);
    if (!out.ok) throw new Error(out.message);
    // 750 kW at a power factor of 0.8 is 937.5 kVA.
    const gen = out.sweep.markers.find((m) => m.kind === 'generation-threshold')!;
    expect(gen.kva).toBe('937.5');
    expect(gen.value).toBe('750');
  });

  it('is not applied to demand (001 §4.17: "for generation connections only")', () => {
    const out = sweepCapacity(demand('100', '1000'), ipr);
    if (!out.ok) throw new Error(out.message);
    expect(out.sweep.markers.some((m) => m.kind === 'generation-threshold')).toBe(false);
  });
});

describe('capacity sweep: the Access SCR demand threshold of £1,720/kVA (only that reading)', () => {
  // £258,000 of reinforcement = £1,720 × 150 kVA.
  function scr(override: boolean): EstimateInput {
    const input = demand('100', '1000', {
      ruleSetOverride: override ? 'gb-access-scr-2023' : null,
    });
    input.schemes.minimum.lines[0]!.unitPrice = { kind: 'fixed', amount: '258000' };
    return input;
  }

  it('marks 150 kVA and prices just below, at and above it', () => {
    const input = deepFreeze(scr(true));
    const out = sweepCapacity(input, ipr);
    if (!out.ok) throw new Error(out.message);
    const m = out.sweep.markers.filter((x) => x.kind === 'access-scr-threshold');
    expect(m.map((x) => x.kva)).toEqual(['150']);
    expect(m[0]!.citation).toBe(ipr.citations.accessScrDemand);
    // 149 kVA: £258,000 − £1,720 × 149 = £1,720, + £1,500 service.
    expect(pay(input, ipr, '149')).toBe('3220.00');
    expect(pay(input, ipr, '150')).toBe('1500.00');
    expect(pay(input, ipr, '151')).toBe('1500.00');
    // Today, 100 kVA: £258,000 − £172,000 = £86,000, + £1,500.
    expect(out.sweep.today.payable!.expected).toBe('87500.00');
  });

  it('is not marked under the statement’s own rules', () => {
    const out = sweepCapacity(scr(false), ipr);
    if (!out.ok) throw new Error(out.message);
    expect(out.sweep.markers.some((m) => m.kind === 'access-scr-threshold')).toBe(false);
  });
});

describe('capacity sweep: the engine', () => {
  it('gives the same figures as the full computeEstimate, which also works out the other reading', () => {
    const input = generation();
    const fast = chargeAtCapacity(input, ipr, '640');
    const full = computeEstimate(inputAtCapacity(input, '640'), ipr);
    if (!full.ok || !fast.result) throw new Error('rejected');
    expect(fast.payable).toEqual(full.result.comparison.payableExVat);
    expect(fast.result.otherReading).toBeNull();
    expect(full.result.otherReading).not.toBeNull();
    // The kW moved with the kVA.
    expect(inputAtCapacity(input, '640').connection.exportCapacityKw).toBe('640');
  });
});

describe('capacity sweep: voltage and problems', () => {
  it('marks the largest demand normally given at LV (001 §3.18) when the range crosses it', () => {
    const out = sweepCapacity(demand('600', '5000'), ipr, {
      lvLimit: { kva: '1000', citation: '001 §3.18' },
    });
    if (!out.ok) throw new Error(out.message);
    const v = out.sweep.markers.filter((m) => m.kind === 'voltage');
    expect(v.map((m) => [m.kva, m.citation])).toEqual([['1000', '001 §3.18']]);
    expect(v[0]!.text).toMatch(/normally given at high voltage/);
  });

  it('says in words when there is no capacity to sweep', () => {
    const out = sweepCapacity(demand('', '150'), ipr);
    expect(out).toEqual({
      ok: false,
      message: 'Enter the requested capacity to see the charge at other capacities.',
    });
  });
});

describe('capacity sweep: words', () => {
  it('puts one point in a sentence', () => {
    const out = sweepCapacity(demand('100', '150'), ipr);
    if (!out.ok) throw new Error(out.message);
    expect(sweepPointSentence(out.sweep.tenPercentLess.point, out.sweep.unit)).toBe(
      "At 90 kVA (90 % of today's request) you would pay £7,500.00 excluding VAT.",
    );
  });

  it('takes the LV limit only from the statement that publishes it (001 §3.18)', () => {
    expect(lvLimitFor(statement('ipr-v1.7-2025').parameters)).toEqual({
      kva: '1000',
      citation: '001 §3.18',
    });
    expect(lvLimitFor(statement('spm-2008').parameters)).toBeNull();
    expect(lvLimitFor(null)).toBeNull();
  });
});
