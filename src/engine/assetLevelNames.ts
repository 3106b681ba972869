import type { AssetLevel } from './types';

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
