/**
 * The figures the Quick estimate turns plain answers into capacity with. Each has its value,
 * where it comes from and when that was published; where no published figure was found the
 * value is this app's assumption and says so (docs/quick-estimate.md lists them all).
 *
 * Two kinds of per-home figure (see the sources): a home's own supply (no diversity), used
 * for one to four homes, and After Diversity Maximum Demand (ADMD), each home's share of the
 * peak of a larger group, used for five or more.
 *
 * A figure a statement publishes names the statement's own paragraph through `fromStatement`
 * (a parameter or a citation key of the chosen statement): with a statement that does not
 * publish it, the figure is still used and shown as this app's assumption, without another
 * statement's paragraph.
 */
import { parameterCitation, statementCitation } from '../statements/statementCitation';
import type { StatementCitationKey } from '../statements/statementCitationKeys';
import type { StatementParameterKey } from '../statements/statementParameterKeys';
import type { StatementFile } from '../statements/types';

/** Where the chosen statement publishes a figure, and how it is cited when it does not. */
export interface StatementSource {
  /** The statement parameter that gives the figure, or the citation key of its paragraph. */
  from: { parameter: StatementParameterKey } | { citation: StatementCitationKey };
  /** Said after the paragraph: the statement's words. */
  words: string;
  /** The source shown when the chosen statement does not publish it (an assumption). */
  otherwise: string;
}

export interface CitedFigure {
  /** A decimal string in the unit named. */
  value: string;
  unit: string;
  /** What the figure is, in plain words. */
  label: string;
  /** Where it comes from; for this app's assumptions, the reasoning. */
  source: string;
  /** When the source was published ("undated" where it gives none; "—" for assumptions). */
  date: string;
  isAssumption: boolean;
  /** Set where the figure is a statement's: `source` is then worked out per statement. */
  fromStatement?: StatementSource;
}

function figure(
  value: string,
  unit: string,
  label: string,
  source: string,
  date: string,
  isAssumption = false,
): CitedFigure {
  return { value, unit, label, source, date, isAssumption };
}

/** A figure the chosen statement publishes (its paragraph and words); `source` is for the docs. */
function statementFigure(
  value: string,
  unit: string,
  label: string,
  fromStatement: StatementSource,
  documented: string,
  date: string,
): CitedFigure {
  return { value, unit, label, source: documented, date, isAssumption: false, fromStatement };
}

export type CitingStatement = Pick<StatementFile, 'citations' | 'parameters'> | null | undefined;

/**
 * Where a figure comes from under the chosen statement: its own paragraph where it
 * publishes the figure, otherwise the figure is this app's assumption and says so.
 */
export function figureSource(
  f: CitedFigure,
  statement: CitingStatement,
): { source: string; isAssumption: boolean } {
  const s = f.fromStatement;
  if (!s) return { source: f.source, isAssumption: f.isAssumption };
  const cited =
    'parameter' in s.from
      ? parameterCitation(statement, s.from.parameter)
      : statementCitation(statement, s.from.citation);
  return cited
    ? { source: `${cited} ${s.words}`, isAssumption: false }
    : { source: s.otherwise, isAssumption: true };
}

