/** Pure chart-data builders for the comparison view, presentation mode and exports. */
export type { ChartData, ChartSeries, ChartTable, PatternName, SeriesStyle } from './chartTypes';
export { OKABE_ITO, CATEGORY_STYLES, SCENARIO_STYLES, SHARE_STYLES } from './palette';
export {
  CHARGE_CATEGORIES,
  CHARGED_CATEGORIES,
  COMPARISON_FIGURES,
  categoryLabel,
  hexToRgb,
  type ChargeCategory,
} from './chargeCategories';
export { chartNumber, sumMoney, isZeroMoney } from './chartNumber';
export {
  buildSchemeBreakdownChart,
  schemesInResult,
  SCENARIO_LABELS,
} from './schemeBreakdownChart';
export { buildSchemeRangeChart, PAYABLE_LABEL } from './schemeRangeChart';
export { buildRsnSplitChart } from './rsnSplitChart';
export { buildPayableChart, buildShareChart } from './payableCharts';
