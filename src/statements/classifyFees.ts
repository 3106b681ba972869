/**
 * Which fee category (the rows of 001 §7 Parts A–E) a connection falls in. Pure: no clock,
 * no I/O. The categories are the same 24 rows in each of Parts A, B, C and E (Part D lists
 * the first 20). "LV", "HV" or "EHV" is the highest voltage of the assets installed,
 * including any associated Reinforcement or diversionary works (001 §7 Part B Note 1), so
 * the scheme's lines decide it together with the voltage of connection.
 */
import Decimal from 'decimal.js';
import type { StatementFile } from './types';
import type {
  AssetLevel,
  ConnectionType,
  DecimalString,
  Explanation,
  PocVoltage,
} from '../engine/types';

export const FEE_CATEGORIES = [
  'demand-lv-single-service',
  'demand-lv-2-4-services',
  'demand-lv-1-4-premises-extension',
  'demand-lv-single-three-phase-service',
  'demand-lv-up-to-100kva',
  'demand-lv-100-250kva',
  'demand-lv-250kva-1mva',
  'demand-hv-up-to-250kva',
  'demand-hv-250kva-1mva',
  'demand-hv-1-3mva',
  'demand-hv-3-10mva',
  'demand-ehv-3-10mva',
  'demand-10-50mva',
  'demand-over-50mva',
  'generation-lv-sseg',
  'generation-lv-up-to-20kva',
  'generation-lv-20-50kva',
  'generation-lv-over-50kva',
  'generation-hv-up-to-250kva',
  'generation-hv-250kva-1mva',
  'generation-hv-over-1mva',
  'generation-ehv-up-to-10mva',
  'generation-ehv-over-10mva',
  'generation-over-50mva',
] as const;
export type FeeCategory = (typeof FEE_CATEGORIES)[number];

export const FEE_CATEGORY_LABELS: Record<FeeCategory, string> = {
  'demand-lv-single-service': 'Single LV Service Demand Connection',
  'demand-lv-2-4-services': '2 to 4 services single phase LV, no extension to LV network',
  'demand-lv-1-4-premises-extension':
    '1-4 Premises, single phase LV, extension to the LV network required',
  'demand-lv-single-three-phase-service':
    '1 three phase LV service with whole current metering to a single Premises',
  'demand-lv-up-to-100kva': 'Other LV connection(s) with a total load up to 100kVA',
  'demand-lv-100-250kva':
    'Other LV connection(s) with a total load greater than 100kVA and up to 250kVA',
  'demand-lv-250kva-1mva': 'Connection greater than 250kVA and up to 1MVA at LV',
  'demand-hv-up-to-250kva': 'Connection up to 250kVA at HV',
  'demand-hv-250kva-1mva': 'Connection greater than 250kVA and up to 1MVA at HV',
  'demand-hv-1-3mva': 'Connection greater than 1MVA and up to 3MVA at HV',
  'demand-hv-3-10mva': 'Connection greater than 3MVA and up to 10MVA at HV',
  'demand-ehv-3-10mva': 'Connection greater than 3MVA and up to 10MVA at EHV',
  'demand-10-50mva': 'Connection greater than 10MVA and up to 50MVA',
  'demand-over-50mva': 'Connection greater than 50MVA',
  'generation-lv-sseg': 'Connection of a single Small-Scale Embedded Generator',
  'generation-lv-up-to-20kva': 'Connection of other generation at LV up to 20kVA',
  'generation-lv-20-50kva':
    'Connection of other generation at LV greater than 20kVA and up to 50kVA',
  'generation-lv-over-50kva': 'Connection of other generation at LV greater than 50kVA',
  'generation-hv-up-to-250kva': 'Connection of generation at HV up to 250kVA',
  'generation-hv-250kva-1mva': 'Connection of generation at HV greater than 250kVA and up to 1MVA',
  'generation-hv-over-1mva': 'Connection of generation at HV greater than 1MVA',
  'generation-ehv-up-to-10mva': 'Connection of generation at EHV up to 10MVA',
  'generation-ehv-over-10mva': 'Connection of generation at EHV greater than 10MVA',
  'generation-over-50mva': 'Connection of generation greater than 50MVA',
};

