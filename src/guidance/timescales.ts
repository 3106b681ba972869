/**
 * What happens next, from the connection details: the standard for a Point of Connection
 * offer (001 §2.32), offer validity (001 §3.2, §2.14), whether the application is likely to
 * be interactive (001 §2.14), payment terms (001 §4.2) and the application checklist (001 §2.7).
 * Every figure is read from the statement's `parameters`; a statement that does not give one
 * is said so, not filled in from another statement.
 */
import Decimal from 'decimal.js';
import type { ConnectionType, PocVoltage } from '../engine/types';
import type { StatementFile } from '../statements/types';
import { decimalParameter, integerParameter } from './statementParameters';

export type HighestVoltage = PocVoltage;

export interface OfferStandard {
  workingDays: number;
  case: string;
  citation: string;
}

type Params = Pick<StatementFile, 'parameters'> | null | undefined;

const CASES = {
  a: { key: 'pocOfferDaysLvDemand', label: '(a) Low voltage demand' },
  b: { key: 'pocOfferDaysLvGeneration', label: '(b) Low voltage generation' },
  c: { key: 'pocOfferDaysHvDemand', label: '(c) High voltage demand' },
  d: { key: 'pocOfferDaysHvGeneration', label: '(d) High voltage generation' },
  e: { key: 'pocOfferDaysEhvDemand', label: '(e) Extra high voltage demand' },
  f: { key: 'pocOfferDaysOther', label: '(f) Other connections' },
} as const;

/** Which 001 §2.32 case applies. Storage exports, so it is treated as generation. */
export function pointOfConnectionCase(
  type: ConnectionType,
  highestVoltage: HighestVoltage,
): keyof typeof CASES {
  const isDemand = type === 'demand';
  if (highestVoltage === 'LV') return isDemand ? 'a' : 'b';
  if (highestVoltage === 'HV') return isDemand ? 'c' : 'd';
  if (highestVoltage === 'EHV' && isDemand) return 'e';
  return 'f';
}

/**
 * 001 §2.32: the case is chosen by demand or generation and the highest voltage of the
 * assets at the Point of Connection and associated works (LV ≤ 1 kV, HV ≤ 22 kV, EHV ≤ 72 kV).
 * Null when the statement publishes no such standard.
 */
export function pointOfConnectionOfferStandard(
  type: ConnectionType,
  highestVoltage: HighestVoltage,
  statement: Params,
): OfferStandard | null {
  const c = CASES[pointOfConnectionCase(type, highestVoltage)];
  const p = integerParameter(statement, c.key);
  return p ? { workingDays: p.value, case: c.label, citation: p.citation } : null;
}

export interface Interactivity {
  isInteractive: boolean;
  explanation: string;
  citation: string | null;
}

/**
 * 001 §2.14: the interactive process applies where the Maximum Capacity is more than 1 MVA.
 * 002 §2.6 words it "1MVA and above, connected at 11kV and above".
 */
export function interactivity(
  maxCapacityKva: string,
  pocVoltage: PocVoltage,
  statement: Params,
): Interactivity {
  const kva = new Decimal(maxCapacityKva || '0');
  const above = decimalParameter(statement, 'interactiveProcessAboveKva');
  if (above) {
    const yes = kva.gt(above.value);
    return {
      isInteractive: yes,
      explanation: yes
        ? `${kva.toString()} kVA is more than ${above.value} kVA, so the application goes through the interactive process: offers are made in the order applications are complete, and you will be told if it is interactive with others.`
        : `${kva.toString()} kVA is not more than ${above.value} kVA, so the interactive process is not expected to apply.`,
      citation: above.citation,
    };
  }
  const mva = decimalParameter(statement, 'interactiveThresholdMva');
  if (mva) {
    const limit = new Decimal(mva.value).times(1000);
    const yes = kva.gte(limit) && pocVoltage !== 'LV';
    return {
      isInteractive: yes,
      explanation: yes
        ? `${kva.toString()} kVA is ${mva.value} MVA or more and connected above LV, so the interactive-offer principles normally apply.`
        : `The interactive-offer principles normally apply from ${mva.value} MVA connected at 11 kV and above; this connection is not expected to be interactive.`,
      citation: mva.citation,
    };
  }
  return {
    isInteractive: false,
    explanation: 'The statement gives no threshold for interactive applications.',
    citation: null,
  };
}

