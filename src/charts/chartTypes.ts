/**
 * The shape every chart-data builder returns: what Chart.js needs to draw (labels and
 * numeric datasets, numbers for geometry only), a plain-words summary for screen readers
 * and print, and table rows for the "Show data table" alternative. Builders are pure and
 * import nothing from Chart.js, so they run in Node tests and in the PDF export alike.
 */

/** Fill patterns drawn over the colour, so no series is told apart by colour alone. */
export type PatternName =
  | 'solid'
  | 'diagonal'
  | 'diagonal-left'
  | 'cross'
  | 'dots'
  | 'horizontal'
  | 'vertical'
  | 'grid'
  | 'zigzag';

export interface SeriesStyle {
  /** Fill colour (Okabe–Ito). */
  color: string;
  /** Border colour: dark enough to separate adjacent segments (≥ 3:1 against white). */
  borderColor: string;
  /** Dashed borders add a third cue beside colour and pattern. */
  borderDash: number[];
  pattern: PatternName;
}

export interface ChartSeries {
  /** Stable key, e.g. "extensionContestable". */
  key: string;
  label: string;
  /** One value per label, in pounds: geometry only, never used for money arithmetic. */
  data: number[];
  style: SeriesStyle;
}

export interface ChartTable {
  caption: string;
  /** Column headings; the first names the row-header column. */
  columns: string[];
  rows: { header: string; cells: string[] }[];
}

export interface ChartData {
  /** Stable id, also the canvas test id suffix, e.g. "scheme-breakdown". */
  id: string;
  title: string;
  kind: 'stacked-bar' | 'grouped-bar';
  /** Bars run horizontally (long scheme names read better) or vertically. */
  indexAxis: 'x' | 'y';
  labels: string[];
  datasets: ChartSeries[];
  /** Axis title of the value axis, e.g. "£ excluding VAT". */
  valueAxisLabel: string;
  /** The chart in plain words, with the figures. */
  summary: string;
  table: ChartTable;
  /** True when every value is zero: there is nothing to draw. */
  isEmpty: boolean;
}
