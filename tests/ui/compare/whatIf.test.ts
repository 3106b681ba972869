import { describe, expect, it } from 'vitest';
import { computeEstimate, type EstimateInput } from '../../../src/engine';
import {
  applyWhatIf,
  runWhatIf,
  whatIfLineChoices,
  whatIfProblems,
} from '../../../src/ui/compare/whatIf';
import { ipr, operatorCostsMore } from '../../compare/fixtures';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('what-if', () => {
  it('recomputes at a new capacity: "At 476 kVA the CAF would be 95.2% …"', () => {
    const input = deepFreeze(operatorCostsMore());
    const run = runWhatIf(input, ipr, { capacityKva: '476' });
    if (!run.ok) throw new Error(run.messages.join(' '));
    // 476 / 500 = 95.2 %: £9,520 of the £10,000 transformer, plus £3,500 of extension.
    // The enhanced scheme would be 47.6 % of £50,000 + £3,500 = £27,300, so the minimum is charged.
    expect(run.sentence).toBe(
      'At 476 kVA the CAF would be 95.2% and you would pay £13,020.00 excluding VAT.',
    );
    expect(run.result.comparison.payableExVat.expected).toBe('13020.00');
    expect(run.input.connection.importCapacityKva).toBe('476');
    expect(input.connection.importCapacityKva).toBe('100');
  });

  it('varies the length of a chosen cable line on a copy', () => {
    const input = operatorCostsMore();
    const before = JSON.stringify(input);
    const run = runWhatIf(input, ipr, {
      line: { scheme: 'minimum', lineId: 'min-main', quantity: '125' },
    });
    if (!run.ok) throw new Error(run.messages.join(' '));
    // 125 m × £40 = £5,000; with £1,500 service and 20 % of £10,000: £8,500.
    expect(run.result.schemes.minimum.totals.customerExVat.expected).toBe('8500.00');
    expect(run.sentence).toContain('with 125 m of “LV main”');
    expect(run.sentence).toContain('the CAF would be 20.0%');
    expect(JSON.stringify(input)).toBe(before);
  });

  it('gives the same answer as the engine on the edited inputs', () => {
    const input = operatorCostsMore();
    const change = {
      capacityKva: '250',
      line: { scheme: 'enhanced' as const, lineId: 'enh-main', quantity: '10' },
    };
    const run = runWhatIf(input, ipr, change);
    const direct = computeEstimate(applyWhatIf(input, change), ipr);
    if (!run.ok || !direct.ok) throw new Error('rejected');
    expect(run.result.comparison).toEqual(direct.result.comparison);
  });

  it('uses the export capacity for generation', () => {
    const input: EstimateInput = {
      ...operatorCostsMore(),
      connection: {
        ...operatorCostsMore().connection,
        type: 'generation',
        exportCapacityKva: '100',
        exportCapacityKw: '100',
      },
    };
    const copy = applyWhatIf(input, { capacityKva: '200' });
    expect(copy.connection.exportCapacityKva).toBe('200');
    expect(copy.connection.importCapacityKva).toBe('100');
  });

  it('reads “1,000”, “300 kVA” and “1,200” as the draft’s own boxes do', () => {
    const input = operatorCostsMore();
    const change = {
      capacityKva: '1,000',
      line: { scheme: 'minimum' as const, lineId: 'min-main', quantity: '1,200' },
    };
    expect(whatIfProblems(input, change)).toEqual([]);
    const copy = applyWhatIf(input, change);
    expect(copy.connection.importCapacityKva).toBe('1000');
    expect(copy.schemes.minimum.lines.find((l) => l.id === 'min-main')?.quantity).toBe('1200');
    expect(applyWhatIf(input, { capacityKva: '300 kVA' }).connection.importCapacityKva).toBe('300');
  });

  it('lists length-priced lines first', () => {
    const choices = whatIfLineChoices(operatorCostsMore());
    expect(choices.map((c) => c.lineId).slice(0, 2)).toEqual(['min-main', 'enh-main']);
    expect(choices[0]?.label).toBe('Minimum: LV main (50 m)');
    expect(choices.every((c) => c.isLength)).toBe(true);
  });

  it('refuses bad input in plain words and computes nothing', () => {
    const input = operatorCostsMore();
    expect(whatIfProblems(input, { capacityKva: 'lots' })).toEqual([
      'The capacity “lots” is not a number of kVA above zero.',
    ]);
    const run = runWhatIf(input, ipr, {
      line: { scheme: 'minimum', lineId: 'gone', quantity: '-3' },
    });
    expect(run.ok).toBe(false);
    if (!run.ok) {
      expect(run.messages).toContain('The quantity “-3” is not a number of zero or more.');
      expect(run.messages).toContain(
        'The line chosen for the what-if is no longer in the estimate.',
      );
    }
  });
});
