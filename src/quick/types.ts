/**
 * The plain answers of the Quick estimate and what the guided build makes of them. Answers
 * are plain data (strings for numbers, '' for "I don't know") so they survive a form,
 * IndexedDB and JSON unchanged.
 */
import type { EstimateInput, PocVoltage } from '../engine/types';
import type { ProjectDetails } from '../estimate-file/types';
import type { QuickAnswers } from '../estimate-file/quickTypes';

// The answers and their saved state are part of the estimate file's contract.
export type {
  QuickAnswers,
  QuickKind,
  QuickState,
  QuickSurface,
  Unknowable,
} from '../estimate-file/quickTypes';

/** One step of how a figure was reached. */
export interface TraceStep {
  text: string;
  formula?: string;
  source: string;
}

/** An assumption the build made, named where the user sees the result. */
export interface QuickAssumption {
  text: string;
  source: string;
  /** True where no published figure backs it: this app's own assumption. */
  isAppAssumption: boolean;
}

/** A note shown before the estimate, e.g. "install, then notify". */
export interface QuickNotice {
  label: string;
  text: string;
  source: string;
}

export interface QuickCapacity {
  /** The Required Capacity, kVA (demand: import; generation/storage: export). */
  kva: string;
  /** For storage and increases: the import capacity, kVA. */
  importKva: string;
  exportKva: string | null;
  exportKw: string | null;
  phases: 1 | 3;
  trace: TraceStep[];
  suggestedVoltage: PocVoltage;
  voltage: PocVoltage;
  voltageTrace: TraceStep[];
  /** A new HV/LV substation is part of the Minimum Scheme. */
  needsSubstation: boolean;
  /** An increase: the existing supply. */
  existing: { phases: 1 | 3; fuseA: string; kva: string } | null;
}

export interface QuickField {
  field: keyof QuickAnswers;
  message: string;
}

export type QuickBuildOutcome =
  { ok: true; build: QuickBuild } | { ok: false; errors: QuickField[] };

export interface QuickBuild {
  inputs: EstimateInput;
  /** Project details to set from the answers. */
  project: Pick<
    ProjectDetails,
    'connections' | 'premisesType' | 'heating' | 'dateRequired' | 'notes'
  >;
  capacity: QuickCapacity;
  assumptions: QuickAssumption[];
  /** What the figure does not include. */
  exclusions: string[];
  notices: QuickNotice[];
  /** Ids of lines priced from worked examples (illustrative, not firm). */
  illustrativeLineIds: string[];
}
