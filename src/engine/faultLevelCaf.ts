import type Decimal from 'decimal.js';
import { EngineInputError, ONE, minDec, toDec } from './decimal';

/**
 * Fault Level CAF = 3 × Fault Level Contribution / New Fault Level Capacity, at most 100 %
 * (001 §4.31; Ex 5: 3 × 10 / 250 = 12 %). A fraction 0–1.
 */
export function faultLevelCaf(
  contributionMva: Decimal.Value,
  newFaultLevelCapacityMva: Decimal.Value,
): Decimal {
  const contribution = toDec(contributionMva, 'The fault level contribution');
  const capacity = toDec(newFaultLevelCapacityMva, 'The New Fault Level Capacity');
  if (!capacity.greaterThan(0)) {
    throw new EngineInputError(
      'rsn.faultLevel.capacityZero',
      'The new fault level capacity must be more than zero.',
    );
  }
  if (contribution.isNegative()) {
    throw new EngineInputError(
      'rsn.faultLevel.negative',
      'The fault level contribution cannot be negative.',
    );
  }
  return minDec(ONE, contribution.times(3).div(capacity));
}
