/**
 * A rule's paragraph as the chosen statement numbers it ("001 §4.30", "002 §2.3.1"), for text
 * on screen: with another operator's statement, its own paragraphs are shown.
 */
import type { RuleCitationKey } from '../engine/types';
import type { StatementFile } from './types';

export function ruleCitation(
  statement: StatementFile | null | undefined,
  key: RuleCitationKey,
): string {
  return statement?.rules.citations[key] ?? '';
}

/** The same after a phrase: " (002 §2.3.1)", or nothing while no statement is loaded. */
export function inBrackets(statement: StatementFile | null | undefined, key: RuleCitationKey) {
  const citation = ruleCitation(statement, key);
  return citation ? ` (${citation})` : '';
}

/** The same after a phrase already in brackets: ", 002 §2.3.1", or nothing. */
export function afterComma(statement: StatementFile | null | undefined, key: RuleCitationKey) {
  const citation = ruleCitation(statement, key);
  return citation ? `, ${citation}` : '';
}
