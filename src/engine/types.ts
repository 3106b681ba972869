/**
 * The engine's contract: what goes in (the user's estimate and a statement's rule
 * parameters) and what comes out (a typed, explained result).
 *
 * Conventions:
 * - Money and every other quantity in an input is a decimal *string* ("1234.50"), never a
 *   float, so inputs survive JSON, IndexedDB and URLs unchanged.
 * - Capacities are in kVA (or kW for generation export), fault levels in MVA.
 * - Dates are ISO calendar dates, "YYYY-MM-DD"; the engine compares them as strings and
 *   never reads the clock.
 * - Citations are short strings such as "001 §4.30" or "002 Sch 4 §4.1 Ex 5".
 */

/** A non-negative decimal number written as a string, e.g. "250" or "7.7". */
export type DecimalString = string;
/** Pounds sterling as a decimal string, e.g. "1234.56". */
export type Money = string;
/** An ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

/** Low / expected / high: every price in a statement is a range (001 §7.3). */
export interface Range<T> {
  low: T;
  expected: T;
  high: T;
}
export type Scenario = keyof Range<unknown>;
export const SCENARIOS: readonly Scenario[] = ['low', 'expected', 'high'];

// ---------------------------------------------------------------------------
// Input: the estimate
// ---------------------------------------------------------------------------

/** Voltages at the Point of Connection (001 §4.36 table columns). */
export const POC_VOLTAGES = ['LV', 'HV', 'EHV', '132kV'] as const;
export type PocVoltage = (typeof POC_VOLTAGES)[number];

/** Voltage levels of scheme assets (001 §4.36 table rows). */
export const ASSET_LEVELS = [
  'lv-network',
  'hv-lv-substation',
  'hv-network',
  'ehv-hv-substation',
  '132-hv-substation',
  'ehv-network',
  '132-ehv-substation',
  '132-network',
] as const;
export type AssetLevel = (typeof ASSET_LEVELS)[number];

export type ConnectionType = 'demand' | 'generation' | 'storage';

/** Who asked for assets beyond the Minimum Scheme (001 §4.8, §4.13, §4.35). */
export type Requester = 'customer' | 'operator';

/** Existing Capacity of an existing customer (001 §4.29). */
export interface ExistingCapacityInput {
  /** Chargeable Capacity used for use-of-system charges; when given it is the Existing Capacity. */
  chargeableCapacityKva?: DecimalString | null;
  /** Otherwise: the lower of phases × phase-neutral kV × fuse A and the service rating. */
  phases?: 1 | 2 | 3 | null;
  phaseNeutralKv?: DecimalString | null;
  fuseA?: DecimalString | null;
  serviceRatingKva?: DecimalString | null;
}

/** Facts for 001 §4.37–4.38: reinforcement the operator funds for small existing premises. */
export interface SmallPremisesInput {
  /** Existing LV service fuse rating per phase, amperes. */
  existingServiceFuseA: DecimalString;
  wholeCurrentMetered: boolean;
  /** Largest generation rated output per phase, amperes (0 if none). */
  generationAmpsPerPhase: DecimalString;
  /** All equipment conforms to BS EN 61000-3-2 / 61000-3-3 (or is a service modification). */
  equipmentCompliant: boolean;
  /** A single application for a single or multiple installation. */
  singleApplication: boolean;
}

export interface ConnectionInput {
  type: ConnectionType;
  /** Maximum import capacity requested, kVA (the Required Capacity for demand). */
  importCapacityKva: DecimalString;
  /** Export capacity, kVA (the Required Capacity for generation and storage). */
  exportCapacityKva?: DecimalString | null;
  /** Export capacity, kW: sets the generation high-cost threshold (001 §4.17, 002 §2.5). */
  exportCapacityKw?: DecimalString | null;
  pocVoltage: PocVoltage;
  phases: 1 | 2 | 3;
  /** A Temporary Connection (≤ 5 years): Exception 3 applies to reinforcement (001 §4.24). */
  isTemporary: boolean;
  /** A Speculative Development: reinforcement charged in full (001 §4.18, §4.51). */
  isSpeculative: boolean;
  /** An increase to an existing connection (001 §4.32): the CAF uses the increment. */
  increase?: {
    existing: ExistingCapacityInput;
    /** Related increases in the previous three years, kVA, added to the increment (001 §4.32). */
    relatedIncreasesKva?: DecimalString | null;
  } | null;
  /** Present when the premises may qualify for 001 §4.37 operator funding. */
  smallPremises?: SmallPremisesInput | null;
}

