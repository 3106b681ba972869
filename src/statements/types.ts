/**
 * A charging statement as data (docs/statement-file.md): the published price
 * and fee tables, every row cited, plus the rule parameters the engine reads.
 */
import type { IsoDate, LineAsset, RuleParameters } from '../engine/types';
import type {
  FeeCategories,
  PriceCell,
  PriceUnit,
  StatementTableRole,
} from '../engine/fee-schedule/types';
import type { StatementCitationKey } from './statementCitationKeys';

// The fee-table types are the engine's (it classifies fees and sums them); a statement file
// holds them as data.
export type {
  FeeCategories,
  FeeCategoryRule,
  FeeConnectionKind,
  PriceCell,
  PriceUnit,
  StatementTableRole,
} from '../engine/fee-schedule/types';
import type { StatementParameters } from './statementParameterKeys';

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
