import type Decimal from 'decimal.js';
import { EngineInputError, ZERO, toDec } from './decimal';

/** An RSN is at most a three-feeder ring (001 Ex 13). */
export const MAX_RSN_RATINGS = 3;

/**
 * New Network Capacity of a Relevant Section of Network from its feeder or transformer ratings
 * (001 §4.29): secure (N-1) is the sum less the largest (Ex 8A: 3 × 7.7 − 7.7 = 15.4; Ex 13:
 * 5 + 4 + 7 − 7 = 9); non-secure is the sum (Ex 11: 24 + 24 = 48).
 * Throws an EngineInputError when the ratings cannot give a positive capacity.
 */
export function newNetworkCapacity(ratings: readonly Decimal.Value[], secure: boolean): Decimal {
  if (ratings.length === 0) {
    throw new EngineInputError(
      'rsn.ratings.empty',
      'Give the rating of at least one feeder or transformer.',
    );
  }
  if (ratings.length > MAX_RSN_RATINGS) {
    throw new EngineInputError(
      'rsn.ratings.tooMany',
      `A Relevant Section of Network has at most ${MAX_RSN_RATINGS} feeders or transformers (a three-feeder ring); ${ratings.length} were given. Keep the ones closest in rating to the new asset.`,
    );
  }
  const values = ratings.map((r, i) => toDec(r, `Rating ${i + 1}`));
  values.forEach((v, i) => {
    if (v.isNegative() || v.isZero()) {
      throw new EngineInputError(
        'rsn.ratings.notPositive',
        `Rating ${i + 1} must be more than zero.`,
      );
    }
  });
  const sum = values.reduce((a, b) => a.plus(b), ZERO);
  const largest = values.reduce((a, b) => (b.greaterThan(a) ? b : a));
  const capacity = secure ? sum.minus(largest) : sum;
  if (!capacity.greaterThan(0)) {
    throw new EngineInputError(
      'rsn.capacity.zero',
      'A secure (N-1) capacity needs at least two feeders or transformers: with one, losing it leaves no capacity.',
    );
  }
  return capacity;
}
