import { describe, expect, it } from 'vitest';
import {
  buildRsnSplitChart,
  buildSchemeBreakdownChart,
  buildSchemeRangeChart,
  buildShareChart,
  CATEGORY_STYLES,
  OKABE_ITO,
} from '../../src/charts';
import { compute, operatorCostsMore, template } from '../compare/fixtures';

describe('buildSchemeBreakdownChart', () => {
  it('stacks each category per scheme, with the operator-funded share marked', () => {
    const result = compute(operatorCostsMore());
    const chart = buildSchemeBreakdownChart(result);
    expect(chart.labels).toEqual(['Minimum Scheme', 'Enhanced Scheme']);
    const byKey = Object.fromEntries(chart.datasets.map((d) => [d.key, d]));
    // Minimum: £1,500 service + 50 m × £40 main = £3,500 contestable; 20 % of £10,000.
    expect(byKey.extensionContestable?.data).toEqual([3500, 3500]);
    expect(byKey.reinforcementCustomer?.data).toEqual([2000, 5000]);
    expect(byKey.reinforcementOperator?.data).toEqual([8000, 45000]);
    expect(byKey.reinforcementOperator?.label).toMatch(/not charged to you/);
    // Categories that are zero everywhere and not core are left out.
    expect(byKey.passThrough).toBeUndefined();
    expect(byKey.previousWorks).toBeUndefined();
    expect(chart.summary).toContain('Minimum Scheme: you pay £5,500.00 excluding VAT');
    expect(chart.summary).toContain('The operator funds a further £45,000.00');
    const total = chart.table.rows.find((r) => r.header === 'Your charge, excluding VAT');
    expect(total?.cells).toEqual(['£5,500.00', '£8,500.00']);
    expect(chart.isEmpty).toBe(false);
  });

  it('shows pass-through and previous works when an estimate has them', () => {
    const input = operatorCostsMore();
    input.schemes.minimum.lines.push({
      id: 'pt',
      description: 'Transmission works',
      quantity: '1',
      unit: 'lot',
      unitPrice: { kind: 'fixed', amount: '7000' },
      contestable: false,
      kind: 'pass-through',
      charging: { rule: 'pass-through', source: 'transmission' },
    });
    input.schemes.minimum.previousWorks.push({
      id: 'pw',
      description: 'Earlier reinforcement',
      basis: { kind: 'amount', amount: '1200' },
      firstConnectionDate: '2020-01-01',
    });
    const chart = buildSchemeBreakdownChart(compute(input));
    const keys = chart.datasets.map((d) => d.key);
    expect(keys).toContain('passThrough');
    expect(keys).toContain('previousWorks');
    expect(chart.datasets.find((d) => d.key === 'passThrough')?.data).toEqual([7000, 0]);
    expect(chart.datasets.find((d) => d.key === 'previousWorks')?.data).toEqual([1200, 0]);
  });

  it('uses the chosen scenario for ranged prices', () => {
    const input = operatorCostsMore();
    input.schemes.minimum.lines[1]!.unitPrice = { kind: 'range', low: '1000', high: '2000' };
    const result = compute(input);
    const low = buildSchemeBreakdownChart(result, 'low');
    const high = buildSchemeBreakdownChart(result, 'high');
    expect(low.datasets.find((d) => d.key === 'extensionContestable')?.data[0]).toBe(3000);
    expect(high.datasets.find((d) => d.key === 'extensionContestable')?.data[0]).toBe(4000);
    expect(low.title).toMatch(/low prices/);
  });

  it('gives every series a distinct colour and a distinct pattern', () => {
    const styles = Object.values(CATEGORY_STYLES);
    expect(new Set(styles.map((s) => s.color)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.pattern)).size).toBe(styles.length);
    expect(Object.values(OKABE_ITO)).toContain(CATEGORY_STYLES.extensionContestable.color);
  });
});

