/**
 * A paragraph of the chosen statement that is not an engine rule (statementCitationKeys.ts):
 * "001 §4.10" with Indigo Power's statement, "002 §3.3" with SP Manweb's, or nothing where
 * the statement has no such paragraph (never another statement's).
 */
import type { StatementCitationKey } from './statementCitationKeys';
import type { StatementParameterKey } from './statementParameterKeys';
import type { StatementFile } from './types';

type Cited = Pick<StatementFile, 'citations'> | null | undefined;

export function statementCitation(statement: Cited, key: StatementCitationKey): string {
  return statement?.citations?.[key] ?? '';
}

/** The same after a phrase: " (001 §4.10)", or nothing. */
export function citedInBrackets(statement: Cited, key: StatementCitationKey): string {
  const citation = statementCitation(statement, key);
  return citation ? ` (${citation})` : '';
}

/** A statement parameter's paragraph ("001 §3.18"), or nothing where it has no such figure. */
export function parameterCitation(
  statement: Pick<StatementFile, 'parameters'> | null | undefined,
  key: StatementParameterKey,
): string {
  return statement?.parameters?.[key]?.citation ?? '';
}
