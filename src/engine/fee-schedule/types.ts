/**
 * The fee tables as the engine reads them: the shapes a statement file gives its fee rows,
 * fee categories and the rules that choose one (docs/statement-file.md). A statement file
 * (src/statements/types.ts) is one of these, so the engine classifies fees and sums them
 * from the chosen statement's data, knowing no statement's categories itself.
 */
import type { DecimalString, LineAsset, Money, PocVoltage } from '../types';

export type PriceUnit =
  | 'each'
  | 'm'
  | 'km'
  | 'per visit'
  | 'per plot'
  | 'per hour'
  | 'per day'
  | 'per lamp'
  | 'per application'
  | 'per kVA'
  | 'percent';

/**
 * A min–max charge, or POA (price on application).
 *
 * Some cells print one bound as a figure and the other as POA (001 Part C "£15,400 | POA",
 * Part F6 "£73,292 | POA", Part I "£750 | POA"): these are POA for estimating — no complete
 * range exists — and keep the printed figure in `from` (a minimum) or `upTo` (a maximum) so
 * the UI can show it. A minimum printed "n/a" (001 Part C additional hourly charge) is
 * recorded as "0" with `minIsNotApplicable`, so a display can show "n/a" as printed.
 */
export type PriceCell =
  | { min: Money; max: Money; poa?: false; minIsNotApplicable?: boolean }
  | { min?: null; max?: null; poa: true; from?: Money | null; upTo?: Money | null };

/**
 * What a fee table is for, so code finds it without knowing a statement's table ids
 * (001 §7.6: the charge elements A–J).
 */
export type StatementTableRole =
  | 'budget-estimate'
  | 'feasibility-study'
  | 'assessment-design'
  | 'cic-assessment-design'
  | 'cic-design-approval'
  | 'cic-final-works'
  | 'cic-inspection'
  | 'land-rights';

/**
 * What a connection must be for a fee category's rule to choose it, beyond voltage and
 * capacity (the classifier knows each by these names; docs/statement-file.md says what each means).
 */
export type FeeConnectionKind =
  | 'single-lv-service'
  | 'lv-services-2-4'
  | 'lv-extension-1-4'
  | 'single-multi-phase-service'
  | 'sseg';

/** One rule of a statement's fee classification: the first rule that fits chooses the category. */
export interface FeeCategoryRule {
  /** A `categories` key; the category's group (demand or generation) limits the rule to it. */
  category: string;
  /** Highest voltages of the assets installed the rule fits; any when absent. */
  voltages?: ('LV' | 'HV' | 'EHV' | '132kV')[];
  connection?: FeeConnectionKind;
  /** Capacity bounds, kVA: more than `aboveKva`, up to and including `upToKva`. */
  aboveKva?: DecimalString;
  upToKva?: DecimalString;
  /** A step added to the explanation (only for that number of phases, when `phases` is given). */
  note?: { text: string; citation: string; phases?: 1 | 2 | 3 };
  /** Shown with the category, e.g. where the nearest row is used for want of an exact one. */
  warnings?: string[];
}

/**
 * One of the statement's Quotation Accuracy Scheme definitions (001 §7.7; §7.9 names the
 * connections the scheme covers): a connection meets it when every condition it gives holds.
 */
export interface QasDefinition {
  /** As printed, e.g. "Single LV Service Demand Connection". */
  name: string;
  /** Demand or generation connections (storage counts as generation). */
  group: 'demand' | 'generation';
  /** The highest voltage of the assets, including associated works, is one of these. */
  voltages?: PocVoltage[];
  /** The number of Premises is within these bounds (inclusive). */
  premises?: { min?: number; max?: number };
  /** The connection has one of these numbers of phases. */
  phases?: (1 | 2 | 3)[];
  /** True: the work extends the LV network; false: only service lines and fuses. */
  extendsLvNetwork?: boolean;
  /** The Premises must be domestic (assumed so where the estimate does not say). */
  domestic?: boolean;
  /** Whole-current metered, fused at `smallProjectMaxAmpsPerPhase` or less per phase. */
  wholeCurrent?: boolean;
  /** Not a load that could reasonably be expected to disturb other customers. */
  excludesDisturbingLoad?: boolean;
  /** The definition in brief, given as the reason when it is met. */
  summary: string;
}

export interface FeeCategories {
  /** The paragraphs the classification's steps cite. */
  citations: {
    /** Where the categories are (001 §7 Parts A–E). */
    categories: string;
    /** The highest voltage of the assets, including reinforcement, decides (001 Part B Note 1). */
    highestVoltage: string;
    /** Whole-current metering and the small-project definitions (001 §7.7). */
    wholeCurrent: string;
    /** Small-Scale Embedded Generation (001 §2.32, §8). */
    sseg: string;
    /** Storage is classed with generation (001 §7.13). */
    storage: string;
    /** The Quotation Accuracy Scheme's definitions; absent where the statement has none. */
    qas?: string;
  };
  categories: { key: string; label: string; group: 'demand' | 'generation' }[];
  rules: FeeCategoryRule[];
  /** The Quotation Accuracy Scheme's definitions, in order; absent where the statement has none. */
  qasDefinitions?: QasDefinition[];
}

/** A row of a statement table, as far as the fee summary and the fee classifier read it. */
export interface FeeRow {
  id: string;
  activity?: string | null;
  description: string;
  unit: PriceUnit;
  price: PriceCell;
  extra?: { label: string; unit: PriceUnit; price: PriceCell }[];
  factors?: { voltage?: PocVoltage };
  feeCategory?: string | null;
  assets?: LineAsset[];
  citation: string;
  note?: string | null;
}

export interface FeeTable {
  id: string;
  role?: StatementTableRole | null;
  title: string;
  kind: 'fees' | 'prices' | 'other';
  citation: string;
  rows: FeeRow[];
}

/** One statement parameter the fees read (the statement's `parameters`). */
interface FeeParameter<V> {
  value: V;
  citation: string;
  note?: string;
}

/** What the engine reads of a statement to work out the fees: a statement file is one. */
export interface FeeSchedule {
  title: string;
  feeCategories?: FeeCategories;
  tables: FeeTable[];
  parameters?: {
    ssegMaxAmpsPerPhase?: FeeParameter<string>;
    smallProjectMaxAmpsPerPhase?: FeeParameter<string>;
    /** 001 §4.58: whether design approval and inspection of Contestable Work are charged. */
    cicDesignApprovalAndInspectionCharged?: FeeParameter<boolean>;
  };
}

/** The project facts the fees depend on that are not the engine's inputs (the estimate's details). */
export interface FeeProject {
  /** Number of Premises (services) connected. */
  premises: number;
  /** The Premises are domestic (001 §7.7 Small Project (a), (b)). */
  isDomestic: boolean;
  /** An ICP does the Contestable Work, so the CIC charges apply (001 Parts D, E, G, H). */
  icpDoesContestableWork: boolean;
}
