/**
 * The guided Quick estimate: plain answers + a statement → the estimate's inputs (the
 * connection and a Minimum Scheme of ordinary lines the expert grid can refine), with the
 * capacity's trace, the assumptions made, what is excluded, and any "install, then notify"
 * route that may make an estimate unnecessary. Pure: the date comes in as an argument.
 *
 * Lines are priced from the chosen statement's own rows (001 §7 Part F; 002 Schedule 1);
 * items a statement prices on application come from its worked examples, labelled
 * illustrative (./illustrativeCosts). Reinforcement is not guessed here: see
 * ./reinforcementScenarios.
 */
import Decimal from 'decimal.js';
import { chooseRuleSet } from '../engine';
import type { CostLineInput, EstimateInput, IsoDate } from '../engine/types';
import { classifyFees, classifyOptionsFromStatement } from '../engine/fee-schedule/classifyFees';
import { ruleCitation } from '../statements/ruleCitation';
import {
  citedInBrackets,
  parameterCitation,
  statementCitation,
} from '../statements/statementCitation';
import type { StatementFile } from '../statements/types';
import { CAPACITY_FIGURES as F, NOTIFY_ROUTES } from './capacityFigures';
import { ILLUSTRATIVE_COSTS as I } from './illustrativeCosts';
import { assumptionOf, quickCapacity, readNumber } from './quickCapacity';
import {
  findRow,
  illustrativeLine,
  MissingRowError,
  rowExtraLine,
  rowLine,
} from './statementLines';
import type {
  QuickAnswers,
  QuickAssumption,
  QuickBuildOutcome,
  QuickCapacity,
  QuickNotice,
  QuickSurface,
} from './types';
import { defaultQuickAnswers } from './defaultQuickAnswers';

export { defaultQuickAnswers };

/** The statements whose price tables the guided build knows. */
export const QUICK_STATEMENT_PREFIXES = ['001', '002'] as const;

interface Site {
  distance: Decimal;
  surface: QuickSurface;
  premises: number;
  isSmallProject: boolean;
}

const d = (v: Decimal.Value): string => new Decimal(v).toDecimalPlaces(2).toString();

