/**
 * What a budget estimate usually leaves out or assumes: the cost factors a statement lists
 * (001 §4.10; 002 Sch 1 Attachment) that a desk-top estimate cannot price without a site
 * survey. The list is cited from the chosen statement's `exclusions` paragraph. Each is ticked ("not included in
 * this estimate") unless the user unticks it because their lines already cover it. The
 * estimate file keeps only the user's changes, so an old file reads as "all excluded".
 */
import type { EstimateFile, ExclusionKey } from '../estimate-file/types';

export interface Exclusion {
  key: ExclusionKey;
  /** What is left out, in plain words. */
  label: string;
}

export const EXCLUSIONS: readonly Exclusion[] = [
  {
    key: 'civilsByOthers',
    label: 'Civil works done by you or your contractor (trenching, ducts, reinstatement on site)',
  },
  {
    key: 'substationPlinth',
    label: 'A substation plinth, housing or suitable substation site',
  },
  { key: 'earthing', label: 'Earthing of your installation' },
  {
    key: 'streetWorks',
    label: 'Street works notices, permits and traffic management (NRSWA)',
  },
  {
    key: 'landRights',
    label: 'Wayleaves, easements and other land rights and consents',
  },
  { key: 'outOfHours', label: 'Working outside normal working hours' },
  {
    key: 'diversions',
    label: 'Diversion or disconnection of existing network assets',
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
