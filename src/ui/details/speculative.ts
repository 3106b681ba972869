import { inBrackets } from '../../statements/ruleCitation';
import { citedInBrackets, statementCitation } from '../../statements/statementCitation';
import type { StatementFile } from '../../statements/types';

/**
 * The characteristics of a Speculative Development (001 §4.46), for the self-check: the
 * questions are asked under any statement; the paragraph is cited only where the chosen
 * statement lists them.
 */
export const SPECULATIVE_SIGNS: readonly string[] = [
  'Little or no information on the electrical load of the individual premises (and so of the whole development)',
  'The phasing of the development, or its timing, is unknown or unclear',
  'A significant part of the capacity is for future expansion rather than immediate needs of end users',
  'The capacity is for future speculative phases rather than the initial known phases',
  'Only infrastructure is provided, with few or no connections to end users’ premises (e.g. mains along a spine road)',
];

export function speculativeConclusion(
  ticked: readonly boolean[],
  statement: StatementFile | null | undefined,
): string {
  const n = ticked.filter(Boolean).length;
  const cited = statementCitation(statement, 'speculativeCharacteristics');
  const these = cited ? `the ${cited} characteristics` : 'these characteristics';
  if (n === 0) {
    return `None of ${these} apply: the development is unlikely to be treated as speculative.`;
  }
  return `${n} of ${these} ${n === 1 ? 'applies' : 'apply'}: the operator may treat the development as speculative${citedInBrackets(statement, 'speculativeDevelopment')}. If it does, reinforcement is charged in full${inBrackets(statement, 'speculative')}. Giving more certainty about loads and phasing can change that.`;
}
