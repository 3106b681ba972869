/**
 * The Quick estimate's plain answers and what the estimate file keeps of them (its `quick`
 * block). Answers are plain data (strings for numbers, '' for "I don't know") so they survive
 * a form, IndexedDB and JSON unchanged. The guided build itself is in src/quick.
 */

export type QuickKind = 'homes' | 'business' | 'generation' | 'increase' | 'temporary';
export type QuickSurface = 'verge' | 'footpath' | 'road' | 'customer-land';
export type Unknowable<T> = T | 'unknown';

export interface QuickAnswers {
  /** 1. What you want to connect. */
  kind: QuickKind;
  /** New homes: how many. */
  homes: string;
  heating: Unknowable<'gas' | 'heat-pump' | 'direct-electric'>;
  /** An EV charger per home. */
  evPerHome: Unknowable<'yes' | 'no'>;
  /** Phases of the new supply (homes, business, increase, builder's supply). */
  phases: Unknowable<1 | 3>;
  /** Business, increase or builder's supply: the capacity in kVA if known ('' if not). */
  kva: string;
  /** Equipment (business, or what an increase adds): EV chargers n × kW. */
  evChargers: string;
  evChargerKw: string;
  /** Heat pumps: total electrical input, kW. */
  heatPumpKw: string;
  /** Motors, kitchen and other equipment, kW. */
  otherKw: string;
  /** Generation or storage. */
  technology: 'solar' | 'wind' | 'battery' | 'other';
  exportKw: string;
  /** Import for storage, kVA ('' = the same as the export). */
  importKva: string;
  /** An increase: the existing supply. */
  existingFuseA: string;
  existingPhases: Unknowable<1 | 3>;
  /** 2. Where: distance to the nearest road or line with a cable, metres. */
  distanceM: string;
  surface: Unknowable<QuickSurface>;
  /** Room for a substation on your land. */
  substationSite: Unknowable<'yes' | 'no'>;
  /** LV or HV: 'suggested' takes the suggestion. */
  voltage: 'suggested' | 'LV' | 'HV';
  /** When the supply is needed, YYYY-MM-DD or ''. */
  whenNeeded: string;
  /** The user's own Required Capacity, kVA, replacing the worked-out figure ('' = none). */
  capacityOverrideKva: string;
}

/**
 * The Quick estimate kept in the estimate file (its optional `quick` block), so the answers
 * reopen exactly after a reload and Details can re-run the build from them.
 */
export interface QuickState {
  answers: QuickAnswers;
  /**
   * The fingerprint of the Minimum Scheme's lines as the guided build last wrote them
   * (linesFingerprint), or null if it has not written them. Lines that no longer match
   * it were edited by hand, so a rebuild asks before replacing them.
   */
  builtFingerprint: string | null;
  /**
   * Answers from a Details change that would replace hand-edited lines: kept until the user
   * says whether to rebuild (absent or null when nothing waits).
   */
  pendingAnswers?: QuickAnswers | null;
}
