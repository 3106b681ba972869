/**
 * Does the Quotation Accuracy Scheme cover this connection (001 §7.9)? Decided from the
 * estimate's connection details against the chosen statement's definitions (its
 * `feeCategories.qasDefinitions`: 001 §7.7 defines a Single LV Service Demand Connection and
 * a Small Project Demand Connection), and which statement rows the check can use (F1, F2).
 * The reasons cite the chosen statement's paragraphs (its fee categories' `qas` and
 * `wholeCurrent` citations), or none.
 */
import Decimal from 'decimal.js';
import type { ConnectionType } from '../engine/types';
import type { EstimateFile } from '../estimate-file/types';
import type { VoltageLevel } from '../engine/fee-schedule/classifyFees';
import type { StatementFile, StatementRow, StatementTable } from '../statements/types';
import type { QasConnectionKind } from './quoteAccuracy';
import type { QasDefinition } from '../engine/fee-schedule/types';
import {
  ampsPerPhase as enginAmpsPerPhase,
  failedQasTest,
  meetsQasDefinition,
  type QasTest,
} from '../engine/fee-schedule/qasDefinitions';
import { isLvExtensionLine, schemeHighestVoltage } from '../engine/fee-schedule/schemeVoltage';
import { decimalParameter } from './statementParameters';

/** The facts the statement's QAS definitions turn on; the user may correct them for the quote. */
export interface QasFacts {
  type: ConnectionType;
  /** Number of Premises (connections) in the scheme. */
  premises: number;
  phases: 1 | 2 | 3;
  /** Highest voltage of the assets at the Point of Connection and associated works. */
  highestVoltage: VoltageLevel;
  /** The scheme extends the existing LV network (rather than services from a passing main). */
  extendsLvNetwork: boolean;
  isDomestic: boolean;
  /** Capacity per Premises, kVA (for the 100 A per phase whole-current test). */
  kvaPerPremises: string;
  /** A load that could reasonably be expected to disturb other customers. */
  hasDisturbingLoad: boolean;
}

export interface QasApplicability {
  kind: QasConnectionKind;
  /** The statement's definition met, in its words; null when none is. */
  definition: string | null;
  /** Why, in plain words, one sentence per test. */
  reasons: string[];
  citation: string;
}

/** Nominal LV phase-to-neutral voltage, kV, for amperes per phase. */
const PHASE_NEUTRAL_KV = '0.23';

/** The QAS tables: 001 §7.9 "The cost tables for these projects are given in tables F1 and F2". */
export function qasTables(statement: Pick<StatementFile, 'tables'>): StatementTable[] {
  return statement.tables.filter((t) => /-F[12]$/.test(t.id));
}

export function qasRowIndex(statement: Pick<StatementFile, 'tables'>): Map<string, StatementRow> {
  const index = new Map<string, StatementRow>();
  for (const table of qasTables(statement)) for (const row of table.rows) index.set(row.id, row);
  return index;
}

function rowIndex(statement: Pick<StatementFile, 'tables'>): Map<string, StatementRow> {
  const index = new Map<string, StatementRow>();
  for (const table of statement.tables) for (const row of table.rows) index.set(row.id, row);
  return index;
}

/** The facts, read from the estimate's connection details and Minimum Scheme lines. */
export function qasFactsFromEstimate(
  file: EstimateFile,
  statement: Pick<StatementFile, 'tables'> | null,
): QasFacts {
  const c = file.inputs.connection;
  const lines = file.inputs.schemes.minimum.lines;
  const rows = statement ? rowIndex(statement) : new Map<string, StatementRow>();
  const voltage = schemeHighestVoltage(c.pocVoltage, lines, statement);
  const premises = Math.max(1, Math.trunc(file.project.connections || 1));
  let perPremises: string;
  try {
    perPremises = new Decimal(c.importCapacityKva || '0').dividedBy(premises).toString();
  } catch {
    // An unparsable capacity is reported by the editor; here it counts as none.
    perPremises = '0';
  }
  return {
    type: c.type,
    premises,
    phases: c.phases,
    highestVoltage: voltage,
    extendsLvNetwork: lines.some((l) => isLvExtensionLine(l, rows)),
    isDomestic: file.project.premisesType === 'domestic',
    kvaPerPremises: perPremises,
    hasDisturbingLoad: file.project.disturbingEquipment.present,
  };
}

/** Amperes per phase for a capacity per Premises, at the nominal 230 V phase to neutral. */
export function ampsPerPhase(kvaPerPremises: string, phases: number): Decimal {
  return enginAmpsPerPhase(kvaPerPremises, phases, PHASE_NEUTRAL_KV);
}

const PHASE_WORDS: Record<1 | 2 | 3, string> = { 1: 'single', 2: 'two', 3: 'three' };

/** "single-phase", "single- or two-phase", "two- or three-phase". */
function phasesText(phases: readonly (1 | 2 | 3)[]): string {
  const words = phases.map((p) => PHASE_WORDS[p]);
  return words.length === 1
    ? `${words[0]}-phase`
    : `${words.slice(0, -1).join('-, ')}- or ${words.at(-1)}-phase`;
}

