/**
 * Which of the statement's fee categories (001 §7 Parts A–E) a connection falls in. Pure: no
 * clock, no I/O. The categories and the rules that choose them are the statement's
 * `feeCategories` (docs/statement-file.md): the first rule that fits the connection's group,
 * highest voltage, capacity and kind of connection decides. The highest voltage is that of
 * the assets installed, including any associated Reinforcement or diversionary works (001 §7
 * Part B Note 1), so the scheme's lines decide it together with the voltage of connection.
 */
import Decimal from 'decimal.js';
import type {
  FeeCategories,
  FeeCategoryRule,
  FeeConnectionKind,
  FeeSchedule,
  FeeTable,
} from './types';
import type { AssetLevel, ConnectionType, DecimalString, Explanation, PocVoltage } from '../types';
import { meetsQasDefinition } from './qasDefinitions';

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
  /** The category key; null when the statement does not price fees by category. */
  category: string | null;
  label: string | null;
  group: 'demand' | 'generation';
  /** Highest voltage of the assets installed including reinforcement (Part B Note 1). */
  highestVoltage: VoltageLevel;
  /** The capacity that chose the band, kVA. */
  capacityKva: DecimalString;
  /** The statement's QAS definition the connection meets (its `qasDefinitions`, 001 §7.7, §7.9). */
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

