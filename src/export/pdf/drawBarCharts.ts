/**
 * Simple bar charts drawn with jsPDF rectangles from the engine result, used when the
 * caller passes no chart images, so the PDF always shows the comparison graphically.
 * Numbers here are display geometry only; labels are formatted from the decimal strings.
 */
import Decimal from 'decimal.js';
import type { EstimateResult, Money, Range, SchemeResult } from '../../engine/types';
import { CHARGED_CATEGORIES, hexToRgb } from '../../charts/chargeCategories';
import { OKABE_ITO, SCENARIO_STYLES } from '../../charts/palette';
import { formatMoney } from '../format/formatMoney';
import { sanitizePdfText } from '../format/sanitizePdfText';
import { CONTENT_WIDTH, INK, LAYOUT, type PdfWriter } from './PdfWriter';

type Rgb = [number, number, number];

const LABEL_WIDTH = 42;
const VALUE_WIDTH = 30;
const BAR_AREA = CONTENT_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
const BAR_HEIGHT = 6;
const ROW_GAP = 3.5;

const amount = (m: Money) => Math.max(0, new Decimal(m).toNumber());

function drawTitle(writer: PdfWriter, title: string): void {
  writer.paragraph(title, { bold: true, size: 9.5 });
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

function drawAxis(writer: PdfWriter, top: number, bottom: number, max: number): void {
  const { doc } = writer;
  const x0 = LAYOUT.left + LABEL_WIDTH;
  const axis = roundAxis(max);
  doc.setDrawColor(120, 120, 120);
  doc.setLineWidth(0.2);
  doc.line(x0, top, x0, bottom);
  doc.setFontSize(7);
  doc.setTextColor(...INK);
  for (let value = 0; value <= axis.top + axis.step / 1000; value += axis.step) {
    const x = x0 + (BAR_AREA * value) / axis.top;
    doc.line(x, bottom, x, bottom + 1);
    const label = formatMoney(new Decimal(value).toDecimalPlaces(0).toFixed(0)).replace(
      /\.00$/,
      '',
    );
    doc.text(sanitizePdfText(label), x, bottom + 4, { align: 'center' });
  }
}

/** Expected charge per scheme as a bar, with the low–high range as a whisker. */
export function drawChargeChart(writer: PdfWriter, result: EstimateResult): void {
  const pays = result.comparison.payableByScheme;
  const rows: { label: string; range: Range<Money>; colour: Rgb }[] = [
    {
      label: result.schemes.minimum.name,
      range: pays.minimum.exVat,
      colour: hexToRgb(SCENARIO_STYLES.expected.color),
    },
  ];
  if (result.schemes.enhanced && pays.enhanced) {
    rows.push({
      label: result.schemes.enhanced.name,
      range: pays.enhanced.exVat,
      colour: hexToRgb(OKABE_ITO.orange),
    });
  }

  const max = roundAxis(Math.max(1, ...rows.map((r) => amount(r.range.high)))).top;
  const height = rows.length * (BAR_HEIGHT + ROW_GAP) + 10;
  drawTitle(writer, 'What you pay under each scheme, ex VAT (bar: expected; line: low to high)');
  writer.ensure(height);
  const { doc } = writer;
  const top = writer.y;
  const x0 = LAYOUT.left + LABEL_WIDTH;
  rows.forEach((row, i) => {
    const y = top + i * (BAR_HEIGHT + ROW_GAP) + ROW_GAP / 2;
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...INK);
    const label = doc.splitTextToSize(sanitizePdfText(row.label), LABEL_WIDTH - 3) as string[];
    doc.text(label[0] ?? '', LAYOUT.left, y + BAR_HEIGHT * 0.7);
    const width = (BAR_AREA * amount(row.range.expected)) / max;
    doc.setFillColor(...row.colour);
    doc.rect(x0, y, width, BAR_HEIGHT, 'F');
    const lowX = x0 + (BAR_AREA * amount(row.range.low)) / max;
    const highX = x0 + (BAR_AREA * amount(row.range.high)) / max;
    const midY = y + BAR_HEIGHT / 2;
    doc.setDrawColor(...INK);
    doc.setLineWidth(0.35);
    doc.line(lowX, midY, highX, midY);
    doc.line(lowX, midY - 1.5, lowX, midY + 1.5);
    doc.line(highX, midY - 1.5, highX, midY + 1.5);
    doc.text(
      sanitizePdfText(formatMoney(row.range.expected)),
      x0 + BAR_AREA + 2,
      y + BAR_HEIGHT * 0.7,
    );
  });
  const bottom = top + rows.length * (BAR_HEIGHT + ROW_GAP);
  drawAxis(writer, top, bottom, max);
  writer.y = bottom + 8;
}

