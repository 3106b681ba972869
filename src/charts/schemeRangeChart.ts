/**
 * Low, expected and high charge per scheme (statement prices are ranges, 001 §7.3), and —
 * when there is an Enhanced Scheme — what the comparison rule says the customer pays
 * (001 §4.8 lower of the two; §4.13–4.14 the enhanced charge plus O&M on the excess).
 */
import type { EstimateResult, Money, Range } from '../engine/types';
import { SCENARIOS } from '../engine/types';
import { formatMoney } from '../format/money';
import { chartNumber } from './chartNumber';
import type { ChartData } from './chartTypes';
import { SCENARIO_STYLES } from './palette';
import { SCENARIO_LABELS, schemesInResult } from './schemeBreakdownChart';

export const PAYABLE_LABEL = 'What you pay';

export function buildSchemeRangeChart(result: EstimateResult): ChartData {
  const rows: { label: string; range: Range<Money> }[] = schemesInResult(result).map((s) => ({
    label: s.label,
    range: s.scheme.totals.customerExVat,
  }));
  if (result.schemes.enhanced && result.comparison.rule !== 'minimum-only') {
    rows.push({ label: PAYABLE_LABEL, range: result.comparison.payableExVat });
  }
  const describe = (r: Range<Money>) =>
    r.low === r.high
      ? `${formatMoney(r.expected)} (the prices are fixed)`
      : `${formatMoney(r.low)} to ${formatMoney(r.high)}, expected ${formatMoney(r.expected)}`;
  return {
    id: 'scheme-range',
    title: 'Low, expected and high charge',
    kind: 'grouped-bar',
    indexAxis: 'x',
    labels: rows.map((r) => r.label),
    datasets: SCENARIOS.map((s) => ({
      key: s,
      label: SCENARIO_LABELS[s],
      data: rows.map((r) => chartNumber(r.range[s])),
      style: SCENARIO_STYLES[s],
    })),
    valueAxisLabel: '£ excluding VAT',
    summary: `Your charge excluding VAT. ${rows.map((r) => `${r.label}: ${describe(r.range)}.`).join(' ')}`,
    table: {
      caption: 'Your charge excluding VAT: low, expected and high',
      columns: ['', ...SCENARIOS.map((s) => SCENARIO_LABELS[s])],
      rows: rows.map((r) => ({
        header: r.label,
        cells: SCENARIOS.map((s) => formatMoney(r.range[s])),
      })),
    },
    isEmpty: rows.every((r) => SCENARIOS.every((s) => chartNumber(r.range[s]) === 0)),
  };
}
