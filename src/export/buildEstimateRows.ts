/**
 * What the spreadsheet exports say, before any file format: the estimate details, each
 * scheme's lines and totals as low / expected / high, the POA items, the comparison, the
 * assumptions, the engine's warnings and the citations. The CSV and the XLSX are both
 * written from these rows, so the two files always carry the same content and labels.
 *
 * Pure: money stays as the engine's decimal strings here; each file format decides how to
 * write it (a plain decimal in the CSV, a number cell in the XLSX).
 */
import {
  CHARGE_CATEGORIES,
  CHARGED_CATEGORIES,
  COMPARISON_FIGURES,
} from '../charts/chargeCategories';
import type { Money, Range } from '../engine/types';
import { isZeroRange } from '../format/money';
import { printedCitation } from '../statements/printedReference';
import { comparisonWording } from './comparisonWording';
import {
  buildAssumptions,
  checkAfterText,
  citationsUsed,
  NON_BINDING_HEADER,
  vatPercentText,
  type Note,
} from './estimateNotes';
import { feeRowsOf, type SchemeFeeRows } from './feeRows';
import { joinLines, schemesOf, type SchemeKey } from './schemeBreakdown';
import type { EstimateExportInput } from './types';

/** One fact about the estimate: "Reference" → "EST-2026-0001". */
export interface InfoRow {
  label: string;
  value: string;
  citation: string;
}

export interface LineRow {
  lineId: string;
  description: string;
  /** As the user typed it (a decimal string), or "" when the line has no input. */
  quantity: string;
  unit: string;
  category: string;
  isPoa: boolean;
  /** Null for POA lines: they carry no figure and are excluded from every total. */
  cost: Range<Money> | null;
  customer: Range<Money> | null;
  operator: Range<Money> | null;
  rule: string;
  /** "79.4", or "" when the line is not apportioned. */
  cafPercent: string;
  /** Each paragraph the line's explanation cites, once, joined with "; ". */
  citations: string;
  /** The line's formulas with their numbers, joined with "; ". */
  formulas: string;
  /** The user's own note on the line (the grid's Note column), or "". */
  note: string;
}

/** A labelled low / expected / high figure: a scheme total or a comparison figure. */
export interface FigureRow {
  description: string;
  amount: Range<Money>;
  note: string;
  /** True for the figures the customer pays (ex VAT, VAT, inc VAT); false for the parts. */
  isCharge: boolean;
  /** True for figures shown for information only (what the operator funds, capital cost). */
  isInformation: boolean;
  /** Whose money the figure is: what the customer pays, what the operator funds, or a cost. */
  measure: 'customer' | 'operator' | 'cost';
}

export interface SchemeRows {
  key: SchemeKey;
  name: string;
  lines: LineRow[];
  totals: FigureRow[];
  poaItems: string[];
  /** The scheme's fees from the engine's result; null when the result has none. */
  fees: SchemeFeeRows | null;
}

export interface ComparisonRows {
  /** The engine's code for the rule, e.g. "customer-excess-plus-om". */
  rule: string;
  /** The rule in plain words, with the paragraph it comes from. */
  text: string;
  citation: string;
  /** Figures before "Scheme charged": difference, extra capital cost, its O&M. */
  before: FigureRow[];
  chargedScheme: Range<'minimum' | 'enhanced'>;
  /** What the customer pays: ex VAT, VAT, inc VAT. */
  payable: FigureRow[];
}

export interface EstimateRows {
  notice: string;
  info: InfoRow[];
  schemes: SchemeRows[];
  comparison: ComparisonRows;
  vatPercent: string;
  assumptions: Note[];
  warnings: { code: string; message: string }[];
  citations: string[];
}

/** The labels of what the customer pays, the same in every export. */
export const PAYABLE_LABELS = {
  exVat: 'You pay excluding VAT',
  incVat: 'You pay including VAT',
} as const;
/** The heading of the note naming the items left out of the figures (partial results). */
export const NOT_COUNTED_LABEL = 'Not counted yet';
export const EXCESS_OM_LABEL = COMPARISON_FIGURES.excessOm;
const OPERATOR_REINFORCEMENT = CHARGE_CATEGORIES.find((c) => c.key === 'reinforcementOperator')!;

const sameRange = (a: Range<Money>, b: Range<Money>) =>
  a.low === b.low && a.expected === b.expected && a.high === b.high;

function figure(
  description: string,
  amount: Range<Money>,
  options: Partial<Pick<FigureRow, 'note' | 'isCharge' | 'isInformation' | 'measure'>> = {},
): FigureRow {
  return {
    description,
    amount,
    note: options.note ?? '',
    isCharge: options.isCharge ?? false,
    isInformation: options.isInformation ?? false,
    measure: options.measure ?? 'customer',
  };
}

