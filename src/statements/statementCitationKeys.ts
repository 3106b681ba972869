/**
 * Paragraphs the screens, exports and guidance cite that are not engine rules (those are
 * `rules.citations`): where a statement says what an estimate leaves out, what to send with
 * an application, its definitions… A statement gives those it has in its `citations`; where
 * it has no such paragraph, nothing is cited rather than another statement's paragraph.
 */
export const STATEMENT_CITATION_KEYS = [
  /** Budget estimate as against a formal offer (001 §2.9, §2.12). */
  'quoteTypes',
  /** A feasibility study: not an offer, and it may be charged for (001 §2.10). */
  'feasibilityStudy',
  /** Cost factors an estimate may leave out or assume (001 §4.10). */
  'exclusions',
  /** The characteristics of a Speculative Development (001 §4.46). */
  'speculativeCharacteristics',
  /** What a speculative development is and what follows (001 §4.45–4.52; 002 §2.4.2). */
  'speculativeDevelopment',
  /** What to send with an application (001 §2.7). */
  'applicationChecklist',
  /** Ways a customer can reduce the charge (001 §3.20). */
  'reducingCharges',
  /** When the charge is paid (001 §4.2; 002 §3.3). */
  'paymentTerms',
  /** The statement's definitions of terms (001 §8; 002 Schedule 5). */
  'definitions',
  /** Where the statement's worked examples are (001 §5; 002 Schedule 4). */
  'workedExamples',
  /** A service price that assumes a third party digs the trench on the customer's site (001 Part F3). */
  'serviceTrenchByOthers',
  /** A budget estimate is a desk-top exercise, not an offer, and cannot be accepted (001 §2.9). */
  'budgetEstimate',
  /** Published prices are ranges, not absolute limits (001 §7.3; 002 Schedule 1). */
  'priceRanges',
  /** Traffic management costs are left out of the table prices (001 §7.21, §7.25). */
  'trafficManagement',
  /** Land rights costs leave out compensation payable to third parties (001 §7.50; 002 Sch 1 note (vii)). */
  'landRightsCosts',
  /** Other charges priced on application: planning, traffic management, meetings (001 Part J). */
  'otherCharges',
  /** The Quotation Accuracy Scheme: a quote outside the tables' bands can be challenged (001 §7.8–7.12). */
  'quotationAccuracy',
  /** The statement's single-phase service row, the Quick estimate's default for homes (001 Part F3; 002 Schedule 1). */
  'singlePhaseService',
  /** A standard three-phase service of a stated size, 60 kVA (001 Parts F1, F2). */
  'threePhaseService',
] as const;

export type StatementCitationKey = (typeof STATEMENT_CITATION_KEYS)[number];
