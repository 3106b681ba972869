import type { EstimateResult, IsoDate, RuleParameters, RuleSetId } from './types';

export type RuleSetChoice = EstimateResult['ruleSet'] & {
  /** How Security and Fault Level CAFs combine under this rule set. */
  cafInteraction: RuleParameters['cafInteraction'];
};

export const RULE_SET_LABELS: Record<RuleSetId, string> = {
  cccm: 'Common Connection Charging Methodology (statement rules before the Access SCR)',
  'spm-2008': 'SP Manweb 2008 methodology (highest CAF on the whole reinforcement cost)',
  'gb-access-scr-2023': 'GB Access SCR rules (from 1 April 2023)',
};

/**
 * Which rule set applies: the override if given; otherwise the GB Access SCR rules when the
 * application date is on or after the statement's Access SCR date; otherwise the statement's
 * own methodology. ISO dates compare correctly as strings.
 */
export function chooseRuleSet(
  rules: RuleParameters,
  applicationDate: IsoDate,
  override?: RuleSetId | null,
): RuleSetChoice {
  if (override) {
    const ownMethodology = override === rules.methodology;
    const cafInteraction =
      override === 'gb-access-scr-2023' || ownMethodology
        ? rules.cafInteraction
        : override === 'spm-2008'
          ? 'highest-caf-whole-cost'
          : 'per-driver';
    return {
      id: override,
      label: RULE_SET_LABELS[override],
      reason: `You chose the ${RULE_SET_LABELS[override]} instead of the rule set the statement and application date (${applicationDate}) would select.`,
      citation:
        override === 'gb-access-scr-2023'
          ? rules.citations.accessScrDemand
          : rules.citations.cafInteraction,
      cafInteraction,
    };
  }
  if (rules.accessScr && applicationDate >= rules.accessScr.from) {
    return {
      id: 'gb-access-scr-2023',
      label: RULE_SET_LABELS['gb-access-scr-2023'],
      reason: `The application date ${applicationDate} is on or after ${rules.accessScr.from}, when the GB Access SCR charging rules took effect.`,
      citation: rules.citations.accessScrDemand,
      cafInteraction: rules.cafInteraction,
    };
  }
  const id = rules.methodology;
  return {
    id,
    label: RULE_SET_LABELS[id],
    reason: rules.accessScr
      ? `The application date ${applicationDate} is before ${rules.accessScr.from}, so the statement's own methodology applies.`
      : "The statement's own methodology applies (it sets no Access SCR date).",
    citation: rules.citations.cafInteraction,
    cafInteraction: rules.cafInteraction,
  };
}
