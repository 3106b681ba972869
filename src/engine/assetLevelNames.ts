import type { AssetLevel, PocVoltage } from './types';

/** The rows of the 001 §4.36 table, as the statement names them. */
export const ASSET_LEVEL_NAMES: Record<AssetLevel, string> = {
  'lv-network': 'LV network',
  'hv-lv-substation': 'HV/LV substation',
  'hv-network': 'HV network',
  'ehv-hv-substation': 'EHV/HV substation',
  '132-hv-substation': '132kV/HV substation',
  'ehv-network': 'EHV network',
  '132-ehv-substation': '132kV/EHV substation',
  '132-network': '132kV network',
};

/**
 * The voltage of the circuit breakers a "circuit breakers only" cell apportions: the lower
 * side of the substation, which is one voltage level above the Point of Connection ("HV
 * circuit breakers only" at an EHV/HV or 132kV/HV substation for an LV POC; "EHV circuit
 * breakers only" at a 132kV/EHV substation for an HV POC; 001 §4.36).
 */
export const CIRCUIT_BREAKER_CELL_VOLTAGE: Record<AssetLevel, PocVoltage> = {
  'lv-network': 'LV',
  'hv-lv-substation': 'LV',
  'hv-network': 'HV',
  'ehv-hv-substation': 'HV',
  '132-hv-substation': 'HV',
  'ehv-network': 'EHV',
  '132-ehv-substation': 'EHV',
  '132-network': '132kV',
};
