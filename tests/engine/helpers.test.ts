import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  addYears,
  capitalisedOm,
  chooseRuleSet,
  EngineInputError,
  eccrPeriodYears,
  existingCapacity,
  faultLevelCaf,
  isWithinEccrPeriod,
  newFaultLevelCapacity,
  newNetworkCapacity,
  omFactor,
  requiredCapacity,
  securityCaf,
  selectRsnFeeders,
} from '../../src/engine';
import type { ConnectionInput } from '../../src/engine';
import { ipr, spm } from './fixtures';

const str = (d: Decimal) => d.toString();

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineInputError) return e.code;
    throw e;
  }
  throw new Error('expected an EngineInputError');
}

describe('newNetworkCapacity (001 §4.29)', () => {
  it('secure N-1 is the sum less the largest (Ex 8A, Ex 13, Ex 10)', () => {
    expect(str(newNetworkCapacity(['7.7', '7.7', '7.7'], true))).toBe('15.4');
    expect(str(newNetworkCapacity(['5', '4', '7'], true))).toBe('9');
    expect(str(newNetworkCapacity(['10', '10', '7.7'], true))).toBe('17.7');
  });
  it('non-secure is the sum (Ex 11)', () => {
    expect(str(newNetworkCapacity(['24', '24'], false))).toBe('48');
  });
  it('rejects more than three feeders, in plain words', () => {
    expect(() => newNetworkCapacity(['1', '2', '3', '4'], true)).toThrow(/at most 3 feeders/);
    expect(codeOf(() => newNetworkCapacity(['1', '2', '3', '4'], false))).toBe(
      'rsn.ratings.tooMany',
    );
  });
  it('rejects a secure capacity from one feeder (zero) and non-positive ratings', () => {
    expect(codeOf(() => newNetworkCapacity(['500'], true))).toBe('rsn.capacity.zero');
    expect(codeOf(() => newNetworkCapacity(['0', '5'], false))).toBe('rsn.ratings.notPositive');
    expect(codeOf(() => newNetworkCapacity([], false))).toBe('rsn.ratings.empty');
    expect(codeOf(() => newNetworkCapacity(['abc'], false))).toBe('number.unparsable');
  });
});

describe('selectRsnFeeders (001 Ex 13)', () => {
  it('chooses the two existing feeders closest in rating to the new one', () => {
    // New 7 MVA feeder: 5 (|−2|) and 4 (|−3|) are closer than 12 (|5|) and 2 (|−5|).
    const chosen = selectRsnFeeders(['12', '5', '2', '4'], '7');
    expect(chosen.map((c) => c.index)).toEqual([1, 3]);
    expect(chosen.map((c) => c.rating.toString())).toEqual(['5', '4']);
  });
  it('breaks ties by position and returns fewer when fewer exist', () => {
    // 7.5 is nearest (0.5); 6 and 8 tie at 1, and the earlier (6) is kept.
    expect(selectRsnFeeders(['6', '8', '7.5'], '7').map((c) => c.index)).toEqual([2, 0]);
    expect(selectRsnFeeders(['3'], '7').map((c) => c.index)).toEqual([0]);
  });
});

describe('newFaultLevelCapacity and faultLevelCaf (001 §4.31, Ex 5)', () => {
  it('is the lower of the equipment rating and the local limit', () => {
    expect(str(newFaultLevelCapacity('350', '250'))).toBe('250');
    expect(str(newFaultLevelCapacity('200', '250'))).toBe('200');
    expect(str(newFaultLevelCapacity('350', null))).toBe('350');
  });
  it('Fault Level CAF = 3 × contribution / capacity, capped at 100 %', () => {
    expect(str(faultLevelCaf('10', '250'))).toBe('0.12');
    expect(str(faultLevelCaf('100', '250'))).toBe('1');
    expect(codeOf(() => faultLevelCaf('1', '0'))).toBe('rsn.faultLevel.capacityZero');
  });
});

describe('securityCaf (001 §4.30)', () => {
  it('is Required / New Network Capacity, capped at 100 %', () => {
    expect(str(securityCaf('100', '500'))).toBe('0.2');
    expect(new Decimal(securityCaf('3', '7.6')).toFixed(6)).toBe('0.394737');
    expect(str(securityCaf('900', '500'))).toBe('1');
  });
  it('rejects zero capacity', () => {
    expect(codeOf(() => securityCaf('100', '0'))).toBe('rsn.capacity.zero');
  });
});

describe('existingCapacity (001 §4.29)', () => {
  it('is the Chargeable Capacity when given', () => {
    expect(str(existingCapacity({ chargeableCapacityKva: '200', fuseA: '100' }).kva)).toBe('200');
  });
  it('else the lower of phases × kV × A and the service rating', () => {
    // 3 × 0.23 × 100 = 69 kVA, below a 100 kVA service rating
    const e = existingCapacity({
      phases: 3,
      phaseNeutralKv: '0.23',
      fuseA: '100',
      serviceRatingKva: '100',
    });
    expect(str(e.kva)).toBe('69');
    expect(e.explanation.formula).toContain('3 × 0.23 kV × 100 A = 69 kVA');
    // 1 × 0.23 × 100 = 23 kVA, above a 15 kVA service rating
    expect(
      str(
        existingCapacity({
          phases: 1,
          phaseNeutralKv: '0.23',
          fuseA: '100',
          serviceRatingKva: '15',
        }).kva,
      ),
    ).toBe('15');
  });
  it('needs something to work from', () => {
    expect(codeOf(() => existingCapacity({}))).toBe('existing.missing');
  });
});

const conn = (c: Partial<ConnectionInput>): ConnectionInput => ({
  type: 'demand',
  importCapacityKva: '850',
  pocVoltage: 'LV',
  phases: 3,
  isTemporary: false,
  isSpeculative: false,
  ...c,
});