/** The classifier's thresholds from a statement's parameters, where it gives them. */
export function classifyOptionsFromStatement(
  statement: Pick<FeeSchedule, 'parameters'>,
): ClassifyOptions {
  const text = (key: 'ssegMaxAmpsPerPhase' | 'smallProjectMaxAmpsPerPhase'): string | undefined => {
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
  statement: { tables: readonly Pick<FeeTable, 'rows'>[] },
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

/** Whether the connection is of the kind a rule asks for. */
function isKind(
  kind: FeeConnectionKind,
  c: FeeConnection,
  wholeCurrent: boolean,
  isSseg: boolean,
): boolean {
  const services = !c.needsLvExtension && wholeCurrent;
  switch (kind) {
    case 'single-lv-service':
      return services && c.premises === 1 && c.phases === 1;
    case 'lv-services-2-4':
      return services && c.premises >= 2 && c.premises <= 4 && c.phases === 1;
    case 'lv-extension-1-4':
      return (
        c.needsLvExtension && wholeCurrent && c.premises >= 1 && c.premises <= 4 && c.phases !== 3
      );
    case 'single-multi-phase-service':
      return services && c.premises === 1 && c.phases !== 1;
    case 'sseg':
      return isSseg;
  }
}

function fits(
  rule: FeeCategoryRule,
  c: FeeConnection,
  voltage: VoltageLevel,
  capacity: Decimal,
  wholeCurrent: boolean,
  isSseg: boolean,
): boolean {
  if (rule.voltages && !rule.voltages.includes(voltage)) return false;
  if (rule.aboveKva !== undefined && !capacity.greaterThan(rule.aboveKva)) return false;
  if (rule.upToKva !== undefined && capacity.greaterThan(rule.upToKva)) return false;
  return rule.connection === undefined || isKind(rule.connection, c, wholeCurrent, isSseg);
}

/**
 * Chooses the statement's fee category for a connection and its scheme's lines. Without
 * `categories` (a statement that does not price fees by category) the voltage, capacity and
 * group are still found, with no category.
 */
export function classifyFees(
  categories: FeeCategories | null | undefined,
  connection: FeeConnection,
  lines: readonly FeeSchemeLine[],
  options: ClassifyOptions = {},
): FeeClassification {
  const phaseNeutralKv = new Decimal(options.phaseNeutralKv ?? '0.23');
  const ssegMax = new Decimal(options.ssegMaxAmpsPerPhase ?? '16');
  const smallMax = new Decimal(options.smallProjectMaxAmpsPerPhase ?? '100');
  const voltage = highestVoltage(connection.pocVoltage, lines);
  const cite = categories?.citations;
  const explanation: Explanation[] = [];
  const warnings: string[] = [];
  const isDemand = connection.type === 'demand';
  const group = isDemand ? 'demand' : 'generation';

  explanation.push({
    text:
      voltage === connection.pocVoltage
        ? `The highest voltage of the assets installed is ${voltage}, the voltage of connection.`
        : `The highest voltage of the assets installed, including reinforcement, is ${voltage} (above the ${connection.pocVoltage} connection).`,
    citation: cite?.highestVoltage ?? '',
  });

  let capacity: Decimal;
  let wholeCurrent = false;
  let isSseg = false;
  let qas: FeeClassification['qas'] = {
    applies: false,
    definition: null,
    citation: cite?.qas ?? '',
  };

  if (isDemand) {
    capacity = kva(connection.importCapacityKva);
    const perPremises = capacity.dividedBy(Math.max(connection.premises, 1));
    const derivedAmps = ampsPerPhase(perPremises, connection.phases, phaseNeutralKv);
    wholeCurrent = connection.wholeCurrentMetered ?? derivedAmps.lessThanOrEqualTo(smallMax);
    if (connection.wholeCurrentMetered === undefined || connection.wholeCurrentMetered === null) {
      explanation.push({
        text: `Whole-current metering at ${smallMax.toString()} A or less per phase is ${wholeCurrent ? '' : 'not '}assumed: ${perPremises.toString()} kVA per Premises over ${connection.phases} phase(s) is about ${derivedAmps.toDecimalPlaces(1).toString()} A per phase.`,
        formula: `${perPremises.toString()} kVA / (${connection.phases} × ${phaseNeutralKv.toString()} kV) = ${derivedAmps.toDecimalPlaces(1).toString()} A`,
        citation: cite?.wholeCurrent ?? '',
      });
    }
    // The statement's QAS definitions (001 §7.7), where it has a Quotation Accuracy Scheme.
    const met = meetsQasDefinition(categories?.qasDefinitions, {
      type: connection.type,
      highestVoltage: voltage,
      premises: connection.premises,
      phases: connection.phases,
      extendsLvNetwork: connection.needsLvExtension,
      isDomestic: connection.isDomestic ?? null,
      wholeCurrent,
      hasDisturbingLoad: null,
    });
    if (met) {
      qas = { applies: true, definition: met.name, citation: cite?.qas ?? '' };
      if (met.domestic && connection.isDomestic == null) {
        explanation.push({
          text: `The Premises are assumed to be domestic, as the ${met.name} definition requires.`,
          citation: cite?.wholeCurrent ?? '',
        });
      }
    }
  } else {
    const exportKva = kva(connection.exportCapacityKva);
    capacity = exportKva.isZero() ? kva(connection.importCapacityKva) : exportKva;
    const amps = connection.generationAmpsPerPhase
      ? new Decimal(connection.generationAmpsPerPhase)
      : ampsPerPhase(capacity, connection.phases, phaseNeutralKv);
    const single = (connection.generatorCount ?? 1) <= 1;
    isSseg = voltage === 'LV' && single && amps.lessThanOrEqualTo(ssegMax);
    explanation.push({
      text: isSseg
        ? `A single generator rated ${amps.toDecimalPlaces(1).toString()} A per phase (up to and including ${ssegMax.toString()} A) at LV is Small Scale Embedded Generation.`
        : `Not a single Small-Scale Embedded Generator (${single ? `${amps.toDecimalPlaces(1).toString()} A per phase${voltage === 'LV' ? '' : `, ${voltage}`}` : `${connection.generatorCount} generators`}); the row is chosen by voltage and ${capacity.toString()} kVA export.`,
      citation: cite?.sseg ?? '',
    });
    if (connection.type === 'storage') {
      explanation.push({
        text: 'Storage is classed with the generation rows by its export capacity.',
        citation: cite?.storage ?? '',
      });
    }
  }

  const base = {
    group,
    highestVoltage: voltage,
    capacityKva: capacity.toString(),
    qas,
    explanation,
    warnings,
  } as const;
  if (!categories) return { ...base, category: null, label: null };

  const groupOf = new Map(categories.categories.map((c) => [c.key, c]));
  const rule = categories.rules.find(
    (r) =>
      groupOf.get(r.category)?.group === group &&
      fits(r, connection, voltage, capacity, wholeCurrent, isSseg),
  );
  const category = rule ? groupOf.get(rule.category) : undefined;
  if (!rule || !category) {
    throw new Error(
      `the statement's fee categories have no row for ${group} of ${capacity.toString()} kVA at ${voltage}`,
    );
  }
  if (rule.note && (rule.note.phases === undefined || rule.note.phases === connection.phases)) {
    explanation.push({ text: rule.note.text, citation: rule.note.citation });
  }
  warnings.push(...(rule.warnings ?? []));
  explanation.push({
    text: `Fee category: “${category.label}”.`,
    citation: categories.citations.categories,
  });
  return { ...base, category: category.key, label: category.label };
}