export interface OfferValidity {
  /** "90 days", "3 months". */
  period: string;
  days: number | null;
  months: number | null;
  explanation: string;
  citation: string;
}

/** How long a Connection Offer stays open (001 §3.2; 30 days once interactive, §2.14). */
export function offerValidity(isInteractive: boolean, statement: Params): OfferValidity | null {
  const normal = integerParameter(statement, 'quoteValidityDays');
  const interactive = integerParameter(statement, 'interactiveValidityDays');
  if (normal) {
    if (isInteractive && interactive) {
      return {
        period: `${interactive.value} days`,
        days: interactive.value,
        months: null,
        explanation: `A Connection Offer is normally open for ${normal.value} days; once an application is interactive with others, an open offer's validity is cut to ${interactive.value} days from the notice where more is left.`,
        citation: `${normal.citation}, ${interactive.citation}`,
      };
    }
    return {
      period: `${normal.value} days`,
      days: normal.value,
      months: null,
      explanation: `A Connection Offer is normally open for acceptance for ${normal.value} days from the date on the letter; after that it expires.`,
      citation: normal.citation,
    };
  }
  const months = integerParameter(statement, 'offerValidityMonths');
  if (months) {
    return {
      period: `${months.value} months`,
      days: null,
      months: months.value,
      explanation: `An offer normally remains open for acceptance for ${months.value} months from the date of issue.`,
      citation: months.citation,
    };
  }
  return null;
}

export interface PaymentTerms {
  text: string;
  /** What it means for this estimate. */
  advice: string;
  citation: string;
}

/**
 * The statement's payment terms (its `paymentTerms` parameter: 001 §4.2, 002 §3.3), with the
 * part that fits the connection; null where the statement does not say.
 */
export function paymentTerms(
  statement: Pick<StatementFile, 'parameters'> | null,
  isSimpleService: boolean,
  isMajor: boolean,
): PaymentTerms | null {
  const terms = statement?.parameters?.paymentTerms;
  if (!terms || typeof terms.value !== 'string') return null;
  const text = terms.value;
  const advice = isSimpleService
    ? 'This looks like a simple service connection: expect to pay the whole charge, ideally when you accept the offer.'
    : isMajor
      ? 'This looks like a larger scheme: expect an initial payment on acceptance and instalments as the work goes on.'
      : 'Expect to pay the charge in full before energisation; ask whether stage payments are possible if the work is phased.';
  return { text, advice, citation: terms.citation };
}

export type ChecklistKey =
  | 'contact'
  | 'address'
  | 'quote-type'
  | 'site-plan'
  | 'connections'
  | 'capacity'
  | 'heating'
  | 'date-required'
  | 'period'
  | 'connection-type'
  | 'disturbing'
  | 'layout-plan';

/**
 * What a typical application form asks for (001 §2.7). Cited from the chosen statement's
 * `applicationChecklist` paragraph where it has one (checklistCitation), otherwise not.
 */
export const APPLICATION_CHECKLIST: readonly {
  key: ChecklistKey;
  item: string;
}[] = [
  {
    key: 'contact',
    item: 'Your name, correspondence address and other contact details',
  },
  {
    key: 'address',
    item: 'The address of the premises where the connection is required',
  },
  {
    key: 'quote-type',
    item: 'Whether you want a budget estimate or a formal connection offer',
  },
  {
    key: 'site-plan',
    item: 'A site location plan showing the site boundary and proposed meter location',
  },
  { key: 'connections', item: 'The number of connections you require' },
  {
    key: 'capacity',
    item: 'The Required Capacity (your maximum power requirement)',
  },
  { key: 'heating', item: 'Details of the heating to be installed' },
  { key: 'date-required', item: 'The date by which you need the connection' },
  {
    key: 'period',
    item: 'Whether the connection is for a fixed period or indefinitely',
  },
  {
    key: 'connection-type',
    item: 'The type of connection: demand, generation or a licensed embedded network',
  },
  {
    key: 'disturbing',
    item: 'Equipment that may disturb the network (large motors, lifts, cranes, hoists, UPS, electronic controls)',
  },
  {
    key: 'layout-plan',
    item: 'If the operator is to do all the work: a scaled site layout plan with connection points and the capacity of each connection',
  },
];
