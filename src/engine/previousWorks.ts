import { D, formatMoney, formatNumber, penceToMoney, toPence } from './decimal';
import { addYears, eccrPeriodYears, isWithinEccrPeriod } from './eccrPeriod';
import type { SchemeContext } from './schemeContext';
import type { Explanation, PreviousWorkInput, PreviousWorkResult } from './types';

/**
 * Payments towards earlier reinforcement under the ECCR (001 §4.34, §4.41–4.44; 002 §2.3.3):
 * charged only when the application falls inside the prescribed period from the earlier
 * connection. (An earlier version charged nothing under the Access SCR reading; no document
 * in hand says so, so every rule set charges them as the statement does.)
 */
export function previousWorks(
  works: readonly PreviousWorkInput[],
  ctx: SchemeContext,
): { result: PreviousWorkResult; pence: bigint }[] {
  const citationDefault = ctx.rules.citations.previousWorks;
  return works.map((w) => {
    const citation = w.citation || citationDefault;
    const explanation: Explanation[] = [];
    let full: bigint;
    if (w.basis.kind === 'per-kva') {
      const rate = new D(w.basis.ratePerKva);
      const hasKva = w.basis.kva != null && w.basis.kva.trim() !== '';
      const kva = hasKva ? new D(w.basis.kva as string) : ctx.requiredKva;
      full = toPence(rate.times(kva));
      explanation.push({
        text: hasKva
          ? 'Payment per kVA for the stated capacity.'
          : 'Payment per kVA of your Required Capacity.',
        formula: `${formatMoney(rate)}/kVA × ${formatNumber(kva)} kVA = ${formatMoney(full)}`,
        citation,
      });
    } else {
      full = toPence(new D(w.basis.amount));
      explanation.push({
        text: 'Stated payment towards earlier works.',
        formula: formatMoney(full),
        citation,
      });
    }
    const years = eccrPeriodYears(ctx.rules.eccrPeriods, w.firstConnectionDate);
    const isWithin =
      years !== null && isWithinEccrPeriod(ctx.applicationDate, w.firstConnectionDate, years);
    if (years === null) {
      explanation.push({
        text: 'The statement sets no prescribed period for an earlier connection of this date, so nothing is charged.',
        citation,
      });
    } else {
      const end = addYears(w.firstConnectionDate, years);
      explanation.push({
        text: isWithin
          ? `Your application (${ctx.applicationDate}) is within the ${years}-year prescribed period from the earlier connection, which ends on ${end}.`
          : `Your application (${ctx.applicationDate}) is outside the ${years}-year prescribed period (from ${w.firstConnectionDate} to ${end}), so nothing is charged.`,
        formula: `${w.firstConnectionDate} + ${years} years = ${end}`,
        citation: w.citation || ctx.ruleSet.ruleSet.eccrPeriodCitation(ctx.rules),
      });
    }
    const pence = isWithin ? full : 0n;
    return {
      pence,
      result: {
        id: w.id,
        description: w.description,
        isWithinPeriod: isWithin,
        amount: penceToMoney(pence),
        explanation,
      },
    };
  });
}
