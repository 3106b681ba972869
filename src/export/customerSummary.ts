/**
 * What the customer's PDF says on its first page, before any breakdown: how much (low to
 * high, ex and inc VAT), which scheme is charged and why, their share against the
 * operator's, the three biggest items, what is assumed and left out, how long the figures
 * hold, what to do next, and that this is not an offer. Pure: the PDF only lays it out.
 */
import Decimal from 'decimal.js';
import type { Money, PayableFigure, Range, SchemeResult } from '../engine/types';
import { exclusionChecklist, type Exclusion } from '../guidance/exclusions';
import { offerValidity } from '../guidance/timescales';
import { comparisonWording } from './comparisonWording';
import { checkAfterText, DISCLAIMER, NON_BINDING_HEADER, vatPercentText } from './estimateNotes';
import type { EstimateExportInput } from './types';

export interface CustomerSummary {
  payable: PayableFigure;
  /** Items the engine could not work out yet, left out of every figure (null: none). */
  notCounted: string | null;
  vatPercent: string;
  /** "Minimum Scheme" or "Enhanced Scheme" (the expected-price scheme charged). */
  schemeCharged: string;
  why: string;
  whyCitation: string;
  /** The charged scheme: what the customer pays and what the operator funds, expected. */
  share: { customer: Money; operator: Money };
  /** The charged scheme's three largest lines by what the customer pays, expected. */
  biggestItems: { description: string; amount: Money }[];
  exclusions: { excluded: Exclusion[]; included: Exclusion[] };
  poaItems: string[];
  validity: string;
  nextStep: string;
  disclaimer: string;
}

export function customerSummary(input: EstimateExportInput): CustomerSummary {
  const { estimate, statement, result, preparedOn } = input;
  const { comparison } = result;
  const chargedKey = comparison.chargedScheme.expected;
  const charged: SchemeResult =
    (chargedKey === 'enhanced' ? result.schemes.enhanced : null) ?? result.schemes.minimum;
  const wording = comparisonWording(comparison, statement);
  const biggestItems = charged.lines
    .filter((l) => !l.isPoa && new Decimal(l.customer.expected).greaterThan(0))
    .sort((a, b) => new Decimal(b.customer.expected).comparedTo(a.customer.expected))
    .slice(0, 3)
    .map((l) => ({ description: l.description, amount: l.customer.expected }));
  // How long an offer stays open, as the chosen statement says (a parameter with its paragraph).
  const offerOpen = offerValidity(false, statement);
  return {
    payable: {
      exVat: comparison.payableExVat,
      vat: comparison.payableVat,
      incVat: comparison.payableIncVat,
    },
    notCounted: result.notCountedNote,
    vatPercent: vatPercentText(estimate, statement),
    schemeCharged: chargedKey === 'enhanced' ? 'Enhanced Scheme' : 'Minimum Scheme',
    why: wording.text,
    whyCitation: wording.citation,
    share: {
      customer: comparison.payableExVat.expected,
      operator: charged.totals.operatorFunded.expected,
    },
    biggestItems,
    exclusions: exclusionChecklist(estimate),
    poaItems: [
      ...new Set([
        ...result.schemes.minimum.poaItems,
        ...(result.schemes.enhanced?.poaItems ?? []),
      ]),
    ],
    validity: `Prices from ${statement.operator}'s ${statement.title}, version ${statement.version}; ${checkAfterText(statement, preparedOn)}`,
    nextStep: `For a figure you can accept, apply to ${statement.operator} for a formal connection offer${offerOpen ? `, which is normally open for acceptance for ${offerOpen.period} (${offerOpen.citation})` : ''}. Take this estimate with you: its breakdown and appendix show every line and the paragraph it comes from.`,
    disclaimer: `${NON_BINDING_HEADER}. ${DISCLAIMER}`,
  };
}

/** True when low and high differ (prices given as ranges). */
export const isRange = (r: Range<Money>): boolean => !new Decimal(r.low).equals(r.high);