export type VoltageLevel = PocVoltage;
const VOLTAGE_ORDER: readonly VoltageLevel[] = ['LV', 'HV', 'EHV', '132kV'];

/** The highest voltage of each asset level of 001 §4.36 (a substation counts at its primary voltage). */
export const ASSET_LEVEL_VOLTAGE: Record<AssetLevel, VoltageLevel> = {
  'lv-network': 'LV',
  'hv-lv-substation': 'HV',
  'hv-network': 'HV',
  'ehv-hv-substation': 'EHV',
  '132-hv-substation': '132kV',
  'ehv-network': 'EHV',
  '132-ehv-substation': '132kV',
  '132-network': '132kV',
};

export interface FeeConnection {
  type: ConnectionType;
  /** Import capacity, kVA: the total load for demand. */
  importCapacityKva: DecimalString;
  /** Export capacity, kVA: the size of generation or storage. */
  exportCapacityKva?: DecimalString | null;
  phases: 1 | 2 | 3;
  pocVoltage: PocVoltage;
  /** Number of Premises (services) connected. */
  premises: number;
  /** The scheme extends the LV network (rather than only services from an existing main). */
  needsLvExtension: boolean;
  /**
   * Whole-current metered via LV circuits fused at 100 A or less per phase (001 §7.7).
   * Default: derived from the capacity per Premises at the nominal 230 V.
   */
  wholeCurrentMetered?: boolean | null;
  /** The Premises are domestic (001 §7.7 Small Project (a), (b)). Default: assumed domestic when not stated. */
  isDomestic?: boolean | null;
  /** Generation: rated output per phase, amperes. Default: derived from the export kVA at 230 V. */
  generationAmpsPerPhase?: DecimalString | null;
  /** Generation: number of generating units; Part A's SSEG row is "a single" one. Default 1. */
  generatorCount?: number | null;
}

/** The part of a scheme line the classifier reads (CostLineInput satisfies it). */
export interface FeeSchemeLine {
  assetLevel?: AssetLevel | null;
  /** A voltage given directly, e.g. from the statement row the line was priced from. */
  voltage?: VoltageLevel | null;
}

export interface FeeClassification {
  category: FeeCategory;
  label: string;
  group: 'demand' | 'generation';
  /** Highest voltage of the assets installed including reinforcement (Part B Note 1). */
  highestVoltage: VoltageLevel;
  /** The capacity that chose the band, kVA. */
  capacityKva: DecimalString;
  /** 001 §7.7 Single LV Service Demand Connection or Small Project Demand Connection: the QAS applies (§7.9). */
  qas: { applies: boolean; definition: string | null; citation: string };
  explanation: Explanation[];
  /** Where the tables have no exact row and the nearest was used. */
  warnings: string[];
}

export interface ClassifyOptions {
  /** SSEG: rated up to and including this many amperes per phase (001 §2.32, §8). Default "16". */
  ssegMaxAmpsPerPhase?: DecimalString;
  /** Small Project: fused at this many amperes or less per phase (001 §7.7). Default "100". */
  smallProjectMaxAmpsPerPhase?: DecimalString;
  /** Nominal LV phase-to-neutral voltage, kV. Default "0.23". */
  phaseNeutralKv?: DecimalString;
}

const PART_B_NOTE_1 = '001 §7 Part B Note 1';

/** The classifier's thresholds from a statement's parameters, where it gives them. */
export function classifyOptionsFromStatement(
  statement: Pick<StatementFile, 'parameters'>,
): ClassifyOptions {
  const text = (key: string): string | undefined => {
    const value = statement.parameters?.[key]?.value;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  };
  const options: ClassifyOptions = {};
  const sseg = text('ssegMaxAmpsPerPhase');
  const small = text('smallProjectMaxAmpsPerPhase');
  if (sseg !== undefined) options.ssegMaxAmpsPerPhase = sseg;
  if (small !== undefined) options.smallProjectMaxAmpsPerPhase = small;
  return options;
}

