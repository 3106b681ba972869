import type { RuleCitationKey, RuleParameters } from '../types';
import type { Apportionment } from './ruleSet';

/** The one-voltage rule as the statement's own table gives it (001 §4.36; 002 §2.3). */
export function oneVoltageApportionment(params: RuleParameters): Apportionment {
  return {
    kind: 'table',
    table: params.oneVoltageTable,
    citation: params.citations.oneVoltage,
    fundedRule: 'one-voltage-funded',
    fundedText: (where) =>
      `Reinforcement more than one voltage level above the Point of Connection is funded by the operator (${where}).`,
  };
}

/** Where a statement file leaves an optional citation out, the paragraph it falls back on. */
const FALLBACK: Partial<Record<RuleCitationKey, RuleCitationKey>> = {
  newFaultLevelCapacity: 'newNetworkCapacity',
  eccrPeriod: 'previousWorks',
  storageCapacity: 'securityCaf',
};

/** The statement's citation for a key, or for an optional key it lacks, its fallback's. */
export function citeOr(params: RuleParameters, key: RuleCitationKey): string {
  const own = (params.citations as Partial<Record<RuleCitationKey, string>>)[key];
  if (own) return own;
  const fallback = FALLBACK[key];
  return fallback ? citeOr(params, fallback) : key;
}
