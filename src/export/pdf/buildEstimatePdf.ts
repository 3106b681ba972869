/**
 * The budget estimate PDF: a clear, non-binding document (001 §2.9) with the breakdown an
 * offer would give (001 §2.11), both schemes' lines and totals as low / expected / high,
 * the Minimum vs Enhanced comparison, charts, and the assumptions and citations used.
 *
 * Loaded on demand (`await import(...)`) so jsPDF stays out of the initial bundle. It uses
 * only jsPDF's built-in fonts and the caller's data-URL images: nothing is fetched.
 */
import Decimal from 'decimal.js';
import { jsPDF } from 'jspdf';
import type { RowInput } from 'jspdf-autotable';
import { CHARGED_CATEGORIES, COMPARISON_FIGURES } from '../../charts/chargeCategories';
import type { Money, Range, SchemeResult } from '../../engine/types';
import { EXCESS_OM_LABEL, PAYABLE_LABELS } from '../buildEstimateRows';
import type { EstimateFile } from '../../estimate-file/types';
import { printedCitation } from '../../statements/printedReference';
import { comparisonWording } from '../comparisonWording';
import { estimateFileName } from '../estimateFileName';
import {
  buildAssumptions,
  checkAfterText,
  citationsUsed,
  NON_BINDING_HEADER,
  poaItemsByScheme,
  vatPercentText,
} from '../estimateNotes';
import { formatIsoDate } from '../format/formatIsoDate';
import { formatMoney, formatMoneySpan, isZeroRange } from '../format/formatMoney';
import {
  buildSchemeBreakdown,
  joinLines,
  NOT_STATED,
  schemesOf,
  type SchemeKey,
} from '../schemeBreakdown';
import { feeRowsOf } from '../feeRows';
import {
  ExportError,
  type ChartImage,
  type EstimateExportInput,
  type EstimatePdfInput,
  type ExportedPdf,
} from '../types';
import { drawChart, pdfCharts } from './drawChart';
import { drawPageChrome } from './drawPageChrome';
import { drawSummaryPage } from './drawSummaryPage';
import { printedEstimate } from './printedEstimate';
import { CONTENT_WIDTH, LAYOUT, PdfWriter } from './PdfWriter';

/** Compare two money strings without floats. */
const sameMoney = (a: Money, b: Money) => new Decimal(a).equals(b);
const sameRange = (a: Range<Money>, b: Range<Money>) =>
  sameMoney(a.low, b.low) && sameMoney(a.expected, b.expected) && sameMoney(a.high, b.high);

const MONEY_COLUMN = { halign: 'right' } as const;

function rangeRow(label: string, range: Range<Money>, bold = false): RowInput {
  const style = bold ? { fontStyle: 'bold' as const } : {};
  return [
    { content: label, styles: style },
    { content: formatMoney(range.low), styles: { ...style, ...MONEY_COLUMN } },
    { content: formatMoney(range.expected), styles: { ...style, ...MONEY_COLUMN } },
    { content: formatMoney(range.high), styles: { ...style, ...MONEY_COLUMN } },
  ];
}

const RANGE_HEAD: RowInput[] = [
  [
    '',
    { content: 'Low', styles: MONEY_COLUMN },
    { content: 'Expected', styles: MONEY_COLUMN },
    { content: 'High', styles: MONEY_COLUMN },
  ],
];

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const orNotStated = (value: string | null | undefined) =>
  value && value.trim() !== '' ? value : NOT_STATED;

function drawTitleBlock(writer: PdfWriter, input: EstimateExportInput): void {
  const { estimate, statement, result, preparedOn } = input;
  writer.heading('The estimate and the statement it uses');
  writer.keyValues([
    ['Reference', estimate.reference],
    ['Date prepared', formatIsoDate(preparedOn)],
    ['Operator', statement.operator],
    [
      'Charging statement',
      [statement.title, statement.documentNumber].filter((s) => s && s.trim() !== '').join(', '),
    ],
    ['Statement version', statement.version],
    ['Statement date', formatIsoDate(statement.publicationDate)],
    ['Check after', checkAfterText(statement, preparedOn)],
    ['Rule set used', `${result.ruleSet.label} (${result.ruleSet.citation})`],
    ['Why this rule set', result.ruleSet.reason],
    [
      'The other reading',
      result.otherReading ? result.otherReading.text : 'Not available for this statement',
    ],
    ['Application date', formatIsoDate(estimate.inputs.applicationDate)],
  ]);
}