/**
 * Adds each line's voltage from the statement row it was priced from (its `factors.voltage`),
 * for lines that carry a `statementItemId` but no asset level.
 */
export function linesWithStatementVoltages(
  statement: Pick<StatementFile, 'tables'>,
  lines: readonly (FeeSchemeLine & { statementItemId?: string | null })[],
): FeeSchemeLine[] {
  const voltages = new Map<string, VoltageLevel>();
  for (const table of statement.tables) {
    for (const row of table.rows)
      if (row.factors?.voltage) voltages.set(row.id, row.factors.voltage);
  }
  return lines.map((line) => ({
    assetLevel: line.assetLevel ?? null,
    voltage:
      line.voltage ?? (line.statementItemId ? (voltages.get(line.statementItemId) ?? null) : null),
  }));
}

/** Highest voltage of the connection and of every line's asset (Part B Note 1). */
export function highestVoltage(
  pocVoltage: PocVoltage,
  lines: readonly FeeSchemeLine[],
): VoltageLevel {
  let highest = VOLTAGE_ORDER.indexOf(pocVoltage);
  for (const line of lines) {
    const voltage = line.voltage ?? (line.assetLevel ? ASSET_LEVEL_VOLTAGE[line.assetLevel] : null);
    if (voltage) highest = Math.max(highest, VOLTAGE_ORDER.indexOf(voltage));
  }
  return VOLTAGE_ORDER[highest] ?? pocVoltage;
}

const kva = (value: DecimalString | null | undefined): Decimal =>
  value === null || value === undefined || value.trim() === ''
    ? new Decimal(0)
    : new Decimal(value);

/** Amperes per phase of `capacity` kVA spread over `phases` at the nominal phase-neutral kV. */
function ampsPerPhase(capacity: Decimal, phases: number, phaseNeutralKv: Decimal): Decimal {
  return capacity.dividedBy(phaseNeutralKv.times(phases));
}

function demandCategory(
  c: FeeConnection,
  voltage: VoltageLevel,
  capacity: Decimal,
  wholeCurrent: boolean,
  notes: Explanation[],
  warnings: string[],
): FeeCategory {
  if (voltage === 'LV') {
    const smallServices = !c.needsLvExtension && wholeCurrent;
    if (smallServices && c.premises === 1 && c.phases === 1) return 'demand-lv-single-service';
    if (smallServices && c.premises >= 2 && c.premises <= 4 && c.phases === 1) {
      return 'demand-lv-2-4-services';
    }
    if (
      c.needsLvExtension &&
      wholeCurrent &&
      c.premises >= 1 &&
      c.premises <= 4 &&
      c.phases !== 3
    ) {
      if (c.phases === 2) {
        notes.push({
          text: 'The Part A–E row names single phase Premises; 001 §7.7(b) treats single-phase and two-phase connections with an LV extension alike, so this row is used.',
          citation: '001 §7.7',
        });
      }
      return 'demand-lv-1-4-premises-extension';
    }
    if (smallServices && c.premises === 1 && c.phases !== 1) {
      if (c.phases === 2) {
        notes.push({
          text: 'The Part A–E row names a three phase service; 001 §7.7(c) treats a two-phase or three-phase service to single Premises alike, so this row is used.',
          citation: '001 §7.7',
        });
      }
      return 'demand-lv-single-three-phase-service';
    }
    if (capacity.lessThanOrEqualTo(100)) return 'demand-lv-up-to-100kva';
    if (capacity.lessThanOrEqualTo(250)) return 'demand-lv-100-250kva';
    if (capacity.lessThanOrEqualTo(1000)) return 'demand-lv-250kva-1mva';
    warnings.push(
      'Connections at LV are normally up to 1,000 kVA (001 §3.18) and the fee tables have no LV row above 1 MVA; the HV row for this capacity is used.',
    );
    return capacity.lessThanOrEqualTo(3000)
      ? 'demand-hv-1-3mva'
      : capacity.lessThanOrEqualTo(10000)
        ? 'demand-hv-3-10mva'
        : capacity.lessThanOrEqualTo(50000)
          ? 'demand-10-50mva'
          : 'demand-over-50mva';
  }
  if (capacity.greaterThan(50000)) return 'demand-over-50mva';
  if (capacity.greaterThan(10000)) return 'demand-10-50mva';
  if (voltage === 'HV') {
    if (capacity.lessThanOrEqualTo(250)) return 'demand-hv-up-to-250kva';
    if (capacity.lessThanOrEqualTo(1000)) return 'demand-hv-250kva-1mva';
    if (capacity.lessThanOrEqualTo(3000)) return 'demand-hv-1-3mva';
    return 'demand-hv-3-10mva';
  }
  if (voltage === '132kV') {
    warnings.push(
      'The fee tables name voltages up to EHV; 132kV assets are classed with the EHV rows.',
    );
  }
  if (capacity.lessThanOrEqualTo(3000)) {
    warnings.push(
      'The fee tables have no EHV demand row up to 3 MVA; the nearest row (greater than 3MVA and up to 10MVA at EHV) is used.',
    );
  }
  return 'demand-ehv-3-10mva';
}