export const CAPACITY_FIGURES = {
  /** 001 §3.17: a new non-electrically heated home can take 15 kW. */
  homeSupplyGas: statementFigure(
    '15',
    'kVA',
    'Supply of one new home heated by gas (no electric heating)',
    {
      from: { parameter: 'domesticCapacityKw' },
      words:
        '(“All new domestic connections for non-electrically heated dwellings will have the ability to deliver a maximum demand capacity of 15kW”); kW taken as kVA (unity power factor)',
      otherwise:
        'This app’s assumption: the chosen statement gives no figure; 15 kW is what a current statement of another operator gives a new home without electric heating; kW taken as kVA',
    },
    '001 §3.17, the statement parameter domesticCapacityKw',
    '2025-11',
  ),
  /** UKPN Budget Price Range: 23 kW per new home (a 100 A single-phase service). */
  homeSupplyElectric: figure(
    '23',
    'kVA',
    'Supply of one new home with electric heating, a heat pump or an EV charger',
    'UK Power Networks, Budget Price Range help page (“a new domestic property is assumed to have a demand peak of 23kW”): 100 A × 230 V',
    'undated',
  ),
  admdGas: figure(
    '2',
    'kVA',
    'Share of the peak per home on a development, gas heating, no EV charger',
    'Hydrock, “If electric vehicles are the future…” (2 kVA per gas-heated home after diversity); CLNR-L217 ADMD report (2 kW “normally”)',
    '2019-10-18',
  ),
  admdHeatPumpEv: figure(
    '4.5',
    'kVA',
    'Share of the peak per home on a development, heat pump and EV charger',
    'HBD Online reporting Turley: heat pump and EV homes “typically around 4.5kVA” after diversity',
    'undated',
  ),
  admdHeatPump: figure(
    '3',
    'kVA',
    'Share of the peak per home on a development, heat pump, no EV charger',
    'This app’s assumption: 4.5 kVA (heat pump and EV) less the EV share of 1.5 kVA; the bottom of the 3–7.5 kVA range HBD Online reports',
    '—',
    true,
  ),
  admdDirectElectric: figure(
    '6',
    'kVA',
    'Share of the peak per home on a development, direct electric or storage heating',
    'This app’s assumption: no published figure was found; 6 kVA lies within the 3–7.5 kVA range HBD Online reports. Confirm with the network operator',
    '—',
    true,
  ),
  admdEv: figure(
    '1.5',
    'kVA',
    'Extra share of the peak per home for a 7 kW EV charger',
    'Electric Nation trial data (WPD, 2017–18) as published by the University of Melbourne (github.com/Team-Nando/EV-Demand-Profiles): 1.55 kW per EV at the weekday peak, groups of 100',
    '2021',
  ),
  homeChargerKw: figure(
    '7',
    'kW',
    'Rating of a home EV charger',
    'Approved Document S (England): new homes with parking get a charge point of at least 7 kW',
    '2021-12-15',
  ),
  evDiversityBusiness: figure(
    '1',
    'factor',
    'Diversity for several EV chargers at a business (each counted at its rating)',
    'BS 7671 Reg 722.311 as quoted by the ECA: no diversity on circuits feeding charging points unless load control is fitted',
    '2013',
  ),
  powerFactor: figure(
    '1',
    'factor',
    'kW taken as kVA',
    'This app’s assumption: unity power factor, so 1 kW = 1 kVA',
    '—',
    true,
  ),
  singlePhaseMaxKva: figure(
    '23',
    'kVA',
    'Largest single-phase supply (100 A at 230 V); more needs three phases',
    'NGED LEVI portal, “The application process”: single phase up to 23 kW, three phase up to 69 kVA',
    'undated',
  ),
  threePhaseServiceKva: statementFigure(
    '60',
    'kVA',
    'A standard three-phase service, when no bigger need is given',
    {
      from: { citation: 'threePhaseService' },
      words: '“Three-Phase Service (60kVA)”',
      otherwise:
        'This app’s assumption: the chosen statement gives no size; 60 kVA is the three-phase service a current statement of another operator prices',
    },
    '001 §7 Parts F1, F2, the statement citation threePhaseService',
    '2025-11',
  ),
  unknownFuseA: figure(
    '60',
    'A per phase',
    'Existing main fuse when you do not know it',
    'This app’s assumption: the smallest common main fuse (60 A; 60/80/100 A are usual), so the increase is not understated',
    '—',
    true,
  ),
  phaseNeutralKv: figure(
    '0.23',
    'kV',
    'Voltage of one phase of an LV supply',
    'GB nominal 230 V (ENA LCT form: 60 A = 13.8 kVA)',
    'undated',
  ),
  newSubstationAboveKva: figure(
    '300',
    'kVA',
    'Above this a new substation is likely',
    'This app’s assumption from ENWL’s bands (“major projects … start at 300kVA”) and UKPN CON 08 116 (LV self-determination up to 140 kVA)',
    '—',
    true,
  ),
  lvMaximumKva: statementFigure(
    '1000',
    'kVA',
    'Largest connection normally given at LV',
    {
      from: { parameter: 'lvNormalMaximumKva' },
      words: '(“connections with a maximum demand capacity of up to 1000kVA at low voltage”)',
      otherwise:
        'This app’s assumption: the chosen statement gives no figure; 1,000 kVA is the largest LV connection a current statement of another operator normally gives',
    },
    '001 §3.18, the statement parameter lvNormalMaximumKva',
    '2025-11',
  ),
  mainPerHomeM: figure(
    '10',
    'm',
    'Length of new LV main on site for each home after the first',
    'This app’s assumption: about one plot frontage of main per home',
    '—',
    true,
  ),
  unknownDistanceM: figure(
    '10',
    'm',
    'Distance to the nearest cable when you do not know it',
    'This app’s assumption: a short run, the length a statement’s first row for LV mains may include (“Lay 10m cable or less”)',
    '—',
    true,
  ),
  builderSupplyKva: figure(
    '23',
    'kVA',
    'A builder’s temporary supply when no size is given',
    'This app’s assumption: one single-phase 100 A supply (see the single-phase limit above)',
    '—',
    true,
  ),
} as const satisfies Record<string, CitedFigure>;

export type CapacityFigureId = keyof typeof CAPACITY_FIGURES;

/** Low-carbon routes that may need no estimate at all (shown before the estimate). */
export const NOTIFY_ROUTES = {
  g98: {
    label: 'Install, then notify (G98)',
    text: 'Solar panels, a battery or other generation of up to 16 A per phase (3.68 kW on one phase, 11.04 kW on three) at one home or business is installed first; your installer tells the network operator within 28 days. Above that, the installer applies before installing (G99).',
    // With the chosen statement's own definition of Small-Scale Embedded Generation added
    // where it has one (its ssegMaxAmpsPerPhase parameter: 001 §2.32, §8).
    source: 'ENA Engineering Recommendation G98; NGED “G98 single premises connection procedure”',
  },
  connectAndNotify: {
    label: 'Connect and notify (heat pumps and EV chargers)',
    text: 'A heat pump or EV charger at an existing home is normally installed first and notified within 28 days, if the home’s total maximum demand stays at 60 A or less (13.8 kVA on one phase) and the supply is known to be adequate. Above 60 A, or with a looped or unknown supply, your installer applies before installing.',
    source:
      'ENA “Application Form for the Installation of Low Carbon Technologies”; ENA connections FAQ',
  },
  smallPremisesFunding: {
    label: 'The operator pays for reinforcement for existing small supplies',
    text: 'If your home or business stays on its existing supply (fused at 100 A or less per phase, ordinary meter), the operator pays for any reinforcement needed for your new equipment.',
    // The chosen statement's rule (its smallPremises citation: 001 §4.37–4.38), shown only
    // where its rule set funds them (002 has no such rule).
    source: '',
  },
} as const;
