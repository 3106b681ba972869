import type Decimal from 'decimal.js';
import { EngineInputError, minDec, toDec } from './decimal';

/**
 * New Fault Level Capacity: the fault level rating of the new equipment, limited by the local
 * network's fault level capacity (001 §4.29; Ex 5: min(350, 250) = 250 MVA).
 */
export function newFaultLevelCapacity(
  equipmentRatingMva: Decimal.Value,
  localLimitMva?: Decimal.Value | null,
): Decimal {
  const equipment = toDec(equipmentRatingMva, 'The new equipment fault level rating');
  const capacity =
    localLimitMva === null || localLimitMva === undefined || localLimitMva === ''
      ? equipment
      : minDec(equipment, toDec(localLimitMva, 'The local network fault level limit'));
  if (!capacity.greaterThan(0)) {
    throw new EngineInputError(
      'rsn.faultLevel.capacityZero',
      'The new fault level capacity must be more than zero.',
    );
  }
  return capacity;
}
