import type Decimal from 'decimal.js';
import { EngineInputError, formatNumber, minDec, toDec } from './decimal';
import type { ExistingCapacityInput, Explanation } from './types';

export interface ExistingCapacityResult {
  kva: Decimal;
  explanation: Explanation;
}

const given = (v: string | null | undefined): v is string =>
  v !== null && v !== undefined && v.trim() !== '';

/**
 * Existing Capacity of an existing customer (001 §4.29): the Chargeable Capacity when there is
 * one; otherwise the lower of phases × nominal phase-neutral kV × fuse A and the service
 * equipment rating.
 */
export function existingCapacity(
  existing: ExistingCapacityInput,
  citation = '001 §4.29',
): ExistingCapacityResult {
  if (given(existing.chargeableCapacityKva)) {
    const kva = toDec(existing.chargeableCapacityKva, 'The Chargeable Capacity');
    if (kva.isNegative())
      throw new EngineInputError(
        'existing.negative',
        'The Chargeable Capacity cannot be negative.',
      );
    return {
      kva,
      explanation: {
        text: 'Existing Capacity is the Chargeable Capacity used for use-of-system charges.',
        formula: `Existing Capacity = ${formatNumber(kva)} kVA`,
        citation,
      },
    };
  }
  const hasFuse =
    existing.phases != null && given(existing.phaseNeutralKv) && given(existing.fuseA);
  const hasService = given(existing.serviceRatingKva);
  if (!hasFuse && !hasService) {
    throw new EngineInputError(
      'existing.missing',
      'To work out the Existing Capacity, give the Chargeable Capacity, or the phases, phase-neutral voltage and fuse rating, or the service equipment rating.',
    );
  }
  let fuseKva: Decimal | null = null;
  let fuseFormula = '';
  if (hasFuse) {
    const kv = toDec(existing.phaseNeutralKv as string, 'The phase-neutral voltage');
    const amps = toDec(existing.fuseA as string, 'The fuse rating');
    if (kv.isNegative() || amps.isNegative()) {
      throw new EngineInputError(
        'existing.negative',
        'Voltage and fuse rating cannot be negative.',
      );
    }
    fuseKva = kv.times(amps).times(existing.phases as number);
    fuseFormula = `${existing.phases} × ${formatNumber(kv)} kV × ${formatNumber(amps)} A = ${formatNumber(fuseKva)} kVA`;
  }
  const serviceKva = hasService
    ? toDec(existing.serviceRatingKva as string, 'The service rating')
    : null;
  if (serviceKva?.isNegative()) {
    throw new EngineInputError('existing.negative', 'The service rating cannot be negative.');
  }
  if (fuseKva && serviceKva) {
    const kva = minDec(fuseKva, serviceKva);
    return {
      kva,
      explanation: {
        text: 'Existing Capacity is the lower of the fused supply capacity and the service equipment rating.',
        formula: `min(${fuseFormula}, ${formatNumber(serviceKva)} kVA) = ${formatNumber(kva)} kVA`,
        citation,
      },
    };
  }
  if (fuseKva) {
    return {
      kva: fuseKva,
      explanation: {
        text: 'Existing Capacity from the fused supply (no service equipment rating given).',
        formula: fuseFormula,
        citation,
      },
    };
  }
  const kva = serviceKva as Decimal;
  return {
    kva,
    explanation: {
      text: 'Existing Capacity is the service equipment rating (no fuse details given).',
      formula: `Existing Capacity = ${formatNumber(kva)} kVA`,
      citation,
    },
  };
}