/** The charged categories from the one table: the app's labels, colours and order. */
const PARTS: { label: string; colour: Rgb; pick: (s: SchemeResult) => Money[] }[] =
  CHARGED_CATEGORIES.map((c) => ({
    label: c.shortLabel,
    colour: hexToRgb(c.style.color),
    pick: (s: SchemeResult) => [s.totals[c.key].expected],
  }));

/** Expected customer charge ex VAT per scheme, stacked by kind of cost. */
export function drawBreakdownChart(writer: PdfWriter, result: EstimateResult): void {
  const schemes = [
    result.schemes.minimum,
    ...(result.schemes.enhanced ? [result.schemes.enhanced] : []),
  ];
  // Zero categories are left out of the bars and the legend alike.
  const parts = PARTS.filter((p) => schemes.some((s) => p.pick(s).some((m) => amount(m) > 0)));
  const values = schemes.map((s) =>
    parts.map((p) => p.pick(s).reduce((sum, m) => sum + amount(m), 0)),
  );
  const max = roundAxis(Math.max(1, ...values.map((v) => v.reduce((a, b) => a + b, 0)))).top;
  const legendRows = Math.ceil(parts.length / 4);
  const height = schemes.length * (BAR_HEIGHT + ROW_GAP) + 12 + legendRows * 5;
  drawTitle(writer, 'What makes up each scheme’s charge (expected, ex VAT, before the comparison)');
  writer.ensure(height);
  const { doc } = writer;
  const top = writer.y;
  const x0 = LAYOUT.left + LABEL_WIDTH;
  schemes.forEach((scheme, i) => {
    const y = top + i * (BAR_HEIGHT + ROW_GAP) + ROW_GAP / 2;
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...INK);
    const label = doc.splitTextToSize(sanitizePdfText(scheme.name), LABEL_WIDTH - 3) as string[];
    doc.text(label[0] ?? '', LAYOUT.left, y + BAR_HEIGHT * 0.7);
    let x = x0;
    parts.forEach((part, j) => {
      const width = (BAR_AREA * (values[i]?.[j] ?? 0)) / max;
      if (width <= 0) return;
      doc.setFillColor(...part.colour);
      doc.rect(x, y, width, BAR_HEIGHT, 'F');
      x += width;
    });
    doc.text(
      sanitizePdfText(formatMoney(scheme.totals.customerExVat.expected)),
      x0 + BAR_AREA + 2,
      y + BAR_HEIGHT * 0.7,
    );
  });
  const bottom = top + schemes.length * (BAR_HEIGHT + ROW_GAP);
  drawAxis(writer, top, bottom, max);
  let legendY = bottom + 9;
  parts.forEach((part, j) => {
    const column = j % 4;
    if (j > 0 && column === 0) legendY += 5;
    const x = LAYOUT.left + column * (CONTENT_WIDTH / 4);
    doc.setFillColor(...part.colour);
    doc.rect(x, legendY - 2.6, 3, 3, 'F');
    doc.setFontSize(7.5);
    doc.setTextColor(...INK);
    doc.text(sanitizePdfText(part.label), x + 4.5, legendY);
  });
  writer.y = legendY + 5;
}
