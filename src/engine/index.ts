/** The charging engine's public surface: pure functions over the contract in ./types. */
export * from './types';
export { computeEstimate, type ComputeOptions } from './computeEstimate';
export { validateEstimate } from './validateEstimate';
export { notCountedSummary } from './partialEstimate';
export { newNetworkCapacity, MAX_RSN_RATINGS } from './newNetworkCapacity';
export { selectRsnFeeders, type SelectedFeeder } from './selectRsnFeeders';
export { newFaultLevelCapacity } from './newFaultLevelCapacity';
export { securityCaf } from './securityCaf';
export { faultLevelCaf } from './faultLevelCaf';
export { existingCapacity, type ExistingCapacityResult } from './existingCapacity';
export { requiredCapacity, type RequiredCapacityResult } from './requiredCapacity';
export {
  chooseRuleSet,
  otherRuleSet,
  ruleSetsFor,
  METHODOLOGIES,
  RULE_SET_LABELS,
  type RuleSetChoice,
  type RuleSet,
  type RuleListing,
  type Reading,
} from './rule-sets';
export { omFactor, capitalisedOm } from './capitalisedOm';
export { eccrPeriodYears, isWithinEccrPeriod, addYears, isIsoDate } from './eccrPeriod';
export { smallPremisesFunding } from './smallPremisesFunding';
export { DEFAULT_CITATIONS } from './defaultCitations';
export { EngineInputError, D as EngineDecimal } from './decimal';