const CONNECTION_TYPE = { demand: 'Demand', generation: 'Generation', storage: 'Storage' };

function drawProject(writer: PdfWriter, input: EstimateExportInput): void {
  const { estimate, result } = input;
  const { project } = estimate;
  const connection = estimate.inputs.connection;
  writer.heading('Project and site');
  const applicant = [project.applicant.name, project.applicant.organisation]
    .filter((s) => s.trim() !== '')
    .join(', ');
  const contact = [project.applicant.email, project.applicant.phone]
    .filter((s) => s.trim() !== '')
    .join(', ');
  const rows: [string, string][] = [
    ['Applicant', orNotStated(applicant)],
    ['Contact', orNotStated(contact)],
    [
      'Site address',
      orNotStated(
        [project.site.address, project.site.postcode].filter((s) => s.trim() !== '').join(', '),
      ),
    ],
    ['Connection type', CONNECTION_TYPE[connection.type]],
    ['Import capacity', `${connection.importCapacityKva} kVA`],
  ];
  if (connection.exportCapacityKva)
    rows.push(['Export capacity', `${connection.exportCapacityKva} kVA`]);
  if (connection.exportCapacityKw)
    rows.push(['Export capacity (kW)', `${connection.exportCapacityKw} kW`]);
  rows.push(
    ['Required Capacity used', `${result.requiredCapacity.kva} kVA`],
    ['Point of Connection voltage', connection.pocVoltage],
    ['Phases', String(connection.phases)],
    ['Increase to an existing connection', yesNo(Boolean(connection.increase))],
    ['Temporary connection', yesNo(connection.isTemporary)],
    ['Speculative development', yesNo(connection.isSpeculative)],
    ['Connections or plots', String(project.connections)],
    ['Premises', project.premisesType.replace(/-/g, ' ')],
    ['Heating', project.heating.replace(/-/g, ' ')],
    ['Date required', project.dateRequired ? formatIsoDate(project.dateRequired) : NOT_STATED],
    [
      'Disturbing equipment',
      project.disturbingEquipment.present
        ? `Yes${project.disturbingEquipment.notes ? `: ${project.disturbingEquipment.notes}` : ''}`
        : 'No',
    ],
    ['Contestable work by an ICP', yesNo(project.icpDoesContestable)],
  );
  if (project.notes.trim() !== '') rows.push(['Notes', project.notes]);
  writer.keyValues(rows);
  const capacityWhy = result.requiredCapacity.explanation
    .map((e) => `${e.text}${e.formula ? ` (${e.formula})` : ''} [${e.citation}]`)
    .join(' ');
  if (capacityWhy) writer.paragraph(`Required Capacity: ${capacityWhy}`, { size: 8 });
}

function drawBreakdown(
  writer: PdfWriter,
  key: SchemeKey,
  scheme: SchemeResult,
  input: EstimateExportInput,
): void {
  const breakdown = buildSchemeBreakdown(key, scheme, input.estimate, input.statement);
  writer.heading('Breakdown of the works', 3);
  const withSource = (value: string, lines: string[]) =>
    value === NOT_STATED ? value : `${value} (from: ${lines.join('; ')})`;
  const reinforcementText =
    breakdown.reinforcement.length === 0
      ? 'None in this scheme.'
      : breakdown.reinforcement
          .map(
            (r) =>
              `${r.description}: ${r.ruleLabel}${r.caf ? `, CAF ${r.caf}` : ''}${
                r.formulas.length > 0 ? ` (${r.formulas.join('; ')})` : ''
              }; your share ${formatMoney(r.customer.expected)} expected [${r.citations.join(', ')}]`,
          )
          .join('\n');
  const landText =
    breakdown.landRights.length === 0
      ? `${NOT_STATED}: no land-rights charge is included in this scheme.`
      : breakdown.landRights
          .map((l) => `${l.description}: ${formatMoneySpan(l.customer.low, l.customer.high)}`)
          .join('\n');
  writer.keyValues([
    ['Description of the works', breakdown.description],
    ['Enhanced Scheme', yesNo(breakdown.isEnhanced)],
    ['Number of substations', withSource(breakdown.substations, breakdown.substationLines)],
    ['Underground cable', withSource(breakdown.undergroundCable, breakdown.cableLines)],
    ['Reinforcement works', reinforcementText],
    ['Land-rights charges', landText],
  ]);
}

