/**
 * The workbook's sheets, before they are zipped: "Summary", "Minimum Scheme", "Enhanced
 * Scheme" (when there is one), "Fees" (when the result has them) and "Assumptions". Every sheet opens with the non-binding
 * notice and a bold header row, both frozen so they stay in view while scrolling.
 *
 * The content is the CSV's (`buildEstimateRows`), laid out for someone who carries on in a
 * spreadsheet: money as number cells in £, one table per scheme with its totals beneath.
 */
import type { CellObject, Row, SheetData } from 'write-excel-file/browser';
import type { Money, Range } from '../../engine/types';
import {
  buildEstimateRows,
  type FigureRow,
  type LineRow,
  type SchemeRows,
} from '../buildEstimateRows';
import type { SchemeKey } from '../schemeBreakdown';
import type { EstimateExportInput } from '../types';
import {
  bold,
  headerRow,
  moneyCell,
  numberOrTextCell,
  PERCENT_FORMAT,
  textCell,
} from './xlsxCells';

export interface EstimateSheet {
  sheet: string;
  data: SheetData;
  /** Column widths, in characters. */
  columns: { width: number }[];
  /** The notice and the header row. */
  stickyRowsCount: number;
}

export const SHEET_NAMES: Record<'summary' | SchemeKey | 'fees' | 'assumptions', string> = {
  summary: 'Summary',
  minimum: 'Minimum Scheme',
  enhanced: 'Enhanced Scheme',
  fees: 'Fees',
  assumptions: 'Assumptions',
};

/** Rows above the first row of data: the notice, then the header row. */
const FROZEN_ROWS = 2;

function noticeRow(notice: string): Row {
  return [textCell(`${notice}.`, { fontWeight: 'bold', textColor: '#A4000F' })];
}

function sheet(
  name: string,
  notice: string,
  columns: readonly { heading: string; width: number }[],
  rows: Row[],
): EstimateSheet {
  return {
    sheet: name,
    data: [noticeRow(notice), headerRow(columns.map((c) => c.heading)), ...rows],
    columns: columns.map((c) => ({ width: c.width })),
    stickyRowsCount: FROZEN_ROWS,
  };
}

const range = (amount: Range<Money>, style = {}): CellObject[] => [
  moneyCell(amount.low, style),
  moneyCell(amount.expected, style),
  moneyCell(amount.high, style),
];

const SCHEME_LABEL: Record<SchemeKey, string> = {
  minimum: 'Minimum Scheme',
  enhanced: 'Enhanced Scheme',
};

// ---------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------

const SUMMARY_COLUMNS = [
  { heading: 'Item', width: 36 },
  { heading: 'Detail', width: 64 },
  { heading: 'Low (£)', width: 15 },
  { heading: 'Expected (£)', width: 15 },
  { heading: 'High (£)', width: 15 },
  { heading: 'Citation', width: 26 },
] as const;

function summaryFigure(label: string, figure: FigureRow, style = {}): Row {
  return [
    textCell(label, style),
    figure.note ? textCell(figure.note, { wrap: true }) : null,
    ...range(figure.amount, style),
    null,
  ];
}

