import { describe, expect, it } from 'vitest';
import { comparisonText } from '../../../src/ui/compare/comparisonText';
import { compute, operatorCostsMore, template } from '../../compare/fixtures';

describe('comparisonText', () => {
  it('operator-requested and dearer: the customer pays the minimum (001 §4.8, Ex 9c)', () => {
    const text = comparisonText(compute(operatorCostsMore()));
    expect(text.rule).toBe('operator-lower-of');
    expect(text.requestedBy).toBe('operator');
    expect(text.citation).toContain('§4.8');
    // Minimum £2,000 + £3,500 = £5,500; enhanced £5,000 + £3,500 = £8,500.
    expect(text.sentence).toContain("the Minimum Scheme's charge is £5,500.00");
    expect(text.sentence).toContain("the Enhanced Scheme's is £8,500.00");
    expect(text.sentence).toContain(
      "The Minimum Scheme's is lower, so you pay £5,500.00; the operator meets the extra £3,000.00",
    );
    expect(text.payable).toContain('£5,500.00 excluding VAT');
    expect(text.difference).toContain("The Enhanced Scheme's charge is £3,000.00 more");
  });

  it('001 Ex 9c through the template: capped at the £4,000 minimum', async () => {
    const file = await template('ipr-ex-09c');
    const text = comparisonText(compute(file.inputs));
    expect(text.rule).toBe('operator-lower-of');
    expect(text.sentence).toContain('you pay £4,000.00');
  });

  it('001 Ex 9b through the template: the cheaper Enhanced Scheme, £3,500', async () => {
    const file = await template('ipr-ex-09');
    const text = comparisonText(compute(file.inputs));
    expect(text.sentence).toContain("The Enhanced Scheme's is lower, so you pay £3,500.00.");
    expect(text.difference).toContain("The Enhanced Scheme's charge is £500.00 less");
  });

  it('customer-requested: the excess in full plus O&M (001 §4.13–4.14, Ex 3B £64,900)', async () => {
    const file = await template('ipr-ex-03b');
    const text = comparisonText(compute(file.inputs));
    expect(text.rule).toBe('customer-excess-plus-om');
    expect(text.requestedBy).toBe('customer');
    expect(text.citation).toContain('§4.13–4.14');
    expect(text.sentence).toContain('excess capital cost £9,000.00');
    expect(text.sentence).toContain('O&M on the excess £1,800.00');
    expect(text.sentence).toContain('you pay £64,900.00');
    expect(text.steps.some((s) => s.formula?.includes('£9,000.00'))).toBe(true);
  });

  it('customer-requested with O&M on a small estimate', () => {
    const input = operatorCostsMore();
    input.enhancement = { requestedBy: 'customer' };
    input.omOverride = { method: 'percentage', rate: '0.24', citation: '001 §6.2' };
    const text = comparisonText(compute(input));
    // Capital cost: minimum £10,000 + £1,500 + £2,000; enhanced £50,000 + £3,500: excess £40,000.
    expect(text.sentence).toContain('excess capital cost £40,000.00');
    // 001 §4.13–4.14, §4.23: the Minimum Scheme's charge (£5,500) + the excess in full
    // (£40,000) + 24 % O&M on it (£9,600) = £55,100, never the Enhanced Scheme's own
    // apportioned charge (£8,500) plus O&M.
    expect(text.sentence).toContain("the Minimum Scheme's charge £5,500.00");
    expect(text.sentence).toContain('O&M on the excess £9,600.00');
    expect(text.sentence).toContain('you pay £55,100.00');
  });

  it('with no Enhanced Scheme, the minimum sets the charge', () => {
    const input = operatorCostsMore();
    input.schemes.enhanced = null;
    input.enhancement = null;
    const text = comparisonText(compute(input));
    expect(text.rule).toBe('minimum-only');
    expect(text.difference).toBeNull();
    expect(text.sentence).toContain('There is no Enhanced Scheme');
    expect(text.sentence).toContain('£5,500.00');
    expect(text.citation).toContain('§4.3');
  });

  it('notes when the cheaper scheme changes between low and high prices', () => {
    const input = operatorCostsMore();
    // Minimum service £1,000–£13,000: cheaper than the enhanced at low prices, dearer at high.
    input.schemes.minimum.lines[1]!.unitPrice = { kind: 'range', low: '1000', high: '13000' };
    const text = comparisonText(compute(input));
    expect(text.scenarioNote).toContain("at low prices you pay the minimum scheme's charge");
    expect(text.scenarioNote).toContain("at high prices you pay the enhanced scheme's charge");
  });
});
