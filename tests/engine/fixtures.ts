import type {
  CostLineInput,
  EstimateInput,
  EstimateResult,
  RuleParameters,
  SchemeInput,
} from '../../src/engine';
import { computeEstimate } from '../../src/engine';
import { computeOk, costLine, rulesOf } from '../fixtures';

/** The statements' rule blocks, as shipped in public/statements. */
export function loadRules(file: 'ipr-v1.7-2025.json' | 'spm-2008.json'): RuleParameters {
  return rulesOf(file.replace(/\.json$/, ''));
}

export const ipr = loadRules('ipr-v1.7-2025.json');
export const spm = loadRules('spm-2008.json');

/** A date before the Access SCR, so the statement's own methodology applies. */
export const BEFORE_SCR = '2022-06-01';
export const AFTER_SCR = '2024-06-01';

/** A cost line (tests/fixtures): an extension asset at £1,000 unless told otherwise. */
export const line = costLine;

export function reinf(
  amount: string,
  rsnId: string,
  extra: Partial<CostLineInput> = {},
): CostLineInput {
  return line({
    amount,
    kind: 'reinforcement',
    contestable: false,
    assetLevel: 'hv-network',
    charging: { rule: 'apportioned', rsnId },
    ...extra,
  });
}

export function scheme(partial: Partial<SchemeInput> = {}): SchemeInput {
  return { id: 'min', name: 'Minimum Scheme', lines: [], rsns: [], previousWorks: [], ...partial };
}

export function estimate(partial: Partial<EstimateInput> = {}): EstimateInput {
  return {
    applicationDate: BEFORE_SCR,
    connection: {
      type: 'demand',
      importCapacityKva: '600',
      pocVoltage: 'HV',
      phases: 3,
      isTemporary: false,
      isSpeculative: false,
    },
    schemes: { minimum: scheme() },
    ...partial,
  };
}

/** Computes and fails loudly if the input was rejected. */
export const ok = (input: EstimateInput, rules: RuleParameters = ipr): EstimateResult =>
  computeOk(input, rules);

/**
 * The problems the engine reports: those that stop the estimate, or those of the items it
 * left out of the totals (partial results). Fails loudly if there are none.
 */
export function issuesOf(input: EstimateInput, rules: RuleParameters = ipr) {
  const out = computeEstimate(input, rules);
  const issues = out.ok ? out.result.notCounted.flatMap((n) => n.issues) : out.issues;
  if (issues.length === 0) throw new Error('expected the input to be rejected');
  return issues;
}
