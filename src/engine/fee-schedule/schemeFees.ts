/**
 * The fees a scheme attracts under its statement (its fee categories, 001 §7 Parts A–E, G, H):
 * the connection, the project facts and the scheme's lines go to the fee classifier, its
 * category to the fee summary. Pure: the fees panel and the exports show what this returns.
 */
import Decimal from 'decimal.js';
import type { ConnectionInput, CostLineInput } from '../types';
import {
  classifyFees,
  classifyOptionsFromStatement,
  type FeeClassification,
  type FeeConnection,
} from './classifyFees';
import { feeSummary, type FeeSummary } from './feeSummary';
import { isLvExtensionLine, lineVoltage, rowVoltages } from './schemeVoltage';
import type { FeeProject, FeeRow, FeeSchedule, FeeTable } from './types';

export type SchemeFees =
  | {
      ok: true;
      classification: FeeClassification;
      summary: FeeSummary;
      /** The project says an ICP does the Contestable Work (Details). */
      isIcp: boolean;
      /** The statement prices fees by connection category (001 Parts A–E). */
      hasCategoryTables: boolean;
      /** The statement's fee tables, named for reference when they are not by category. */
      feeTables: Pick<FeeTable, 'id' | 'title' | 'citation'>[];
    }
  | { ok: false; reason: string };

/** The connection as the classifier reads it, from the connection, the project and one scheme's lines. */
export function feeConnection(
  connection: ConnectionInput,
  project: FeeProject,
  lines: readonly CostLineInput[],
  statement: Pick<FeeSchedule, 'tables'>,
): FeeConnection {
  const rows = new Map<string, FeeRow>();
  for (const t of statement.tables) for (const r of t.rows) rows.set(r.id, r);
  return {
    type: connection.type,
    importCapacityKva: connection.importCapacityKva,
    exportCapacityKva: connection.exportCapacityKva ?? null,
    phases: connection.phases,
    pocVoltage: connection.pocVoltage,
    premises: Math.max(1, Math.trunc(project.premises || 1)),
    needsLvExtension: lines.some((l) => isLvExtensionLine(l, rows)),
    isDomestic: project.isDomestic,
  };
}

// 002's fee rows carry their own keys (application fees by voltage, design approval by
// plots), not categories the statement's `feeCategories` list.
const hasCategoryRows = (statement: FeeSchedule): boolean => {
  const keys = new Set(statement.feeCategories?.categories.map((c) => c.key));
  return statement.tables.some(
    (t) => t.role && t.rows.some((r) => r.feeCategory && keys.has(r.feeCategory)),
  );
};

/** The fees of one scheme's lines under `statement`, or why they cannot be found. */
export function schemeFees(
  connection: ConnectionInput,
  project: FeeProject,
  lines: readonly CostLineInput[],
  statement: FeeSchedule,
): SchemeFees {
  const isIcp = project.icpDoesContestableWork;
  try {
    // Decimal throws on text that is not a number; say so rather than show a wrong band.
    new Decimal(connection.importCapacityKva || '0');
    new Decimal(connection.exportCapacityKva || '0');
  } catch {
    return {
      ok: false,
      reason:
        'The connection capacity in Details is not a number, so no fee category can be chosen.',
    };
  }
  const voltages = rowVoltages(statement);
  // Each line at the voltage it works at (its statement row's, else its own `voltage`, else
  // its asset level's), so the category follows the highest voltage including reinforcement
  // (Part B Note 1). A line with none of these adds no voltage.
  const schemeLines = lines.map((l) => ({ voltage: lineVoltage(l, voltages) }));
  try {
    const classification = classifyFees(
      statement.feeCategories,
      feeConnection(connection, project, lines, statement),
      schemeLines,
      classifyOptionsFromStatement(statement),
    );
    return {
      ok: true,
      classification,
      summary: feeSummary(statement, classification, { icpDoesContestableWork: isIcp }),
      isIcp,
      hasCategoryTables: hasCategoryRows(statement),
      feeTables: statement.tables
        .filter((t) => t.kind === 'fees')
        .map(({ id, title, citation }) => ({ id, title, citation })),
    };
  } catch (e) {
    return {
      ok: false,
      reason: `The fees could not be looked up: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}