export function buildQuickEstimate(
  answers: QuickAnswers,
  statement: StatementFile,
  options: { today: IsoDate },
): QuickBuildOutcome {
  const prefix = statement.citationPrefix;
  if (prefix !== '001' && prefix !== '002') {
    return {
      ok: false,
      errors: [
        {
          field: 'kind',
          message: `The Quick estimate knows the price tables of the Indigo Power (001) and SP Manweb (002) statements, not “${statement.title}”. Use the expert grid for this statement.`,
        },
      ],
    };
  }
  const cap = quickCapacity(answers, statement);
  if (!cap.ok) return cap;
  const capacity = cap.capacity;
  const assumptions: QuickAssumption[] = [...cap.assumptions];
  const exclusions: string[] = [];

  const distanceRead = readNumber(answers, 'distanceM');
  if (distanceRead === 'invalid')
    return {
      ok: false,
      errors: [
        { field: 'distanceM', message: 'The distance must be a number of metres, such as 40.' },
      ],
    };
  let distance = distanceRead;
  if (distance === null) {
    distance = new Decimal(F.unknownDistanceM.value);
    assumptions.push(assumptionOf(F.unknownDistanceM, statement));
  }
  let surface: QuickSurface;
  if (answers.surface === 'unknown') {
    surface = 'footpath';
    assumptions.push({
      text: 'Surface not known: a tarmac footpath',
      source:
        'This app’s assumption (the middle of the statement’s prices: dearer than a verge, cheaper than a road)',
      isAppAssumption: true,
    });
  } else surface = answers.surface;

  // quickCapacity has read the homes already (a whole number above zero).
  const homesRead = readNumber(answers, 'homes');
  const homes = answers.kind === 'homes' && homesRead instanceof Decimal ? homesRead.toNumber() : 1;
  const kva = new Decimal(capacity.kva);
  const perPremisesA = kva
    .dividedBy(homes)
    .dividedBy(new Decimal(F.phaseNeutralKv.value).times(capacity.phases));
  const isSmallProject =
    capacity.voltage === 'LV' &&
    !capacity.needsSubstation &&
    perPremisesA.lessThanOrEqualTo(100) &&
    (answers.kind === 'homes' ? homes <= 4 : true) &&
    answers.kind !== 'generation';
  const site: Site = { distance, surface, premises: homes, isSmallProject };

  let lines: CostLineInput[];
  const illustrative: string[] = [];
  try {
    lines =
      prefix === '001'
        ? scheme001(statement, answers, capacity, site, illustrative, assumptions, exclusions)
        : scheme002(statement, answers, capacity, site, illustrative, assumptions, exclusions);
  } catch (e) {
    if (e instanceof MissingRowError)
      return {
        ok: false,
        errors: [
          {
            field: 'kind',
            message: `This statement file lacks a row the Quick estimate needs (${e.rowId}). Use the expert grid.`,
          },
        ],
      };
    throw e;
  }

  exclusions.push(
    'Reinforcement of the shared network: shown below as scenarios, since only the network operator knows whether the local network has room.',
    'Work on your side of the meter: your wiring, meter tails, consumer unit and the equipment itself.',
    'VAT (shown separately).',
    `Traffic management, planning approval and other items the statement prices on application${citedInBrackets(statement, 'otherCharges')}.`,
  );
  if (illustrative.length > 0)
    assumptions.push({
      text: 'Items the statement prices “on application” are shown with illustrative figures from its own worked examples',
      source:
        prefix === '001'
          ? '001 §5 worked examples; 001 Part F6'
          : '002 Schedule 1 (“from” figures)',
      isAppAssumption: true,
    });

  const inputs: EstimateInput = {
    applicationDate: options.today,
    ruleSetOverride: null,
    connection: {
      type:
        answers.kind === 'generation'
          ? answers.technology === 'battery'
            ? 'storage'
            : 'generation'
          : 'demand',
      importCapacityKva: capacity.importKva,
      exportCapacityKva: capacity.exportKva,
      exportCapacityKw: capacity.exportKw,
      pocVoltage: capacity.voltage,
      phases: capacity.phases,
      isTemporary: answers.kind === 'temporary',
      isSpeculative: false,
      increase: capacity.existing
        ? {
            existing: {
              phases: capacity.existing.phases,
              phaseNeutralKv: F.phaseNeutralKv.value,
              fuseA: capacity.existing.fuseA,
            },
            relatedIncreasesKva: null,
          }
        : null,
      smallPremises: null,
    },
    schemes: {
      minimum: { id: 'minimum', name: 'Minimum Scheme', lines, rsns: [], previousWorks: [] },
      enhanced: null,
    },
    enhancement: null,
    omOverride: null,
    vatRate: null,
  };

  return {
    ok: true,
    build: {
      inputs,
      project: {
        connections: homes,
        premisesType:
          answers.kind === 'homes'
            ? 'domestic'
            : answers.kind === 'business'
              ? 'commercial'
              : 'other',
        heating:
          answers.kind !== 'homes'
            ? 'unknown'
            : answers.heating === 'gas'
              ? 'non-electric'
              : answers.heating === 'direct-electric'
                ? 'electric'
                : 'heat-pump',
        dateRequired: /^\d{4}-\d{2}-\d{2}$/.test(answers.whenNeeded) ? answers.whenNeeded : null,
        notes:
          'Built by the Quick estimate from plain answers: a first budget figure, not a quote.',
      },
      capacity,
      assumptions,
      exclusions,
      notices: notices(answers, capacity, statement, options.today),
      illustrativeLineIds: illustrative,
    },
  };
}

