/**
 * What the operator would still charge if an Independent Connection Provider (ICP) does the
 * Contestable Work (001 §4.58; 001 §7 Parts D, E, G, H): the customer's share of the
 * non-contestable work, plus the Competition in Connections (CIC) charges — beside the full
 * connection offer. The ICP's own price for the contestable work is the ICP's to quote; the
 * operator's price for it is shown for reference. Pure.
 */
import Decimal from 'decimal.js';
import type { EstimateResult, Money, Range, SchemeResult } from '../engine/types';
import { SCENARIOS, type Scenario } from '../engine/types';
import type { FeeSummary } from '../engine/fee-schedule/feeSummary';
import { cicTablesCitation, schemeFees } from './schemeFees';
import { CIC_PARAMETER } from '../engine/fee-schedule/feeSummary';
import { inBrackets } from '../statements/ruleCitation';
import type { EstimateFile } from '../estimate-file/types';
import type { PriceCell, StatementFile } from '../statements/types';
import { formatMoneyRange } from '../format/money';

/** The statement's paragraphs on CIC charges: its parameter (001 §4.58) and CIC fee tables. */
export function icpCitation(statement: StatementFile | null): string {
  if (!statement) return '';
  return [statement.parameters?.[CIC_PARAMETER]?.citation ?? '', cicTablesCitation(statement)]
    .filter(Boolean)
    .join('; ');
}

export interface IcpComparison {
  /** The full connection offer: what the comparison rule says you pay, ex VAT. */
  fullOffer: Range<Money>;
  /** Your share of the non-contestable works (and O&M, previous works) the operator still charges. */
  nonContestable: Range<Money>;
  /** The operator's own price for the contestable works, which the ICP would quote for instead. */
  contestableByOperator: Range<Money>;
  /** Fee lines in the estimate: the full offer's fees, replaced by CIC charges with an ICP. */
  estimateFees: Range<Money>;
  /** CIC charges from the statement; null when they are not available. */
  cic: {
    low: Money;
    /** Midpoint of the published range, as the engine takes ranged prices. */
    expected: Money;
    high: Money;
    poaItems: string[];
    isDesignApprovalAndInspectionCharged: boolean;
    items: { description: string; citation: string; isCharged: boolean; price: string }[];
  } | null;
  /** Non-contestable share plus CIC charges; null when CIC charges are not available. */
  operatorCharges: Range<Money> | null;
  notes: string[];
}

const dec = (m: Money) => new Decimal(m);
const toRange = (f: (s: Scenario) => Decimal): Range<Money> => ({
  low: f('low').toFixed(2),
  expected: f('expected').toFixed(2),
  high: f('high').toFixed(2),
});

function chargedScheme(result: EstimateResult, s: Scenario): SchemeResult {
  return result.comparison.chargedScheme[s] === 'enhanced' && result.schemes.enhanced
    ? result.schemes.enhanced
    : result.schemes.minimum;
}

/** The fee summary for an ICP doing the contestable work; null (with a reason) if it cannot be found. */
export function icpFeeSummary(
  file: EstimateFile,
  statement: StatementFile,
): { summary: FeeSummary | null; reason: string | null } {
  const hasCicTables = statement.tables.some((t) => t.role?.startsWith('cic-'));
  if (!hasCicTables) {
    return {
      summary: null,
      reason: `The statement ${statement.title} has no CIC charge tables, so the CIC charges are not available.`,
    };
  }
  // The same classification as each scheme's fees panel, over both schemes' lines, with an
  // ICP doing the contestable work.
  const inputs = file.inputs;
  const lines = [...inputs.schemes.minimum.lines, ...(inputs.schemes.enhanced?.lines ?? [])];
  const fees = schemeFees(
    { ...file, project: { ...file.project, icpDoesContestable: true } },
    lines,
    statement,
  );
  return fees.ok
    ? { summary: fees.summary, reason: null }
    : { summary: null, reason: `The CIC charges could not be looked up: ${fees.reason}` };
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
  const c = result.comparison;
  const notes: string[] = [];
  const sumLines = (s: Scenario, pick: (isContestable: boolean, isFee: boolean) => boolean) => {
    const scheme = chargedScheme(result, s);
    return scheme.lines.reduce((acc, l) => {
      if (!pick(l.contestable, l.category === 'fees')) return acc;
      return acc.plus(dec(l.customer[s])).plus(dec(l.om[s]));
    }, new Decimal(0));
  };
  const nonContestable = toRange((s) =>
    sumLines(s, (isContestable, isFee) => !isContestable && !isFee)
      .plus(dec(chargedScheme(result, s).totals.previousWorks[s]))
      .plus(dec(c.excessOm[s])),
  );
  const contestableByOperator = toRange((s) =>
    sumLines(s, (isContestable, isFee) => isContestable && !isFee),
  );
  const estimateFees = toRange((s) => sumLines(s, (_c, isFee) => isFee));
  if (SCENARIOS.some((s) => !dec(c.excessOm[s]).isZero())) {
    notes.push(
      `The O&M charge on the Enhanced Scheme’s extra assets stays with the operator, who will own and maintain them${inBrackets(statement, 'om')}.`,
    );
  }
  if (SCENARIOS.some((s) => !dec(estimateFees[s]).isZero())) {
    // The statement's own assessment and design fees table, where it has one (001 Part C).
    const ownFees = statement?.tables.find((t) => t.role === 'assessment-design')?.citation;
    notes.push(
      `The fees in the full offer are the operator’s own${ownFees ? ` (${ownFees})` : ''}; with an ICP the CIC charges below apply instead.`,
    );
  }

  let cic: IcpComparison['cic'] = null;
  if (fees?.cic) {
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
      low: t.low,
      expected: dec(t.low).plus(dec(t.high)).dividedBy(2).toFixed(2),
      high: t.high,
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
  const operatorCharges = cic ? toRange((s) => dec(nonContestable[s]).plus(dec(cic[s]))) : null;
  return {
    fullOffer: c.payableExVat,
    nonContestable,
    contestableByOperator,
    estimateFees,
    cic,
    operatorCharges,
    notes,
  };
}