/** The scheme's fees from the engine's result: its fee category, then each fee with its row and paragraph. */
function drawFees(writer: PdfWriter, key: SchemeKey, input: EstimateExportInput): void {
  const fees = feeRowsOf(input.result, key);
  if (!fees) return;
  writer.ensure(30);
  writer.heading('Fees', 3);
  writer.keyValues([
    [
      'Fee category',
      `${fees.category}. ${fees.categoryNote}${fees.categoryCitation ? ` [${fees.categoryCitation}]` : ''}`,
    ],
  ]);
  if (fees.items.length > 0) {
    writer.table({
      head: [
        ['Fee', 'Row', { content: 'Price (ex VAT)', styles: MONEY_COLUMN }, 'Note', 'Paragraph'],
      ],
      body: fees.items.map((fee) => [
        `${fee.part}: ${fee.description}`,
        fee.rowId,
        { content: fee.price, styles: MONEY_COLUMN },
        fee.note,
        fee.citation,
      ]),
      styles: { fontSize: writer.isCompact ? 7 : 7.5, cellPadding: writer.isCompact ? 0.7 : 1.2 },
      columnStyles: {
        0: { cellWidth: 62 },
        1: { cellWidth: 18 },
        2: { cellWidth: 28 },
        3: { cellWidth: CONTENT_WIDTH - 138 },
        4: { cellWidth: 30 },
      },
    });
  }
  for (const note of fees.notes) writer.paragraph(note, { size: 8 });
}

function drawLines(
  writer: PdfWriter,
  key: SchemeKey,
  scheme: SchemeResult,
  input: EstimateExportInput,
  progress: LineProgress,
): void {
  const lines = joinLines(scheme, input.estimate.inputs.schemes[key], input.statement);
  writer.heading('Cost lines', 3);
  if (lines.length === 0) {
    writer.paragraph('This scheme has no cost lines.');
    return;
  }
  const body: RowInput[] = lines.map(({ result: line, input: lineInput, note }) => {
    const quantity = lineInput ? `${lineInput.quantity} ${lineInput.unit}`.trim() : NOT_STATED;
    const cost = line.isPoa
      ? 'POA (excluded)'
      : sameMoney(line.cost.low, line.cost.high)
        ? formatMoney(line.cost.expected)
        : `${formatMoneySpan(line.cost.low, line.cost.high)}\nexpected ${formatMoney(line.cost.expected)}`;
    // The first step of a line's explanation prices it; the rest apply the charging rule.
    const [pricing, ...ruleSteps] = line.explanation;
    const ruleCitations = [
      ...new Set((ruleSteps.length > 0 ? ruleSteps : line.explanation).map((e) => e.citation)),
    ];
    const rule = [line.ruleLabel, ...ruleCitations];
    if (!isZeroRange(line.om)) rule.push(`+ O&M ${formatMoney(line.om.expected)}`);
    const customer = line.isPoa
      ? 'POA'
      : sameMoney(line.customer.low, line.customer.high)
        ? formatMoney(line.customer.expected)
        : `${formatMoney(line.customer.expected)}\n${formatMoneySpan(line.customer.low, line.customer.high)}`;
    const priced =
      ruleSteps.length > 0 && pricing
        ? `\nPrice: ${printedCitation(pricing.citation, input.statement)}`
        : '';
    return [
      `${line.description}${priced}${note ? `\nNote: ${note}` : ''}`,
      quantity,
      { content: cost, styles: MONEY_COLUMN },
      rule.join('\n'),
      {
        content: line.apportionment ? `${line.apportionment.cafPercent}%` : '–',
        styles: MONEY_COLUMN,
      },
      { content: customer, styles: MONEY_COLUMN },
    ];
  });
  writer.table({
    head: [
      [
        'Description',
        'Quantity',
        { content: 'Cost (low – high)', styles: MONEY_COLUMN },
        'Rule',
        { content: 'CAF', styles: MONEY_COLUMN },
        { content: 'You pay (expected; low – high)', styles: MONEY_COLUMN },
      ],
    ],
    body,
    styles: {
      font: 'helvetica',
      fontSize: writer.isCompact ? 7 : 7.5,
      cellPadding: writer.isCompact ? 0.7 : 1.2,
      overflow: 'linebreak',
      lineColor: [190, 190, 190],
      lineWidth: 0.1,
    },
    columnStyles: {
      0: { cellWidth: 50 },
      1: { cellWidth: 17 },
      2: { cellWidth: 33 },
      3: { cellWidth: 37 },
      4: { cellWidth: 13 },
      5: { cellWidth: CONTENT_WIDTH - 150 },
    },
    // Each line is read (parsed) and then drawn: two steps of the progress.
    didParseCell: (data) => {
      if (data.section === 'body' && data.column.index === 0) progress.step();
    },
    didDrawCell: (data) => {
      if (data.section === 'body' && data.column.index === 0) progress.step();
    },
  });
}