/**
 * "Install, then notify" and other routes that may mean no estimate is needed, citing the
 * chosen statement's paragraphs where it has them.
 */
export function notices(
  answers: QuickAnswers,
  capacity: QuickCapacity,
  statement: StatementFile,
  today: IsoDate,
): QuickNotice[] {
  const out: QuickNotice[] = [];
  if (answers.kind === 'generation' && capacity.exportKw) {
    const amps = new Decimal(capacity.exportKw).dividedBy(
      new Decimal(F.phaseNeutralKv.value).times(capacity.phases),
    );
    const sseg = parameterCitation(statement, 'ssegMaxAmpsPerPhase');
    if (amps.lessThanOrEqualTo(16))
      out.push({
        ...NOTIFY_ROUTES.g98,
        source: sseg
          ? `${NOTIFY_ROUTES.g98.source}; ${sseg} (Small-Scale Embedded Generation: up to and including 16 A per phase)`
          : NOTIFY_ROUTES.g98.source,
      });
  }
  if (answers.kind === 'increase' && capacity.existing) {
    const addsLowCarbon = (['evChargers', 'heatPumpKw'] as const).some((field) => {
      const n = readNumber(answers, field);
      return n instanceof Decimal && !n.isZero();
    });
    if (addsLowCarbon) out.push(NOTIFY_ROUTES.connectAndNotify);
    // Only where the chosen statement's rule set funds reinforcement for small premises.
    const funds = chooseRuleSet(statement.rules, today).ruleSet.smallPremises;
    if (funds && new Decimal(capacity.existing.fuseA).lessThanOrEqualTo(100))
      out.push({
        ...NOTIFY_ROUTES.smallPremisesFunding,
        source: ruleCitation(statement, 'smallPremises'),
      });
  }
  return out;
}

// ---------------------------------------------------------------------------
// 001: Indigo Power V1.7 (§7 Parts C, F; §5 worked examples)
// ---------------------------------------------------------------------------

const F1_SERVICE: Record<1 | 3, Record<QuickSurface, string>> = {
  1: { footpath: '001-F1-01', verge: '001-F1-02', road: '001-F1-03', 'customer-land': '001-F1-02' },
  3: { footpath: '001-F1-08', verge: '001-F1-09', road: '001-F1-10', 'customer-land': '001-F1-09' },
};
const F1_SERVICE_METRE: Record<1 | 3, Record<QuickSurface, string>> = {
  1: { footpath: '001-F1-04', verge: '001-F1-05', road: '001-F1-06', 'customer-land': '001-F1-05' },
  3: { footpath: '001-F1-11', verge: '001-F1-12', road: '001-F1-13', 'customer-land': '001-F1-12' },
};
const F1_MAIN: Record<QuickSurface, [string, string]> = {
  footpath: ['001-F1-16', '001-F1-20'],
  verge: ['001-F1-17', '001-F1-21'],
  road: ['001-F1-18', '001-F1-22'],
  'customer-land': ['001-F1-17', '001-F1-21'],
};
const F2_ALTERATION: Record<1 | 3, Record<QuickSurface, [string, string]>> = {
  1: {
    'customer-land': ['001-F2-01', '001-F2-05'],
    verge: ['001-F2-02', '001-F2-06'],
    footpath: ['001-F2-03', '001-F2-07'],
    road: ['001-F2-04', '001-F2-08'],
  },
  3: {
    'customer-land': ['001-F2-09', '001-F2-13'],
    verge: ['001-F2-10', '001-F2-14'],
    footpath: ['001-F2-11', '001-F2-15'],
    road: ['001-F2-12', '001-F2-16'],
  },
};
/** F5 LV mains by cable size: [footpath or carriageway, unmade ground, additional metre]. */
const F5_LV: { upToKva: number; label: string; rows: [string, string, string] }[] = [
  { upToKva: 100, label: '95mm² or less', rows: ['001-F5-03', '001-F5-04', '001-F5-02'] },
  { upToKva: 250, label: '95mm² to 185mm²', rows: ['001-F5-07', '001-F5-08', '001-F5-06'] },
  { upToKva: Infinity, label: 'over 185mm²', rows: ['001-F5-11', '001-F5-12', '001-F5-10'] },
];
/** F3 three-phase services by size, kVA. */
const F3_THREE_PHASE: { upToKva: number; service: string; hole: string; metre: string }[] = [
  { upToKva: 60, service: '001-F3-05', hole: '001-F3-06', metre: '001-F3-07' },
  { upToKva: 120, service: '001-F3-08', hole: '001-F3-09', metre: '001-F3-10' },
  { upToKva: 180, service: '001-F3-11', hole: '001-F3-12', metre: '001-F3-13' },
  { upToKva: 240, service: '001-F3-14', hole: '001-F3-15', metre: '001-F3-16' },
  { upToKva: Infinity, service: '001-F3-17', hole: '001-F3-18', metre: '001-F3-19' },
];
const SURFACE_WORDS: Record<QuickSurface, string> = {
  verge: 'grass verge',
  footpath: 'footpath',
  road: 'road',
  'customer-land': 'your land',
};
const isUnmade = (s: QuickSurface): boolean => s === 'verge' || s === 'customer-land';