export function buildEstimateRows(input: EstimateExportInput): EstimateRows {
  const { estimate, statement, result, preparedOn } = input;
  const vatPercent = vatPercentText(estimate, statement);

  const info: InfoRow[] = [];
  const add = (label: string, value: string, citation = '') =>
    info.push({ label, value, citation });
  // Partial results: what the figures leave out comes first, after the notice.
  if (result.notCountedNote) add(NOT_COUNTED_LABEL, result.notCountedNote);
  add('Reference', estimate.reference);
  add('Title', estimate.title);
  add('Date prepared', preparedOn);
  add('Operator', statement.operator);
  add('Statement', statement.title);
  add('Statement version', statement.version);
  add('Statement date', statement.publicationDate);
  add('Check after', checkAfterText(statement, preparedOn));
  add('Rule set', `${result.ruleSet.label}. ${result.ruleSet.reason}`, result.ruleSet.citation);
  add('Application date', estimate.inputs.applicationDate);
  add('Site', [estimate.project.site.address, estimate.project.site.postcode].join(' ').trim());
  add('Required Capacity (kVA)', result.requiredCapacity.kva);

  const schemes: SchemeRows[] = schemesOf(result).map(({ key, scheme }) => {
    const lines = joinLines(scheme, estimate.inputs.schemes[key], statement).map(
      ({ result: line, input: lineInput, note }): LineRow => ({
        lineId: line.lineId,
        description: line.description,
        quantity: lineInput?.quantity ?? '',
        unit: lineInput?.unit ?? '',
        category: line.category,
        isPoa: line.isPoa,
        cost: line.isPoa ? null : line.cost,
        customer: line.isPoa ? null : line.customer,
        operator: line.isPoa ? null : line.operator,
        rule: line.ruleLabel,
        cafPercent: line.apportionment?.cafPercent ?? '',
        citations: [
          ...new Set(line.explanation.map((e) => printedCitation(e.citation, statement))),
        ].join('; '),
        formulas: line.explanation.flatMap((e) => (e.formula ? [e.formula] : [])).join('; '),
        note,
      }),
    );
    const t = scheme.totals;
    const pay = result.comparison.payableByScheme[key] ?? result.comparison.payableByScheme.minimum;
    const forInformation = { isInformation: true, note: 'For information' } as const;
    const totals: FigureRow[] = CHARGED_CATEGORIES.map((c) => figure(c.label, t[c.key]));
    if (key === 'enhanced' && !isZeroRange(result.comparison.excessOm)) {
      totals.push(figure(EXCESS_OM_LABEL, result.comparison.excessOm));
    }
    if (!sameRange(t.customerExVat, pay.exVat)) {
      totals.push(
        figure('Scheme charge excluding VAT', t.customerExVat, {
          note: 'Before the Minimum and Enhanced Schemes are compared',
        }),
      );
    }
    totals.push(
      figure(PAYABLE_LABELS.exVat, pay.exVat, { isCharge: true }),
      figure('VAT', pay.vat, { isCharge: true, note: `VAT at ${vatPercent}` }),
      figure(PAYABLE_LABELS.incVat, pay.incVat, { isCharge: true }),
      figure(OPERATOR_REINFORCEMENT.label, t.reinforcementOperator, {
        ...forInformation,
        measure: 'operator',
      }),
      figure('All costs funded by the operator', t.operatorFunded, {
        ...forInformation,
        measure: 'operator',
      }),
      figure('Capital cost of the works', t.capitalCost, { ...forInformation, measure: 'cost' }),
    );
    return {
      key,
      name: scheme.name,
      lines,
      totals,
      poaItems: [...scheme.poaItems],
      fees: feeRowsOf(result, key),
    };
  });

  const { comparison } = result;
  const wording = comparisonWording(comparison, statement);
  const before: FigureRow[] = [];
  if (comparison.difference) {
    before.push(figure(COMPARISON_FIGURES.difference, comparison.difference));
  }
  before.push(
    figure(COMPARISON_FIGURES.excessCapitalCost, comparison.excessCapitalCost, {
      measure: 'cost',
    }),
  );
  before.push(figure(EXCESS_OM_LABEL, comparison.excessOm));

  const assumptions = buildAssumptions(estimate, statement, result, preparedOn);
  return {
    notice: NON_BINDING_HEADER,
    info,
    schemes,
    comparison: {
      rule: comparison.rule,
      text: wording.text,
      citation: wording.citation,
      before,
      chargedScheme: comparison.chargedScheme,
      payable: [
        figure(PAYABLE_LABELS.exVat, comparison.payableExVat, { isCharge: true }),
        figure('VAT', comparison.payableVat, { isCharge: true, note: `VAT at ${vatPercent}` }),
        figure(PAYABLE_LABELS.incVat, comparison.payableIncVat, { isCharge: true }),
      ],
    },
    vatPercent,
    assumptions,
    warnings: result.warnings.map((w) => ({ code: w.code, message: w.message })),
    citations: citationsUsed(result, assumptions, statement),
  };
}