function buildSummary(rows: ReturnType<typeof buildEstimateRows>): EstimateSheet {
  const data: Row[] = rows.info.map((info) => [
    textCell(info.label),
    textCell(info.value, { wrap: true }),
    null,
    null,
    null,
    info.citation ? textCell(info.citation, { wrap: true }) : null,
  ]);
  const { comparison } = rows;
  data.push([]);
  data.push([textCell('Minimum and Enhanced Schemes compared', bold)]);
  data.push([
    textCell('Rule applied'),
    textCell(comparison.text, { wrap: true }),
    null,
    null,
    null,
    textCell(comparison.citation, { wrap: true }),
  ]);
  for (const scheme of rows.schemes) {
    for (const total of scheme.totals.filter((t) => t.isCharge)) {
      data.push(summaryFigure(`${scheme.name}: ${lowerFirst(total.description)}`, total));
    }
  }
  for (const figure of comparison.before) data.push(summaryFigure(figure.description, figure));
  data.push([
    textCell('Scheme charged'),
    null,
    textCell(SCHEME_LABEL[comparison.chargedScheme.low]),
    textCell(SCHEME_LABEL[comparison.chargedScheme.expected]),
    textCell(SCHEME_LABEL[comparison.chargedScheme.high]),
    null,
  ]);
  for (const figure of comparison.payable) {
    data.push(summaryFigure(figure.description, figure, bold));
  }
  return sheet(SHEET_NAMES.summary, rows.notice, SUMMARY_COLUMNS, data);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// ---------------------------------------------------------------------------
// One sheet per scheme: its lines, then its totals
// ---------------------------------------------------------------------------

export const LINE_COLUMNS = [
  { heading: 'Line ID', width: 12 },
  { heading: 'Description', width: 44 },
  { heading: 'Quantity', width: 10 },
  { heading: 'Unit', width: 14 },
  { heading: 'Category', width: 24 },
  { heading: 'POA', width: 6 },
  { heading: 'Cost low (£)', width: 15 },
  { heading: 'Cost expected (£)', width: 15 },
  { heading: 'Cost high (£)', width: 15 },
  { heading: 'Rule', width: 28 },
  { heading: 'CAF (%)', width: 9 },
  { heading: 'You pay low (£)', width: 15 },
  { heading: 'You pay expected (£)', width: 15 },
  { heading: 'You pay high (£)', width: 15 },
  { heading: 'Operator pays low (£)', width: 15 },
  { heading: 'Operator pays expected (£)', width: 15 },
  { heading: 'Operator pays high (£)', width: 15 },
  { heading: 'Citations', width: 28 },
  { heading: 'Formulas', width: 48 },
  { heading: 'Note', width: 40 },
] as const;

const orBlanks = (amount: Range<Money> | null): (CellObject | null)[] =>
  amount ? range(amount) : [null, null, null];

function lineRow(line: LineRow): Row {
  return [
    textCell(line.lineId),
    textCell(line.description, { wrap: true }),
    numberOrTextCell(line.quantity),
    line.unit ? textCell(line.unit) : null,
    textCell(line.category),
    textCell(line.isPoa ? 'yes' : 'no'),
    ...orBlanks(line.cost),
    textCell(line.rule, { wrap: true }),
    numberOrTextCell(line.cafPercent, PERCENT_FORMAT),
    ...orBlanks(line.customer),
    ...orBlanks(line.operator),
    line.citations ? textCell(line.citations, { wrap: true }) : null,
    line.formulas ? textCell(line.formulas, { wrap: true }) : null,
    line.note ? textCell(line.note, { wrap: true }) : null,
  ];
}

/** A total beneath the lines, its figures in the columns of what it measures. */
function totalRow(total: FigureRow): Row {
  const style = total.isCharge ? bold : {};
  const blanks = [null, null, null];
  const at = (measure: FigureRow['measure']) =>
    total.measure === measure ? range(total.amount, style) : blanks;
  return [
    null,
    textCell(total.description, style),
    null,
    null,
    null,
    null,
    ...at('cost'),
    null,
    null,
    ...at('customer'),
    ...at('operator'),
    null,
    null,
    total.note ? textCell(total.note) : null,
  ];
}

function buildSchemeSheet(notice: string, scheme: SchemeRows): EstimateSheet {
  const data: Row[] = scheme.lines.map(lineRow);
  data.push([]);
  data.push([null, textCell(`Totals: ${scheme.name}`, bold)]);
  for (const total of scheme.totals) data.push(totalRow(total));
  return sheet(SHEET_NAMES[scheme.key], notice, LINE_COLUMNS, data);
}

// ---------------------------------------------------------------------------
// Fees: each scheme's fee category and fees, from the engine's result
// ---------------------------------------------------------------------------

export const FEE_COLUMNS = [
  { heading: 'Scheme', width: 16 },
  { heading: 'Fee', width: 48 },
  { heading: 'Row', width: 12 },
  { heading: 'Fee category', width: 30 },
  { heading: 'POA', width: 6 },
  { heading: 'Min (£)', width: 14 },
  { heading: 'Max (£)', width: 14 },
  { heading: 'Note', width: 60 },
  { heading: 'Citation', width: 22 },
] as const;

function buildFeesSheet(rows: ReturnType<typeof buildEstimateRows>): EstimateSheet | null {
  const withFees = rows.schemes.filter((s) => s.fees);
  if (withFees.length === 0) return null;
  const data: Row[] = [];
  for (const scheme of withFees) {
    const fees = scheme.fees!;
    data.push([
      textCell(scheme.name),
      textCell('Fee category', bold),
      null,
      textCell(fees.category, { wrap: true }),
      null,
      null,
      null,
      textCell(fees.categoryNote, { wrap: true }),
      fees.categoryCitation ? textCell(fees.categoryCitation, { wrap: true }) : null,
    ]);
    for (const fee of fees.items) {
      data.push([
        textCell(scheme.name),
        textCell(`${fee.part}: ${fee.description}`, { wrap: true }),
        textCell(fee.rowId),
        textCell(fees.category, { wrap: true }),
        textCell(fee.isPoa ? 'yes' : 'no'),
        fee.min === null ? null : moneyCell(fee.min),
        fee.max === null ? null : moneyCell(fee.max),
        fee.note ? textCell(fee.note, { wrap: true }) : null,
        textCell(fee.citation, { wrap: true }),
      ]);
    }
    for (const note of fees.notes)
      data.push([
        textCell(scheme.name),
        textCell('Note'),
        null,
        null,
        null,
        null,
        null,
        textCell(note, { wrap: true }),
        null,
      ]);
  }
  return sheet(SHEET_NAMES.fees, rows.notice, FEE_COLUMNS, data);
}

// ---------------------------------------------------------------------------
// Assumptions, POA items, warnings, citations
// ---------------------------------------------------------------------------

const ASSUMPTION_COLUMNS = [
  { heading: 'Section', width: 22 },
  { heading: 'Topic', width: 34 },
  { heading: 'Detail', width: 90 },
  { heading: 'Citation', width: 30 },
] as const;

function buildAssumptionsSheet(rows: ReturnType<typeof buildEstimateRows>): EstimateSheet {
  const data: Row[] = [];
  const row = (section: string, topic: string, detail: string, citation: string) =>
    data.push([
      textCell(section),
      topic ? textCell(topic, { wrap: true }) : null,
      detail ? textCell(detail, { wrap: true }) : null,
      citation ? textCell(citation, { wrap: true }) : null,
    ]);
  for (const note of rows.assumptions) row('Assumption', note.title, note.text, note.citation);
  row('VAT', 'VAT rate used', rows.vatPercent, '');
  for (const scheme of rows.schemes) {
    for (const item of scheme.poaItems) {
      row(
        'Priced on application',
        scheme.name,
        `${item}: priced on application, excluded from every total`,
        '',
      );
    }
  }
  for (const warning of rows.warnings) row('Warning', warning.code, warning.message, '');
  for (const citation of rows.citations) row('Citation used', '', '', citation);
  return sheet(SHEET_NAMES.assumptions, rows.notice, ASSUMPTION_COLUMNS, data);
}

/** Every sheet of the workbook, in order. */
export function buildEstimateSheets(input: EstimateExportInput): EstimateSheet[] {
  const rows = buildEstimateRows(input);
  const fees = buildFeesSheet(rows);
  return [
    buildSummary(rows),
    ...rows.schemes.map((scheme) => buildSchemeSheet(rows.notice, scheme)),
    ...(fees ? [fees] : []),
    buildAssumptionsSheet(rows),
  ];
}
