/**
 * Does the Quotation Accuracy Scheme cover this connection (001 §7.9)? Decided from the
 * estimate's connection details against the 001 §7.7 definitions of a Single LV Service
 * Demand Connection and a Small Project Demand Connection (a), (b) and the single
 * Premises two- or three-phase case, and which statement rows the check can use (F1, F2).
 * The reasons cite the chosen statement's paragraphs (its fee categories' `qas` and
 * `wholeCurrent` citations), or none.
 */
import Decimal from 'decimal.js';
import type { ConnectionType } from '../engine/types';
import type { EstimateFile } from '../estimate-file/types';
import type { VoltageLevel } from '../engine/fee-schedule/classifyFees';
import type { StatementFile, StatementRow, StatementTable } from '../statements/types';
import type { QasConnectionKind } from './quoteAccuracy';
import { isLvExtensionLine, schemeHighestVoltage } from '../engine/fee-schedule/schemeVoltage';
import { decimalParameter } from './statementParameters';

/** The facts the 001 §7.7 definitions turn on; the user may correct them for the quote. */
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
  /** The 001 §7.7 definition met, in the statement's words; null when none is. */
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
  return new Decimal(kvaPerPremises).dividedBy(new Decimal(PHASE_NEUTRAL_KV).times(phases));
}

/** Applies the 001 §7.7 definitions to the facts (§7.9: only these are covered). */
export function decideQas(
  f: QasFacts,
  statement: Pick<StatementFile, 'parameters' | 'feeCategories'> | null,
): QasApplicability {
  const coverage = statement?.feeCategories?.citations.qas ?? '';
  const definitions = statement?.feeCategories?.citations.wholeCurrent ?? '';
  // " (001 §7.7)" after a reason, or nothing where the statement gives no paragraph.
  const scope = coverage ? ` (${coverage})` : '';
  const defined = definitions ? ` (${definitions})` : '';
  const reasons: string[] = [];
  const no = (reason: string): QasApplicability => ({
    kind: 'other',
    definition: null,
    reasons: [...reasons, reason],
    citation: coverage,
  });
  if (f.type !== 'demand') {
    return no(`This is a ${f.type} connection; the scheme covers demand connections only${scope}.`);
  }
  if (f.highestVoltage !== 'LV') {
    return no(
      `The highest voltage of the assets, including associated works, is ${f.highestVoltage}; both definitions need it to be low voltage${defined}.`,
    );
  }
  reasons.push('A demand connection whose assets are all at low voltage.');
  if (f.premises === 1 && f.phases === 1 && !f.extendsLvNetwork) {
    reasons.push('One Premises, single-phase, with only a service line and fuses.');
    return {
      kind: 'single-lv-service',
      definition: 'Single LV Service Demand Connection',
      reasons,
      citation: coverage,
    };
  }
  if (f.hasDisturbingLoad) {
    return no(
      `The estimate records equipment that may disturb other customers; a Small Project excludes such loads${defined}.`,
    );
  }
  const maxAmps = decimalParameter(statement, 'smallProjectMaxAmpsPerPhase')?.value ?? '100';
  const amps = ampsPerPhase(f.kvaPerPremises, f.phases);
  const ampsText = amps.toDecimalPlaces(1).toString();
  if (amps.gt(maxAmps)) {
    return no(
      `About ${ampsText} A per phase per Premises (${f.kvaPerPremises} kVA over ${f.phases} phase${f.phases === 1 ? '' : 's'} at 230 V) is more than the ${maxAmps} A whole-current limit of a Small Project${defined}.`,
    );
  }
  reasons.push(
    `About ${ampsText} A per phase per Premises: within ${maxAmps} A, so whole-current metering.`,
  );
  if (f.isDomestic && !f.extendsLvNetwork && f.phases === 1 && f.premises > 1 && f.premises < 5) {
    reasons.push(
      `${f.premises} single-phase domestic connections with only service lines and fuses.`,
    );
    return {
      kind: 'small-project',
      definition: 'Small Project Demand Connection (a)',
      reasons,
      citation: coverage,
    };
  }
  if (f.isDomestic && f.extendsLvNetwork && f.phases !== 3 && f.premises < 5) {
    reasons.push(
      `${f.premises} single- or two-phase domestic connection${f.premises === 1 ? '' : 's'} with an extension of the LV network.`,
    );
    return {
      kind: 'small-project',
      definition: 'Small Project Demand Connection (b)',
      reasons,
      citation: coverage,
    };
  }
  if (f.premises === 1 && f.phases !== 1 && !f.extendsLvNetwork) {
    reasons.push(`One Premises with a ${f.phases}-phase service line and fuses only.`);
    return {
      kind: 'small-project',
      definition: 'Small Project Demand Connection (single Premises, two- or three-phase)',
      reasons,
      citation: coverage,
    };
  }
  if (f.premises >= 5) {
    return no(`${f.premises} connections: a Small Project is fewer than five${defined}.`);
  }
  if (!f.isDomestic) {
    return no(`Several Premises or an LV extension qualify only for domestic Premises${defined}.`);
  }
  return no(
    f.phases === 3
      ? `Three-phase connections to several Premises, or with an LV extension, are not a Small Project${defined}.`
      : `The connection matches none of the statement’s definitions${defined}.`,
  );
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