describe('buildSchemeRangeChart', () => {
  it('gives low, expected and high per scheme and what you pay', async () => {
    const file = await template('ipr-ex-09');
    const chart = buildSchemeRangeChart(compute(file.inputs));
    expect(chart.labels).toEqual(['Minimum Scheme', 'Enhanced Scheme', 'What you pay']);
    expect(chart.datasets.map((d) => d.label)).toEqual(['Low', 'Expected', 'High']);
    // 001 Ex 9: £4,000 minimum (20 % of £10,000 + £2,000), £3,500 enhanced (10 % of £15,000 + £2,000).
    const expected = chart.datasets.find((d) => d.key === 'expected')!;
    expect(expected.data).toEqual([4000, 3500, 3500]);
    expect(chart.summary).toContain('What you pay: £3,500.00 (the prices are fixed)');
    expect(chart.table.rows[2]?.cells).toEqual(['£3,500.00', '£3,500.00', '£3,500.00']);
  });

  it('has no "what you pay" bar without an Enhanced Scheme', () => {
    const input = operatorCostsMore();
    input.schemes.enhanced = null;
    input.enhancement = null;
    const chart = buildSchemeRangeChart(compute(input));
    expect(chart.labels).toEqual(['Minimum Scheme']);
  });

  it('describes a real range in words', () => {
    const input = operatorCostsMore();
    input.schemes.minimum.lines[1]!.unitPrice = { kind: 'range', low: '1000', high: '2000' };
    const chart = buildSchemeRangeChart(compute(input));
    expect(chart.summary).toContain('Minimum Scheme: £5,000.00 to £6,000.00, expected £5,500.00');
  });
});

describe('buildRsnSplitChart', () => {
  it('splits each section between the customer and the operator', () => {
    const chart = buildRsnSplitChart(compute(operatorCostsMore()));
    expect(chart.labels).toEqual([
      'Minimum: Transformer 500 kVA (CAF 20.0%)',
      'Enhanced: Transformer 1000 kVA (CAF 10.0%)',
    ]);
    expect(chart.datasets[0]?.data).toEqual([2000, 5000]);
    expect(chart.datasets[1]?.data).toEqual([8000, 45000]);
    expect(chart.table.rows[0]?.cells).toEqual(['20.0%', '£2,000.00', '£8,000.00', '£10,000.00']);
  });

  it('gives each of several sections its own bar (001 Ex 10)', async () => {
    const file = await template('ipr-ex-10');
    const result = compute(file.inputs);
    const chart = buildRsnSplitChart(result);
    expect(chart.labels.length).toBeGreaterThanOrEqual(result.schemes.minimum.rsns.length);
    for (const rsn of result.schemes.minimum.rsns) {
      expect(chart.labels.some((l) => l.includes(rsn.name))).toBe(true);
    }
  });

  it('says so when there is no reinforcement', () => {
    const input = operatorCostsMore();
    input.schemes.minimum.lines = input.schemes.minimum.lines.filter(
      (l) => l.kind !== 'reinforcement',
    );
    input.schemes.minimum.rsns = [];
    input.schemes.enhanced = null;
    input.enhancement = null;
    const chart = buildRsnSplitChart(compute(input));
    expect(chart.labels).toEqual([]);
    expect(chart.isEmpty).toBe(true);
    expect(chart.summary).toMatch(/no reinforcement/);
  });
});

describe('buildShareChart', () => {
  it('leaves out a share that is zero for every scheme (001 Ex 3B: the operator funds nothing)', async () => {
    const result = compute((await template('ipr-ex-03b')).inputs);
    const chart = buildShareChart(result);
    expect(chart.datasets.map((d) => d.key)).toEqual(['customer']);
    // The words and the table still say so.
    expect(chart.summary).toContain('the operator funds £0.00');
    expect(chart.table.columns).toEqual(['Scheme', 'You pay', 'The operator funds']);
  });

  it('keeps both shares where the operator funds some of the works', () => {
    const chart = buildShareChart(compute(operatorCostsMore()));
    expect(chart.datasets.map((d) => d.key)).toEqual(['customer', 'operator']);
  });
});
