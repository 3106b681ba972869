/**
 * The fees a connection attracts under a statement, from its fee category (classifyFees):
 * assessment & design (001 Part C) with its hourly additional rate; the CIC charges
 * (Parts D, E and the relevant G and H rows) when an ICP does the Contestable Work; and what
 * the operator's own Budget Estimate (Part A) or Feasibility Study (Part B) would cost.
 * Every item carries the citation of the row used. Pure.
 */
import Decimal from 'decimal.js';
import type { Money } from '../types';
import type { FeeClassification, VoltageLevel } from './classifyFees';
import type {
  FeeRow as StatementRow,
  FeeSchedule as StatementFile,
  FeeTable as StatementTable,
  PriceCell,
  PriceUnit,
  StatementTableRole,
} from './types';

export interface FeeItem {
  tableId: string;
  tableTitle: string;
  rowId: string;
  description: string;
  price: PriceCell;
  extra: { label: string; unit: PriceUnit; price: PriceCell }[];
  citation: string;
  /** False where the statement says the charge is not levied (001 §4.58). */
  isCharged: boolean;
  note: string | null;
}

export interface CicCharges {
  /** Part D: assessment and design of the Non-Contestable Work. */
  assessmentAndDesign: FeeItem | null;
  /** Part E: approval of the ICP's design. */
  designApproval: FeeItem | null;
  /** Part G rows at or below the highest voltage of the scheme. */
  finalWorks: FeeItem[];
  /** Part H rows at or below the highest voltage of the scheme. */
  inspection: FeeItem[];
  /** The statement parameter from 001 §4.58. */
  isDesignApprovalAndInspectionCharged: boolean;
  designApprovalAndInspectionCitation: string;
  /** Sum of the priced CIC items that are charged; POA items are listed, not added. */
  total: { low: Money; high: Money; poaItems: string[] };
}

export interface FeeSummary {
  category: FeeClassification['category'];
  label: FeeClassification['label'];
  /** Part C: when the operator does all the works. */
  assessmentAndDesign: FeeItem | null;
  /** Part C's additional charge per hour, where the work exceeds the minimum charge. */
  assessmentAndDesignHourly: {
    label: string;
    unit: PriceUnit;
    price: PriceCell;
    citation: string;
  } | null;
  /** Present when an ICP does the Contestable Work. */
  cic: CicCharges | null;
  /** Part A: what the operator's Budget Estimate would have cost. */
  budgetEstimate: FeeItem | null;
  /** Part B: what the operator's Feasibility Study would have cost, with its additional charge. */
  feasibilityStudy: FeeItem | null;
  notes: string[];
}

export interface FeeSummaryOptions {
  icpDoesContestableWork: boolean;
}

const VOLTAGE_ORDER: readonly VoltageLevel[] = ['LV', 'HV', 'EHV', '132kV'];
export const CIC_PARAMETER = 'cicDesignApprovalAndInspectionCharged';

const tableWithRole = (
  statement: StatementFile,
  role: StatementTableRole,
): StatementTable | undefined => statement.tables.find((table) => table.role === role);

function item(
  table: StatementTable,
  row: StatementRow,
  isCharged = true,
  note: string | null = null,
): FeeItem {
  return {
    tableId: table.id,
    tableTitle: table.title,
    rowId: row.id,
    description: row.description,
    price: row.price,
    extra: row.extra ?? [],
    citation: row.citation,
    isCharged,
    note: note ?? row.note ?? null,
  };
}

function categoryItem(
  statement: StatementFile,
  role: StatementTableRole,
  category: string | null,
  notes: string[],
  isCharged = true,
  note: string | null = null,
): FeeItem | null {
  const table = tableWithRole(statement, role);
  // A statement that does not price fees by category has no category row to find.
  if (!table || category === null) return null;
  const row = table.rows.find((candidate) => candidate.feeCategory === category);
  if (!row) {
    notes.push(`${table.title} has no row for “${category}” (${table.citation}).`);
    return null;
  }
  return item(table, row, isCharged, note);
}

function rowsUpTo(
  statement: StatementFile,
  role: StatementTableRole,
  highest: VoltageLevel,
): { table: StatementTable; rows: StatementRow[] } | null {
  const table = tableWithRole(statement, role);
  if (!table) return null;
  const limit = VOLTAGE_ORDER.indexOf(highest);
  const rows = table.rows.filter((row) => {
    const voltage = row.factors?.voltage;
    return voltage === undefined || VOLTAGE_ORDER.indexOf(voltage) <= limit;
  });
  return { table, rows };
}

function total(items: FeeItem[]): CicCharges['total'] {
  let low = new Decimal(0);
  let high = new Decimal(0);
  const poaItems: string[] = [];
  for (const fee of items) {
    if (!fee.isCharged) continue;
    if (fee.price.poa) {
      poaItems.push(`${fee.rowId} ${fee.description}`);
      continue;
    }
    low = low.plus(fee.price.min);
    high = high.plus(fee.price.max);
  }
  return { low: low.toFixed(2), high: high.toFixed(2), poaItems };
}

/** The fees for a classified connection under `statement`. */
export function feeSummary(
  statement: StatementFile,
  classification: FeeClassification,
  options: FeeSummaryOptions,
): FeeSummary {
  const notes: string[] = [];
  const category = classification.category;
  const assessmentAndDesign = categoryItem(statement, 'assessment-design', category, notes);
  const hourly = assessmentAndDesign?.extra[0];

  let cic: CicCharges | null = null;
  if (options.icpDoesContestableWork) {
    const parameter = statement.parameters?.[CIC_PARAMETER];
    // A statement that says nothing is taken to levy its published CIC charges.
    const isCharged = parameter ? parameter.value !== false : true;
    const notCharged = isCharged
      ? null
      : `Not levied: ${parameter?.note ?? 'the statement says no CIC charges are levied for design approval or inspection'} (${parameter?.citation ?? ''})`;
    const designApproval = categoryItem(
      statement,
      'cic-design-approval',
      category,
      notes,
      isCharged,
      notCharged,
    );
    const cicDesign = categoryItem(statement, 'cic-assessment-design', category, notes);
    const g = rowsUpTo(statement, 'cic-final-works', classification.highestVoltage);
    const h = rowsUpTo(statement, 'cic-inspection', classification.highestVoltage);
    const finalWorks = g ? g.rows.map((row) => item(g.table, row)) : [];
    const inspection = h ? h.rows.map((row) => item(h.table, row, isCharged, notCharged)) : [];
    cic = {
      assessmentAndDesign: cicDesign,
      designApproval,
      finalWorks,
      inspection,
      isDesignApprovalAndInspectionCharged: isCharged,
      designApprovalAndInspectionCitation: parameter?.citation ?? '',
      total: total([
        ...(cicDesign ? [cicDesign] : []),
        ...(designApproval ? [designApproval] : []),
        ...finalWorks,
        ...inspection,
      ]),
    };
    if (!isCharged) {
      notes.push(
        `Design approval and inspection of the Contestable Work are not charged (${parameter?.citation ?? ''}); the published charges are shown for reference.`,
      );
    }
  }

  return {
    category,
    label: classification.label,
    assessmentAndDesign,
    assessmentAndDesignHourly:
      assessmentAndDesign && hourly
        ? {
            label: hourly.label,
            unit: hourly.unit,
            price: hourly.price,
            citation: assessmentAndDesign.citation,
          }
        : null,
    cic,
    budgetEstimate: categoryItem(statement, 'budget-estimate', category, notes),
    feasibilityStudy: categoryItem(statement, 'feasibility-study', category, notes),
    notes: [...classification.warnings, ...notes],
  };
}
