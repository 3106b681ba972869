import { omFactor } from './capitalisedOm';
import { compareSchemes } from './compareSchemes';
import { computeScheme } from './computeScheme';
import { D, EngineInputError, parseDecimal } from './decimal';
import { requiredCapacity } from './requiredCapacity';
import { chooseRuleSet } from './rule-sets';
import type { SchemeContext } from './schemeContext';
import { smallPremisesFunding } from './smallPremisesFunding';
import type { EstimateInput, EstimateOutcome, RuleParameters, ValidationIssue } from './types';
import { validateEstimate } from './validateEstimate';

/**
 * Computes the budget estimate: validates the input, chooses the rule set, works out the
 * Required Capacity, each scheme's lines, thresholds and totals in the low, expected and high
 * scenarios, and the Minimum vs Enhanced comparison. Pure and deterministic: the same input
 * and rules give the same result, and nothing is read from the environment.
 */
export function computeEstimate(input: EstimateInput, rules: RuleParameters): EstimateOutcome {
  const issues = validateEstimate(input, rules);
  if (issues.length > 0) return { ok: false, issues };
  try {
    return { ok: true, result: compute(input, rules) };
  } catch (e) {
    // Validation should have caught every impossible input; report anything left in plain words.
    if (e instanceof EngineInputError)
      return { ok: false, issues: [{ code: e.code, path: [], message: e.message }] };
    throw e;
  }
}

function compute(input: EstimateInput, rules: RuleParameters) {
  const warnings: ValidationIssue[] = [];
  const ruleSet = chooseRuleSet(rules, input.applicationDate, input.ruleSetOverride);
  const connection = input.connection;
  const required = requiredCapacity(connection, rules.citations);
  let exportKw = null;
  if (connection.type !== 'demand') {
    const kw =
      connection.exportCapacityKw == null || connection.exportCapacityKw.trim() === ''
        ? null
        : parseDecimal(connection.exportCapacityKw);
    if (kw) exportKw = kw;
    else {
      exportKw = new D(connection.exportCapacityKva as string);
      warnings.push({
        code: 'connection.exportKw.assumed',
        path: ['connection', 'exportCapacityKw'],
        message:
          'No export capacity in kW was given, so the high-cost threshold uses the export capacity in kVA (unity power factor).',
      });
    }
  }
  const om = input.omOverride ?? rules.om;
  const ctx: SchemeContext = {
    rules,
    ruleSet,
    connection,
    applicationDate: input.applicationDate,
    requiredKva: required.kva,
    exportKw,
    om,
    omFactor: omFactor(om),
    smallPremises: smallPremisesFunding(connection, rules.citations.smallPremises),
  };
  const vatRate = new D(
    input.vatRate == null || input.vatRate.trim() === '' ? rules.vatRate : input.vatRate,
  );
  const minimum = computeScheme(input.schemes.minimum, 'minimum', ctx, vatRate, warnings);
  const enhanced = input.schemes.enhanced
    ? computeScheme(input.schemes.enhanced, 'enhanced', ctx, vatRate, warnings)
    : null;
  const comparison = compareSchemes(
    minimum,
    enhanced,
    input.enhancement?.requestedBy ?? null,
    ctx,
    vatRate,
  );
  return {
    ruleSet: {
      id: ruleSet.id,
      label: ruleSet.label,
      reason: ruleSet.reason,
      citation: ruleSet.citation,
    },
    requiredCapacity: { kva: required.kva.toString(), explanation: required.explanation },
    schemes: { minimum, enhanced },
    comparison,
    warnings,
  };
}
