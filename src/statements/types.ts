/**
 * A charging statement as data (docs/statement-file.md): the published price
 * and fee tables, every row cited, plus the rule parameters the engine reads.
 */
import type {
  DecimalString,
  IsoDate,
  LineAsset,
  Money,
  RuleParameters,
} from '../engine/types';
import type { StatementCitationKey } from './statementCitationKeys';
import type { StatementParameters } from './statementParameterKeys';

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

/** Conditions that select a price (001 §7 Part F; 002 Schedules 1–2). */
export interface PriceFactors {
  surface?:
    | 'footpath'
    | 'verge'
    | 'carriageway'
    | 'customer-land'
    | 'trench-by-others'
    | 'unmade'
    /** 001 Part F5 prices "typical footpath or carriageway" as one row. */
    | 'footpath-or-carriageway';
  /** Same-side service or one crossing the road (001 Parts F1, F2, F4). */
  crossing?: 'same-side' | 'cross-road';
  area?: 'rural' | 'urban';
  time?: 'normal' | 'prime';
  voltage?: 'LV' | 'HV' | 'EHV' | '132kV';
  phases?: 1 | 3;
}

export interface StatementRow {
  /** Stable id: never reused or renumbered, e.g. "001-F1-03". */
  id: string;
  /** The table's "Activity" heading the row sits under, where it has one (001 Part F, G). */
  activity?: string | null;
  description: string;
  unit: PriceUnit;
  /** The main charge. */
  price: PriceCell;
  /** Further charges on the same row, e.g. Part B's "Additional Charge" or Part C's hourly rate. */
  extra?: { label: string; unit: PriceUnit; price: PriceCell }[];
  factors?: PriceFactors;
  /** Whether the work is contestable, where the statement says. */
  contestable?: boolean | null;
  /**
   * What one item of the row installs, for the breakdown of the works (001 §2.11): a new
   * substation, or underground cable (`perItem` metres where the row states a definite length).
   */
  assets?: LineAsset[];
  /** Fee-category key used by the fee classifier (Parts A–E), when the row is a fee. */
  feeCategory?: string | null;
  /** e.g. "001 §7.13 Part A". */
  citation: string;
  note?: string | null;
}

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

export interface StatementTable {
  /** Stable id, e.g. "001-A". */
  id: string;
  /** The charge element this table prices, where it is one the fee summary uses. */
  role?: StatementTableRole | null;
  /** e.g. "Part A – Budget Estimates". */
  title: string;
  kind: 'fees' | 'prices' | 'other';
  citation: string;
  notes?: string[];
  rows: StatementRow[];
}

export interface StatementFile {
  format: 'connection-charging-statement';
  formatVersion: 1;
  /** Stable id, e.g. "ipr-v1.7-2025". */
  id: string;
  operator: string;
  title: string;
  documentNumber: string | null;
  version: string;
  publicationDate: IsoDate;
  /** "This printed document is valid at …": check for a newer version after this date. */
  checkAfter: IsoDate | null;
  /** Short name of the source used in citations, e.g. "001". */
  citationPrefix: string;
  currency: 'GBP';
  /** Statement prices exclude VAT (001 §7.4). */
  pricesExcludeVat: boolean;
  /** Rule parameters for the engine; `statementId` must equal `id`. */
  rules: RuleParameters;
  /** Further statement parameters shown to the user (quote validity, QAS tolerance, timescales…), typed per key (statementParameterKeys.ts). */
  parameters?: StatementParameters;
  /**
   * Paragraphs cited on screen, in exports and in guidance that are not engine rules
   * (statementCitationKeys.ts), each only where the statement has one.
   */
  citations?: Partial<Record<StatementCitationKey, string>>;
  /**
   * The statement's own definitions of the app's glossary terms, by glossary key
   * (src/quick/glossary.ts): its words, where it defines the term, and the paragraph.
   */
  definitions?: Record<string, { text?: string; citation: string }>;
  /** The connection categories its fees are priced by, where it has them (001 Parts A–E). */
  feeCategories?: FeeCategories;
  tables: StatementTable[];
}

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
}

/** `public/statements/index.json`: which statements the app offers. */
export interface StatementIndex {
  format: 'connection-charging-statement-index';
  statements: {
    id: string;
    file: string;
    operator: string;
    version: string;
    publicationDate: IsoDate;
    isDefault?: boolean;
  }[];
}
