import { formatNumber, parseDecimal } from './decimal';
import type { ConnectionInput, Explanation } from './types';

/**
 * 001 §4.37–4.38: the operator funds reinforcement for existing premises that stay on an existing
 * LV service fused at 100 A or less per phase with whole-current metering, where any generation
 * is at most 16 A per phase, the equipment is compliant, and it is a single application.
 * Returns null when the estimate gives no small-premises facts.
 */
export function smallPremisesFunding(
  connection: ConnectionInput,
  citation: string,
): { isMet: boolean; explanation: Explanation } | null {
  const sp = connection.smallPremises;
  if (!sp) return null;
  const fuse = parseDecimal(sp.existingServiceFuseA);
  const gen = parseDecimal(sp.generationAmpsPerPhase);
  const failed: string[] = [];
  if (connection.pocVoltage !== 'LV') failed.push('the connection is not on an LV service');
  if (!fuse || fuse.greaterThan(100))
    failed.push(`the service fuse (${sp.existingServiceFuseA} A) is above 100 A per phase`);
  if (!sp.wholeCurrentMetered) failed.push('the supply is not whole-current metered');
  if (!gen || gen.greaterThan(16))
    failed.push(`generation (${sp.generationAmpsPerPhase} A per phase) is above 16 A per phase`);
  if (!sp.equipmentCompliant) failed.push('not all equipment meets BS EN 61000-3-2 / 61000-3-3');
  if (!sp.singleApplication) failed.push('it is not a single application');
  if (failed.length === 0) {
    return {
      isMet: true,
      explanation: {
        text: 'Existing premises on an LV service fused at 100 A or less per phase, whole-current metered, with generation of at most 16 A per phase and compliant equipment in a single application: the operator funds the reinforcement.',
        formula: `fuse ${formatNumber(fuse!)} A ≤ 100 A; generation ${formatNumber(gen!)} A ≤ 16 A`,
        citation,
      },
    };
  }
  return {
    isMet: false,
    explanation: {
      text: `Small-premises funding does not apply: ${failed.join('; ')}.`,
      citation,
    },
  };
}
