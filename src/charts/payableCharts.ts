/**
 * The two charts of presentation mode's first slides, from the comparison's payable figure
 * per scheme (the one figure every view and export reads): what you pay under each scheme,
 * and your share against what the operator funds.
 */
import type { EstimateResult, Money } from '../engine/types';
import { formatMoney } from '../format/money';
import { chartNumber } from './chartNumber';
import type { ChartData } from './chartTypes';
import { OKABE_ITO, SCENARIO_STYLES, SHARE_STYLES } from './palette';

function payableRows(result: EstimateResult): { label: string; pay: Money; operator: Money }[] {
  const pays = result.comparison.payableByScheme;
  const rows = [
    {
      label: 'Minimum Scheme',
      pay: pays.minimum.exVat.expected,
      operator: result.schemes.minimum.totals.operatorFunded.expected,
    },
  ];
  if (result.schemes.enhanced && pays.enhanced)
    rows.push({
      label: 'Enhanced Scheme',
      pay: pays.enhanced.exVat.expected,
      operator: result.schemes.enhanced.totals.operatorFunded.expected,
    });
  return rows;
}

export function buildPayableChart(result: EstimateResult): ChartData {
  const rows = payableRows(result);
  return {
    id: 'payable',
    title: 'What you pay under each scheme, expected, excluding VAT',
    kind: 'grouped-bar',
    indexAxis: 'y',
    labels: rows.map((r) => r.label),
    datasets: [
      {
        key: 'payable',
        label: 'What you pay',
        data: rows.map((r) => chartNumber(r.pay)),
        style: { ...SCENARIO_STYLES.expected, color: OKABE_ITO.blue },
      },
    ],
    valueAxisLabel: '£ excluding VAT',
    summary: rows.map((r) => `${r.label}: you pay ${formatMoney(r.pay)} excluding VAT.`).join(' '),
    table: {
      caption: 'What you pay under each scheme, expected, excluding VAT',
      columns: ['Scheme', 'What you pay'],
      rows: rows.map((r) => ({ header: r.label, cells: [formatMoney(r.pay)] })),
    },
    isEmpty: rows.every((r) => chartNumber(r.pay) === 0),
  };
}

export function buildShareChart(result: EstimateResult): ChartData {
  const rows = payableRows(result);
  return {
    id: 'share',
    title: 'Your share and the operator’s, expected, excluding VAT',
    kind: 'stacked-bar',
    indexAxis: 'y',
    labels: rows.map((r) => r.label),
    // A share that is zero for every scheme is left out of the chart (a legend entry with no
    // bar misleads); the summary and the table still give it.
    datasets: [
      {
        key: 'customer',
        label: 'You pay',
        data: rows.map((r) => chartNumber(r.pay)),
        style: SHARE_STYLES.customer,
      },
      {
        key: 'operator',
        label: 'The operator funds',
        data: rows.map((r) => chartNumber(r.operator)),
        style: SHARE_STYLES.operator,
      },
    ].filter((d) => d.data.some((v) => v !== 0)),
    valueAxisLabel: '£ excluding VAT',
    summary: rows
      .map(
        (r) =>
          `${r.label}: you pay ${formatMoney(r.pay)}; the operator funds ${formatMoney(r.operator)}.`,
      )
      .join(' '),
    table: {
      caption: 'Your share and the operator’s, expected, excluding VAT',
      columns: ['Scheme', 'You pay', 'The operator funds'],
      rows: rows.map((r) => ({
        header: r.label,
        cells: [formatMoney(r.pay), formatMoney(r.operator)],
      })),
    },
    isEmpty: rows.every((r) => chartNumber(r.pay) === 0 && chartNumber(r.operator) === 0),
  };
}
