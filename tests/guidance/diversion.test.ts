import { describe, expect, it } from 'vitest';
import {
  diversionParametersFromStatement,
  estimateDiversion,
  reconcileDiversion,
} from '../../src/guidance/diversion';
import { statement } from './fixtures';

// The parameters as the 002 statement file gives them (002 §5.3.2).
const p = diversionParametersFromStatement(statement('spm-2008'))!;

describe('NRSWA diversions (002 §5.3.2)', () => {
  it('reads 7.5 %, 18 %, 75 % and £100 from the 002 statement', () => {
    expect(p).toEqual({
      transportDiscount: '0.075',
      highwayDiscount: '0.18',
      upFrontShare: '0.75',
      reconciliationThreshold: '100',
      citation: '002 §5.3.2',
    });
    expect(diversionParametersFromStatement(statement('ipr-v1.7-2025'))).toBeNull();
  });

  it('transport works paid up front: 7.5 % off, 75 % of 92.5 % up front', () => {
    expect(estimateDiversion('100000', 'transport', true, p)).toMatchObject({
      discountRate: '0.075',
      discountedEstimate: '92500.00',
      upFront: '69375.00',
      atCompletion: '23125.00',
    });
  });

  it('highway or bridge works paid up front: 18 % off, 75 % of 82 % up front', () => {
    const d = estimateDiversion('100000', 'highway-or-bridge', true, p);
    expect(d).toMatchObject({
      discountedEstimate: '82000.00',
      upFront: '61500.00',
      atCompletion: '20500.00',
    });
    expect(d.explanation.join(' ')).toContain('£100,000.00 × (1 − 18%) = £82,000.00');
  });

  it('rounds each figure to pence so up front and at completion add up', () => {
    // £12,345.67 × 0.925 = £11,419.74475 → £11,419.74; 75 % = £8,564.805 → £8,564.81.
    expect(estimateDiversion('12345.67', 'transport', true, p)).toMatchObject({
      discountedEstimate: '11419.74',
      upFront: '8564.81',
      atCompletion: '2854.93',
    });
  });

  it('no discount without payment up front, or for other diversions', () => {
    const late = estimateDiversion('100000', 'highway-or-bridge', false, p);
    expect(late).toMatchObject({ discountRate: '0', discountedEstimate: '100000.00' });
    expect(late.explanation[0]).toMatch(/75% of the discounted estimate/);
    expect(estimateDiversion('100000', 'other', true, p).discountedEstimate).toBe('100000.00');
  });

  it('refuses a negative estimate in plain words', () => {
    expect(() => estimateDiversion('-1', 'transport', true, p)).toThrow(/cannot be negative/);
  });

  it('reconciles: within £100 below gives no refund; beyond is refunded; overruns are paid', () => {
    expect(reconcileDiversion('10000', '9900', p).balance).toBe('0.00');
    expect(reconcileDiversion('10000', '9899.99', p).balance).toBe('-100.01');
    expect(reconcileDiversion('10000', '10050', p).balance).toBe('50.00');
    expect(reconcileDiversion('10000', '10000', p).balance).toBe('0.00');
  });
});
