import type { OptionalCitationKey, RuleCitationKey } from '../engine/types';

/** Every rule the engine cites: a statement's `rules.citations` must name each one. */
export const RULE_CITATION_KEYS = [
  'extension',
  'securityCaf',
  'faultLevelCaf',
  'cafInteraction',
  'newNetworkCapacity',
  'capacityIncrease',
  'existingCapacity',
  'exception1',
  'exception2',
  'exception3',
  'exception4',
  'exception5',
  'beyondMinimumCustomer',
  'beyondMinimumOperator',
  'om',
  'reconfiguration',
  'switchgearReplacement',
  'speculative',
  'passThroughUpstream',
  'passThroughTransmission',
  'alteration',
  'oneVoltage',
  'smallPremises',
  'generationHighCost',
  'previousWorks',
  'minimumScheme',
  'enhancedOperator',
  'enhancedCustomer',
  'vat',
  'fees',
  'landRights',
  'accessScrDemand',
  'accessScrGeneration',
  'newFaultLevelCapacity',
  'eccrPeriod',
  'storageCapacity',
] as const satisfies readonly RuleCitationKey[];

/** Keys a statement file may leave out (older files): the rule set supplies the paragraph. */
export const OPTIONAL_CITATION_KEYS: readonly OptionalCitationKey[] = [
  'newFaultLevelCapacity',
  'eccrPeriod',
  'storageCapacity',
];

// Fails to compile if the engine adds a citation key that this list lacks.
type MissingKey = Exclude<RuleCitationKey, (typeof RULE_CITATION_KEYS)[number]>;
const _everyKeyListed: [MissingKey] extends [never] ? true : MissingKey = true;
void _everyKeyListed;