describe('requiredCapacity (001 §4.32)', () => {
  it('demand: the import capacity; generation: the export capacity; storage: the larger of the two (001 Glossary "Maximum Capacity")', () => {
    expect(str(requiredCapacity(conn({})).kva)).toBe('850');
    expect(
      str(
        requiredCapacity(
          conn({ type: 'generation', importCapacityKva: '5', exportCapacityKva: '3000' }),
        ).kva,
      ),
    ).toBe('3000');
    expect(str(requiredCapacity(conn({ type: 'storage', exportCapacityKva: '400' })).kva)).toBe(
      '850',
    );
    expect(
      str(
        requiredCapacity(
          conn({ type: 'storage', importCapacityKva: '100', exportCapacityKva: '400' }),
        ).kva,
      ),
    ).toBe('400');
  });
  it('an increase uses the increment plus related increases in the previous three years (Ex 4)', () => {
    const r = requiredCapacity(conn({ increase: { existing: { chargeableCapacityKva: '200' } } }));
    expect(str(r.kva)).toBe('650');
    const withRelated = requiredCapacity(
      conn({ increase: { existing: { chargeableCapacityKva: '200' }, relatedIncreasesKva: '50' } }),
    );
    expect(str(withRelated.kva)).toBe('700');
    expect(withRelated.explanation.map((e) => e.citation)).toContain('001 §4.32');
  });
  it('an "increase" that is not an increase is rejected', () => {
    expect(
      codeOf(() =>
        requiredCapacity(conn({ increase: { existing: { chargeableCapacityKva: '850' } } })),
      ),
    ).toBe('increase.notIncrease');
  });
  it('generation without export capacity is rejected', () => {
    expect(codeOf(() => requiredCapacity(conn({ type: 'generation' })))).toBe(
      'connection.exportCapacity.missing',
    );
  });
});

describe('chooseRuleSet', () => {
  it("uses the statement's own methodology whatever the application date", () => {
    expect(chooseRuleSet(ipr, '2023-03-31', null).id).toBe('cccm');
    expect(chooseRuleSet(ipr, '2026-04-01', null).id).toBe('cccm');
    expect(chooseRuleSet(spm, '2010-01-01', null).id).toBe('spm-2008');
    expect(chooseRuleSet(spm, '2026-01-01', null).id).toBe('spm-2008');
    expect(chooseRuleSet(ipr, '2026-04-01', null).reason).toContain('own');
  });
  it('honours an explicit choice and says so', () => {
    const c = chooseRuleSet(ipr, '2024-01-01', 'gb-access-scr-2023');
    expect(c.id).toBe('gb-access-scr-2023');
    expect(c.ruleSet.kind).toBe('reading');
    expect(c.reason).toMatch(/You chose/);
    expect(chooseRuleSet(ipr, '2020-01-01', 'spm-2008').ruleSet.cafCombination).toBe(
      chooseRuleSet(spm, '2020-01-01', null).ruleSet.cafCombination,
    );
  });
});

describe('O&M (001 §4.14, §6.2; 002 §2.1(e))', () => {
  it('percentage: rate × cost (Ex 3B: 20 % × 9,000 = 1,800)', () => {
    expect(str(capitalisedOm('9000', { method: 'percentage', rate: '0.2', citation: 'x' }))).toBe(
      '1800',
    );
  });
  it('annuity: annualRate × cost × (1 − (1 + r)^−n) / r', () => {
    // 2 % a year for 2 years at 10 %: 0.02 × (1 − 1/1.21) / 0.1 = 0.02 × 0.173553.../0.1 = 0.0347107...
    const f = omFactor({
      method: 'annuity',
      annualRate: '0.02',
      lifeYears: '2',
      costOfCapital: '0.1',
      citation: 'x',
    });
    expect(f.toFixed(10)).toBe(
      new Decimal(0.02)
        .times(new Decimal(1).minus(new Decimal(1).div('1.21')))
        .div('0.1')
        .toFixed(10),
    );
    expect(
      str(
        capitalisedOm('1000', {
          method: 'annuity',
          annualRate: '0.02',
          lifeYears: '5',
          costOfCapital: '0',
          citation: 'x',
        }),
      ),
    ).toBe('100');
  });
  it('rejects a non-positive life', () => {
    expect(
      codeOf(() =>
        omFactor({
          method: 'annuity',
          annualRate: '0.02',
          lifeYears: '0',
          costOfCapital: '0.1',
          citation: 'x',
        }),
      ),
    ).toBe('om.life.notPositive');
  });
});

describe('ECCR prescribed period (001 §4.43–4.44)', () => {
  it('5 years for connections before 6 April 2017, 10 years from then', () => {
    expect(eccrPeriodYears(ipr.eccrPeriods, '2017-04-05')).toBe(5);
    expect(eccrPeriodYears(ipr.eccrPeriods, '2017-04-06')).toBe(10);
    expect(eccrPeriodYears(spm.eccrPeriods, '2005-01-01')).toBe(5);
  });
  it('the period runs to the day before the anniversary', () => {
    expect(isWithinEccrPeriod('2021-12-31', '2017-01-01', 5)).toBe(true);
    expect(isWithinEccrPeriod('2022-01-01', '2017-01-01', 5)).toBe(false);
    expect(isWithinEccrPeriod('2016-12-31', '2017-01-01', 5)).toBe(false);
  });
  it('adds years on the calendar, 29 February rolling to 1 March', () => {
    expect(addYears('2020-02-29', 1)).toBe('2021-03-01');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
    expect(addYears('2017-04-06', 10)).toBe('2027-04-06');
  });
});