function generationCategory(
  voltage: VoltageLevel,
  capacity: Decimal,
  isSseg: boolean,
  warnings: string[],
): FeeCategory {
  // "Connection of generation greater than 50MVA" names no voltage: it applies at LV too, as
  // the demand row "Connection greater than 50MVA" does.
  if (capacity.greaterThan(50000)) return 'generation-over-50mva';
  if (voltage === 'LV') {
    if (isSseg) return 'generation-lv-sseg';
    if (capacity.lessThanOrEqualTo(20)) return 'generation-lv-up-to-20kva';
    if (capacity.lessThanOrEqualTo(50)) return 'generation-lv-20-50kva';
    return 'generation-lv-over-50kva';
  }
  if (voltage === 'HV') {
    if (capacity.lessThanOrEqualTo(250)) return 'generation-hv-up-to-250kva';
    if (capacity.lessThanOrEqualTo(1000)) return 'generation-hv-250kva-1mva';
    return 'generation-hv-over-1mva';
  }
  if (voltage === '132kV') {
    warnings.push(
      'The fee tables name voltages up to EHV; 132kV assets are classed with the EHV rows.',
    );
  }
  return capacity.lessThanOrEqualTo(10000)
    ? 'generation-ehv-up-to-10mva'
    : 'generation-ehv-over-10mva';
}

