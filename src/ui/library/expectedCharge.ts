/**
 * The expected charge shown in the library: computed by the engine for display only,
 * never stored (the database holds inputs, never results).
 */
import type { EstimateOutcome, EstimateInput, RuleParameters } from '../../engine/types';
import type { EstimateFile } from '../../estimate-file/types';
import { formatMoney } from '../../format/money';

export type ExpectedChargeFn = (file: EstimateFile) => string | null;

/**
 * `compute` is the engine's computeEstimate; `rulesFor` finds the rules of the statement
 * an estimate names (null while it is loading or unknown).
 */
export function expectedChargeWith(
  compute: (input: EstimateInput, rules: RuleParameters) => EstimateOutcome,
  rulesFor: (statementId: string) => RuleParameters | null,
): ExpectedChargeFn {
  return (file) => {
    const rules = rulesFor(file.statementId);
    if (!rules) return null;
    try {
      const outcome = compute(file.inputs, rules);
      return outcome.ok ? formatMoney(outcome.result.comparison.payableExVat.expected) : null;
    } catch {
      return null;
    }
  };
}
