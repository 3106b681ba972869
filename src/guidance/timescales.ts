/**
 * What happens next, from the connection details: the standard for a Point of Connection
 * offer (001 §2.32), offer validity (001 §3.2, §2.14), whether the application is likely to
 * be interactive (001 §2.14), payment terms (001 §4.2) and the application checklist (001 §2.7).
 */
import Decimal from 'decimal.js';

export type HighestVoltage = 'LV' | 'HV' | 'EHV' | '132kV';

export interface OfferStandard {
  workingDays: number;
  case: string;
  citation: string;
}

/**
 * 001 §2.32: the case is chosen by demand or generation and the highest voltage of the
 * assets at the Point of Connection and associated works (LV ≤ 1 kV, HV ≤ 22 kV, EHV ≤ 72 kV).
 * Storage exports, so it is treated as generation here.
 */
export function pointOfConnectionOfferStandard(
  type: 'demand' | 'generation' | 'storage',
  highestVoltage: HighestVoltage,
): OfferStandard {
  const isDemand = type === 'demand';
  if (highestVoltage === 'LV') {
    return isDemand
      ? { workingDays: 15, case: '(a) Low voltage demand', citation: '001 §2.32(a)' }
      : { workingDays: 30, case: '(b) Low voltage generation', citation: '001 §2.32(b)' };
  }
  if (highestVoltage === 'HV') {
    return isDemand
      ? { workingDays: 20, case: '(c) High voltage demand', citation: '001 §2.32(c)' }
      : { workingDays: 50, case: '(d) High voltage generation', citation: '001 §2.32(d)' };
  }
  if (highestVoltage === 'EHV' && isDemand) {
    return { workingDays: 50, case: '(e) Extra high voltage demand', citation: '001 §2.32(e)' };
  }
  return { workingDays: 65, case: '(f) Other connections', citation: '001 §2.32(f)' };
}

/** 001 §2.14: the interactive process applies where the Maximum Capacity is more than 1 MVA. */
export function isLikelyInteractive(maxCapacityKva: string): boolean {
  return new Decimal(maxCapacityKva).gt(1000);
}

export interface OfferValidity {
  days: number;
  explanation: string;
  citation: string;
}

export function offerValidity(isInteractive: boolean): OfferValidity {
  return isInteractive
    ? {
        days: 30,
        explanation:
          'A connection offer is normally open for 90 days, but when an application is interactive with others the validity is cut to 30 days from the notice.',
        citation: '001 §3.2, §2.14',
      }
    : {
        days: 90,
        explanation:
          'A connection offer is normally open for acceptance for 90 days from the date on the letter.',
        citation: '001 §3.2',
      };
}

export const PAYMENT_TERMS = {
  text: 'The connection charge is normally paid in full before energisation. For simple service connections, paying when you accept the offer speeds up the work. Phased developments and major works (housing estates, large commercial sites, large generators) may pay an initial amount on acceptance and instalments as the operator spends.',
  citation: '001 §4.2',
} as const;

/** 001 §2.7: what a typical application form asks for. */
export const APPLICATION_CHECKLIST: readonly { item: string; citation: string }[] = [
  { item: 'Your name, correspondence address and other contact details', citation: '001 §2.7' },
  { item: 'The address of the premises where the connection is required', citation: '001 §2.7' },
  { item: 'Whether you want a budget estimate or a formal connection offer', citation: '001 §2.7' },
  {
    item: 'A site location plan showing the site boundary and proposed meter location',
    citation: '001 §2.7',
  },
  { item: 'The number of connections you require', citation: '001 §2.7' },
  { item: 'The Required Capacity (your maximum power requirement)', citation: '001 §2.7' },
  { item: 'Details of the heating to be installed', citation: '001 §2.7' },
  { item: 'The date by which you need the connection', citation: '001 §2.7' },
  { item: 'Whether the connection is for a fixed period or indefinitely', citation: '001 §2.7' },
  {
    item: 'The type of connection: demand, generation or a licensed embedded network',
    citation: '001 §2.7',
  },
  {
    item: 'Equipment that may disturb the network (large motors, lifts, cranes, hoists, UPS, electronic controls)',
    citation: '001 §2.7',
  },
  {
    item: 'If the operator is to do all the work: a scaled site layout plan with connection points and the capacity of each connection',
    citation: '001 §2.7',
  },
];