/** The trench on the customer's site, left out where the service price assumes others dig it. */
function trenchExclusion(st: StatementFile): string {
  const cited = statementCitation(st, 'serviceTrenchByOthers');
  return `Trenches, ducts and joint holes on your site (the statement’s service price assumes a third party digs them${cited ? `, ${cited}` : ''}).`;
}

function scheme001(
  st: StatementFile,
  answers: QuickAnswers,
  capacity: QuickCapacity,
  site: Site,
  illustrative: string[],
  assumptions: QuickAssumption[],
  exclusions: string[],
): CostLineInput[] {
  const lines: CostLineInput[] = [];
  const row = (id: string) => findRow(st, id);
  const kva = new Decimal(capacity.kva);
  const phases = capacity.phases;
  const n = site.premises;
  const where = SURFACE_WORDS[site.surface];
  let needsLvExtension = false;

  const lvMains = (lengthM: Decimal, label: string): void => {
    needsLvExtension = true;
    const size = F5_LV.find((s) => kva.lessThanOrEqualTo(s.upToKva))!;
    const [paved, unmade, metre] = size.rows;
    lines.push(
      rowLine(row(isUnmade(site.surface) ? unmade : paved), {
        id: 'quick-lv-main',
        description: `New LV main ${label}: first 10 m in ${isUnmade(site.surface) ? 'unmade ground' : 'footpath or road'} (${size.label} cable)`,
        quantity: '1',
        assetLevel: 'lv-network',
      }),
    );
    const extra = Decimal.max(lengthM.minus(10), 0);
    if (extra.greaterThan(0))
      lines.push(
        rowLine(row(metre), {
          id: 'quick-lv-main-metres',
          description: 'Further metres of LV main',
          quantity: d(extra),
          assetLevel: 'lv-network',
        }),
      );
    assumptions.push({
      text: `LV main cable size for ${d(kva)} kVA: ${size.label}`,
      source: 'This app’s assumption (001 Part F5 prices mains by cable size)',
      isAppAssumption: true,
    });
    if (isUnmade(site.surface))
      assumptions.push({
        text: `A ${where} is priced as unmade ground`,
        source: '001 Part F5 (rows for footpath or carriageway, and unmade ground)',
        isAppAssumption: true,
      });
  };

  const hvCable = (lengthM: Decimal, purpose: string): void => {
    const first = isUnmade(site.surface) ? '001-F5-16' : '001-F5-15';
    lines.push(
      rowLine(row(first), {
        id: 'quick-hv-cable',
        description: `New HV (11 kV) cable ${purpose}: first 20 m in ${isUnmade(site.surface) ? 'unmade ground' : 'footpath or road'}`,
        quantity: '1',
        assetLevel: 'hv-network',
      }),
    );
    const extra = Decimal.max(lengthM.minus(20), 0);
    if (extra.greaterThan(0))
      lines.push(
        rowLine(row('001-F5-14'), {
          id: 'quick-hv-cable-metres',
          description: 'Further metres of HV cable',
          quantity: d(extra),
          assetLevel: 'hv-network',
        }),
      );
    lines.push(
      illustrativeLine(I.hvJoint, {
        id: 'quick-hv-joint',
        description: 'Joint onto the existing HV network',
        quantity: '1',
        contestable: false,
        assetLevel: 'hv-network',
      }),
    );
    illustrative.push('quick-hv-joint');
  };

  if (capacity.voltage === 'HV') {
    hvCable(site.distance, 'from the nearest 11 kV line or cable to your site');
    lines.push(
      illustrativeLine(I.hvSwitchgear, {
        id: 'quick-hv-switchgear',
        statementItemId: '001-F6-08',
        description: 'HV switchgear with a metering circuit breaker at your site',
        quantity: '1',
        assetLevel: 'hv-network',
      }),
    );
    illustrative.push('quick-hv-switchgear');
    exclusions.push(
      'Your own HV/LV transformer, inverters and site installation behind the metering circuit breaker (a customer-owned substation, 001 Part F6).',
    );
  } else if (capacity.needsSubstation) {
    hvCable(site.distance, 'from the nearest 11 kV cable to the new substation');
    const large = kva.greaterThan(500);
    lines.push(
      illustrativeLine(large ? I.substationLarge : I.substationSmall, {
        id: 'quick-substation',
        statementItemId: large ? '001-F6-04' : '001-F6-02',
        description: `New HV/LV substation (${large ? '500–1,000' : 'up to 500'} kVA)`,
        quantity: '1',
        assetLevel: 'hv-lv-substation',
      }),
    );
    illustrative.push('quick-substation');
    const land =
      answers.substationSite === 'yes'
        ? answers.kind === 'homes'
          ? '001-I-01'
          : '001-I-02'
        : '001-I-03';
    lines.push(
      rowLine(row(land), {
        id: 'quick-substation-site',
        description:
          answers.substationSite === 'yes'
            ? 'Substation site and easements on your land'
            : 'Substation site and easements from another owner',
        quantity: '1',
        kind: 'land-rights',
        contestable: false,
      }),
    );
    if (answers.substationSite !== 'yes')
      assumptions.push({
        text: 'The substation site has to be bought or leased from another owner',
        source: 'Your answer (“no” or “I don’t know”); 001 Part I',
        isAppAssumption: false,
      });
    if (answers.kind === 'homes') {
      const onSite = new Decimal(n - 1).times(F.mainPerHomeM.value);
      lvMains(onSite.plus(10), 'from the substation along the homes');
      assumptions.push(assumptionOf(F.mainPerHomeM, st));
      lines.push(
        rowLine(row(phases === 3 ? '001-F3-05' : '001-F3-01'), {
          id: 'quick-services',
          description: `${phases === 3 ? 'Three' : 'Single'}-phase service to each home from the new main`,
          quantity: String(n),
          assetLevel: 'lv-network',
        }),
      );
      exclusions.push(trenchExclusion(st));
    } else {
      const size = F3_THREE_PHASE.at(-1)!;
      lines.push(
        rowLine(row(size.service), {
          id: 'quick-service',
          description: 'LV cable from the new substation to your supply point',
          quantity: '1',
          assetLevel: 'lv-network',
        }),
      );
    }
  } else if (answers.kind === 'increase') {
    // An existing supply is altered (001 Part F2) up to its 60 kVA three-phase service; above, a new F3 service.
    if (kva.lessThanOrEqualTo(60)) {
      const [service, metre] = F2_ALTERATION[phases][site.surface];
      lines.push(
        rowLine(row(service), {
          id: 'quick-service',
          description: `Alter your supply to a ${phases === 3 ? 'three' : 'single'}-phase service (cable in ${where}, up to 5 m)`,
          quantity: '1',
          assetLevel: 'lv-network',
        }),
      );
      const extra = Decimal.max(site.distance.minus(5), 0);
      if (extra.greaterThan(0))
        lines.push(
          rowLine(row(metre), {
            id: 'quick-service-metres',
            description: `Further metres of service cable in ${where}`,
            quantity: d(extra),
            assetLevel: 'lv-network',
          }),
        );
    } else serviceFromPassingMain(lines, row, kva, phases, site, where);
  } else if (site.isSmallProject && n > 1) {
    const [first, metre] = F1_MAIN[site.surface];
    needsLvExtension = true;
    const length = site.distance.plus(new Decimal(n - 1).times(F.mainPerHomeM.value));
    lines.push(
      rowLine(row(first), {
        id: 'quick-lv-main',
        description: `New LV main to the homes: first 10 m in ${where}`,
        quantity: '1',
        assetLevel: 'lv-network',
      }),
    );
    const extra = Decimal.max(length.minus(10), 0);
    if (extra.greaterThan(0))
      lines.push(
        rowLine(row(metre), {
          id: 'quick-lv-main-metres',
          description: `Further metres of LV main in ${where}`,
          quantity: d(extra),
          assetLevel: 'lv-network',
        }),
      );
    assumptions.push(assumptionOf(F.mainPerHomeM, st));
    lines.push(
      rowLine(row(F1_SERVICE[phases][site.surface]), {
        id: 'quick-services',
        description: `${phases === 3 ? 'Three' : 'Single'}-phase service to each home (up to 5 m)`,
        quantity: String(n),
        assetLevel: 'lv-network',
      }),
    );
  } else if (site.isSmallProject) {
    lines.push(
      rowLine(row(F1_SERVICE[phases][site.surface]), {
        id: 'quick-service',
        description: `${phases === 3 ? 'Three' : 'Single'}-phase service from the main in the street (in ${where}, up to 5 m)`,
        quantity: '1',
        assetLevel: 'lv-network',
      }),
    );
    const extra = Decimal.max(site.distance.minus(5), 0);
    if (extra.greaterThan(0))
      lines.push(
        rowLine(row(F1_SERVICE_METRE[phases][site.surface]), {
          id: 'quick-service-metres',
          description: `Further metres of service cable in ${where}`,
          quantity: d(extra),
          assetLevel: 'lv-network',
        }),
      );
    if (site.surface === 'customer-land')
      assumptions.push({
        text: 'Cable on your land is priced as grass verge',
        source: 'This app’s assumption (001 Part F1 has no row for customer’s land)',
        isAppAssumption: true,
      });
  } else if (answers.kind === 'homes') {
    lvMains(
      site.distance.plus(new Decimal(n - 1).times(F.mainPerHomeM.value)),
      'to and along the homes',
    );
    assumptions.push(assumptionOf(F.mainPerHomeM, st));
    lines.push(
      rowLine(row(phases === 3 ? '001-F3-05' : '001-F3-01'), {
        id: 'quick-services',
        description: `${phases === 3 ? 'Three' : 'Single'}-phase service to each home from the new main (up to 5 m)`,
        quantity: String(n),
        assetLevel: 'lv-network',
      }),
    );
    exclusions.push(trenchExclusion(st));
  } else {
    serviceFromPassingMain(lines, row, kva, phases, site, where);
  }

  // Assessment and design (Part C) by the fee category (Part B Note 1: highest voltage of the assets).
  const fee = classifyFees(
    st.feeCategories,
    {
      type:
        answers.kind === 'generation'
          ? answers.technology === 'battery'
            ? 'storage'
            : 'generation'
          : 'demand',
      importCapacityKva: capacity.importKva,
      exportCapacityKva: capacity.exportKva,
      phases,
      pocVoltage: capacity.voltage,
      premises: n,
      needsLvExtension,
    },
    lines,
    classifyOptionsFromStatement(st),
  );
  const design = st.tables
    .find((t) => t.role === 'assessment-design')
    ?.rows.find((r) => fee.category !== null && r.feeCategory === fee.category);
  if (design)
    lines.push(
      rowLine(design, {
        id: 'quick-design',
        description: `Assessment and design: ${fee.label}`,
        quantity: '1',
        kind: 'fee',
        contestable: false,
      }),
    );
  return lines;
}

