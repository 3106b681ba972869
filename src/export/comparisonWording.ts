import type { ComparisonResult } from '../engine/types';
import type { StatementFile } from '../statements/types';

/** The Minimum vs Enhanced rule the engine applied, in plain words, with its paragraph. */
export function comparisonWording(
  comparison: ComparisonResult,
  statement: StatementFile,
): { text: string; citation: string } {
  const citations = statement.rules.citations;
  switch (comparison.rule) {
    case 'minimum-only':
      return {
        text: 'There is no Enhanced Scheme, so the charge is based on the Minimum Scheme: the lowest-cost works solely for the capacity you asked for.',
        citation: citations.minimumScheme,
      };
    case 'operator-lower-of':
      return {
        text: 'The operator proposed the Enhanced Scheme, so you pay the lower of the two charges: the extra works are not charged to you.',
        citation: citations.enhancedOperator,
      };
    case 'customer-excess-plus-om':
      return {
        text: "You asked for the Enhanced Scheme, so you pay the Minimum Scheme's charge, plus the extra cost of the Enhanced Scheme in full, plus a one-off charge for operating and maintaining the extra assets.",
        citation: `${citations.enhancedCustomer}; ${citations.om}`,
      };
  }
}
