import type { QuickAnswers } from '../estimate-file/quickTypes';

/**
 * The answers a new Quick estimate starts from. A module of its own so the first screen's
 * example answers (src/state/firstVisitEstimate.ts) start from it without loading the
 * guided build.
 */
export function defaultQuickAnswers(): QuickAnswers {
  return {
    kind: 'homes',
    homes: '1',
    heating: 'unknown',
    evPerHome: 'unknown',
    phases: 'unknown',
    kva: '',
    evChargers: '',
    evChargerKw: '',
    heatPumpKw: '',
    otherKw: '',
    technology: 'solar',
    exportKw: '',
    importKva: '',
    existingFuseA: '',
    existingPhases: 'unknown',
    distanceM: '',
    surface: 'unknown',
    substationSite: 'unknown',
    voltage: 'suggested',
    whenNeeded: '',
    capacityOverrideKva: '',
  };
}
