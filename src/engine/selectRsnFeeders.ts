import type Decimal from 'decimal.js';
import { toDec } from './decimal';

export interface SelectedFeeder {
  /** Position in the list of existing ratings. */
  index: number;
  rating: Decimal;
}

/**
 * Where it is unclear which existing assets would have supplied the customer, the existing
 * assets with ratings closest to the new asset form the RSN (001 §4.29, Ex 13: with a new 7 MVA
 * feeder, the existing 5 MVA and 4 MVA feeders). Returns the two closest (ties: the earlier
 * one first), nearest first; fewer when fewer exist.
 */
export function selectRsnFeeders(
  existingRatings: readonly Decimal.Value[],
  newRating: Decimal.Value,
): SelectedFeeder[] {
  const target = toDec(newRating, 'The new asset rating');
  return existingRatings
    .map((r, index) => {
      const rating = toDec(r, `Existing rating ${index + 1}`);
      return { index, rating, distance: rating.minus(target).abs() };
    })
    .sort((a, b) => a.distance.comparedTo(b.distance) || a.index - b.index)
    .slice(0, 2)
    .map(({ index, rating }) => ({ index, rating }));
}
