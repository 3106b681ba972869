/**
 * Per Relevant Section of Network (001 §4.29), how its reinforcement cost splits between
 * the customer's CAF share and what the operator funds (001 §4.21, §4.28–4.33). Reinforcement
 * that no CAF apportions (exceptions, operator-funded, charged in full) gets its own bar per
 * scheme, so the bars add up to the scheme's whole reinforcement cost.
 */
import type { EstimateResult, Money, Scenario } from '../engine/types';
import { formatMoney } from '../format/money';
import { chartNumber, sumMoney } from './chartNumber';
import type { ChartData } from './chartTypes';
import { SHARE_STYLES } from './palette';
import { SCENARIO_LABELS, schemesInResult } from './schemeBreakdownChart';

interface SplitRow {
  label: string;
  customer: Money;
  operator: Money;
  cafPercent: string | null;
}

export function buildRsnSplitChart(
  result: EstimateResult,
  scenario: Scenario = 'expected',
): ChartData {
  const rows: SplitRow[] = [];
  const schemes = schemesInResult(result);
  for (const { label, scheme } of schemes) {
    const prefix = schemes.length > 1 ? `${label.replace(' Scheme', '')}: ` : '';
    const reinforcement = scheme.lines.filter((l) => l.category === 'reinforcement');
    for (const rsn of scheme.rsns) {
      const lines = reinforcement.filter((l) => l.apportionment?.rsnId === rsn.rsnId);
      rows.push({
        label: `${prefix}${rsn.name} (CAF ${rsn.cafPercent}%)`,
        customer: sumMoney(lines.map((l) => l.customer[scenario])),
        operator: sumMoney(lines.map((l) => l.operator[scenario])),
        cafPercent: rsn.cafPercent,
      });
    }
    const other = reinforcement.filter(
      (l) => !l.apportionment || !scheme.rsns.some((r) => r.rsnId === l.apportionment?.rsnId),
    );
    if (other.length > 0) {
      rows.push({
        label: `${prefix}Reinforcement not apportioned by a CAF`,
        customer: sumMoney(other.map((l) => l.customer[scenario])),
        operator: sumMoney(other.map((l) => l.operator[scenario])),
        cafPercent: null,
      });
    }
  }
  const scenarioWord = SCENARIO_LABELS[scenario].toLowerCase();
  const summary =
    rows.length === 0
      ? 'There is no reinforcement in these schemes, so nothing is split between you and the operator.'
      : `Reinforcement split between you and the operator at ${scenarioWord} prices. ${rows
          .map(
            (r) =>
              `${r.label}: you pay ${formatMoney(r.customer)}, the operator funds ${formatMoney(r.operator)}.`,
          )
          .join(' ')}`;
  return {
    id: 'rsn-split',
    title: `Reinforcement: your share and the operator's, ${scenarioWord} prices`,
    kind: 'stacked-bar',
    indexAxis: 'y',
    labels: rows.map((r) => r.label),
    datasets: [
      {
        key: 'customer',
        label: 'Your share',
        data: rows.map((r) => chartNumber(r.customer)),
        style: SHARE_STYLES.customer,
      },
      {
        key: 'operator',
        label: 'Operator funds',
        data: rows.map((r) => chartNumber(r.operator)),
        style: SHARE_STYLES.operator,
      },
    ],
    valueAxisLabel: '£ excluding VAT',
    summary,
    table: {
      caption: `Reinforcement by section of network, ${scenarioWord} prices, excluding VAT`,
      columns: ['Section of network', 'CAF', 'Your share', 'Operator funds', 'Total'],
      rows: rows.map((r) => ({
        header: r.label,
        cells: [
          r.cafPercent === null ? '—' : `${r.cafPercent}%`,
          formatMoney(r.customer),
          formatMoney(r.operator),
          formatMoney(sumMoney([r.customer, r.operator])),
        ],
      })),
    },
    isEmpty: rows.every((r) => chartNumber(r.customer) === 0 && chartNumber(r.operator) === 0),
  };
}
