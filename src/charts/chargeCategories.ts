/**
 * The one table of result categories: the kinds of cost in a scheme's totals, in the order
 * of the breakdown 001 §2.11 asks for: extension (contestable, then not), reinforcement (the
 * customer's CAF share, then what the operator funds), O&M and fees, then the categories most
 * estimates do not have (pass-through, previous works, land rights). The app's tables and
 * charts, presentation mode, the PDF, the CSV, the XLSX and the CLI all take their labels,
 * colours and order from here, so a category reads and looks the same everywhere.
 */
import type { SchemeTotals } from '../engine/types';
import type { SeriesStyle } from './chartTypes';
import { CATEGORY_STYLES, type CategoryKey } from './palette';

export interface ChargeCategory {
  key: CategoryKey & keyof SchemeTotals;
  /** The full label: tables, exports, the CLI. */
  label: string;
  /** A short label for chart legends, slides and narrow screens. */
  shortLabel: string;
  /** Shown even when zero: the core categories every reader expects to see. */
  isCore: boolean;
  /** False for money the customer does not pay (operator-funded reinforcement). */
  isCharged: boolean;
  /** Colour, pattern and border: the same in the app's charts and the PDF's. */
  style: SeriesStyle;
}

const category = (
  key: ChargeCategory['key'],
  label: string,
  shortLabel: string,
  isCore: boolean,
  isCharged = true,
): ChargeCategory => ({ key, label, shortLabel, isCore, isCharged, style: CATEGORY_STYLES[key] });

export const CHARGE_CATEGORIES: readonly ChargeCategory[] = [
  category(
    'extensionContestable',
    'Extension Assets (contestable)',
    'Extension, contestable',
    true,
  ),
  category(
    'extensionNonContestable',
    'Extension Assets (non-contestable)',
    'Extension, non-contestable',
    true,
  ),
  category('reinforcementCustomer', 'Reinforcement (your share)', 'Reinforcement, yours', true),
  category(
    'reinforcementOperator',
    'Reinforcement (funded by the operator)',
    'Reinforcement, operator',
    true,
    false,
  ),
  category('om', 'Operation and maintenance (one-off)', 'O&M (one-off)', true),
  category('fees', 'Fees', 'Fees', true),
  category('passThrough', 'Charges passed through', 'Passed through', false),
  category('previousWorks', 'Previous works (second comer)', 'Previous works', false),
  category('landRights', 'Land rights', 'Land rights', false),
];

/**
 * The comparison's own figures beside the categories (001 §4.14: the extra cost of an
 * Enhanced Scheme and its capitalised O&M), worded the same in the app, the PDF, the CSV,
 * the XLSX and the CLI.
 */
export const COMPARISON_FIGURES = {
  difference: 'Difference (Enhanced less Minimum)',
  excessCapitalCost: 'Extra capital cost of the Enhanced Scheme',
  excessOm: 'O&M on the extra capital cost',
} as const;

/** The categories the customer pays, in table order. */
export const CHARGED_CATEGORIES: readonly ChargeCategory[] = CHARGE_CATEGORIES.filter(
  (c) => c.isCharged,
);

/** A category's label with "(not charged to you)" where the operator pays it. */
export const categoryLabel = (c: ChargeCategory, short = false): string => {
  const label = short ? c.shortLabel : c.label;
  return c.isCharged ? label : `${label} (not charged to you)`;
};

/** "#0072B2" → [0, 114, 178], for jsPDF. */
export { hexToRgb } from './patternMarks';
