import type Decimal from 'decimal.js';
import type { RuleSetChoice } from './rule-sets';
import type {
  ConnectionInput,
  Explanation,
  GenerationThresholdReading,
  OmParameters,
  RuleParameters,
} from './types';

/** Everything a scheme's calculation needs besides the scheme itself, worked out once per estimate. */
export interface SchemeContext {
  rules: RuleParameters;
  ruleSet: RuleSetChoice;
  connection: ConnectionInput;
  applicationDate: string;
  /** The Required Capacity (or increment), kVA. */
  requiredKva: Decimal;
  /**
   * The kW the generation high-cost threshold is taken on (the export, or for an increase the
   * part of it being charged, 001 §4.17 with §4.32), and how it was found; null for demand.
   */
  exportKw: { kw: Decimal; explanation: Explanation | null } | null;
  /** Which reading of the £/kW threshold applies (docs/engine-rules.md, Readings). */
  generationReading: GenerationThresholdReading;
  om: OmParameters;
  omFactor: Decimal;
  /** 001 §4.37 small premises: whether the operator funds reinforcement, and why. */
  smallPremises: { isMet: boolean; explanation: Explanation } | null;
}