function serviceFromPassingMain(
  lines: CostLineInput[],
  row: (id: string) => ReturnType<typeof findRow>,
  kva: Decimal,
  phases: 1 | 3,
  site: Site,
  where: string,
): void {
  const size =
    phases === 1
      ? { service: '001-F3-01', hole: '001-F3-03', metre: '001-F3-04' }
      : F3_THREE_PHASE.find((s) => kva.lessThanOrEqualTo(s.upToKva))!;
  lines.push(
    rowLine(row(size.service), {
      id: 'quick-service',
      description: `${phases === 3 ? 'Three' : 'Single'}-phase service for ${d(kva)} kVA from the main in the street (up to 5 m)`,
      quantity: '1',
      assetLevel: 'lv-network',
    }),
  );
  lines.push(
    rowLine(row(size.hole), {
      id: 'quick-joint-hole',
      description: `Dig and fill the joint hole in ${where}`,
      quantity: '1',
      assetLevel: 'lv-network',
    }),
  );
  const extra = Decimal.max(site.distance.minus(5), 0);
  if (extra.greaterThan(0))
    lines.push(
      rowLine(row(size.metre), {
        id: 'quick-service-metres',
        description: 'Further metres of service cable',
        quantity: d(extra),
        assetLevel: 'lv-network',
      }),
    );
}