function drawTotals(
  writer: PdfWriter,
  key: SchemeKey,
  scheme: SchemeResult,
  input: EstimateExportInput,
  vatPercent: string,
): void {
  const { totals } = scheme;
  const { comparison } = input.result;
  const pay = comparison.payableByScheme[key] ?? comparison.payableByScheme.minimum;
  writer.heading('Totals', 3);
  const body: RowInput[] = CHARGED_CATEGORIES.filter((c) => !isZeroRange(totals[c.key])).map((c) =>
    rangeRow(c.label, totals[c.key]),
  );
  if (key === 'enhanced' && !isZeroRange(comparison.excessOm))
    body.push(rangeRow(EXCESS_OM_LABEL, comparison.excessOm));
  if (!sameRange(totals.customerExVat, pay.exVat))
    body.push(rangeRow('Scheme charge excluding VAT, before the comparison', totals.customerExVat));
  body.push(
    rangeRow(PAYABLE_LABELS.exVat, pay.exVat, true),
    rangeRow(`VAT at ${vatPercent}`, pay.vat),
    rangeRow(PAYABLE_LABELS.incVat, pay.incVat, true),
  );
  body.push(
    rangeRow('For information: reinforcement funded by the operator', totals.reinforcementOperator),
    rangeRow('For information: all costs funded by the operator', totals.operatorFunded),
    rangeRow('For information: capital cost of the works', totals.capitalCost),
  );
  writer.table({
    head: RANGE_HEAD,
    body,
    columnStyles: { 0: { cellWidth: 90 } },
  });
}

function drawSchemeExtras(writer: PdfWriter, scheme: SchemeResult): void {
  if (scheme.previousWorks.length > 0) {
    writer.heading('Payments towards earlier works', 3);
    writer.table({
      head: [
        [
          'Description',
          'Within the prescribed period',
          { content: 'Amount', styles: MONEY_COLUMN },
          'Basis',
        ],
      ],
      body: scheme.previousWorks.map((w) => [
        w.description,
        yesNo(w.isWithinPeriod),
        { content: formatMoney(w.amount), styles: MONEY_COLUMN },
        w.explanation
          .map((e) => `${e.text}${e.formula ? ` (${e.formula})` : ''} [${e.citation}]`)
          .join('\n'),
      ]),
    });
  }
  if (scheme.highCost.applies) {
    writer.paragraph(
      `High-cost threshold: ${formatMoneySpan(scheme.highCost.excess.low, scheme.highCost.excess.high)} above the threshold is charged in full. ${scheme.highCost.explanation
        .map((e) => `${e.text}${e.formula ? ` (${e.formula})` : ''} [${e.citation}]`)
        .join(' ')}`,
      { size: 8.5 },
    );
  }
  writer.paragraph(
    scheme.poaItems.length === 0
      ? 'Priced on application (excluded from the totals): none.'
      : `Priced on application (excluded from the totals): ${scheme.poaItems.join('; ')}.`,
    { size: 8.5, bold: scheme.poaItems.length > 0 },
  );
}

