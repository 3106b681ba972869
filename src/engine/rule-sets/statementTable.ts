import type { RuleParameters } from '../types';
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
