/**
 * "What happens next" for one estimate: the Point of Connection offer standard for its type
 * and highest voltage (001 §2.32), whether it is likely to be interactive (§2.14), how long an
 * offer stays open (§3.2), payment terms (§4.2) and the application checklist (§2.7) ticked
 * against what the estimate already records. `today` comes from the caller.
 */
import Decimal from 'decimal.js';
import type { ConnectionType, IsoDate } from '../engine/types';
import type { EstimateFile } from '../estimate-file/types';
import type { VoltageLevel } from '../engine/fee-schedule/classifyFees';
import type { StatementFile } from '../statements/types';
import { addDays, addMonths, addWorkingDays, daysBetween, isIsoDate, longDate } from './calendar';
import { decideQas, qasFactsFromEstimate } from './qasConnection';
import { schemeHighestVoltage } from '../engine/fee-schedule/schemeVoltage';
import {
  APPLICATION_CHECKLIST,
  interactivity,
  offerValidity,
  paymentTerms,
  pointOfConnectionOfferStandard,
  type ChecklistKey,
  type Interactivity,
  type OfferStandard,
  type OfferValidity,
  type PaymentTerms,
} from './timescales';
import { statementCitation } from '../statements/statementCitation';

/** 'have': the estimate records it; 'missing': it should and does not; 'elsewhere': not kept in an estimate. */
export type ChecklistStatus = 'have' | 'missing' | 'elsewhere';

export interface ChecklistEntry {
  key: ChecklistKey;
  item: string;
  status: ChecklistStatus;
  detail: string;
}

export interface NextSteps {
  connectionType: ConnectionType;
  highestVoltage: VoltageLevel;
  /** Why that voltage, in plain words. */
  voltageNote: string;
  maxCapacityKva: string;
  offerStandard: OfferStandard | null;
  /** An offer requested today is due by this date (weekdays counted, bank holidays not). */
  offerDueBy: IsoDate | null;
  interactivity: Interactivity;
  validity: OfferValidity | null;
  /** An offer dated today would be open until this date. */
  validUntil: IsoDate | null;
  /** The statement's payment terms; null where it does not say. */
  payment: PaymentTerms | null;
  dateRequiredNote: string | null;
  checklist: ChecklistEntry[];
  /** The statement's paragraph on what to send (001 §2.7); '' where it has none. */
  checklistCitation: string;
}

const ORDER: readonly VoltageLevel[] = ['LV', 'HV', 'EHV', '132kV'];

