/**
 * The Required Capacity from the Quick estimate's answers, with each step of how it was
 * reached, and the suggested voltage of connection (001 §3.18). Pure.
 */
import Decimal from 'decimal.js';
import type { PocVoltage } from '../engine/types';
import { parseTypedNumber } from '../format/typedNumber';
import { ruleCitation } from '../statements/ruleCitation';
import { statementCitation } from '../statements/statementCitation';
import type { StatementFile } from '../statements/types';
import {
  CAPACITY_FIGURES as F,
  figureSource,
  type CitedFigure,
  type CitingStatement,
} from './capacityFigures';
import type { QuickAnswers, QuickAssumption, QuickCapacity, QuickField, TraceStep } from './types';

/** The unit each answer may be typed with ("100 kVA", "40 m"); counts have none. */
const UNITS: Partial<Record<keyof QuickAnswers, string>> = {
  kva: 'kVA',
  importKva: 'kVA',
  capacityOverrideKva: 'kVA',
  evChargerKw: 'kW',
  heatPumpKw: 'kW',
  otherKw: 'kW',
  exportKw: 'kW',
  existingFuseA: 'A',
  distanceM: 'm',
};

/**
 * An answer as every number box reads it (format/typedNumber): '' is "I don't know";
 * anything else must be a non-negative number, in the answer's own unit if one is typed.
 */
export function readNumber(
  answers: QuickAnswers,
  field: keyof QuickAnswers,
): Decimal | null | 'invalid' {
  const raw = answers[field];
  const text = typeof raw === 'string' ? raw : String(raw);
  if (text.trim() === '') return null;
  const r = parseTypedNumber(text, field, UNITS[field]);
  return r.ok ? new Decimal(r.value) : 'invalid';
}

const fmt = (d: Decimal): string => d.toDecimalPlaces(2).toString();
const num = (f: CitedFigure): Decimal => new Decimal(f.value);

/** A figure as an assumption, cited from the chosen statement where it publishes it. */
export function assumptionOf(
  f: CitedFigure,
  statement: CitingStatement,
  text?: string,
): QuickAssumption {
  const { source, isAssumption } = figureSource(f, statement);
  return {
    text: text ?? `${f.label}: ${f.value} ${f.unit}`,
    source,
    isAppAssumption: isAssumption,
  };
}

interface Reader {
  errors: QuickField[];
  get(field: keyof QuickAnswers, what: string, opts?: { positive?: boolean }): Decimal | null;
}

function reader(answers: QuickAnswers): Reader {
  const errors: QuickField[] = [];
  return {
    errors,
    get(field, what, opts) {
      const value = readNumber(answers, field);
      if (value === 'invalid') {
        errors.push({ field, message: `${what} must be a number such as 12 or 7.5.` });
        return null;
      }
      if (value && opts?.positive && value.isZero()) {
        errors.push({ field, message: `${what} must be more than 0.` });
        return null;
      }
      return value;
    },
  };
}

export type CapacityOutcome =
  | { ok: true; capacity: QuickCapacity; assumptions: QuickAssumption[] }
  | { ok: false; errors: QuickField[] };

