import type Decimal from 'decimal.js';
import { EngineInputError, ONE, minDec, toDec } from './decimal';

/** Security CAF = Required Capacity / New Network Capacity, at most 100 % (001 §4.30). A fraction 0–1. */
export function securityCaf(
  requiredCapacity: Decimal.Value,
  newNetworkCapacity: Decimal.Value,
): Decimal {
  const required = toDec(requiredCapacity, 'The Required Capacity');
  const capacity = toDec(newNetworkCapacity, 'The New Network Capacity');
  if (!capacity.greaterThan(0)) {
    throw new EngineInputError(
      'rsn.capacity.zero',
      'The New Network Capacity must be more than zero.',
    );
  }
  if (required.isNegative()) {
    throw new EngineInputError('capacity.negative', 'The Required Capacity cannot be negative.');
  }
  return minDec(ONE, required.div(capacity));
}
