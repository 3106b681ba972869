/**
 * The paragraphs of a statement's Competition in Connections (CIC) fee tables, found by their
 * roles, e.g. "001 §7.17 Part D; 001 §7.18 Part E"; '' where the statement has none.
 */
import type { StatementFile, StatementTableRole } from './types';

const CIC_ROLES: ReadonlySet<StatementTableRole> = new Set([
  'cic-assessment-design',
  'cic-design-approval',
  'cic-final-works',
  'cic-inspection',
]);

export function cicTablesCitation(statement: Pick<StatementFile, 'tables'>): string {
  return statement.tables
    .filter((t) => t.role && CIC_ROLES.has(t.role))
    .map((t) => t.citation)
    .join('; ');
}
