/**
 * The ICP view's words around the engine's figures (engine/fee-schedule/icpCharges): what
 * the operator would still charge if an Independent Connection Provider (ICP) does the
 * Contestable Work (001 §4.58; 001 §7 Parts D, E, G, H), each CIC charge as printed, and the
 * notes that go with them, citing the chosen statement. It computes no charge.
 */
import { icpCharges, type IcpCharges } from '../engine/fee-schedule/icpCharges';
import type { FeeSummary } from '../engine/fee-schedule/feeSummary';
import { CIC_PARAMETER } from '../engine/fee-schedule/feeSummary';
import type { EstimateResult } from '../engine/types';
import { inBrackets } from '../statements/ruleCitation';
import { cicTablesCitation } from '../statements/cicTablesCitation';
import type { PriceCell, StatementFile } from '../statements/types';
import { formatMoneyRange } from '../format/money';

/** The statement's paragraphs on CIC charges: its parameter (001 §4.58) and CIC fee tables. */
export function icpCitation(statement: StatementFile | null): string {
  if (!statement) return '';
  return [statement.parameters?.[CIC_PARAMETER]?.citation ?? '', cicTablesCitation(statement)]
    .filter(Boolean)
    .join('; ');
}

export interface IcpComparison extends Omit<IcpCharges, 'cic' | 'hasExcessOm' | 'hasEstimateFees'> {
  /** CIC charges from the statement; null when they are not available. */
  cic:
    | (NonNullable<IcpCharges['cic']> & {
        poaItems: string[];
        isDesignApprovalAndInspectionCharged: boolean;
        items: { description: string; citation: string; isCharged: boolean; price: string }[];
      })
    | null;
  notes: string[];
}

function priceText(price: PriceCell): string {
  if (price.poa) return 'Price on application';
  return formatMoneyRange(price.min, price.max);
}

export function buildIcpComparison(
  result: EstimateResult,
  fees: FeeSummary | null,
  statement: StatementFile | null = null,
): IcpComparison {
  const {
    hasExcessOm,
    hasEstimateFees,
    cic: cicRange,
    ...figures
  } = icpCharges(result, fees?.cic?.total ?? null);
  const notes: string[] = [];
  if (hasExcessOm) {
    notes.push(
      `The O&M charge on the Enhanced Scheme’s extra assets stays with the operator, who will own and maintain them${inBrackets(statement, 'om')}.`,
    );
  }
  if (hasEstimateFees) {
    // The statement's own assessment and design fees table, where it has one (001 Part C).
    const ownFees = statement?.tables.find((t) => t.role === 'assessment-design')?.citation;
    notes.push(
      `The fees in the full offer are the operator’s own${ownFees ? ` (${ownFees})` : ''}; with an ICP the CIC charges below apply instead.`,
    );
  }

  let cic: IcpComparison['cic'] = null;
  if (fees?.cic && cicRange) {
    const t = fees.cic.total;
    const items = [
      fees.cic.assessmentAndDesign,
      fees.cic.designApproval,
      ...fees.cic.finalWorks,
      ...fees.cic.inspection,
    ].flatMap((f) =>
      f
        ? [
            {
              description: f.description,
              citation: f.citation,
              isCharged: f.isCharged,
              price: priceText(f.price),
            },
          ]
        : [],
    );
    cic = {
      ...cicRange,
      poaItems: t.poaItems,
      isDesignApprovalAndInspectionCharged: fees.cic.isDesignApprovalAndInspectionCharged,
      items,
    };
    if (!fees.cic.isDesignApprovalAndInspectionCharged) {
      notes.push(
        `The operator levies no CIC charge for approving the ICP’s design or inspecting its work ${fees.cic.designApprovalAndInspectionCitation ? ` (${fees.cic.designApprovalAndInspectionCitation})` : ''}.`,
      );
    }
    if (t.poaItems.length > 0) {
      notes.push(
        `Some CIC charges are priced on application and are not included: ${t.poaItems.join('; ')}.`,
      );
    }
    notes.push(...fees.notes);
  }
  return { ...figures, cic, notes };
}