function maxCapacity(file: EstimateFile): string {
  const c = file.inputs.connection;
  const values = [c.importCapacityKva, c.exportCapacityKva].filter(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  let max = new Decimal(0);
  for (const v of values) {
    try {
      max = Decimal.max(max, new Decimal(v));
    } catch {
      // An unparsable figure is reported by the editor; here it simply does not count.
    }
  }
  return max.toString();
}

function hasText(s: string | null | undefined): boolean {
  return typeof s === 'string' && s.trim() !== '';
}

export function applicationChecklist(file: EstimateFile): ChecklistEntry[] {
  const p = file.project;
  const c = file.inputs.connection;
  const capacity = maxCapacity(file);
  const status: Record<ChecklistKey, { status: ChecklistStatus; detail: string }> = {
    contact:
      hasText(p.applicant.name) && (hasText(p.applicant.email) || hasText(p.applicant.phone))
        ? { status: 'have', detail: `${p.applicant.name}` }
        : {
            status: 'missing',
            detail: 'Add your name and an email address or phone number in Details.',
          },
    address:
      hasText(p.site.address) || hasText(p.site.postcode)
        ? {
            status: 'have',
            detail: [p.site.address, p.site.postcode].filter(hasText).join(', '),
          }
        : { status: 'missing', detail: 'Add the site address or postcode in Details.' },
    'quote-type': {
      status: 'have',
      detail: p.quoteType === 'formal' ? 'A formal connection offer' : 'A budget estimate',
    },
    'site-plan': {
      status: 'elsewhere',
      detail: 'Not kept in an estimate: attach a site location plan to the application.',
    },
    connections:
      p.connections >= 1
        ? { status: 'have', detail: `${p.connections}` }
        : { status: 'missing', detail: 'Enter the number of connections in Details.' },
    capacity: new Decimal(capacity).gt(0)
      ? { status: 'have', detail: `${capacity} kVA` }
      : { status: 'missing', detail: 'Enter the Required Capacity in Details.' },
    heating:
      p.heating === 'unknown'
        ? { status: 'missing', detail: 'Say what heating will be installed (Details).' }
        : {
            status: 'have',
            detail:
              p.heating === 'heat-pump'
                ? 'Heat pumps'
                : p.heating === 'electric'
                  ? 'Electric heating'
                  : 'Non-electric heating',
          },
    'date-required':
      p.dateRequired && isIsoDate(p.dateRequired)
        ? { status: 'have', detail: longDate(p.dateRequired) }
        : { status: 'missing', detail: 'Enter the date you need the connection by (Details).' },
    period: {
      status: 'have',
      detail: c.isTemporary ? 'A temporary connection (up to five years)' : 'Indefinitely',
    },
    'connection-type': {
      status: 'have',
      detail:
        p.premisesType === 'embedded-network'
          ? 'A licensed embedded network'
          : c.type === 'demand'
            ? 'Demand'
            : c.type === 'generation'
              ? 'Generation'
              : 'Storage',
    },
    disturbing: p.disturbingEquipment.present
      ? hasText(p.disturbingEquipment.notes)
        ? { status: 'have', detail: p.disturbingEquipment.notes.trim() }
        : { status: 'missing', detail: 'Describe the disturbing equipment (Details).' }
      : { status: 'have', detail: 'None declared' },
    'layout-plan': p.icpDoesContestable
      ? {
          status: 'have',
          detail: 'Not needed from you: an ICP does the contestable work and designs it.',
        }
      : {
          status: 'elsewhere',
          detail: 'Not kept in an estimate: attach a scaled site layout plan.',
        },
  };
  return APPLICATION_CHECKLIST.map((i) => ({ ...i, ...status[i.key] }));
}

export function nextSteps(
  file: EstimateFile,
  statement: StatementFile | null,
  today: IsoDate,
): NextSteps {
  const c = file.inputs.connection;
  const minV = schemeHighestVoltage(c.pocVoltage, file.inputs.schemes.minimum.lines, statement);
  const enh = file.inputs.schemes.enhanced;
  const enhV = enh ? schemeHighestVoltage(c.pocVoltage, enh.lines, statement) : null;
  const voltageNote =
    minV === c.pocVoltage
      ? `The highest voltage of the scheme's assets, including reinforcement, is ${minV}, the voltage of connection.`
      : `The scheme's assets, including reinforcement, go up to ${minV}, above the ${c.pocVoltage} connection; the higher voltage sets the standard.`;
  const enhNote =
    enhV && ORDER.indexOf(enhV) > ORDER.indexOf(minV)
      ? ` The Enhanced Scheme reaches ${enhV}; if that scheme is the one offered, the ${enhV} standard applies.`
      : '';
  const capacity = maxCapacity(file);
  const offerStandard = pointOfConnectionOfferStandard(c.type, minV, statement);
  const inter = interactivity(capacity, c.pocVoltage, statement);
  const validity = offerValidity(inter.isInteractive, statement);
  const validUntil = validity
    ? validity.days !== null
      ? addDays(today, validity.days)
      : validity.months !== null
        ? addMonths(today, validity.months)
        : null
    : null;
  const offerDueBy = offerStandard ? addWorkingDays(today, offerStandard.workingDays) : null;
  const qas = decideQas(qasFactsFromEstimate(file, statement), statement);
  const isSimple = qas.kind !== 'other';
  const isMajor = file.project.connections >= 5 || new Decimal(capacity).gt(1000) || minV !== 'LV';
  let dateRequiredNote: string | null = null;
  const required = file.project.dateRequired;
  if (required && isIsoDate(required)) {
    const days = daysBetween(today, required);
    if (days < 0) {
      dateRequiredNote = `The date required, ${longDate(required)}, has passed: update it in Details.`;
    } else if (offerDueBy && required <= offerDueBy) {
      dateRequiredNote = `You need the connection by ${longDate(required)}, before an offer requested today is even due (${longDate(offerDueBy)}): apply now and tell the operator the date.`;
    } else {
      dateRequiredNote = `You need the connection by ${longDate(required)}, ${days} days from today. The offer comes first; the work is then programmed after you accept and pay.`;
    }
  }
  return {
    connectionType: c.type,
    highestVoltage: minV,
    voltageNote: voltageNote + enhNote,
    maxCapacityKva: capacity,
    offerStandard,
    offerDueBy,
    interactivity: inter,
    validity,
    validUntil,
    payment: paymentTerms(statement, isSimple, !isSimple && isMajor),
    dateRequiredNote,
    checklist: applicationChecklist(file),
    checklistCitation: statementCitation(statement, 'applicationChecklist'),
  };
}
