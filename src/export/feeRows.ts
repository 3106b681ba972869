/**
 * Each scheme's fees as the exports show them, from the engine's result (`result.fees`): the
 * fee category the statement's `feeCategories` chose, then every fee item with its row,
 * printed price and paragraph. Assessment and design and the CIC charges are what the
 * customer would pay the operator as fees; what the operator's own Budget Estimate or
 * Feasibility Study would cost is shown for information. Pure.
 */
import type { FeeItem } from '../engine/fee-schedule/feeSummary';
import type { SchemeFees } from '../engine/fee-schedule/schemeFees';
import type { EstimateResult, Money } from '../engine/types';
import { formatMoney } from '../format/money';
import { describePrice, describePriceWithUnit } from '../statements/describePrice';
import type { SchemeKey } from './schemeBreakdown';

export interface FeeItemRow {
  /** What the fee is for: "Assessment and design", "CIC: inspection"… */
  part: string;
  rowId: string;
  description: string;
  isPoa: boolean;
  /** The printed minimum and maximum, £ excluding VAT; null where priced on application or printed "n/a". */
  min: Money | null;
  max: Money | null;
  /** The price as printed: "£2,350–£3,620", "POA". */
  price: string;
  /** "Not levied: …", "For information: …", an hourly rate, or the row's own note. */
  note: string;
  citation: string;
}

export interface SchemeFeeRows {
  /** The fee category's label, or what stands in its place. */
  category: string;
  /** Why: the category's QAS standing, or why no category could be found. */
  categoryNote: string;
  categoryCitation: string;
  items: FeeItemRow[];
  notes: string[];
}

const FOR_INFORMATION = 'For information: what the operator would charge for this on its own';

function itemRow(part: string, fee: FeeItem, note = ''): FeeItemRow {
  const priced = fee.price.poa ? null : fee.price;
  const notes = [
    note,
    fee.isCharged ? '' : (fee.note ?? 'Not levied'),
    fee.isCharged ? (fee.note ?? '') : '',
  ].filter((n) => n !== '');
  return {
    part,
    rowId: fee.rowId,
    description: fee.description,
    isPoa: !priced,
    // A minimum printed "n/a" (001 Part C) is no figure.
    min: priced && !priced.minIsNotApplicable ? priced.min : null,
    max: priced ? priced.max : null,
    price: describePrice(fee.price),
    note: notes.join('; '),
    citation: fee.citation,
  };
}

/** The fee rows of one scheme's fees; null when the result has none. */
export function schemeFeeRows(fees: SchemeFees | null | undefined): SchemeFeeRows | null {
  if (!fees) return null;
  if (!fees.ok) {
    return {
      category: 'Not found',
      categoryNote: fees.reason,
      categoryCitation: '',
      items: [],
      notes: [],
    };
  }
  const { classification: c, summary: s } = fees;
  const items: FeeItemRow[] = [];
  if (s.assessmentAndDesign) {
    const hourly = s.assessmentAndDesignHourly;
    items.push(
      itemRow(
        'Assessment and design',
        s.assessmentAndDesign,
        hourly ? `${hourly.label}: ${describePriceWithUnit(hourly.price, hourly.unit)}` : '',
      ),
    );
  }
  const cic = s.cic;
  if (cic) {
    if (cic.assessmentAndDesign)
      items.push(
        itemRow('CIC: assessment and design of the non-contestable work', cic.assessmentAndDesign),
      );
    if (cic.designApproval)
      items.push(itemRow('CIC: approval of the ICP’s design', cic.designApproval));
    for (const fee of cic.finalWorks) items.push(itemRow('CIC: final works', fee));
    for (const fee of cic.inspection) items.push(itemRow('CIC: inspection', fee));
  }
  if (s.budgetEstimate) items.push(itemRow('Budget Estimate', s.budgetEstimate, FOR_INFORMATION));
  if (s.feasibilityStudy)
    items.push(itemRow('Feasibility Study', s.feasibilityStudy, FOR_INFORMATION));

  const categoryStep = c.explanation.at(-1);
  const notes = [...s.notes];
  if (
    cic &&
    (cic.total.low !== '0.00' || cic.total.high !== '0.00' || cic.total.poaItems.length > 0)
  ) {
    notes.push(
      `CIC charges levied: ${formatMoney(cic.total.low)}–${formatMoney(cic.total.high)}${cic.total.poaItems.length > 0 ? `, plus ${cic.total.poaItems.length} priced on application` : ''}.`,
    );
  }
  if (c.category === null) {
    return {
      category: 'Not priced by connection category',
      categoryNote: `This statement prices its fees in its own tables: ${fees.feeTables.map((t) => `${t.title} (${t.citation})`).join('; ')}.`,
      categoryCitation: '',
      items,
      notes,
    };
  }
  return {
    category: c.label ?? c.category,
    categoryNote: c.qas.applies
      ? `The Quotation Accuracy Scheme applies: a ${c.qas.definition ?? 'connection it covers'}.`
      : `Highest voltage of the assets ${c.highestVoltage}; capacity ${c.capacityKva} kVA.`,
    categoryCitation: categoryStep?.citation ?? '',
    items,
    notes,
  };
}

/** Each scheme's fee rows, keyed by scheme. */
export function feeRowsOf(result: EstimateResult, key: SchemeKey): SchemeFeeRows | null {
  return schemeFeeRows(key === 'minimum' ? result.fees?.minimum : result.fees?.enhanced);
}
