import { describe, expect, it } from 'vitest';
import { itemBand } from '../../src/engine/quoteAccuracy';
import {
  checkQuoteAccuracy,
  qasParametersFromStatement,
  type QasItem,
} from '../../src/guidance/quoteAccuracy';
import { row, statement } from './fixtures';

const params = { toleranceRate: '0.05', toleranceMinimum: '150', citation: '001 §7.10' };
const item = (min: string, max: string, quantity = '1'): QasItem => ({
  description: 'Service',
  quantity,
  min,
  max,
  citation: '001 §7 Part F1',
});

describe('an item’s band: quantity × the row’s minimum and maximum', () => {
  it('multiplies exactly, to the penny, and gives none for a row priced on application', () => {
    expect(itemBand(item('743.10', '2234.55', '3.5'))).toEqual({
      low: '2600.85',
      high: '7820.93',
    });
    expect(itemBand({ quantity: '2', min: null, max: null })).toBeNull();
  });
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
    const v = checkQuoteAccuracy('covered', [item('1000', '2000')], quoted, params);
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
    const v = checkQuoteAccuracy('covered', [item('2000', '3000', '2')], quoted, params);
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
      'covered',
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

describe('QAS tolerance read from the real statement (001 §7.10)', () => {
  const ipr = statement('ipr-v1.7-2025');
  const p = qasParametersFromStatement(ipr)!;
  const priced = (id: string, quantity: string): QasItem => {
    const r = row(ipr, id);
    if (r.price.poa) throw new Error(`${id} is POA`);
    return {
      description: r.description,
      quantity,
      min: r.price.min,
      max: r.price.max,
      citation: r.citation,
    };
  };

  it('is 5 % or £150, from the parameters with their citation', () => {
    expect(p).toEqual({
      toleranceRate: '0.05',
      tolerancePercent: '5',
      toleranceMinimum: '150',
      citation: '001 §7.10',
      schemeCitation: '001 §7.8–7.12',
      coverageCitation: '001 §7.7, §7.9',
    });
  });

  it('gives null for a statement without the QAS parameters', () => {
    expect(qasParametersFromStatement(statement('spm-2008'))).toBeNull();
  });

  // F1-02 £1,280–£1,940 + 10 m × F1-05 £55–£80 = £1,830–£2,740. 5 % of each edge is below
  // £150 (£91.50, £137), so £150 applies: limits £1,680 and £2,890.
  it.each([
    ['2890.00', 'within'],
    ['2890.01', 'above'],
    ['1680.00', 'within'],
    ['1679.99', 'below'],
  ] as const)('single house with 10 m extra in verge: £%s is %s', (quoted, kind) => {
    const v = checkQuoteAccuracy(
      'covered',
      [priced('001-F1-02', '1'), priced('001-F1-05', '10')],
      quoted,
      p,
    );
    expect(v).toMatchObject({
      kind,
      bandMin: '1830.00',
      bandMax: '2740.00',
      upperLimit: '2890.00',
      lowerLimit: '1680.00',
    });
  });

  // F1-18 £6,200–£9,200 + 20 m × F1-22 £390–£580 = £14,000–£20,800: 5 % is £700 below and
  // £1,040 above, both over £150, so the limits are £13,300 and £21,840.
  it.each([
    ['21840.00', 'within', false],
    ['21840.01', 'above', true],
    ['13300.00', 'within', false],
    ['13299.99', 'below', true],
  ] as const)('LV main in carriageway: £%s is %s', (quoted, kind, canEnter) => {
    const v = checkQuoteAccuracy(
      'covered',
      [priced('001-F1-18', '1'), priced('001-F1-22', '20')],
      quoted,
      p,
    );
    expect(v).toMatchObject({
      kind,
      canEnterQas: canEnter,
      toleranceAbove: '1040.00',
      toleranceBelow: '700.00',
    });
  });
});
