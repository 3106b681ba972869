import type { IsoDate, RuleParameters, RuleSetId } from '../types';
import { cccm } from './cccm';
import { gbAccessScr } from './gbAccessScr';
import type { RuleSet } from './ruleSet';
import { spm2008 } from './spm2008';

export { ruleSetDocs, allReadings } from './ruleSetDocs';
export type { Apportionment, CafCombination, Reading, RuleListing, RuleSet } from './ruleSet';

/** The statement methodologies, by the id a statement file names in `rules.methodology`. */
export const METHODOLOGIES: Readonly<Record<RuleParameters['methodology'], RuleSet>> = {
  cccm,
  'spm-2008': spm2008,
};

/** Every rule set a user can choose, built over a statement's own methodology. */
export function ruleSetsFor(params: RuleParameters): Record<RuleSetId, RuleSet> {
  const own = METHODOLOGIES[params.methodology];
  return { cccm, 'spm-2008': spm2008, 'gb-access-scr-2023': gbAccessScr(own) };
}

export interface RuleSetChoice {
  id: RuleSetId;
  label: string;
  reason: string;
  citation: string;
  /** The rule set the engine asks. */
  ruleSet: RuleSet;
}

/**
 * Which rule set applies: the chosen statement's own methodology, always, unless the user
 * explicitly chose another (001 §1.25: the methodology "which we will use to calculate
 * Connection Charges"; §2.15: the one current when the offer is made). The application date
 * never switches rule sets by itself.
 */
export function chooseRuleSet(
  params: RuleParameters,
  applicationDate: IsoDate,
  override?: RuleSetId | null,
): RuleSetChoice {
  const all = ruleSetsFor(params);
  const own = all[params.methodology];
  const chosen = override ? all[override] : own;
  const isOwn = chosen === own;
  return {
    id: chosen.id,
    label: chosen.label,
    reason: isOwn
      ? `The statement's own charging methodology applies (the application date ${applicationDate} does not change it).`
      : chosen.kind === 'reading'
        ? "You chose this app's reading of the GB Access SCR rules instead of the statement's own methodology; they are not printed in the statement."
        : `You chose the ${chosen.label} instead of the statement's own methodology.`,
    citation: chosen.citation(params),
    ruleSet: chosen,
  };
}

/** The rule set to compare with in the one-line "what the other reading gives": Access SCR ↔ the statement's own. */
export function otherRuleSet(params: RuleParameters, current: RuleSet): RuleSet | null {
  const all = ruleSetsFor(params);
  const own = all[params.methodology];
  const other = current.kind === 'reading' ? own : all['gb-access-scr-2023'];
  return other.unavailableReason(params) === null ? other : null;
}

export const RULE_SET_LABELS: Record<RuleSetId, string> = {
  cccm: cccm.label,
  'spm-2008': spm2008.label,
  'gb-access-scr-2023': gbAccessScr(cccm).label,
};

/**
 * The choices a user is offered: the statement's own rules (no override) or this app's
 * reading of the Access SCR; a file that already names another methodology keeps it listed,
 * so it can be seen and undone.
 */
export function ruleSetChoices(
  current: RuleSetId | null,
): { value: RuleSetId | ''; label: string }[] {
  const choices: { value: RuleSetId | ''; label: string }[] = [
    { value: '', label: 'The statement’s own rules' },
    { value: 'gb-access-scr-2023', label: RULE_SET_LABELS['gb-access-scr-2023'] },
  ];
  if (current && !choices.some((c) => c.value === current)) {
    choices.push({ value: current, label: RULE_SET_LABELS[current] });
  }
  return choices;
}
