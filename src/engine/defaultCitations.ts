import type { RuleCitationKey } from './types';

/**
 * Paragraphs of the Common Connection Charging Methodology as published in 001, used by the
 * helpers when a caller gives no statement. computeEstimate always uses the statement's own.
 */
export const DEFAULT_CITATIONS: Record<RuleCitationKey, string> = {
  extension: '001 §4.12',
  securityCaf: '001 §4.30',
  faultLevelCaf: '001 §4.31',
  cafInteraction: '001 §4.33',
  newNetworkCapacity: '001 §4.29',
  capacityIncrease: '001 §4.32',
  existingCapacity: '001 §4.29',
  exception1: '001 §4.22',
  exception2: '001 §4.23',
  exception3: '001 §4.24',
  exception4: '001 §4.25',
  exception5: '001 §4.26',
  beyondMinimumCustomer: '001 §4.13',
  beyondMinimumOperator: '001 §4.35',
  om: '001 §4.14, §6.2',
  reconfiguration: '001 §4.15',
  switchgearReplacement: '001 §4.16',
  speculative: '001 §4.18, §4.51',
  passThroughUpstream: '001 §4.19',
  passThroughTransmission: '001 §4.20',
  alteration: '001 §4.53',
  oneVoltage: '001 §4.36',
  smallPremises: '001 §4.37–4.38',
  generationHighCost: '001 §4.17',
  previousWorks: '001 §4.34, §4.41–4.44',
  minimumScheme: '001 §4.3–4.5',
  enhancedOperator: '001 §4.8',
  enhancedCustomer: '001 §4.9, §4.13–4.14',
  vat: '001 §7.4',
  fees: '001 §7 Parts A–E',
  landRights: '001 §4.59–4.62, §7 Part I',
  accessScrDemand: 'Ofgem Access SCR final decision (May 2022); DCUSA DCP406',
  accessScrGeneration: 'Ofgem Access SCR final decision (May 2022); DCUSA DCP406',
  newFaultLevelCapacity: '001 §4.29',
  eccrPeriod: '001 Glossary "ECCR Prescribed Period"; §4.43',
  storageCapacity: '001 Glossary "Maximum Capacity"',
};
