/**
 * Stacked bars, one per scheme: what each category of cost adds up to in one scenario
 * (low, expected or high), so the reader sees where the Minimum and Enhanced Schemes differ.
 * Operator-funded reinforcement is stacked too, marked as not charged, so the bar shows the
 * whole cost of the works (001 §4.21, §4.35) while the summary states the customer's charge.
 */
import type { EstimateResult, Scenario, SchemeResult } from '../engine/types';
import { formatMoney } from '../format/money';
import { CHARGE_CATEGORIES, categoryLabel } from './chargeCategories';
import { chartNumber, isZeroMoney } from './chartNumber';
import type { ChartData, ChartSeries } from './chartTypes';

export const SCENARIO_LABELS: Record<Scenario, string> = {
  low: 'Low',
  expected: 'Expected',
  high: 'High',
};

export function schemesInResult(result: EstimateResult): { label: string; scheme: SchemeResult }[] {
  const out = [{ label: 'Minimum Scheme', scheme: result.schemes.minimum }];
  if (result.schemes.enhanced)
    out.push({ label: 'Enhanced Scheme', scheme: result.schemes.enhanced });
  return out;
}

export function buildSchemeBreakdownChart(
  result: EstimateResult,
  scenario: Scenario = 'expected',
): ChartData {
  const schemes = schemesInResult(result);
  // Zero categories are left out: a legend of eight entries for two bars is noise.
  const categories = CHARGE_CATEGORIES.filter((c) =>
    schemes.some((s) => !isZeroMoney(s.scheme.totals[c.key][scenario])),
  );
  const datasets: ChartSeries[] = categories.map((c) => ({
    key: c.key,
    label: categoryLabel(c, true),
    data: schemes.map((s) => chartNumber(s.scheme.totals[c.key][scenario])),
    style: c.style,
  }));
  const scenarioWord = SCENARIO_LABELS[scenario].toLowerCase();
  const sentences = schemes.map(({ label, scheme }) => {
    const t = scheme.totals;
    const parts = categories
      .filter((c) => c.isCharged && !isZeroMoney(t[c.key][scenario]))
      .map((c) => `${c.label.toLowerCase()} ${formatMoney(t[c.key][scenario])}`);
    const funded = isZeroMoney(t.reinforcementOperator[scenario])
      ? ''
      : ` The operator funds a further ${formatMoney(t.reinforcementOperator[scenario])} of reinforcement.`;
    const made = parts.length > 0 ? `, made up of ${parts.join(', ')}` : '';
    return `${label}: you pay ${formatMoney(t.customerExVat[scenario])} excluding VAT${made}.${funded}`;
  });
  return {
    id: 'scheme-breakdown',
    title: `Cost by category, ${scenarioWord} prices`,
    kind: 'stacked-bar',
    indexAxis: 'y',
    labels: schemes.map((s) => s.label),
    datasets,
    valueAxisLabel: '£ excluding VAT',
    summary: `Cost of each scheme by category at ${scenarioWord} prices. ${sentences.join(' ')}`,
    table: {
      caption: `Cost by category, ${scenarioWord} prices, excluding VAT`,
      columns: ['Category', ...schemes.map((s) => s.label)],
      rows: [
        ...categories.map((c) => ({
          header: categoryLabel(c),
          cells: schemes.map((s) => formatMoney(s.scheme.totals[c.key][scenario])),
        })),
        {
          header: 'Your charge, excluding VAT',
          cells: schemes.map((s) => formatMoney(s.scheme.totals.customerExVat[scenario])),
        },
      ],
    },
    isEmpty: datasets.every((d) => d.data.every((v) => v === 0)),
  };
}
