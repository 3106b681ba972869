import { describe, expect, it } from 'vitest';
import { estimateDiversion, reconcileDiversion } from '../../src/guidance/diversion';

const p = {
  transportDiscount: '0.075',
  highwayDiscount: '0.18',
  upFrontShare: '0.75',
  reconciliationThreshold: '100',
  citation: '002 §5.3.2',
};

describe('NRSWA diversions (002 §5.3.2)', () => {
  it('transport works paid up front: 7.5 % off, 75 % of 92.5 % up front', () => {
    expect(estimateDiversion('100000', 'transport', true, p)).toMatchObject({
      discountedEstimate: '92500.00',
      upFront: '69375.00',
      atCompletion: '23125.00',
    });
  });

  it('highway or bridge works paid up front: 18 % off, 75 % of 82 % up front', () => {
    expect(estimateDiversion('100000', 'highway-or-bridge', true, p)).toMatchObject({
      discountedEstimate: '82000.00',
      upFront: '61500.00',
      atCompletion: '20500.00',
    });
  });

  it('no discount without payment up front, or for other diversions', () => {
    expect(estimateDiversion('100000', 'highway-or-bridge', false, p).discountedEstimate).toBe(
      '100000.00',
    );
    expect(estimateDiversion('100000', 'other', true, p).discountedEstimate).toBe('100000.00');
  });

  it('reconciles: within £100 below gives no refund; beyond is refunded; overruns are paid', () => {
    expect(reconcileDiversion('10000', '9900', p).balance).toBe('0.00');
    expect(reconcileDiversion('10000', '9899.99', p).balance).toBe('-100.01');
    expect(reconcileDiversion('10000', '10050', p).balance).toBe('50.00');
  });
});
