/**
 * The estimate as a CSV spreadsheet: both schemes' lines and totals as low / expected /
 * high, the comparison, POA items, assumptions and citations, with the rule behind each
 * line. One header row, one record per row; a "Section" column says what each row is, so
 * a spreadsheet filter shows just the lines or just the totals.
 *
 * Money cells are plain decimals ("1234.50", no "£" or commas) so spreadsheets read them as
 * numbers; "£" appears only in headings. The file starts with a UTF-8 byte order mark so
 * Excel reads it as UTF-8 and prints "£" correctly.
 */
import Papa from 'papaparse';
import type { Money, Range } from '../../engine/types';
import { comparisonWording } from '../comparisonWording';
import { estimateFileName } from '../estimateFileName';
import {
  buildAssumptions,
  checkAfterText,
  citationsUsed,
  NON_BINDING_HEADER,
  vatPercentText,
} from '../estimateNotes';
import { plainMoney } from '../format/formatMoney';
import { joinLines, schemesOf } from '../schemeBreakdown';
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
  const { estimate, statement, result, preparedOn } = input;
  const rows: CsvRow[] = [];
  const info = (description: string, note: string, citation = '') =>
    rows.push({ Section: 'Estimate', Description: description, Note: note, Citations: citation });

  info('Notice', `${NON_BINDING_HEADER}.`);
  info('Reference', estimate.reference);
  info('Title', estimate.title);
  info('Date prepared', preparedOn);
  info('Operator', statement.operator);
  info('Statement', statement.title);
  info('Statement version', statement.version);
  info('Statement date', statement.publicationDate);
  info('Check after', checkAfterText(statement, preparedOn));
  info('Rule set', `${result.ruleSet.label}. ${result.ruleSet.reason}`, result.ruleSet.citation);
  info('Application date', estimate.inputs.applicationDate);
  info('Site', [estimate.project.site.address, estimate.project.site.postcode].join(' ').trim());
  info('Required Capacity (kVA)', result.requiredCapacity.kva);

  const vatPercent = vatPercentText(estimate, statement);
  for (const { key, scheme } of schemesOf(result)) {
    for (const { result: line, input: lineInput } of joinLines(
      scheme,
      estimate.inputs.schemes[key],
      statement,
    )) {
      rows.push({
        Section: 'Line',
        Scheme: scheme.name,
        'Line ID': line.lineId,
        Description: line.description,
        Quantity: lineInput?.quantity ?? '',
        Unit: lineInput?.unit ?? '',
        Category: line.category,
        POA: line.isPoa ? 'yes' : 'no',
        ...(line.isPoa ? {} : cost(line.cost)),
        ...(line.isPoa ? {} : pay(line.customer)),
        Rule: line.ruleLabel,
        'CAF (%)': line.apportionment?.cafPercent ?? '',
        Citations: [...new Set(line.explanation.map((e) => e.citation))].join('; '),
        Note: line.explanation.flatMap((e) => (e.formula ? [e.formula] : [])).join('; '),
      });
    }
    const total = (description: string, range: Range<Money>, note = '') =>
      rows.push({
        Section: 'Total',
        Scheme: scheme.name,
        Description: description,
        ...pay(range),
        Note: note,
      });
    const t = scheme.totals;
    total('Extension Assets (contestable)', t.extensionContestable);
    total('Extension Assets (non-contestable)', t.extensionNonContestable);
    total('Reinforcement (your share)', t.reinforcementCustomer);
    total('Charges passed through', t.passThrough);
    total('Previous works (second comer)', t.previousWorks);
    total('Operation and maintenance (one-off)', t.om);
    total('Fees', t.fees);
    total('Land rights', t.landRights);
    total('Your charge excluding VAT', t.customerExVat);
    total('VAT', t.vat, `VAT at ${vatPercent}`);
    total('Your charge including VAT', t.customerIncVat);
    total('Reinforcement funded by the operator', t.reinforcementOperator, 'For information');
    total('All costs funded by the operator', t.operatorFunded, 'For information');
    total('Capital cost of the works', t.capitalCost, 'For information');
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

  const { comparison } = result;
  const wording = comparisonWording(comparison, statement);
  const compare = (description: string, range: Range<Money>, note = '') =>
    rows.push({ Section: 'Comparison', Description: description, ...pay(range), Note: note });
  rows.push({
    Section: 'Comparison',
    Description: 'Rule applied',
    Rule: comparison.rule,
    Note: wording.text,
    Citations: wording.citation,
  });
  if (comparison.difference) compare('Difference (Enhanced less Minimum)', comparison.difference);
  compare('Extra capital cost of the Enhanced Scheme', comparison.excessCapitalCost);
  compare('O&M on the extra capital cost', comparison.excessOm);
  rows.push({
    Section: 'Comparison',
    Description: 'Scheme charged',
    'You pay low (£)': comparison.chargedScheme.low,
    'You pay expected (£)': comparison.chargedScheme.expected,
    'You pay high (£)': comparison.chargedScheme.high,
  });
  compare('You pay excluding VAT', comparison.payableExVat);
  compare('VAT', comparison.payableVat, `VAT at ${vatPercent}`);
  compare('You pay including VAT', comparison.payableIncVat);

  const notes = buildAssumptions(estimate, statement, result, preparedOn);
  for (const note of notes) {
    rows.push({
      Section: 'Assumption',
      Description: note.title,
      Note: note.text,
      Citations: note.citation,
    });
  }
  for (const warning of result.warnings) {
    rows.push({ Section: 'Warning', Description: warning.code, Note: warning.message });
  }
  for (const citation of citationsUsed(result, notes)) {
    rows.push({ Section: 'Citation', Citations: citation });
  }
  return rows;
}

/**
 * Cells that a spreadsheet would run as a formula (=, +, @, or a "-" not starting a
 * number) are prefixed with an apostrophe; negative amounts stay numbers.
 */
const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d))/;

export function buildEstimateCsv(input: EstimateExportInput): ExportedFile & { text: string } {
  const rows = buildEstimateCsvRows(input);
  const text =
    BOM +
    Papa.unparse(
      { fields: [...CSV_FIELDS], data: rows.map((row) => CSV_FIELDS.map((f) => row[f] ?? '')) },
      { newline: '\r\n', escapeFormulae: FORMULA_START },
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