/**
 * A Relevant Section of Network (001 §4.29): the part of the network being reinforced,
 * with its own CAF. A scheme may have several (Ex 10).
 */
export interface RsnInput {
  id: string;
  name: string;
  driver: 'security' | 'fault-level';
  /** Security CAF numerator override, kVA; default: the connection's Required Capacity (or increment). */
  requiredCapacityKva?: DecimalString | null;
  /**
   * Security: the New Network Capacity, from the ratings of at most three feeders or
   * transformers (secure N-1 = sum less the largest; non-secure = sum), or given directly.
   */
  capacity?:
    | { method: 'ratings'; ratingsKva: DecimalString[]; secure: boolean }
    | { method: 'direct'; newNetworkCapacityKva: DecimalString }
    | null;
  /** Fault level: contribution from the connection and the new capacity (001 §4.31). */
  faultLevel?: {
    contributionMva: DecimalString;
    /** Rating of the new equipment. */
    equipmentRatingMva: DecimalString;
    /** Fault level limit of the local network; the lower of the two is used (Ex 5). */
    localLimitMva?: DecimalString | null;
  } | null;
}

/** How a line's price is known. */
export type PriceInput =
  /** A single figure (the user's own, or a worked example's). */
  | { kind: 'fixed'; amount: Money }
  /** A statement's min–max range; expected defaults to the midpoint. */
  | { kind: 'range'; low: Money; high: Money; expected?: Money | null }
  /** Price on application: excluded from totals and listed (001 §7). */
  | { kind: 'poa' };

/** What kind of cost a line is (001 §4.11). */
export const LINE_KINDS = [
  'extension',
  'reinforcement',
  'pass-through',
  'fee',
  'land-rights',
] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/** How a line is charged. Each variant names the paragraph that sets it. */
export type Charging =
  /** Extension Assets: paid in full (001 §4.12). Also fees and land rights. */
  | { rule: 'full' }
  /**
   * Reinforcement apportioned by the CAF of an RSN (001 §4.21, §4.28–4.33). `rsnId` names the
   * section of the driver the cost is charged by; `otherDriverRsnId` optionally names the
   * section of the other driver worked out for the same asset (002 Sch 4 §4.1 Ex 5): the rule
   * set decides how the two combine.
   */
  | { rule: 'apportioned'; rsnId: string; otherDriverRsnId?: string | null }
  /** One of the five exceptions: treated as Extension Assets (001 §4.22–4.26). */
  | { rule: 'exception'; exception: 1 | 2 | 3 | 4 | 5 }
  /** Assets beyond the Minimum Scheme: customer pays in full plus O&M (§4.13–4.14); operator pays (§4.35). */
  | { rule: 'beyond-minimum'; requestedBy: Requester }
  /** Reconfiguration adding no capacity: customer pays in full (001 §4.15). */
  | { rule: 'reconfiguration' }
  /** Switchgear replaced because extension is impossible: customer pays in full (001 §4.16). */
  | { rule: 'switchgear-replacement' }
  /** Charges from an upstream operator or transmission: passed through in full (001 §4.19–4.20). */
  | { rule: 'pass-through'; source: 'upstream' | 'transmission' }
  /** An alteration requested by the customer: paid in full (001 §4.53). */
  | { rule: 'alteration' };

/**
 * What a line installs, for the breakdown of the works an offer gives (001 §2.11: the number
 * of substations, the length of underground cable). Data on the line or on the statement row
 * it was priced from, never guessed from the words. The engine does not price by it.
 */
