/**
 * What a budget estimate usually leaves out or assumes: the cost factors of 001 §4.10 that
 * a desk-top estimate cannot price without a site survey. Each is ticked ("not included in
 * this estimate") unless the user unticks it because their lines already cover it. The
 * estimate file keeps only the user's changes, so an old file reads as "all excluded".
 */
import type { EstimateFile, ExclusionKey } from '../estimate-file/types';

export interface Exclusion {
  key: ExclusionKey;
  /** What is left out, in plain words. */
  label: string;
  citation: string;
}

export const EXCLUSIONS: readonly Exclusion[] = [
  {
    key: 'civilsByOthers',
    label: 'Civil works done by you or your contractor (trenching, ducts, reinstatement on site)',
    citation: '001 §4.10',
  },
  {
    key: 'substationPlinth',
    label: 'A substation plinth, housing or suitable substation site',
    citation: '001 §4.10',
  },
  { key: 'earthing', label: 'Earthing of your installation', citation: '001 §4.10' },
  {
    key: 'streetWorks',
    label: 'Street works notices, permits and traffic management (NRSWA)',
    citation: '001 §4.10',
  },
  {
    key: 'landRights',
    label: 'Wayleaves, easements and other land rights and consents',
    citation: '001 §4.10, §4.59–4.62',
  },
  { key: 'outOfHours', label: 'Working outside normal working hours', citation: '001 §4.10' },
  {
    key: 'diversions',
    label: 'Diversion or disconnection of existing network assets',
    citation: '001 §4.10',
  },
];

/** True when the item is left out of this estimate (the default). */
export function isExcluded(file: Pick<EstimateFile, 'project'>, key: ExclusionKey): boolean {
  return file.project.exclusions?.[key] ?? true;
}

/** The checklist as the estimate holds it: excluded items, then included ones. */
export function exclusionChecklist(file: Pick<EstimateFile, 'project'>): {
  excluded: Exclusion[];
  included: Exclusion[];
} {
  return {
    excluded: EXCLUSIONS.filter((e) => isExcluded(file, e.key)),
    included: EXCLUSIONS.filter((e) => !isExcluded(file, e.key)),
  };
}
