import type Decimal from 'decimal.js';
import type { RuleSetChoice } from './rule-sets';
import type { ConnectionInput, Explanation, OmParameters, RuleParameters } from './types';

/** Everything a scheme's calculation needs besides the scheme itself, worked out once per estimate. */
export interface SchemeContext {
  rules: RuleParameters;
  ruleSet: RuleSetChoice;
  connection: ConnectionInput;
  applicationDate: string;
  /** The Required Capacity (or increment), kVA. */
  requiredKva: Decimal;
  /** Export capacity in kW for the generation high-cost threshold; null for demand. */
  exportKw: Decimal | null;
  om: OmParameters;
  omFactor: Decimal;
  /** 001 §4.37 small premises: whether the operator funds reinforcement, and why. */
  smallPremises: { isMet: boolean; explanation: Explanation } | null;
}
