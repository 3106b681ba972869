import { describe, expect, it } from 'vitest';
import { checkQuoteAccuracy, type QasItem } from '../../src/guidance/quoteAccuracy';

const params = { tolerancePercent: '0.05', toleranceMinimum: '150', citation: '001 §7.10' };
const item = (min: string, max: string, quantity = '1'): QasItem => ({
  description: 'Service',
  quantity,
  min,
  max,
  citation: '001 §7 Part F1',
});

describe('Quotation Accuracy Scheme (001 §7.8–7.12)', () => {
  // A £1,000–£2,000 band: 5 % of either edge is below £150, so the £150 minimum applies.
  it.each([
    ['2150.00', 'within', false],
    ['2150.01', 'above', true],
    ['850.00', 'within', false],
    ['849.99', 'below', true],
    ['1500.00', 'within', false],
  ] as const)('£150 tolerance: a quote of £%s is %s', (quoted, kind, canEnter) => {
    const v = checkQuoteAccuracy('single-lv-service', [item('1000', '2000')], quoted, params);
    expect(v.kind).toBe(kind);
    if (v.kind === 'within' || v.kind === 'above' || v.kind === 'below') {
      expect(v.canEnterQas).toBe(canEnter);
      expect(v.upperLimit).toBe('2150.00');
      expect(v.lowerLimit).toBe('850.00');
    }
  });

  // A £4,000–£6,000 band (2 × £2,000–£3,000): 5 % of each edge exceeds £150.
  it.each([
    ['6300.00', 'within'],
    ['6300.01', 'above'],
    ['3800.00', 'within'],
    ['3799.99', 'below'],
  ] as const)('5 %% tolerance: a quote of £%s is %s', (quoted, kind) => {
    const v = checkQuoteAccuracy('small-project', [item('2000', '3000', '2')], quoted, params);
    expect(v.kind).toBe(kind);
    if (v.kind !== 'not-covered' && v.kind !== 'cannot-check') {
      expect(v.bandMin).toBe('4000.00');
      expect(v.bandMax).toBe('6000.00');
      expect(v.toleranceAbove).toBe('300.00');
      expect(v.toleranceBelow).toBe('200.00');
      expect(v.arithmetic.join('\n')).toContain('2 × £2,000.00–£3,000.00');
    }
  });

  it('refuses connections the scheme does not cover (001 §7.9)', () => {
    const v = checkQuoteAccuracy('other', [item('1', '2')], '5', params);
    expect(v.kind).toBe('not-covered');
  });

  it('cannot check a band with POA items and names them', () => {
    const v = checkQuoteAccuracy(
      'small-project',
      [
        item('1', '2'),
        { description: 'HV joint', quantity: '1', min: null, max: null, citation: 'x' },
      ],
      '5',
      params,
    );
    expect(v).toMatchObject({ kind: 'cannot-check', poaItems: ['HV joint'] });
  });
});