// ---------------------------------------------------------------------------
// 002: SP Manweb 2008 (Schedule 1)
// ---------------------------------------------------------------------------

function scheme002(
  st: StatementFile,
  answers: QuickAnswers,
  capacity: QuickCapacity,
  site: Site,
  illustrative: string[],
  assumptions: QuickAssumption[],
  exclusions: string[],
): CostLineInput[] {
  const lines: CostLineInput[] = [];
  const row = (id: string) => findRow(st, id);
  const n = site.premises;
  const phases = capacity.phases;
  assumptions.push({
    text: '002 Schedule 1 prices services and mains the same whatever the surface; where it gives rural and urban costs, the range runs from rural to urban',
    source: '002 Schedule 1 (§3.2)',
    isAppAssumption: false,
  });

  const ruralUrban = (
    base: string,
    o: {
      id: string;
      description: string;
      quantity: string;
      assetLevel: CostLineInput['assetLevel'];
    },
  ): CostLineInput => {
    const rural = row(`${base}-rural`);
    const urban = row(`${base}-urban`);
    if (rural.price.poa || urban.price.poa) throw new MissingRowError(`${base} (priced)`);
    return {
      ...rowLine(rural, o),
      unitPrice: { kind: 'range', low: rural.price.min, high: urban.price.max, expected: null },
      note: `${rural.citation}, rows ${rural.id} (low) and ${urban.id} (high)`,
    };
  };
  const hvCable = (purpose: string): void => {
    lines.push(
      ruralUrban('002-S1-HV-01', {
        id: 'quick-hv-cable',
        description: `New HV (11 kV) cable ${purpose}`,
        quantity: d(site.distance.dividedBy(1000)),
        assetLevel: 'hv-network',
      }),
    );
  };
  const lvMain = (lengthM: Decimal, label: string): void => {
    const main = row('002-S1-LV-03');
    lines.push(
      rowLine(main, {
        id: 'quick-lv-main',
        description: `New LV main ${label}: first 5 m`,
        quantity: '1',
        assetLevel: 'lv-network',
      }),
    );
    const extra = Decimal.max(lengthM.minus(5), 0);
    if (extra.greaterThan(0))
      lines.push(
        rowExtraLine(main, {
          id: 'quick-lv-main-metres',
          description: 'Further metres of LV main',
          quantity: d(extra),
          assetLevel: 'lv-network',
        }),
      );
  };
  const services = (count: number, extraM: Decimal): void => {
    const service = row(phases === 3 ? '002-S1-LV-02' : '002-S1-LV-01');
    lines.push(
      rowLine(service, {
        id: count > 1 ? 'quick-services' : 'quick-service',
        description: `${phases === 3 ? 'Three' : 'Single'}-phase service${count > 1 ? ' to each home' : ''} (up to 5 m)`,
        quantity: String(count),
        assetLevel: 'lv-network',
      }),
    );
    if (extraM.greaterThan(0))
      lines.push(
        rowExtraLine(service, {
          id: 'quick-service-metres',
          description: 'Further metres of service cable',
          quantity: d(extraM),
          assetLevel: 'lv-network',
        }),
      );
  };

  if (capacity.voltage === 'HV') {
    hvCable('from the nearest 11 kV line or cable to your site');
    const sw = row('002-S1-HV-03');
    const from = sw.price.poa ? sw.price.from : null;
    if (from) {
      lines.push(
        illustrativeLine(
          {
            low: from,
            high: from,
            source: `${sw.citation}: priced on application, “from” £${from}`,
          },
          {
            id: 'quick-hv-switchgear',
            statementItemId: sw.id,
            description: 'HV switchgear at your site (the statement’s “from” figure)',
            quantity: '1',
            assetLevel: 'hv-network',
          },
        ),
      );
      illustrative.push('quick-hv-switchgear');
    }
    exclusions.push(
      'Your own HV/LV transformer, inverters and site installation behind the HV switchgear.',
    );
  } else if (capacity.needsSubstation) {
    hvCable('from the nearest 11 kV cable to the new substation');
    lines.push(
      ruralUrban('002-S1-LV-05', {
        id: 'quick-substation',
        description: 'New HV/LV substation',
        quantity: '1',
        assetLevel: 'hv-lv-substation',
      }),
    );
    assumptions.push({
      text: 'The new HV/LV substation is counted once (the statement file gives its unit as “km”)',
      source: '002 Schedule 1, rows 002-S1-LV-05',
      isAppAssumption: true,
    });
    if (answers.kind === 'homes') {
      lvMain(
        new Decimal(n - 1).times(F.mainPerHomeM.value).plus(5),
        'from the substation along the homes',
      );
      services(n, new Decimal(0));
    } else services(1, new Decimal(0));
    exclusions.push('The substation site and easements (land rights are agreed case by case).');
  } else if (answers.kind === 'homes' && n > 1) {
    lvMain(
      site.distance.plus(new Decimal(n - 1).times(F.mainPerHomeM.value)),
      'to and along the homes',
    );
    assumptions.push(assumptionOf(F.mainPerHomeM, st));
    services(n, new Decimal(0));
  } else {
    services(1, Decimal.max(site.distance.minus(5), 0));
  }

  if (capacity.voltage === 'HV' || capacity.needsSubstation) {
    const fee = row('002-S1-AF-01');
    lines.push(
      rowLine(fee, {
        id: 'quick-application-fee',
        description: 'Application fee (11 kV connection)',
        quantity: '1',
        kind: 'fee',
        contestable: false,
      }),
    );
  } else {
    assumptions.push({
      text: 'No application fee: 002 Schedule 1 lists application fees only for connections at 11 kV and above',
      source: '002 Schedule 1, Connection Applications',
      isAppAssumption: false,
    });
  }
  return lines;
}
