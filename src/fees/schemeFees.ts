/**
 * The fees of one scheme of an estimate file: the engine's `schemeFees` (src/engine/fees)
 * with the file's connection and project facts. The fees panel shows what this returns;
 * the exports read the same fees from the engine's result.
 */
import { schemeFees as engineSchemeFees, type SchemeFees } from '../engine/fee-schedule/schemeFees';
import type { CostLineInput } from '../engine/types';
import { feeProject } from '../estimate-file/feeProject';
import type { EstimateFile } from '../estimate-file/types';
import type { StatementFile } from '../statements/types';

export type { SchemeFees } from '../engine/fee-schedule/schemeFees';

const CIC_ROLES: readonly (string | null | undefined)[] = [
  'cic-assessment-design',
  'cic-design-approval',
  'cic-final-works',
  'cic-inspection',
];

/** The paragraphs of the statement's CIC fee tables, e.g. "001 §7.17 Part D; 001 §7.18 Part E". */
export function cicTablesCitation(statement: Pick<StatementFile, 'tables'>): string {
  return statement.tables
    .filter((t) => CIC_ROLES.includes(t.role))
    .map((t) => t.citation)
    .join('; ');
}

export function schemeFees(
  file: EstimateFile,
  lines: readonly CostLineInput[],
  statement: StatementFile,
): SchemeFees {
  return engineSchemeFees(file.inputs.connection, feeProject(file.project), lines, statement);
}