function drawComparison(writer: PdfWriter, input: EstimatePdfInput, vatPercent: string): void {
  const { result, statement } = input;
  const { comparison } = result;
  writer.heading('Minimum and Enhanced Schemes compared');
  const wording = comparisonWording(comparison, statement);
  writer.paragraph(`${wording.text} (${wording.citation})`, { size: 9.5 });
  const body: RowInput[] = [
    rangeRow(
      `${result.schemes.minimum.name}: you would pay excluding VAT`,
      comparison.payableByScheme.minimum.exVat,
    ),
  ];
  if (result.schemes.enhanced && comparison.payableByScheme.enhanced) {
    body.push(
      rangeRow(
        `${result.schemes.enhanced.name}: you would pay excluding VAT`,
        comparison.payableByScheme.enhanced.exVat,
      ),
    );
    if (comparison.difference)
      body.push(rangeRow(COMPARISON_FIGURES.difference, comparison.difference));
    body.push(rangeRow(COMPARISON_FIGURES.excessCapitalCost, comparison.excessCapitalCost));
    if (!isZeroRange(comparison.excessOm))
      body.push(rangeRow(COMPARISON_FIGURES.excessOm, comparison.excessOm));
    const schemeName = (k: 'minimum' | 'enhanced') => (k === 'minimum' ? 'Minimum' : 'Enhanced');
    body.push([
      'Scheme charged',
      { content: schemeName(comparison.chargedScheme.low), styles: MONEY_COLUMN },
      { content: schemeName(comparison.chargedScheme.expected), styles: MONEY_COLUMN },
      { content: schemeName(comparison.chargedScheme.high), styles: MONEY_COLUMN },
    ]);
  }
  body.push(
    rangeRow(PAYABLE_LABELS.exVat, comparison.payableExVat, true),
    rangeRow(`VAT at ${vatPercent}`, comparison.payableVat),
    rangeRow(PAYABLE_LABELS.incVat, comparison.payableIncVat, true),
  );
  writer.table({ head: RANGE_HEAD, body, columnStyles: { 0: { cellWidth: 90 } } });
  if (input.result.otherReading)
    writer.paragraph(`${input.result.otherReading.text}.`, { size: 9 });
  for (const e of comparison.explanation) {
    writer.paragraph(`${e.text}${e.formula ? ` (${e.formula})` : ''} [${e.citation}]`, { size: 8 });
  }
  drawCharts(writer, input);
}

function drawCharts(writer: PdfWriter, input: EstimatePdfInput): void {
  const charts = input.charts ?? [];
  writer.heading('Charts', 3);
  if (charts.length === 0) {
    for (const chart of pdfCharts(input.result)) drawChart(writer, chart);
    return;
  }
  for (const chart of charts) drawChartImage(writer, chart);
}

function drawChartImage(writer: PdfWriter, chart: ChartImage): void {
  if (!/^data:image\/png;base64,[A-Za-z0-9+/=\s]+$/.test(chart.pngDataUrl)) {
    throw new ExportError(
      `The chart "${chart.title}" is not a PNG image, so the PDF could not include it.`,
    );
  }
  let width: number;
  let height: number;
  try {
    const props = writer.doc.getImageProperties(chart.pngDataUrl);
    width = props.width;
    height = props.height;
  } catch {
    throw new ExportError(
      `The chart "${chart.title}" could not be read as a PNG image, so the PDF could not include it.`,
    );
  }
  const drawWidth = Math.min(CONTENT_WIDTH, 170);
  let drawHeight = (drawWidth * height) / Math.max(1, width);
  let finalWidth = drawWidth;
  if (drawHeight > 110) {
    finalWidth = (drawWidth * 110) / drawHeight;
    drawHeight = 110;
  }
  writer.paragraph(chart.title, { bold: true, size: 9.5 });
  writer.ensure(drawHeight + 2);
  writer.doc.addImage(chart.pngDataUrl, 'PNG', LAYOUT.left, writer.y, finalWidth, drawHeight);
  writer.y += drawHeight + 4;
}

function drawAssumptions(writer: PdfWriter, input: EstimateExportInput): void {
  const { estimate, statement, result, preparedOn } = input;
  const notes = buildAssumptions(estimate, statement, result, preparedOn);
  writer.heading('Assumptions and exclusions');
  writer.table({
    theme: 'plain',
    body: notes.map((n) => [n.title, n.text, n.citation]),
    styles: { font: 'helvetica', fontSize: 8.5, cellPadding: 1.1 },
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 38 }, 2: { cellWidth: 32 } },
  });
  const poa = poaItemsByScheme(result);
  if (poa.length > 0) {
    writer.heading('Items excluded: priced on application', 3);
    writer.table({
      head: [['Scheme', 'Item']],
      body: poa.flatMap((p) => p.items.map((item) => [p.scheme, item])),
      columnStyles: { 0: { cellWidth: 45 } },
    });
  }
  if (result.warnings.length > 0) {
    writer.heading('Warnings from the calculation', 3);
    for (const w of result.warnings) writer.paragraph(`- ${w.message}`, { size: 8.5 });
  }
  writer.heading('Citations used', 3);
  writer.paragraph(citationsUsed(result, notes, statement).join(' · '), { size: 8 });
  writer.paragraph(
    `A citation names the paragraph a figure or rule comes from: "${statement.citationPrefix}" is this statement (${statement.operator}, ${statement.version}).`,
    { size: 7.5 },
  );
}

