/**
 * The estimate as a CSV spreadsheet: both schemes' lines and totals as low / expected /
 * high, each scheme's fees (min and max as printed), the comparison, POA items, assumptions and citations, with the rule behind each
 * line. One header row, one record per row; a "Section" column says what each row is, so
 * a spreadsheet filter shows just the lines or just the totals.
 *
 * Money cells are plain decimals ("1234.50", no "£" or commas) so spreadsheets read them as
 * numbers; "£" appears only in headings. The file starts with a UTF-8 byte order mark so
 * Excel reads it as UTF-8 and prints "£" correctly.
 *
 * The content comes from `buildEstimateRows`, which the XLSX export shares.
 */
import type { Money, Range } from '../../engine/types';
import { serialiseDelimited } from '../../format/delimitedText';
import { estimateFileName } from '../estimateFileName';
import { plainMoney } from '../format/formatMoney';
import { buildEstimateRows, type FigureRow } from '../buildEstimateRows';
import type { EstimateExportInput, ExportedFile } from '../types';

export const CSV_FIELDS = [
  'Section',
  'Scheme',
  'Line ID',
  'Description',
  'Quantity',
  'Unit',
  'Category',
  'POA',
  'Cost low (£)',
  'Cost expected (£)',
  'Cost high (£)',
  'You pay low (£)',
  'You pay expected (£)',
  'You pay high (£)',
  'Rule',
  'CAF (%)',
  'Citations',
  'Formulas',
  'Note',
] as const;

export type CsvField = (typeof CSV_FIELDS)[number];
export type CsvRow = Partial<Record<CsvField, string>>;

const BOM = '\uFEFF';

function pay(range: Range<Money>): CsvRow {
  return {
    'You pay low (£)': plainMoney(range.low),
    'You pay expected (£)': plainMoney(range.expected),
    'You pay high (£)': plainMoney(range.high),
  };
}

function cost(range: Range<Money>): CsvRow {
  return {
    'Cost low (£)': plainMoney(range.low),
    'Cost expected (£)': plainMoney(range.expected),
    'Cost high (£)': plainMoney(range.high),
  };
}

/** The rows of the CSV, before serialising; exported so tests and other exports can reuse them. */
export function buildEstimateCsvRows(input: EstimateExportInput): CsvRow[] {
  const model = buildEstimateRows(input);
  const rows: CsvRow[] = [];
  const info = (description: string, note: string, citation = '') =>
    rows.push({ Section: 'Estimate', Description: description, Note: note, Citations: citation });

  info('Notice', `${model.notice}.`);
  for (const row of model.info) info(row.label, row.value, row.citation);

  for (const scheme of model.schemes) {
    for (const line of scheme.lines) {
      rows.push({
        Section: 'Line',
        Scheme: scheme.name,
        'Line ID': line.lineId,
        Description: line.description,
        Quantity: line.quantity,
        Unit: line.unit,
        Category: line.category,
        POA: line.isPoa ? 'yes' : 'no',
        ...(line.cost ? cost(line.cost) : {}),
        ...(line.customer ? pay(line.customer) : {}),
        Rule: line.rule,
        'CAF (%)': line.cafPercent,
        Citations: line.citations,
        Formulas: line.formulas,
        Note: line.note,
      });
    }
    for (const total of scheme.totals) {
      rows.push({
        Section: 'Total',
        Scheme: scheme.name,
        Description: total.description,
        ...pay(total.amount),
        Note: total.note,
      });
    }
    if (scheme.fees) {
      const fees = scheme.fees;
      rows.push({
        Section: 'Fee',
        Scheme: scheme.name,
        Description: 'Fee category',
        Category: fees.category,
        Note: fees.categoryNote,
        Citations: fees.categoryCitation,
      });
      for (const fee of fees.items) {
        rows.push({
          Section: 'Fee',
          Scheme: scheme.name,
          'Line ID': fee.rowId,
          Description: `${fee.part}: ${fee.description}`,
          Category: fees.category,
          POA: fee.isPoa ? 'yes' : 'no',
          'Cost low (£)': fee.min === null ? '' : plainMoney(fee.min),
          'Cost high (£)': fee.max === null ? '' : plainMoney(fee.max),
          Citations: fee.citation,
          Note: fee.note,
        });
      }
      for (const note of fees.notes)
        rows.push({ Section: 'Fee', Scheme: scheme.name, Description: 'Note', Note: note });
    }
    for (const item of scheme.poaItems) {
      rows.push({
        Section: 'POA',
        Scheme: scheme.name,
        Description: item,
        POA: 'yes',
        Note: 'Priced on application: excluded from every total',
      });
    }
  }

  const { comparison } = model;
  const compare = (figure: FigureRow) =>
    rows.push({
      Section: 'Comparison',
      Description: figure.description,
      ...pay(figure.amount),
      Note: figure.note,
    });
  rows.push({
    Section: 'Comparison',
    Description: 'Rule applied',
    Rule: comparison.rule,
    Note: comparison.text,
    Citations: comparison.citation,
  });
  comparison.before.forEach(compare);
  rows.push({
    Section: 'Comparison',
    Description: 'Scheme charged',
    'You pay low (£)': comparison.chargedScheme.low,
    'You pay expected (£)': comparison.chargedScheme.expected,
    'You pay high (£)': comparison.chargedScheme.high,
  });
  comparison.payable.forEach(compare);

  for (const note of model.assumptions) {
    rows.push({
      Section: 'Assumption',
      Description: note.title,
      Note: note.text,
      Citations: note.citation,
    });
  }
  for (const warning of model.warnings) {
    rows.push({ Section: 'Warning', Description: warning.code, Note: warning.message });
  }
  for (const citation of model.citations) {
    rows.push({ Section: 'Citation', Citations: citation });
  }
  return rows;
}

/** The columns that hold amounts and figures the app writes itself. */
const NUMERIC_FIELDS = new Set<CsvField>([
  'Quantity',
  'Cost low (£)',
  'Cost expected (£)',
  'Cost high (£)',
  'You pay low (£)',
  'You pay expected (£)',
  'You pay high (£)',
  'CAF (%)',
]);

/** Text a spreadsheet would run as a formula: starting =, +, -, @, tab or return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number, which may stay as it is in an amount column (negative amounts included). */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Every cell a spreadsheet could run as a formula gets an apostrophe in front. Only an
 * amount column may keep a leading "-", and only on a plain number: a description such as
 * `-1+1+cmd|' /C calc'!A0` is text, so it is escaped.
 */
export function csvCells(rows: readonly CsvRow[]): CsvRow[] {
  return rows.map((row) => {
    const out: CsvRow = {};
    for (const [field, value] of Object.entries(row) as [CsvField, string | undefined][]) {
      if (value === undefined) continue;
      const isSafe =
        !FORMULA_START.test(value) || (NUMERIC_FIELDS.has(field) && PLAIN_NUMBER.test(value));
      out[field] = isSafe ? value : `'${value}`;
    }
    return out;
  });
}

export function buildEstimateCsv(input: EstimateExportInput): ExportedFile & { text: string } {
  const rows = csvCells(buildEstimateCsvRows(input));
  const text =
    BOM +
    serialiseDelimited(
      [[...CSV_FIELDS], ...rows.map((row) => CSV_FIELDS.map((f) => row[f] ?? ''))],
      ',',
    );
  const bytes = new TextEncoder().encode(text);
  const mimeType = 'text/csv;charset=utf-8';
  const buffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  return {
    fileName: estimateFileName(input.estimate.reference, 'csv'),
    mimeType,
    bytes: buffer,
    blob: new Blob([buffer], { type: mimeType }),
    text,
  };
}