export function quickCapacity(
  answers: QuickAnswers,
  statement: Pick<StatementFile, 'citations' | 'parameters' | 'rules'> | null,
): CapacityOutcome {
  const r = reader(answers);
  // Paragraphs are the chosen statement's own (its rule citations and citation keys).
  const sourceOf = (f: CitedFigure): string => figureSource(f, statement).source;
  const rule = (key: Parameters<typeof ruleCitation>[1], words: string): string => {
    const cited = statement?.rules.citations[key] ?? '';
    return cited ? `${cited} (${words})` : words;
  };
  const trace: TraceStep[] = [];
  const assumptions: QuickAssumption[] = [];
  const pf = (kw: Decimal): Decimal => kw.times(num(F.powerFactor));
  let kva = new Decimal(0);
  let importKva: Decimal | null = null;
  let exportKw: Decimal | null = null;
  let phases: 1 | 3 | null = answers.phases === 'unknown' ? null : answers.phases;
  let existing: QuickCapacity['existing'] = null;

  const equipmentKw = (): { kw: Decimal; parts: string[] } => {
    const chargers = r.get('evChargers', 'The number of EV chargers');
    const chargerKw = r.get('evChargerKw', 'The charger rating');
    const heatPump = r.get('heatPumpKw', 'The heat pumps’ power');
    const other = r.get('otherKw', 'The other equipment’s power');
    let kw = new Decimal(0);
    const parts: string[] = [];
    if (chargers && !chargers.isZero()) {
      const each = chargerKw ?? num(F.homeChargerKw);
      if (!chargerKw)
        assumptions.push(
          assumptionOf(
            F.homeChargerKw,
            statement,
            `EV charger rating not given: ${F.homeChargerKw.value} kW each`,
          ),
        );
      kw = kw.plus(chargers.times(each));
      parts.push(`${fmt(chargers)} × ${fmt(each)} kW EV chargers`);
      assumptions.push(
        assumptionOf(
          F.evDiversityBusiness,
          statement,
          'Every EV charger counted at its full rating (no diversity), unless you fit load control',
        ),
      );
    }
    if (heatPump && !heatPump.isZero()) {
      kw = kw.plus(heatPump);
      parts.push(`${fmt(heatPump)} kW heat pumps`);
    }
    if (other && !other.isZero()) {
      kw = kw.plus(other);
      parts.push(`${fmt(other)} kW other equipment`);
    }
    return { kw, parts };
  };

  switch (answers.kind) {
    case 'homes': {
      const homes = r.get('homes', 'The number of homes', { positive: true });
      if (!homes) {
        if (r.errors.length === 0)
          r.errors.push({ field: 'homes', message: 'Say how many homes.' });
        break;
      }
      if (!homes.isInteger()) {
        r.errors.push({ field: 'homes', message: 'The number of homes must be a whole number.' });
        break;
      }
      let heating = answers.heating;
      if (heating === 'unknown') {
        heating = 'heat-pump';
        assumptions.push({
          text: 'Heating not known: heat pumps assumed (most new homes are built with them)',
          source: 'This app’s assumption (it gives the higher of the published per-home figures)',
          isAppAssumption: true,
        });
      }
      let ev = answers.evPerHome;
      if (ev === 'unknown') {
        ev = 'yes';
        assumptions.push(
          assumptionOf(
            F.homeChargerKw,
            statement,
            'EV charger not known: one per home assumed, as Approved Document S requires for new homes with parking',
          ),
        );
      }
      if (homes.lessThanOrEqualTo(4)) {
        const f = heating === 'gas' && ev === 'no' ? F.homeSupplyGas : F.homeSupplyElectric;
        kva = homes.times(num(f));
        assumptions.push(assumptionOf(f, statement));
        trace.push({
          text: `Up to four homes: each home’s own supply is counted (${f.label.toLowerCase()}).`,
          formula: `${fmt(homes)} × ${f.value} kVA = ${fmt(kva)} kVA`,
          source: sourceOf(f),
        });
      } else {
        const base =
          heating === 'gas'
            ? F.admdGas
            : heating === 'direct-electric'
              ? F.admdDirectElectric
              : ev === 'yes'
                ? F.admdHeatPumpEv
                : F.admdHeatPump;
        let per = num(base);
        let formula = `${base.value} kVA`;
        assumptions.push(assumptionOf(base, statement));
        if (ev === 'yes' && base !== F.admdHeatPumpEv) {
          per = per.plus(num(F.admdEv));
          formula = `(${base.value} + ${F.admdEv.value}) kVA`;
          assumptions.push(assumptionOf(F.admdEv, statement));
        }
        kva = homes.times(per);
        trace.push({
          text: `Five or more homes: each home’s share of the site’s peak (after diversity) is counted.`,
          formula: `${fmt(homes)} × ${formula} = ${fmt(kva)} kVA`,
          source: sourceOf(base),
        });
      }
      if (phases === null) {
        phases = 1;
        const service = statementCitation(statement, 'singlePhaseService');
        assumptions.push({
          text: 'Homes on single-phase supplies',
          source: service
            ? `${service} (single-phase service up to 100 A)`
            : 'This app’s assumption (a single-phase service up to 100 A)',
          isAppAssumption: !service,
        });
      }
      break;
    }
    case 'business':
    case 'temporary': {
      const given = r.get('kva', 'The capacity', { positive: true });
      if (given) {
        kva = given;
        trace.push({
          text: 'The capacity you gave.',
          formula: `${fmt(kva)} kVA`,
          source: 'Your answer',
        });
        break;
      }
      const { kw, parts } = equipmentKw();
      if (!kw.isZero()) {
        kva = pf(kw);
        trace.push({
          text: 'The equipment you listed, each at its full rating, added up (kW taken as kVA).',
          formula: `${parts.join(' + ')} = ${fmt(kva)} kVA`,
          source: sourceOf(F.evDiversityBusiness),
        });
        assumptions.push(assumptionOf(F.powerFactor, statement));
      } else if (answers.kind === 'temporary') {
        kva = num(F.builderSupplyKva);
        assumptions.push(assumptionOf(F.builderSupplyKva, statement));
        trace.push({
          text: 'No size given: a standard builder’s supply.',
          formula: `${fmt(kva)} kVA`,
          source: sourceOf(F.builderSupplyKva),
        });
      } else if (r.errors.length === 0) {
        r.errors.push({
          field: 'kva',
          message:
            'Give the capacity in kVA, or list the equipment (EV chargers, heat pumps, other).',
        });
      }
      break;
    }
    case 'generation': {
      const kw = r.get('exportKw', 'The export', { positive: true });
      if (!kw) {
        if (r.errors.length === 0)
          r.errors.push({ field: 'exportKw', message: 'Give the export in kW.' });
        break;
      }
      exportKw = kw;
      kva = pf(kw);
      assumptions.push(assumptionOf(F.powerFactor, statement));
      trace.push({
        text: 'For generation and storage the Required Capacity is the export capacity.',
        formula: `${fmt(kw)} kW = ${fmt(kva)} kVA`,
        source: `${rule('securityCaf', 'Required Capacity')}; power factor: this app’s assumption`,
      });
      const imp = r.get('importKva', 'The import');
      if (imp) importKva = imp;
      else if (answers.technology === 'battery') {
        importKva = kva;
        assumptions.push({
          text: 'The battery imports as much as it exports',
          source: 'This app’s assumption',
          isAppAssumption: true,
        });
      } else importKva = new Decimal(0);
      break;
    }
    case 'increase': {
      const fuse = r.get('existingFuseA', 'The existing fuse', { positive: true });
      const exPhases: 1 | 3 = answers.existingPhases === 'unknown' ? 1 : answers.existingPhases;
      if (answers.existingPhases === 'unknown')
        assumptions.push({
          text: 'Existing supply not known: single-phase assumed',
          source: 'This app’s assumption (most homes and small shops are single-phase)',
          isAppAssumption: true,
        });
      const fuseA = fuse ?? num(F.unknownFuseA);
      if (!fuse) assumptions.push(assumptionOf(F.unknownFuseA, statement));
      const exKva = fuseA.times(exPhases).times(num(F.phaseNeutralKv));
      existing = { phases: exPhases, fuseA: fmt(fuseA), kva: fmt(exKva) };
      trace.push({
        text: 'Your existing supply: phases × 230 V × main fuse.',
        formula: `${exPhases} × 0.23 kV × ${fmt(fuseA)} A = ${fmt(exKva)} kVA`,
        source: rule('existingCapacity', 'Existing Capacity'),
      });
      const given = r.get('kva', 'The new capacity', { positive: true });
      const { kw, parts } = equipmentKw();
      if (given) {
        kva = given;
        trace.push({
          text: 'The new total you gave.',
          formula: `${fmt(kva)} kVA`,
          source: 'Your answer',
        });
      } else if (!kw.isZero()) {
        kva = exKva.plus(pf(kw));
        trace.push({
          text: 'Your existing supply plus the new equipment at its full rating.',
          formula: `${fmt(exKva)} kVA + ${parts.join(' + ')} = ${fmt(kva)} kVA`,
          source: sourceOf(F.evDiversityBusiness),
        });
      } else if (phases === 3 && exPhases === 1) {
        kva = Decimal.max(num(F.threePhaseServiceKva), exKva);
        assumptions.push(assumptionOf(F.threePhaseServiceKva, statement));
        trace.push({
          text: 'Going three-phase: the statement’s standard three-phase service.',
          formula: `${fmt(kva)} kVA`,
          source: sourceOf(F.threePhaseServiceKva),
        });
      }
      if (r.errors.length === 0 && !kva.greaterThan(exKva)) {
        r.errors.push({
          field: 'kva',
          message: `The new need must be more than your existing supply (${fmt(exKva)} kVA): give the new total in kVA, the equipment you are adding, or three phases.`,
        });
      }
      if (r.errors.length === 0)
        trace.push({
          text: 'You pay towards reinforcement on the increase only.',
          formula: `${fmt(kva)} − ${fmt(exKva)} = ${fmt(kva.minus(exKva))} kVA`,
          source: rule('capacityIncrease', 'the increase in capacity'),
        });
      break;
    }
  }

  const override = r.get('capacityOverrideKva', 'Your Required Capacity', { positive: true });
  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  if (override) {
    trace.push({
      text: 'You replaced the worked-out figure with your own.',
      formula: `${fmt(override)} kVA`,
      source: 'Your answer',
    });
    kva = override;
    if (answers.kind === 'generation') exportKw = override;
  }

  if (phases === null) {
    const single = num(F.singlePhaseMaxKva);
    phases =
      answers.kind === 'generation'
        ? kva.greaterThan(11.04)
          ? 3
          : 1
        : kva.greaterThan(single)
          ? 3
          : 1;
    if (answers.kind !== 'homes')
      assumptions.push(
        assumptionOf(
          F.singlePhaseMaxKva,
          statement,
          `Phases not known: ${phases === 3 ? 'three-phase' : 'single-phase'} (a single phase carries up to ${single.toString()} kVA)`,
        ),
      );
  }

  const lvMax = num(F.lvMaximumKva);
  const perSupply = answers.kind === 'homes' ? kva : kva;
  const suggestedVoltage: PocVoltage = perSupply.greaterThan(lvMax) ? 'HV' : 'LV';
  const voltageTrace: TraceStep[] = [
    {
      text:
        suggestedVoltage === 'HV'
          ? `Above ${lvMax.toString()} kVA a connection is normally at high voltage (HV, 11 kV).`
          : `Up to ${lvMax.toString()} kVA a connection is normally at low voltage (LV, 230/400 V).`,
      formula: `${fmt(kva)} kVA ${suggestedVoltage === 'HV' ? '>' : '≤'} ${lvMax.toString()} kVA`,
      source: sourceOf(F.lvMaximumKva),
    },
  ];
  const voltage: PocVoltage = answers.voltage === 'suggested' ? suggestedVoltage : answers.voltage;
  if (voltage !== suggestedVoltage)
    voltageTrace.push({ text: `You chose ${voltage}.`, source: 'Your answer' });
  const substationAbove = num(F.newSubstationAboveKva);
  const needsSubstation = voltage === 'LV' && kva.greaterThan(substationAbove);
  if (needsSubstation) {
    voltageTrace.push({
      text: `Above ${substationAbove.toString()} kVA at LV a new substation is likely to be needed.`,
      formula: `${fmt(kva)} kVA > ${substationAbove.toString()} kVA`,
      source: sourceOf(F.newSubstationAboveKva),
    });
    assumptions.push(
      assumptionOf(
        F.newSubstationAboveKva,
        statement,
        `A new substation above ${substationAbove.toString()} kVA`,
      ),
    );
  }
  if (
    voltage === 'LV' &&
    phases === 1 &&
    kva.greaterThan(num(F.singlePhaseMaxKva)) &&
    answers.kind !== 'homes'
  ) {
    phases = 3;
    voltageTrace.push({
      text: 'More than one phase carries: three-phase.',
      source: sourceOf(F.singlePhaseMaxKva),
    });
  }

  const isGen = answers.kind === 'generation';
  return {
    ok: true,
    capacity: {
      kva: fmt(kva),
      importKva: fmt(isGen ? (importKva ?? new Decimal(0)) : kva),
      exportKva: isGen ? fmt(kva) : null,
      exportKw: isGen && exportKw ? fmt(exportKw) : null,
      phases,
      trace,
      suggestedVoltage,
      voltage,
      voltageTrace,
      needsSubstation,
      existing,
    },
    assumptions,
  };
}