function footerText(estimate: EstimateFile, preparedOn: string): string {
  return `${estimate.reference} · prepared ${formatIsoDate(preparedOn)}`;
}

/**
 * Counts the cost lines read and drawn, the bulk of the work for a long estimate, and
 * reports the share done between `from` and `to` (a second, tighter layout reports on).
 */
class LineProgress {
  private done = 0;
  constructor(
    private readonly total: number,
    private readonly from: number,
    private readonly to: number,
    private readonly report: ((fraction: number) => void) | undefined,
  ) {}

  step(): void {
    if (!this.report || this.total === 0) return;
    this.done = Math.min(this.total, this.done + 1);
    this.report(this.from + ((this.to - this.from) * this.done) / this.total);
  }
}

/** Passes on only a new whole percent: a message per line would cost more than the line. */
function wholePercents(report: (fraction: number) => void): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    const percent = Math.floor(fraction * 100);
    if (percent <= last) return;
    last = percent;
    report(fraction);
  };
}

function layOut(
  input: EstimatePdfInput,
  isCompact: boolean,
  progress: LineProgress,
): { doc: jsPDF; lastY: number } {
  const { estimate, statement, result, preparedOn } = input;
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.setProperties({
    title: `${estimate.reference} budget estimate (not an offer)`,
    subject: NON_BINDING_HEADER,
    creator: 'Connection charge estimator',
  });
  const writer = new PdfWriter(doc, isCompact);
  const vatPercent = vatPercentText(estimate, statement);

  // Page 1 answers "how much"; then the breakdown (001 §2.11); then the appendix.
  drawSummaryPage(writer, input);
  doc.addPage();
  writer.y = LAYOUT.top;
  writer.heading('Breakdown', 1);
  for (const { key, scheme } of schemesOf(result)) {
    writer.ensure(60);
    writer.heading(scheme.name);
    drawTotals(writer, key, scheme, input, vatPercent);
    drawBreakdown(writer, key, scheme, input);
    drawFees(writer, key, input);
  }
  // A comparison needs two schemes: without an Enhanced Scheme, only the charts follow.
  if (result.schemes.enhanced) drawComparison(writer, input, vatPercent);
  else drawCharts(writer, input);

  writer.ensure(80);
  writer.heading('Appendix', 1);
  drawTitleBlock(writer, input);
  drawProject(writer, input);
  for (const { key, scheme } of schemesOf(result)) {
    writer.ensure(40);
    writer.heading(scheme.name);
    drawLines(writer, key, scheme, input, progress);
    drawSchemeExtras(writer, scheme);
  }
  drawAssumptions(writer, input);
  const lastY = writer.y;
  drawPageChrome(doc, footerText(estimate, preparedOn));
  return { doc, lastY };
}

export interface BuildPdfOptions {
  /** Called as the cost lines are laid out, with the share of the work done (0 to 1). */
  onProgress?: (fraction: number) => void;
}

/** Build the budget estimate PDF. Throws an ExportError with a plain-words message on bad input. */
export function buildEstimatePdf(
  input: EstimatePdfInput,
  options: BuildPdfOptions = {},
): ExportedPdf {
  const { estimate } = input;
  const printed = { ...input, estimate: printedEstimate(estimate) };
  const onProgress = options.onProgress && wholePercents(options.onProgress);
  // Two steps per line (read, drawn) in each scheme.
  const steps = 2 * schemesOf(input.result).reduce((n, s) => n + s.scheme.lines.length, 0);
  let laidOut = layOut(printed, false, new LineProgress(steps, 0, 0.9, onProgress));
  // A last page holding only a few lines is a leftover: lay out again with tighter tables.
  if (laidOut.doc.getNumberOfPages() > 2 && laidOut.lastY < LAYOUT.top + 60)
    laidOut = layOut(printed, true, new LineProgress(steps, 0.9, 0.97, onProgress));
  const { doc } = laidOut;

  const bytes = doc.output('arraybuffer');
  onProgress?.(1);
  const mimeType = 'application/pdf';
  return {
    fileName: estimateFileName(estimate.reference, 'pdf'),
    mimeType,
    bytes,
    blob: new Blob([bytes], { type: mimeType }),
    pageCount: doc.getNumberOfPages(),
  };
}
