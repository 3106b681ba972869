/**
 * The PDF's own charts, used when the caller passes no chart images: the Compare screen's
 * charts, made by the same builders (src/charts), so each series has the app's label,
 * colour, pattern and order (for the kinds of cost, the one category table). They are drawn
 * with jsPDF as horizontal bars, stacked or grouped as the chart says, with a key and the
 * chart's summary in words beneath (its figures formatted from the engine's decimals).
 * Numbers here are geometry only.
 */
import type { EstimateResult } from '../../engine/types';
import type { ChartData } from '../../charts/chartTypes';
import { buildRsnSplitChart } from '../../charts/rsnSplitChart';
import { buildSchemeBreakdownChart } from '../../charts/schemeBreakdownChart';
import { buildSchemeRangeChart } from '../../charts/schemeRangeChart';
import { formatMoney } from '../format/formatMoney';
import { sanitizePdfText } from '../format/sanitizePdfText';
import { fillSeries } from './fillSeries';
import { CONTENT_WIDTH, INK, LAYOUT, type PdfWriter } from './PdfWriter';

const LABEL_WIDTH = 42;
/** Room right of the bars for the last tick's label. */
const RIGHT_ROOM = 8;
const BAR_AREA = CONTENT_WIDTH - LABEL_WIDTH - RIGHT_ROOM;
const KEY_COLUMNS = 2;
const KEY_ROW = 5;

/**
 * A stacked bar's height, one series' bar in a group, and the gap between rows: tighter in
 * the compact layout that pulls a near-empty last page back.
 */
const sizes = (writer: PdfWriter) =>
  writer.isCompact ? { bar: 4.5, groupBar: 2.4, gap: 2.5 } : { bar: 6, groupBar: 3.2, gap: 3.5 };

/**
 * The charts of the Compare screen, in its order, from its builders (expected prices, as
 * the screen opens): what makes up each scheme's cost, the low / expected / high charge,
 * and, when there are RSNs, how reinforcement splits. An empty chart is left out.
 */
export function pdfCharts(result: EstimateResult): ChartData[] {
  return [
    buildSchemeBreakdownChart(result, 'expected'),
    buildSchemeRangeChart(result),
    buildRsnSplitChart(result, 'expected'),
  ].filter((chart) => !chart.isEmpty);
}

/**
 * A round axis: the top is the first of 1, 2, 2.5 or 5 × a power of ten, times 4 or 5
 * steps, at or above the largest bar, so ticks read £20,000 or £250,000, never £86,629.
 */
export function roundAxis(largest: number): { top: number; step: number } {
  const target = Math.max(1, largest) / 4;
  const power = 10 ** Math.floor(Math.log10(target));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s * 4 >= largest) ?? power * 10;
  return { top: step * Math.max(1, Math.ceil(largest / step)), step };
}

const positive = (n: number) => Math.max(0, n);

function drawAxis(
  writer: PdfWriter,
  top: number,
  bottom: number,
  axis: { top: number; step: number },
) {
  const { doc } = writer;
  const x0 = LAYOUT.left + LABEL_WIDTH;
  doc.setDrawColor(120, 120, 120);
  doc.setLineWidth(0.2);
  doc.line(x0, top, x0, bottom);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(7);
  doc.setTextColor(...INK);
  for (let value = 0; value <= axis.top + axis.step / 1000; value += axis.step) {
    const x = x0 + (BAR_AREA * value) / axis.top;
    doc.line(x, bottom, x, bottom + 1);
    // A tick is a whole number of pounds: geometry, formatted as money for reading.
    const label = formatMoney(String(Math.round(value))).replace(/\.00$/, '');
    doc.text(sanitizePdfText(label), x, bottom + 4, { align: 'center' });
  }
}

/** One chart: title, bars, axis, key (series in the chart's order), then its summary. */
export function drawChart(writer: PdfWriter, chart: ChartData): void {
  const { doc } = writer;
  const { bar: BAR_HEIGHT, groupBar: GROUP_BAR_HEIGHT, gap: ROW_GAP } = sizes(writer);
  const isStacked = chart.kind === 'stacked-bar';
  const series = chart.datasets;
  const rowHeight = isStacked ? BAR_HEIGHT : series.length * GROUP_BAR_HEIGHT;
  const largest = Math.max(
    1,
    ...chart.labels.map((_, i) =>
      isStacked
        ? series.reduce((sum, s) => sum + positive(s.data[i] ?? 0), 0)
        : Math.max(0, ...series.map((s) => positive(s.data[i] ?? 0))),
    ),
  );
  const axis = roundAxis(largest);
  const keyRows = Math.ceil(series.length / KEY_COLUMNS);
  const height = chart.labels.length * (rowHeight + ROW_GAP) + 10 + keyRows * KEY_ROW;

  // The title stays on the page of its chart.
  writer.ensure(height + writer.lineHeight(9.5) + 2);
  writer.paragraph(`${chart.title} (${chart.valueAxisLabel})`, { bold: true, size: 9.5 });
  writer.ensure(height);
  const top = writer.y;
  const x0 = LAYOUT.left + LABEL_WIDTH;
  const scale = (n: number) => (BAR_AREA * positive(n)) / axis.top;
  chart.labels.forEach((label, i) => {
    const y = top + i * (rowHeight + ROW_GAP) + ROW_GAP / 2;
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...INK);
    const lines = doc.splitTextToSize(sanitizePdfText(label), LABEL_WIDTH - 3) as string[];
    doc.text(lines.slice(0, 2), LAYOUT.left, y + Math.min(rowHeight, BAR_HEIGHT) * 0.6);
    let x = x0;
    series.forEach((s, j) => {
      const width = scale(s.data[i] ?? 0);
      if (isStacked) {
        fillSeries(doc, x, y, width, BAR_HEIGHT, s.style);
        x += width;
      } else {
        fillSeries(doc, x0, y + j * GROUP_BAR_HEIGHT, width, GROUP_BAR_HEIGHT, s.style);
      }
    });
  });
  const bottom = top + chart.labels.length * (rowHeight + ROW_GAP);
  drawAxis(writer, top, bottom, axis);

  // The key: every series, in the chart's order, with its colour and pattern.
  let keyY = bottom + 9;
  series.forEach((s, j) => {
    const column = j % KEY_COLUMNS;
    if (j > 0 && column === 0) keyY += KEY_ROW;
    const x = LAYOUT.left + column * (CONTENT_WIDTH / KEY_COLUMNS);
    fillSeries(doc, x, keyY - 2.8, 3.4, 3.4, s.style);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(7.5);
    doc.setTextColor(...INK);
    const text = doc.splitTextToSize(
      sanitizePdfText(s.label),
      CONTENT_WIDTH / KEY_COLUMNS - 6,
    ) as string[];
    doc.text(text[0] ?? '', x + 4.8, keyY);
  });
  writer.y = keyY + 4;
  writer.paragraph(chart.summary, { size: writer.isCompact ? 7.5 : 8 });
  writer.gap(writer.isCompact ? 1 : 2);
}
