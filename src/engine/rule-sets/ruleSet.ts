import type {
  ConnectionInput,
  Money,
  OmParameters,
  OneVoltageTable,
  RuleCitationKey,
  RuleParameters,
  RuleSetId,
} from '../types';

/** One rule a rule set applies, with the paragraphs it comes from (listed in docs/engine-rules.md). */
export interface RuleListing {
  /** What the rule does, in plain words. */
  rule: string;
  /** Where it comes from, e.g. "001 §4.33". */
  paragraphs: string;
}

/** A place where the documents leave a choice, and the choice this app makes. */
export interface Reading {
  id: string;
  /** The question the documents leave open. */
  question: string;
  /** The reading the engine applies. */
  chosen: string;
  /** The other reading(s), and what they would change. */
  alternative: string;
  /** Where the question comes from. */
  source: string;
}

/**
 * What decides which reinforcement a connection contributes to: a table of operator-funded
 * cells (001 §4.36 and its kin), or, for Access SCR demand, a £/kVA threshold instead.
 */
export type Apportionment =
  | {
      kind: 'table';
      table: OneVoltageTable;
      citation: string;
      fundedRule: 'one-voltage-funded' | 'access-scr-generation-funded';
      /** Why a funded cell is funded, given "<asset level> with a Point of Connection at <voltage>". */
      fundedText: (where: string) => string;
    }
  | { kind: 'demand-threshold'; perKva: Money; citation: string };

/**
 * How the CAFs of one line combine when the line names a section for each driver:
 * 'named-driver': the CAF of the driver the line names (001 §4.33); 'highest-on-same-asset':
 * the higher of the two CAFs worked out for the same asset (002 Sch 4 §4.1 Ex 5). A line naming
 * one section is charged by that section's CAF under both (001 §4.33, 002 §2.3).
 */
export type CafCombination = 'named-driver' | 'highest-on-same-asset';

/**
 * One charging methodology. The engine asks the chosen rule set every question on which
 * methodologies differ, and never asks which rule set it is.
 */
export interface RuleSet {
  readonly id: RuleSetId;
  readonly label: string;
  /** 'statement': a statement's own published methodology; 'reading': this app's reading of rules no statement prints. */
  readonly kind: 'statement' | 'reading';
  /** The rules this set applies where the methodologies differ, each with its paragraphs. */
  readonly rules: readonly RuleListing[];
  /** Where the documents leave a choice, the reading this rule set takes. */
  readonly readings: readonly Reading[];
  /** Why this rule set cannot be used with a statement's parameters, or null when it can. */
  unavailableReason(params: RuleParameters): string | null;
  /** The paragraph shown as the source of the rule set as a whole. */
  citation(params: RuleParameters): string;
  /** What is apportioned for this connection. */
  apportionment(params: RuleParameters, connection: ConnectionInput): Apportionment;
  /** How a line's Security and Fault Level CAFs combine. */
  readonly cafCombination: CafCombination;
  /** The citation for the generation £/kW high-cost threshold. */
  generationThresholdCitation(params: RuleParameters): string;
  /** Speculative developments: reinforcement in full (001 §4.18) or apportioned by the CAF (002 §2.4.2). */
  readonly speculative: 'reinforcement-in-full' | 'apportioned';
  /** Reinforcement for a Temporary Connection is treated as Extension Assets (Exception 3). */
  readonly temporary: 'extension-assets';
  /** Whether 001 §4.37–4.38 small-premises funding is part of the methodology. */
  readonly smallPremises: boolean;
  /** The citation for the ECCR prescribed period. */
  eccrPeriodCitation(params: RuleParameters): string;
  /** The O&M methods the methodology describes. */
  readonly omMethods: readonly OmParameters['method'][];
  /** The statement's citation for a rule key (a rule set may supply one the statement lacks). */
  cite(params: RuleParameters, key: RuleCitationKey): string;
}
