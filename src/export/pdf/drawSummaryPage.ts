/**
 * Page 1 of the customer's PDF: the answer to "how much", then why, whose share, the
 * biggest items, what is left out, how long it holds, what next, and the disclaimer.
 * The breakdown and the appendix start on the next page.
 */
import Decimal from 'decimal.js';
import type { RowInput } from 'jspdf-autotable';
import { SHARE_STYLES } from '../../charts/palette';
import { customerSummary, isRange } from '../customerSummary';
import { formatIsoDate } from '../format/formatIsoDate';
import { formatMoney } from '../format/formatMoney';
import { sanitizePdfText } from '../format/sanitizePdfText';
import type { EstimateExportInput } from '../types';
import { fillSeries } from './fillSeries';
import { ACCENT, CONTENT_WIDTH, INK, LAYOUT, type PdfWriter } from './PdfWriter';
import { citedInBrackets } from '../../statements/statementCitation';

const span = (low: string, high: string) => `${formatMoney(low)} and ${formatMoney(high)}`;

function drawShareBar(writer: PdfWriter, customer: string, operator: string): void {
  const c = Math.max(0, new Decimal(customer).toNumber());
  const o = Math.max(0, new Decimal(operator).toNumber());
  if (c + o <= 0) return;
  const { doc } = writer;
  // The app's share styles (the reinforcement categories' colours and patterns).
  const width = CONTENT_WIDTH * 0.6;
  const y = writer.y;
  fillSeries(doc, LAYOUT.left, y, (width * c) / (c + o), 5, SHARE_STYLES.customer);
  fillSeries(
    doc,
    LAYOUT.left + (width * c) / (c + o),
    y,
    (width * o) / (c + o),
    5,
    SHARE_STYLES.operator,
  );
  doc.setDrawColor(...INK);
  doc.setLineWidth(0.2);
  doc.rect(LAYOUT.left, y, width, 5, 'S');
  // A key beside the bar, so the colours need no legend elsewhere.
  let x = LAYOUT.left + width + 4;
  for (const [style, label] of [
    [SHARE_STYLES.customer, 'You'],
    [SHARE_STYLES.operator, 'The operator'],
  ] as const) {
    fillSeries(doc, x, y + 0.8, 3.4, 3.4, style);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...INK);
    doc.text(label, x + 4.8, y + 3.8);
    x += 9 + doc.getTextWidth(label);
  }
  writer.y += 7;
}

export function drawSummaryPage(writer: PdfWriter, input: EstimateExportInput): void {
  const { estimate, preparedOn, statement } = input;
  const s = customerSummary(input);
  const { doc } = writer;
  writer.heading('Budget estimate of connection charges', 1);
  const title = estimate.title.trim() !== '' ? `${estimate.title} · ` : '';
  writer.paragraph(
    `${title}${estimate.reference} · prepared ${formatIsoDate(preparedOn)} · ${statement.operator}`,
    { size: 9.5 },
  );

  // The answer first, large.
  writer.gap(2);
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(20);
  doc.setTextColor(...ACCENT);
  writer.y += 8;
  doc.text(
    sanitizePdfText(`What you pay: ${formatMoney(s.payable.exVat.expected)} excluding VAT`),
    LAYOUT.left,
    writer.y,
  );
  writer.y += 2;
  doc.setTextColor(...INK);
  if (s.notCounted) {
    // Partial results: say what the figure leaves out, before anything else about it.
    writer.gap(1);
    writer.paragraph(
      `${s.notCounted} Every figure in this estimate leaves out what is not counted.`,
      {
        size: 10,
        bold: true,
        color: ACCENT,
      },
    );
  }
  const ex = s.payable.exVat;
  const inc = s.payable.incVat;
  writer.paragraph(
    isRange(ex)
      ? `Expected figure; between ${span(ex.low, ex.high)} excluding VAT, depending on where the published price ranges fall.`
      : 'The prices used are fixed figures, so there is no range.',
    { size: 10 },
  );
  writer.paragraph(
    `Including VAT at ${s.vatPercent}: ${formatMoney(inc.expected)}${isRange(inc) ? ` (between ${span(inc.low, inc.high)})` : ''}.`,
    { size: 10, bold: true },
  );

  writer.heading('The scheme charged, and why', 3);
  writer.paragraph(`${s.schemeCharged}. ${s.why} (${s.whyCitation})`, { size: 9 });

  writer.heading('Your share and the operator’s', 3);
  writer.paragraph(
    `You pay ${formatMoney(s.share.customer)} excluding VAT; the operator funds ${formatMoney(s.share.operator)} of the works (expected prices).`,
    { size: 9 },
  );
  drawShareBar(writer, s.share.customer, s.share.operator);

  writer.heading('The three biggest items', 3);
  if (s.biggestItems.length === 0) writer.paragraph('No priced item is charged to you.');
  else
    writer.table({
      theme: 'plain',
      body: s.biggestItems.map((item, i): RowInput => [
        `${i + 1}. ${item.description}`,
        { content: formatMoney(item.amount), styles: { halign: 'right' } },
      ]),
      styles: { font: 'helvetica', fontSize: 9, cellPadding: 0.8 },
      columnStyles: { 1: { cellWidth: 35 } },
    });

  writer.heading('Assumptions and exclusions', 3);
  const out = s.exclusions.excluded;
  const cited = citedInBrackets(statement, 'exclusions');
  writer.paragraph(
    out.length === 0
      ? `You have confirmed that the lines cover every item of the exclusions checklist${cited}.`
      : `Not included in this figure${cited}: ${out.map((e) => e.label).join('; ')}.`,
    { size: 8.5 },
  );
  if (s.exclusions.included.length > 0)
    writer.paragraph(
      `Included, as you confirmed: ${s.exclusions.included.map((e) => e.label).join('; ')}.`,
      { size: 8.5 },
    );
  writer.paragraph(
    s.poaItems.length === 0
      ? 'All prices exclude VAT. No item is priced on application.'
      : `All prices exclude VAT. Priced on application, so not in the figure: ${s.poaItems.join('; ')}.`,
    { size: 8.5 },
  );

  writer.heading('How long this holds, and what next', 3);
  writer.paragraph(s.validity, { size: 8.5 });
  writer.paragraph(s.nextStep, { size: 8.5 });

  writer.gap(1);
  writer.paragraph(s.disclaimer, { size: 9, bold: true, color: ACCENT });
}