export const ASSET_KINDS = ['substation', 'underground-cable'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export interface LineAsset {
  /** `substation`: a new substation (works at an existing one are not one); `underground-cable`. */
  kind: AssetKind;
  /**
   * How many of the asset each one of the line's quantity holds: substations, or metres of
   * cable ("600m of 2 by 33kV cable", 1 lot: "1200"). Absent: a line in metres or km is that
   * length of cable, one counted in items is one substation each, or cable of unstated length.
   */
  perItem?: DecimalString | null;
}

export interface CostLineInput {
  id: string;
  description: string;
  /** The statement row this line was priced from, if any. */
  statementItemId?: string | null;
  quantity: DecimalString;
  unit: string;
  unitPrice: PriceInput;
  contestable: boolean;
  kind: LineKind;
  /** Voltage level of the asset: needed for reinforcement (001 §4.36). */
  assetLevel?: AssetLevel | null;
  /** The asset is a circuit breaker (the "circuit breakers only" cells of 001 §4.36). */
  isCircuitBreaker?: boolean;
  /**
   * The circuit breaker's voltage: a "circuit breakers only" cell apportions breakers of one
   * voltage only ("HV circuit breakers only" at an EHV/HV substation for an LV POC, 001 §4.36).
   * Absent in older files: then the cell's own voltage is assumed, with a warning.
   */
  circuitBreakerVoltage?: PocVoltage | null;
  /**
   * The voltage the line's asset works at, where neither its statement row nor its asset
   * level says it: works at a substation named by its primary voltage may be at its lower
   * voltage ("11kV circuit breaker at Primary Substation B", 001 Ex 8A, is HV). It decides
   * the highest voltage of the assets (001 §7 Part B Note 1, §2.32). Absent in older files.
   */
  voltage?: PocVoltage | null;
  /** What the line installs, where its statement row does not say (or says otherwise). */
  assets?: LineAsset[] | null;
  charging: Charging;
  note?: string;
}

/** A payment towards earlier reinforcement (ECCR second comer, 001 §4.34; 002 §2.3.3). */
export interface PreviousWorkInput {
  id: string;
  description: string;
  basis:
    | {
        kind: 'per-kva';
        ratePerKva: Money;
        /** default: the Required Capacity (or increment) */ kva?: DecimalString | null;
      }
    | { kind: 'amount'; amount: Money };
  /** When the earlier connection was first provided; sets the prescribed period. */
  firstConnectionDate: IsoDate;
  citation?: string | null;
}

export interface SchemeInput {
  id: string;
  name: string;
  lines: CostLineInput[];
  rsns: RsnInput[];
  previousWorks: PreviousWorkInput[];
}

/** Capitalised O&M on assets beyond the Minimum Scheme (001 §4.14, §6.2; 002 §2.1(e)). */
export type OmParameters =
  | { method: 'percentage'; rate: DecimalString; citation: string }
  | {
      method: 'annuity';
      /** Annual O&M as a fraction of the asset value, e.g. "0.02". */
      annualRate: DecimalString;
      lifeYears: DecimalString;
      /** Cost of capital, e.g. "0.065". */
      costOfCapital: DecimalString;
      citation: string;
    };

export type RuleSetId = 'cccm' | 'spm-2008' | 'gb-access-scr-2023';

/** The user's inputs the engine reads. The estimate file adds metadata around these. */
export interface EstimateInput {
  /** The date the application is (or would be) made: selects the rule set and ECCR period. */
  applicationDate: IsoDate;
  /** Use this rule set instead of the one the statement and date select. */
  ruleSetOverride?: RuleSetId | null;
  connection: ConnectionInput;
  schemes: { minimum: SchemeInput; enhanced?: SchemeInput | null };
  /** Who asked for the Enhanced Scheme; required when there is one. */
  enhancement?: { requestedBy: Requester } | null;
  /** Override the statement's O&M parameters (the worked examples use an illustrative 20 %). */
  omOverride?: OmParameters | null;
  /** VAT rate as a fraction; default: the statement's. */
  vatRate?: DecimalString | null;
}

// ---------------------------------------------------------------------------
// Input: the statement's rule parameters
// ---------------------------------------------------------------------------

export type OneVoltageCell = 'apportioned' | 'funded' | 'circuit-breakers-only' | 'not-applicable';
export type OneVoltageTable = Record<PocVoltage, Record<AssetLevel, OneVoltageCell>>;

/** Keys of the citations a statement supplies for each rule the engine applies. */
export type RuleCitationKey =
  | 'extension'
  | 'securityCaf'
  | 'faultLevelCaf'
  | 'cafInteraction'
  | 'newNetworkCapacity'
  | 'capacityIncrease'
  | 'existingCapacity'
  | 'exception1'
  | 'exception2'
  | 'exception3'
  | 'exception4'
  | 'exception5'
  | 'beyondMinimumCustomer'
  | 'beyondMinimumOperator'
  | 'om'
  | 'reconfiguration'
  | 'switchgearReplacement'
  | 'speculative'
  | 'passThroughUpstream'
  | 'passThroughTransmission'
  | 'alteration'
  | 'oneVoltage'
  | 'smallPremises'
  | 'generationHighCost'
  | 'previousWorks'
  | 'minimumScheme'
  | 'enhancedOperator'
  | 'enhancedCustomer'
  | 'vat'
  | 'fees'
  | 'landRights'
  | 'accessScrDemand'
  | 'accessScrGeneration'
  | 'newFaultLevelCapacity'
  | 'eccrPeriod'
  | 'storageCapacity';

/** Citation keys a statement file may leave out: its rule set supplies the paragraph. */
export type OptionalCitationKey = 'newFaultLevelCapacity' | 'eccrPeriod' | 'storageCapacity';

/** A statement's citations: every rule key, the optional ones possibly left out. */
export type Citations = Record<Exclude<RuleCitationKey, OptionalCitationKey>, string> &
  Partial<Record<OptionalCitationKey, string>>;

export interface RuleParameters {
  /** Statement id, e.g. "ipr-v1.7-2025". */
  statementId: string;
  /** The statement's own methodology, used before any Access SCR date. */
  methodology: 'cccm' | 'spm-2008';
  /**
   * Ignored, kept so older statement files still read: how the CAFs combine is the
   * methodology's rule set's to say (src/engine/rule-sets).
   */
  cafInteraction?: 'per-driver' | 'highest-caf-whole-cost' | null;
  /** GB Access SCR rules from this date (Ofgem Access SCR, DCUSA DCP406/407); null: never. */
  accessScr: {
    from: IsoDate;
    demandHighCostThresholdPerKva: Money;
    /** Which asset levels a generator's CAF share applies to, by POC voltage. */
    generationApportioned: OneVoltageTable;
  } | null;
  om: OmParameters;
  generationHighCost: {
    thresholdPerKw: Money;
    /**
     * Which reading of the £/kW threshold (docs/engine-rules.md, Readings):
     * 'pro-rata-per-line' (default): the CAF share of the reinforcement up to the threshold
     * plus the excess in full, pro rata per line; 'excess-plus-caf': the CAF share of the whole
     * reinforcement plus the excess over the threshold, at most the cost; 'operator-share-capped':
     * the operator funds its CAF share only up to the threshold.
     */
    reading?: GenerationThresholdReading | null;
  };
  oneVoltageTable: OneVoltageTable;
  /** ECCR prescribed period by when the earlier connection was provided; first match wins. */
  eccrPeriods: { firstConnectedBefore?: IsoDate | null; years: number }[];
  vatRate: DecimalString;
  citations: Citations;
}

export const GENERATION_THRESHOLD_READINGS = [
  'pro-rata-per-line',
  'excess-plus-caf',
  'operator-share-capped',
] as const;
export type GenerationThresholdReading = (typeof GENERATION_THRESHOLD_READINGS)[number];

// ---------------------------------------------------------------------------
// Output: the result
// ---------------------------------------------------------------------------

export interface ValidationIssue {
  /** Stable machine code, e.g. "rsn.capacity.zero". */
  code: string;
  /** Where: a path into the input, e.g. ["schemes","minimum","lines",3,"quantity"]. */
  path: (string | number)[];
  /** Plain words for the user. */
  message: string;
}

/** One step of an explanation: what was done, with numbers, and where the rule comes from. */
export interface Explanation {
  text: string;
  /** The formula with its numbers, e.g. "250 / 315 × 100% = 79.4%". */
  formula?: string;
  citation: string;
}

/** Identifies the rule that decided a line's split. */
export type AppliedRule =
  | 'extension'
  | 'security-caf'
  | 'fault-level-caf'
  | 'highest-caf'
  | 'exception-1'
  | 'exception-2'
  | 'exception-3'
  | 'exception-4'
  | 'exception-5'
  | 'beyond-minimum-customer'
  | 'beyond-minimum-operator'
  | 'reconfiguration'
  | 'switchgear-replacement'
  | 'speculative'
  | 'pass-through-upstream'
  | 'pass-through-transmission'
  | 'alteration'
  | 'one-voltage-funded'
  | 'small-premises-funded'
  | 'access-scr-demand'
  | 'access-scr-generation-funded'
  | 'fee'
  | 'land-rights';

/** Where a line's money is reported in the scheme totals. */
export type LineCategory =
  | 'extension-contestable'
  | 'extension-non-contestable'
  | 'reinforcement'
  | 'pass-through'
  | 'fees'
  | 'land-rights';

export interface LineResult {
  lineId: string;
  description: string;
  category: LineCategory;
  contestable: boolean;
  isPoa: boolean;
  /** quantity × unit price, rounded to pence; zero for POA lines (listed separately). */
  cost: Range<Money>;
  rule: AppliedRule;
  /** Plain-words name of the rule, e.g. "Security CAF". */
  ruleLabel: string;
  /** The apportionment applied (CAF as a fraction 0–1) or null when not apportioned. */
  apportionment: {
    rsnId: string | null;
    caf: DecimalString;
    /** For display, one decimal place: "79.4". */
    cafPercent: string;
  } | null;
  customer: Range<Money>;
  operator: Range<Money>;
  /** Capitalised O&M charged on this line (customer-requested assets beyond the minimum). */
  om: Range<Money>;
  explanation: Explanation[];
}

export interface RsnResult {
  rsnId: string;
  name: string;
  driver: 'security' | 'fault-level';
  /** Numerator: Required Capacity kVA (security) or 3 × contribution MVA (fault level). */
  numerator: DecimalString;
  /** Denominator: New Network Capacity kVA or New Fault Level Capacity MVA. */
  denominator: DecimalString;
  caf: DecimalString;
  cafPercent: string;
  explanation: Explanation[];
}

export interface PreviousWorkResult {
  id: string;
  description: string;
  isWithinPeriod: boolean;
  amount: Money;
  explanation: Explanation[];
}

export interface SchemeTotals {
  extensionContestable: Range<Money>;
  extensionNonContestable: Range<Money>;
  reinforcementCustomer: Range<Money>;
  reinforcementOperator: Range<Money>;
  passThrough: Range<Money>;
  previousWorks: Range<Money>;
  om: Range<Money>;
  fees: Range<Money>;
  landRights: Range<Money>;
  /** Customer's charge before VAT. */
  customerExVat: Range<Money>;
  vat: Range<Money>;
  customerIncVat: Range<Money>;
  /** Everything the operator funds. */
  operatorFunded: Range<Money>;
  /** Capital cost of all works in the scheme (sum of line costs, fees excluded). */
  capitalCost: Range<Money>;
}

export interface SchemeResult {
  schemeId: string;
  name: string;
  lines: LineResult[];
  rsns: RsnResult[];
  previousWorks: PreviousWorkResult[];
  /** Adjustment from the generation high-cost threshold, explained (zero when not reached). */
  highCost: { applies: boolean; excess: Range<Money>; explanation: Explanation[] };
  /** Descriptions of POA lines, excluded from the totals. */
  poaItems: string[];
  /** This scheme's items that cannot be worked out yet, left out of its totals. */
  notCounted: NotCountedItem[];
  /** "2 lines not counted yet: "A", "B"." for this scheme; null when everything counts. */
  notCountedNote: string | null;
  totals: SchemeTotals;
  /** How the VAT was worked out: rate, base and paragraph (expected scenario). */
  vatExplanation: Explanation;
}

/** What the customer pays, before VAT, the VAT on it and the total with VAT. */
export interface PayableFigure {
  exVat: Range<Money>;
  vat: Range<Money>;
  incVat: Range<Money>;
}

export interface ComparisonResult {
  /**
   * 'minimum-only': no Enhanced Scheme. 'operator-lower-of': operator asked, the customer
   * pays the lower charge (001 §4.8). 'customer-excess-plus-om': customer asked, pays the
   * enhanced charge plus O&M on the excess capital cost (001 §4.13–4.14, Ex 3B).
   */
  rule: 'minimum-only' | 'operator-lower-of' | 'customer-excess-plus-om';
  /** Which scheme's charge the customer pays, per scenario. */
  chargedScheme: Range<'minimum' | 'enhanced'>;
  /** Capital cost of the Enhanced Scheme less the Minimum Scheme's (zero if none or negative). */
  excessCapitalCost: Range<Money>;
  /** O&M on that excess (customer-requested only). */
  excessOm: Range<Money>;
  /** What the customer pays, ex VAT / VAT / inc VAT. */
  payableExVat: Range<Money>;
  payableVat: Range<Money>;
  payableIncVat: Range<Money>;
  /**
   * What the customer would pay if each scheme were built: everything they pay under it
   * (the scheme's charge, O&M on any excess capital cost, VAT). The Minimum Scheme's is its own
   * charge; the Enhanced Scheme's is the comparison rule's figure (null when there is none).
   * Every view and export reads "what you pay" per scheme from here, never re-deriving it.
   */
  payableByScheme: { minimum: PayableFigure; enhanced: PayableFigure | null };
  /** Enhanced charge less minimum charge (ex VAT), before the comparison rule. */
  difference: Range<Money> | null;
  explanation: Explanation[];
}

/** A reading the engine took where the documents leave a choice (docs/engine-rules.md, Readings). */
export interface ReadingUsed {
  id: string;
  question: string;
  chosen: string;
  alternative: string;
  source: string;
}

/**
 * An item that cannot be worked out yet (an unfinished number, a network section with one
 * rating under "secure"): it is left out of the totals and named, like a spreadsheet's error
 * cell, and the rest of the estimate is worked out without it.
 */
export interface NotCountedItem {
  scheme: 'minimum' | 'enhanced';
  kind: 'line' | 'rsn' | 'previous-work';
  id: string;
  /** Its place in the scheme's list of lines, sections or payments (from 0). */
  index: number;
  /** Its description or name; "line 3" when it has none. */
  name: string;
  /** Why, each with its path into the input (the item's own problems, or its section's). */
  issues: ValidationIssue[];
  /** A line left out because a network section it is shared by is not complete: that section. */
  dependsOnRsnId?: string | null;
}

export interface EstimateResult {
  ruleSet: { id: RuleSetId; label: string; reason: string; citation: string };
  /**
   * What the other reading gives, in one line beside the total: the statement's own rules
   * when the Access SCR reading was chosen, and the Access SCR reading otherwise (null when
   * the statement has no Access SCR parameters or that estimate cannot be worked out).
   */
  otherReading: {
    ruleSetId: RuleSetId;
    label: string;
    payableExVat: Range<Money>;
    /** "Under the GB Access SCR rules, as this app reads them: £X" (expected scenario). */
    text: string;
  } | null;
  /** The readings the chosen rule set took, each with its alternative and source. */
  readings: ReadingUsed[];
  /** The capacity used as the CAF numerator by default, with how it was found. */
  requiredCapacity: { kva: DecimalString; explanation: Explanation[] };
  schemes: { minimum: SchemeResult; enhanced: SchemeResult | null };
  comparison: ComparisonResult;
  warnings: ValidationIssue[];
  /**
   * Items of either scheme left out of the totals because they cannot be worked out yet;
   * every figure above is the estimate without them.
   */
  notCounted: NotCountedItem[];
  /** One note for page 1, the totals and "What you pay"; null when everything counts. */
  notCountedNote: string | null;
  /**
   * Each scheme's fees under the statement (its fee category, assessment and design, the CIC
   * charges when an ICP does the Contestable Work, what the operator's Budget Estimate or
   * Feasibility Study would cost), each item with its row and paragraph. Present when the
   * statement's fee tables and the project facts were given (`ComputeOptions.fees`).
   */
  fees?: { minimum: SchemeFees; enhanced: SchemeFees | null } | null;
}

export type { SchemeFees } from './fee-schedule/schemeFees';
import type { SchemeFees } from './fee-schedule/schemeFees';

export type EstimateOutcome =
  { ok: true; result: EstimateResult } | { ok: false; issues: ValidationIssue[] };