function premisesText(range: QasDefinition['premises']): string {
  const { min, max } = range ?? {};
  if (min !== undefined && min === max) return min === 1 ? 'single Premises' : `${min} Premises`;
  if (min !== undefined && max !== undefined) return `${min} to ${max} Premises`;
  return max !== undefined ? `at most ${max} Premises` : `at least ${min ?? 1} Premises`;
}

/** Why a definition does not fit, in plain words, from the test it fails. */
function whyNot(test: QasTest, d: QasDefinition, f: QasFacts, ampsText: string, maxAmps: string) {
  switch (test) {
    case 'group':
      return `this is a ${f.type} connection and it covers ${d.group} connections only`;
    case 'voltage':
      return `the highest voltage of the assets, including associated works, is ${f.highestVoltage} and it needs ${(d.voltages ?? []).join(' or ')}`;
    case 'disturbingLoad':
      return 'the estimate records equipment that may disturb other customers, and it excludes such loads';
    case 'wholeCurrent':
      return `about ${ampsText} A per phase per Premises (${f.kvaPerPremises} kVA over ${f.phases} phase${f.phases === 1 ? '' : 's'} at 230 V) is more than the ${maxAmps} A whole-current limit`;
    case 'domestic':
      return 'the Premises are not domestic, and it needs domestic Premises';
    case 'premises':
      return `${f.premises} Premises, and it needs ${premisesText(d.premises)}`;
    case 'phases':
      return `a ${phasesText([f.phases])} connection, and it needs ${phasesText(d.phases ?? [])}`;
    case 'extension':
      return d.extendsLvNetwork
        ? 'the work does not extend the LV network, and it needs an extension of it'
        : 'the work extends the LV network, and it allows only service lines and fuses';
  }
}

/**
 * Applies the statement's Quotation Accuracy Scheme definitions (its `qasDefinitions`,
 * 001 §7.7; §7.9: only these are covered) to the facts: the first it meets, or why each
 * does not fit.
 */
export function decideQas(
  f: QasFacts,
  statement: Pick<StatementFile, 'parameters' | 'feeCategories'> | null,
): QasApplicability {
  const coverage = statement?.feeCategories?.citations.qas ?? '';
  const definitionsCitation = statement?.feeCategories?.citations.wholeCurrent ?? '';
  const definitions = statement?.feeCategories?.qasDefinitions ?? [];
  if (definitions.length === 0) {
    return {
      kind: 'other',
      definition: null,
      reasons: ['The statement defines no connections covered by a Quotation Accuracy Scheme.'],
      citation: coverage,
    };
  }
  const maxAmps = decimalParameter(statement, 'smallProjectMaxAmpsPerPhase')?.value ?? '100';
  const amps = ampsPerPhase(f.kvaPerPremises, f.phases);
  const ampsText = amps.toDecimalPlaces(1).toString();
  const facts = {
    ...f,
    wholeCurrent: amps.lte(maxAmps),
    hasDisturbingLoad: f.hasDisturbingLoad,
  };
  const met = meetsQasDefinition(definitions, facts);
  if (met) {
    const reasons = [
      `A ${f.type} connection whose assets are all at ${f.highestVoltage === 'LV' ? 'low voltage' : f.highestVoltage}.`,
    ];
    if (met.wholeCurrent) {
      reasons.push(
        `About ${ampsText} A per phase per Premises: within ${maxAmps} A, so whole-current metering.`,
      );
    }
    reasons.push(met.summary);
    return { kind: 'covered', definition: met.name, reasons, citation: coverage };
  }
  const defined = definitionsCitation ? ` (${definitionsCitation})` : '';
  // One reason per distinct why, naming every definition it rules out.
  const why = new Map<string, string[]>();
  for (const d of definitions) {
    const text = whyNot(failedQasTest(d, facts) ?? 'group', d, f, ampsText, maxAmps);
    why.set(text, [...(why.get(text) ?? []), d.name]);
  }
  const reasons = [...why].map(([text, names]) => {
    const list =
      names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
    return `Not a ${list}: ${text}${defined}.`;
  });
  return { kind: 'other', definition: null, reasons, citation: coverage };
}

export interface QasLineLink {
  rowId: string;
  quantity: string;
  /** Descriptions of the estimate lines combined into this row. */
  lines: string[];
}

/**
 * The estimate's Minimum Scheme lines priced from the QAS rows (F1, F2), quantities summed
 * per row; `others` are the lines that are not in those tables (left out of the check).
 */
export function qasLinksFromEstimate(
  file: EstimateFile,
  statement: Pick<StatementFile, 'tables'>,
): { links: QasLineLink[]; others: string[] } {
  const rows = qasRowIndex(statement);
  const byRow = new Map<string, QasLineLink>();
  const others: string[] = [];
  for (const line of file.inputs.schemes.minimum.lines) {
    const id = line.statementItemId;
    if (!id || !rows.has(id)) {
      others.push(line.description || '(no description)');
      continue;
    }
    let qty: Decimal;
    try {
      qty = new Decimal(line.quantity);
    } catch {
      others.push(line.description || '(no description)');
      continue;
    }
    const link = byRow.get(id);
    if (link) {
      link.quantity = new Decimal(link.quantity).plus(qty).toString();
      link.lines.push(line.description);
    } else {
      byRow.set(id, { rowId: id, quantity: qty.toString(), lines: [line.description] });
    }
  }
  return { links: [...byRow.values()], others };
}
