/**
 * The Minimum vs Enhanced rule in plain words, with its paragraph and the numbers: who asked
 * for the Enhanced Scheme decides which rule sets the charge (001 §4.3–4.9):
 * - nobody / no Enhanced Scheme: the Minimum Scheme's charge (001 §4.3–4.5);
 * - the operator: the lower of the two charges (001 §4.8; Ex 9b, 9c);
 * - the customer: the Enhanced Scheme's charge — the excess in full — plus capitalised O&M on
 *   the excess capital cost (001 §4.13–4.14; Ex 3B).
 * The paragraphs come from the engine's explanation, i.e. from the statement in use. Pure.
 */
import Decimal from 'decimal.js';
import type { EstimateResult, Explanation, Money, Range, Requester } from '../../engine/types';
import { SCENARIOS } from '../../engine/types';
import { formatMoney } from '../../format/money';

export interface ComparisonText {
  rule: EstimateResult['comparison']['rule'];
  requestedBy: Requester | null;
  /** Short heading, e.g. "The operator asked for the Enhanced Scheme". */
  heading: string;
  /** The rule and the numbers in one paragraph. */
  sentence: string;
  /** The paragraph(s) that set the rule, e.g. "001 §4.8". */
  citation: string;
  /** What the customer pays, in words, with the range. */
  payable: string;
  /** The difference between the schemes' charges, or null with no Enhanced Scheme. */
  difference: string | null;
  /** A note when the scheme charged differs between low, expected and high. */
  scenarioNote: string | null;
  /** The engine's steps, with formulas and citations. */
  steps: Explanation[];
}

const money = (m: Money) => formatMoney(m);

function rangeWords(r: Range<Money>): string {
  return r.low === r.high
    ? money(r.expected)
    : `${money(r.expected)} (between ${money(r.low)} and ${money(r.high)})`;
}

function citationOf(steps: Explanation[]): string {
  return [...new Set(steps.map((s) => s.citation).filter((c) => c.trim() !== ''))].join('; ');
}

function differenceText(result: EstimateResult): string | null {
  const diff = result.comparison.difference;
  if (!diff || !result.schemes.enhanced) return null;
  const d = new Decimal(diff.expected);
  const spread =
    diff.low === diff.high
      ? ''
      : ` Across low to high prices the difference runs from ${signed(diff.low)} to ${signed(diff.high)}.`;
  if (d.isZero()) {
    return `The two schemes' charges are the same at expected prices, excluding VAT.${spread}`;
  }
  const word = d.isPositive() ? 'more' : 'less';
  return `The Enhanced Scheme's charge is ${money(d.abs().toFixed(2))} ${word} than the Minimum Scheme's at expected prices, excluding VAT.${spread}`;
}

/** "+£500.00" / "−£500.00" (a true minus sign, for reading aloud and print alike). */
function signed(value: Money): string {
  const d = new Decimal(value);
  if (d.isZero()) return money('0');
  return `${d.isNegative() ? '−' : '+'}${money(d.abs().toFixed(2))}`;
}

export function comparisonText(result: EstimateResult): ComparisonText {
  const c = result.comparison;
  const min = result.schemes.minimum.totals.customerExVat;
  const enh = result.schemes.enhanced?.totals.customerExVat ?? null;
  const steps = c.explanation;
  const citation = citationOf(steps);
  const payable = `You would pay ${rangeWords(c.payableExVat)} excluding VAT, ${money(c.payableIncVat.expected)} including VAT.`;
  const charged = SCENARIOS.map((s) => c.chargedScheme[s]);
  const scenarioNote =
    new Set(charged).size > 1
      ? `Which charge is lower depends on the prices: ${SCENARIOS.map(
          (s) => `at ${s} prices you pay the ${c.chargedScheme[s]} scheme's charge`,
        ).join('; ')}.`
      : null;
  const base = { rule: c.rule, citation, payable, scenarioNote, steps };

  if (c.rule === 'operator-lower-of' && enh) {
    const isEnhancedCheaper = c.chargedScheme.expected === 'enhanced';
    const extra = new Decimal(enh.expected).minus(min.expected);
    const outcome = isEnhancedCheaper
      ? `The Enhanced Scheme's is lower, so you pay ${money(enh.expected)}.`
      : extra.isZero()
        ? `They are equal, so you pay ${money(min.expected)}.`
        : `The Minimum Scheme's is lower, so you pay ${money(min.expected)}; the operator meets the extra ${money(extra.toFixed(2))} of its Enhanced Scheme.`;
    return {
      ...base,
      requestedBy: 'operator',
      heading: 'The operator asked for the Enhanced Scheme: you pay the lower charge',
      sentence: `The operator asked for the Enhanced Scheme, so you pay the lower of the two charges (${citation}). At expected prices, excluding VAT, the Minimum Scheme's charge is ${money(min.expected)} and the Enhanced Scheme's is ${money(enh.expected)}. ${outcome}`,
      difference: differenceText(result),
    };
  }

  if (c.rule === 'customer-excess-plus-om' && enh) {
    return {
      ...base,
      requestedBy: 'customer',
      heading: 'You asked for the Enhanced Scheme: you pay the extra in full, plus O&M',
      sentence: `You asked for the Enhanced Scheme, so you pay the Minimum Scheme's charge, plus the Enhanced Scheme's extra capital cost in full, plus a one-off capitalised operation and maintenance (O&M) charge on that extra (${citation}). At expected prices, excluding VAT: the Minimum Scheme's charge ${money(min.expected)}; excess capital cost ${money(c.excessCapitalCost.expected)}; O&M on the excess ${money(c.excessOm.expected)}; you pay ${money(c.payableExVat.expected)}.`,
      difference: differenceText(result),
    };
  }

  const hasEnhanced = enh !== null;
  return {
    ...base,
    requestedBy: null,
    heading: hasEnhanced
      ? 'Nobody is named as asking for the Enhanced Scheme: the Minimum Scheme sets the charge'
      : 'The Minimum Scheme sets the charge',
    sentence: hasEnhanced
      ? `The estimate does not say who asked for the Enhanced Scheme, so the charge is based on the Minimum Scheme (${citation}): ${money(min.expected)} excluding VAT at expected prices. Say who asked for it to apply the lower-of rule (operator) or the excess-plus-O&M rule (you).`
      : `There is no Enhanced Scheme, so the charge is based on the Minimum Scheme, the lowest-cost works solely for the capacity you asked for (${citation}): ${money(min.expected)} excluding VAT at expected prices.`,
    difference: differenceText(result),
  };
}
