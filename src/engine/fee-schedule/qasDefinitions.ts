/**
 * Which of a statement's Quotation Accuracy Scheme definitions a connection meets (001 §7.7
 * defines a Single LV Service Demand Connection and a Small Project Demand Connection; §7.9:
 * the scheme applies only to these). The definitions are the statement's data
 * (`feeCategories.qasDefinitions`, docs/statement-file.md); this only tests a connection's
 * facts against them, in a fixed order, so the first test a definition fails says why it
 * does not fit. Pure.
 */
import Decimal from 'decimal.js';
import type { ConnectionType, DecimalString, PocVoltage } from '../types';
import type { QasDefinition } from './types';

/** The facts the definitions turn on. */
export interface QasDefinitionFacts {
  type: ConnectionType;
  highestVoltage: PocVoltage;
  /** Number of Premises connected. */
  premises: number;
  phases: 1 | 2 | 3;
  /** The work extends the LV network (rather than only service lines from an existing main). */
  extendsLvNetwork: boolean;
  /** Null where not stated: a definition that needs domestic Premises assumes them. */
  isDomestic: boolean | null;
  /** Whole-current metered, fused at the statement's limit or less per phase. */
  wholeCurrent: boolean;
  /** A load that could reasonably be expected to disturb other customers; null where not known. */
  hasDisturbingLoad: boolean | null;
}

/** The tests in the order they are applied; a definition that fails one is described by it. */
export type QasTest =
  | 'group'
  | 'voltage'
  | 'disturbingLoad'
  | 'wholeCurrent'
  | 'domestic'
  | 'premises'
  | 'phases'
  | 'extension';

/** The first test the facts fail for a definition; null when the definition fits. */
export function failedQasTest(d: QasDefinition, f: QasDefinitionFacts): QasTest | null {
  if (f.type !== d.group) return 'group';
  if (d.voltages && !d.voltages.includes(f.highestVoltage)) return 'voltage';
  if (d.excludesDisturbingLoad && f.hasDisturbingLoad === true) return 'disturbingLoad';
  if (d.wholeCurrent && !f.wholeCurrent) return 'wholeCurrent';
  if (d.domestic && f.isDomestic === false) return 'domestic';
  if (d.premises?.min !== undefined && f.premises < d.premises.min) return 'premises';
  if (d.premises?.max !== undefined && f.premises > d.premises.max) return 'premises';
  if (d.phases && !d.phases.includes(f.phases)) return 'phases';
  if (d.extendsLvNetwork !== undefined && d.extendsLvNetwork !== f.extendsLvNetwork) {
    return 'extension';
  }
  return null;
}

/** The first of the statement's definitions the facts meet; null when none does. */
export function meetsQasDefinition(
  definitions: readonly QasDefinition[] | null | undefined,
  f: QasDefinitionFacts,
): QasDefinition | null {
  return definitions?.find((d) => failedQasTest(d, f) === null) ?? null;
}

/** Amperes per phase of a capacity per Premises at the nominal phase-neutral kV (230 V). */
export function ampsPerPhase(
  kvaPerPremises: DecimalString,
  phases: number,
  phaseNeutralKv: DecimalString = '0.23',
): Decimal {
  return new Decimal(kvaPerPremises).dividedBy(new Decimal(phaseNeutralKv).times(phases));
}
