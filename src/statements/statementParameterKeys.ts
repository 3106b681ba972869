/**
 * The figures a statement's `parameters` may give, each with the kind of value it holds. One
 * list, so a misspelt key fails the type check where it is read and the statement validator
 * where it is written (docs/statement-file.md lists them with what each means).
 *
 * - `decimal`: a non-negative number written as a string, e.g. "1000" (exact through JSON)
 * - `count`: a whole number (days, months, years)
 * - `boolean`, `text`, `date` (an ISO date "YYYY-MM-DD")
 */
export const STATEMENT_PARAMETERS = {
  /** Capitalised O&M as a percentage of the asset value (001 §6.2). */
  omPercentage: 'decimal',
  /** A quotation's validity, days (001 §3.2). */
  quoteValidityDays: 'count',
  /** An interactive offer's validity, days (001 §2.14). */
  interactiveValidityDays: 'count',
  /** The interactive process applies above this Maximum Capacity, kVA (001 §2.14). */
  interactiveProcessAboveKva: 'decimal',
  /** The Quotation Accuracy Scheme's tolerance: this percentage or the minimum, whichever is greater (001 §7.10). */
  qasTolerancePercent: 'decimal',
  qasToleranceMinimum: 'decimal',
  /** Working days to offer a Point of Connection, cases (a)–(f) of 001 §2.32. */
  pocOfferDaysLvDemand: 'count',
  pocOfferDaysLvGeneration: 'count',
  pocOfferDaysHvDemand: 'count',
  pocOfferDaysHvGeneration: 'count',
  pocOfferDaysEhvDemand: 'count',
  pocOfferDaysOther: 'count',
  /** The largest capacity normally connected at LV, kVA (001 §3.18). */
  lvNormalMaximumKva: 'decimal',
  /** A typical home's capacity, kW (001 §3.17). */
  domesticCapacityKw: 'decimal',
  /** Small-Scale Embedded Generation: rated up to this many amperes per phase (001 §2.32, §8). */
  ssegMaxAmpsPerPhase: 'decimal',
  /** Small Project: fused at this many amperes or less per phase (001 §7.7). */
  smallProjectMaxAmpsPerPhase: 'decimal',
  /** Whether design approval and inspection of Contestable Work are charged (001 §4.58). */
  cicDesignApprovalAndInspectionCharged: 'boolean',
  /** When the connection charge is paid, in the statement's words (001 §4.2; 002 §3.3). */
  paymentTerms: 'text',
  /** The fee where obtaining land rights is contestable (002 §4.10.3). */
  landRightsFee: 'decimal',
  /** New Roads and Street Works Act discounts and payments on a diversion (002 §5.3.2). */
  nrswaTransportDiscount: 'decimal',
  nrswaHighwayBridgeDiscount: 'decimal',
  nrswaUpFrontShare: 'decimal',
  nrswaReconciliationThreshold: 'decimal',
  /** The payment with a request to extend an offer's validity (002 §3.4). */
  validityExtensionFee: 'decimal',
  /** Validity of offers and quotes, months (002 §3.4, §4.7, §2.6). */
  offerValidityMonths: 'count',
  nonContestableQuoteValidityMonths: 'count',
  interactiveOfferAcceptanceMonths: 'count',
  /** Timescales to respond (002 §3.1, §2.5.1, §4.4, §4.10.1). */
  offerTimescaleMonths: 'count',
  generatorOfferTimescaleDays: 'count',
  nonContestableQuoteWorkingDaysMin: 'count',
  nonContestableQuoteWorkingDaysMax: 'count',
  designApprovalWorkingDays: 'count',
  /** The interactive process threshold, MVA (002 §2.6). */
  interactiveThresholdMva: 'decimal',
  /** Phased payments for developments lasting at least this many months (002 §3.3). */
  phasedPaymentMinimumDevelopmentMonths: 'count',
  /** The second-comer period, years (002 §2.3.3). */
  secondComerPeriodYears: 'count',
  /** Notice periods for disconnection and removal (002 §5.4). */
  deEnergisationNoticeWorkingDays: 'count',
  lvServiceRemovalWorkingDays: 'count',
  hvSubstationRemovalNoticeMonths: 'count',
  /** The generator power factor below which charges may be levied (002 §2.5). */
  generatorPowerFactorThreshold: 'decimal',
  /** The fee for a copy of the statement (002 §1). */
  statementCopyFee: 'decimal',
  /** The date the statement's prices are current at (002 Sch 1 note (i), Sch 2). */
  pricesCurrentAt: 'date',
} as const satisfies Record<string, ParameterKind>;

export type ParameterKind = 'decimal' | 'count' | 'boolean' | 'text' | 'date';

export type StatementParameterKey = keyof typeof STATEMENT_PARAMETERS;

interface ValueOfKind {
  decimal: string;
  count: number;
  boolean: boolean;
  text: string;
  date: string;
}

/** One parameter: its value of the kind its key holds, the paragraph that gives it. */
export interface StatementParameter<V = ValueOfKind[ParameterKind]> {
  value: V;
  unit?: string;
  citation: string;
  note?: string;
}

/** The `parameters` block: each key optional, each value of its key's kind. */
export type StatementParameters = {
  [K in StatementParameterKey]?: StatementParameter<ValueOfKind[(typeof STATEMENT_PARAMETERS)[K]]>;
};

/** Keys whose values are numbers (decimal strings or counts), for the readers of figures. */
export type NumericParameterKey = {
  [K in StatementParameterKey]: (typeof STATEMENT_PARAMETERS)[K] extends 'decimal' | 'count'
    ? K
    : never;
}[StatementParameterKey];

export const STATEMENT_PARAMETER_KEYS = Object.keys(
  STATEMENT_PARAMETERS,
) as StatementParameterKey[];