/** Chooses the Parts A–E category row for a connection and its scheme's lines. */
export function classifyFees(
  connection: FeeConnection,
  lines: readonly FeeSchemeLine[],
  options: ClassifyOptions = {},
): FeeClassification {
  const phaseNeutralKv = new Decimal(options.phaseNeutralKv ?? '0.23');
  const ssegMax = new Decimal(options.ssegMaxAmpsPerPhase ?? '16');
  const smallMax = new Decimal(options.smallProjectMaxAmpsPerPhase ?? '100');
  const voltage = highestVoltage(connection.pocVoltage, lines);
  const explanation: Explanation[] = [];
  const warnings: string[] = [];
  const isDemand = connection.type === 'demand';

  explanation.push({
    text:
      voltage === connection.pocVoltage
        ? `The highest voltage of the assets installed is ${voltage}, the voltage of connection.`
        : `The highest voltage of the assets installed, including reinforcement, is ${voltage} (above the ${connection.pocVoltage} connection).`,
    citation: PART_B_NOTE_1,
  });

  let category: FeeCategory;
  let capacity: Decimal;
  let qas: FeeClassification['qas'] = {
    applies: false,
    definition: null,
    citation: '001 §7.7, §7.9',
  };

  if (isDemand) {
    capacity = kva(connection.importCapacityKva);
    const perPremises = capacity.dividedBy(Math.max(connection.premises, 1));
    const derivedAmps = ampsPerPhase(perPremises, connection.phases, phaseNeutralKv);
    const wholeCurrent = connection.wholeCurrentMetered ?? derivedAmps.lessThanOrEqualTo(smallMax);
    if (connection.wholeCurrentMetered === undefined || connection.wholeCurrentMetered === null) {
      explanation.push({
        text: `Whole-current metering at ${smallMax.toString()} A or less per phase is ${wholeCurrent ? '' : 'not '}assumed: ${perPremises.toString()} kVA per Premises over ${connection.phases} phase(s) is about ${derivedAmps.toDecimalPlaces(1).toString()} A per phase.`,
        formula: `${perPremises.toString()} kVA / (${connection.phases} × ${phaseNeutralKv.toString()} kV) = ${derivedAmps.toDecimalPlaces(1).toString()} A`,
        citation: '001 §7.7',
      });
    }
    category = demandCategory(connection, voltage, capacity, wholeCurrent, explanation, warnings);
    qas = smallProjectStatus(connection, voltage, wholeCurrent);
    if (qas.applies && qas.definition && connection.isDomestic == null && connection.premises > 1) {
      explanation.push({
        text: 'The Premises are assumed to be domestic, as 001 §7.7 Small Project (a) and (b) require.',
        citation: '001 §7.7',
      });
    }
  } else {
    const exportKva = kva(connection.exportCapacityKva);
    capacity = exportKva.isZero() ? kva(connection.importCapacityKva) : exportKva;
    const amps = connection.generationAmpsPerPhase
      ? new Decimal(connection.generationAmpsPerPhase)
      : ampsPerPhase(capacity, connection.phases, phaseNeutralKv);
    const single = (connection.generatorCount ?? 1) <= 1;
    const isSseg = voltage === 'LV' && single && amps.lessThanOrEqualTo(ssegMax);
    explanation.push({
      text: isSseg
        ? `A single generator rated ${amps.toDecimalPlaces(1).toString()} A per phase (up to and including ${ssegMax.toString()} A) at LV is Small Scale Embedded Generation.`
        : `Not a single Small-Scale Embedded Generator (${single ? `${amps.toDecimalPlaces(1).toString()} A per phase${voltage === 'LV' ? '' : `, ${voltage}`}` : `${connection.generatorCount} generators`}); the row is chosen by voltage and ${capacity.toString()} kVA export.`,
      citation: '001 §2.32 (SSEG), §8',
    });
    if (connection.type === 'storage') {
      explanation.push({
        text: 'Storage is classed with the generation rows by its export capacity.',
        citation: '001 §7.13',
      });
    }
    category = generationCategory(voltage, capacity, isSseg, warnings);
  }

  explanation.push({
    text: `Fee category: “${FEE_CATEGORY_LABELS[category]}”.`,
    citation: '001 §7 Parts A–E',
  });

  return {
    category,
    label: FEE_CATEGORY_LABELS[category],
    group: isDemand ? 'demand' : 'generation',
    highestVoltage: voltage,
    capacityKva: capacity.toString(),
    qas,
    explanation,
    warnings,
  };
}

/** 001 §7.7 definitions that bring a demand connection into the QAS (§7.9). */
function smallProjectStatus(
  c: FeeConnection,
  voltage: VoltageLevel,
  wholeCurrent: boolean,
): FeeClassification['qas'] {
  const citation = '001 §7.7, §7.9';
  const no = { applies: false, definition: null, citation };
  if (voltage !== 'LV') return no;
  if (c.premises === 1 && c.phases === 1 && !c.needsLvExtension) {
    return { applies: true, definition: 'Single LV Service Demand Connection', citation };
  }
  // Small Project: LV circuits fused at 100 A or less per phase, whole-current metered.
  if (!wholeCurrent) return no;
  const domestic = c.isDomestic ?? true;
  if (domestic && !c.needsLvExtension && c.phases === 1 && c.premises > 1 && c.premises < 5) {
    return { applies: true, definition: 'Small Project Demand Connection (a)', citation };
  }
  if (domestic && c.needsLvExtension && c.phases !== 3 && c.premises >= 1 && c.premises < 5) {
    return { applies: true, definition: 'Small Project Demand Connection (b)', citation };
  }
  if (!c.needsLvExtension && c.premises === 1 && c.phases !== 1) {
    return { applies: true, definition: 'Small Project Demand Connection (c)', citation };
  }
  return no;
}
