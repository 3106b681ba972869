import { describe, expect, it } from 'vitest';
import { buildRsnSplitChart, buildSchemeRangeChart } from '../../../src/charts';
import { chartConfig, wrapLabel } from '../../../src/ui/compare/chartConfig';
import { compute, operatorCostsMore } from '../../compare/fixtures';

describe('chartConfig', () => {
  it('stacks stacked bars on both axes and lays them out horizontally', () => {
    const data = buildRsnSplitChart(compute(operatorCostsMore()));
    const config = chartConfig(data);
    expect(config.options?.indexAxis).toBe('y');
    const scales = config.options?.scales as Record<string, { stacked?: boolean }>;
    expect(scales.x?.stacked).toBe(true);
    expect(scales.y?.stacked).toBe(true);
    expect(config.data.datasets.map((d) => d.data)).toEqual(data.datasets.map((d) => d.data));
  });

  it('does not stack grouped bars, and formats ticks in en-GB pounds', () => {
    const config = chartConfig(buildSchemeRangeChart(compute(operatorCostsMore())));
    const scales = config.options?.scales as Record<
      string,
      { stacked?: boolean; ticks?: { callback?: (v: number) => string } }
    >;
    expect(scales.y?.stacked).toBe(false);
    expect(scales.y?.ticks?.callback?.(12500)).toBe('£12,500');
  });

  it('wraps long labels onto lines instead of cutting them off', () => {
    expect(wrapLabel('Minimum Scheme')).toBe('Minimum Scheme');
    const wrapped = wrapLabel('Minimum: HV/LV transformer (500 kVA) (CAF 20.0%)');
    expect(Array.isArray(wrapped)).toBe(true);
    expect((wrapped as string[]).join(' ')).toBe(
      'Minimum: HV/LV transformer (500 kVA) (CAF 20.0%)',
    );
    expect((wrapped as string[]).every((l) => l.length <= 26)).toBe(true);
  });
});
