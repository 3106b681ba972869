/**
 * The fees a scheme attracts under its statement (its fee categories, 001 §7 Parts A–E, G, H): the estimate's
 * connection details and the scheme's lines go to the fee classifier, its category to the
 * fee summary. Pure: the panel only displays what this returns.
 */
import Decimal from 'decimal.js';
import type { CostLineInput, Explanation, PocVoltage } from '../engine/types';
import type { EstimateFile } from '../estimate-file/types';
import { isLvExtensionLine } from '../guidance/qasConnection';
import { lineVoltage, namedVoltage, rowVoltages } from '../guidance/schemeVoltage';
import {
  classifyFees,
  classifyOptionsFromStatement,
  type FeeClassification,
  type FeeConnection,
} from '../statements/classifyFees';
import { feeSummary, type FeeSummary } from '../statements/feeSummary';
import type { StatementFile, StatementRow, StatementTable } from '../statements/types';

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
      feeTables: Pick<StatementTable, 'id' | 'title' | 'citation'>[];
    }
  | { ok: false; reason: string };

/** The connection as the classifier reads it, from the estimate and one scheme's lines. */
export function feeConnection(
  file: EstimateFile,
  lines: readonly CostLineInput[],
  statement: Pick<StatementFile, 'tables'>,
): FeeConnection {
  const c = file.inputs.connection;
  const rows = new Map<string, StatementRow>();
  for (const t of statement.tables) for (const r of t.rows) rows.set(r.id, r);
  return {
    type: c.type,
    importCapacityKva: c.importCapacityKva,
    exportCapacityKva: c.exportCapacityKva ?? null,
    phases: c.phases,
    pocVoltage: c.pocVoltage,
    premises: Math.max(1, Math.trunc(file.project.connections || 1)),
    needsLvExtension: lines.some((l) => isLvExtensionLine(l, rows)),
    isDomestic: file.project.premisesType === 'domestic',
  };
}

/** "HV cable" → HV, "33kV circuit" → EHV; null when the words name no voltage. */
export function describedVoltage(description: string): PocVoltage | null {
  if (/\bEHV\b/.test(description)) return 'EHV';
  if (/\bHV\b/.test(description)) return 'HV';
  return namedVoltage(description);
}

// 002's fee rows carry their own keys (application fees by voltage, design approval by
// plots), not categories the statement's `feeCategories` list.
const hasCategoryRows = (statement: StatementFile): boolean => {
  const keys = new Set(statement.feeCategories?.categories.map((c) => c.key));
  return statement.tables.some(
    (t) => t.role && t.rows.some((r) => r.feeCategory && keys.has(r.feeCategory)),
  );
};

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
  const isIcp = file.project.icpDoesContestable;
  try {
    // Decimal throws on text that is not a number; say so rather than show a wrong band.
    new Decimal(file.inputs.connection.importCapacityKva || '0');
    new Decimal(file.inputs.connection.exportCapacityKva || '0');
  } catch {
    return {
      ok: false,
      reason:
        'The connection capacity in Details is not a number, so no fee category can be chosen.',
    };
  }
  const voltages = rowVoltages(statement);
  // Each line at the voltage it works at (its statement row's, else its asset level's),
  // so the category follows the highest voltage including reinforcement (Part B Note 1).
  // A line with neither counts at the voltage its description names ("150m of HV cable"),
  // and the explanation says so, so the user can set its voltage level if that is wrong.
  const assumed: Explanation[] = [];
  const schemeLines = lines.map((l) => {
    const known = lineVoltage(l, voltages);
    if (known) return { voltage: known };
    const named = describedVoltage(l.description);
    if (named) {
      assumed.push({
        text: `“${l.description}” has no voltage level; its description names ${named}, so it counts as ${named}.`,
        citation: statement.feeCategories?.citations.highestVoltage ?? '',
      });
    }
    return { voltage: named };
  });
  try {
    const classified = classifyFees(
      statement.feeCategories,
      feeConnection(file, lines, statement),
      schemeLines,
      classifyOptionsFromStatement(statement),
    );
    const classification = {
      ...classified,
      explanation: [...assumed, ...classified.explanation],
    };
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
