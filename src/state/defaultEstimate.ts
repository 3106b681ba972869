/**
 * What a newcomer sees on first load with nothing saved: 001 §5 Example 3 (a new LV
 * three-phase 600 kVA connection to commercial premises), Scenario A as the Minimum Scheme
 * and Scenario B (the customer asks for the substation looped in) as the Enhanced Scheme,
 * so there are figures, a comparison and O&M on the excess at once.
 */
import type { CostLineInput, IsoDate, SchemeInput } from '../engine/types';
import { blankProject } from '../estimate-file/newEstimateFile';
import {
  ESTIMATE_FILE_FORMAT,
  ESTIMATE_FILE_VERSION,
  type EstimateFile,
} from '../estimate-file/types';
import { newId } from './ids';

function line(
  description: string,
  quantity: string,
  unit: string,
  amount: string,
  contestable: boolean,
  voltage: CostLineInput['voltage'] = null,
): CostLineInput {
  return {
    id: newId('line'),
    description,
    statementItemId: null,
    quantity,
    unit,
    unitPrice: { kind: 'fixed', amount },
    contestable,
    kind: 'extension',
    assetLevel: null,
    // The cable and joints are HV (001 Ex 3), so the highest voltage of the assets is HV.
    ...(voltage ? { voltage } : {}),
    charging: { rule: 'full' },
  };
}

export function blankScheme(id: 'minimum' | 'enhanced'): SchemeInput {
  return {
    id,
    name: id === 'minimum' ? 'Minimum Scheme' : 'Enhanced Scheme',
    lines: [],
    rsns: [],
    previousWorks: [],
  };
}

export function blankLine(): CostLineInput {
  return {
    id: newId('line'),
    description: '',
    statementItemId: null,
    quantity: '1',
    unit: 'each',
    unitPrice: { kind: 'fixed', amount: '0' },
    contestable: true,
    kind: 'extension',
    assetLevel: null,
    charging: { rule: 'full' },
  };
}

/**
 * A new security section's capacity: secure (N-1), the usual case where a section gives it
 * (001 Ex 12), with the two rating boxes a secure capacity needs (sum less the largest), so
 * the section is plainly incomplete until both are filled rather than wrong with one.
 */
export function blankRatings(): { method: 'ratings'; ratingsKva: string[]; secure: boolean } {
  return { method: 'ratings', ratingsKva: ['', ''], secure: true };
}

/** `now` is an ISO date-time supplied by the caller (the state never reads the clock). */
export function createDefaultEstimate(today: IsoDate, now: string): EstimateFile {
  return {
    format: ESTIMATE_FILE_FORMAT,
    version: ESTIMATE_FILE_VERSION,
    id: newId('est'),
    reference: `EST-${today.slice(0, 4)}-0001`,
    title: 'Example: 600 kVA commercial connection (001 Example 3)',
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    statementId: 'ipr-v1.7-2025',
    project: { ...blankProject(), premisesType: 'commercial', notes: '' },
    inputs: {
      applicationDate: today,
      ruleSetOverride: null,
      connection: {
        type: 'demand',
        importCapacityKva: '600',
        exportCapacityKva: null,
        exportCapacityKw: null,
        pocVoltage: 'LV',
        phases: 3,
        isTemporary: false,
        isSpeculative: false,
        increase: null,
        smallPremises: null,
      },
      schemes: {
        minimum: {
          ...blankScheme('minimum'),
          name: 'Minimum Scheme: 800 kVA substation teed onto HV',
          lines: [
            line('Provision and installation of 150m of HV cable', '150', 'm', '200', true, 'HV'),
            line('800kVA substation', '1', 'each', '17000', true),
            line('Provision and installation LV cabling', '1', 'each', '4400', true),
            line('Metering panel', '1', 'each', '800', true),
            line('HV joint to network', '1', 'each', '1900', false, 'HV'),
          ],
        },
        enhanced: {
          ...blankScheme('enhanced'),
          name: 'Enhanced Scheme: substation looped into HV',
          lines: [
            line(
              'Provision and installation of 300m of HV cable',
              '1',
              'each',
              '35000',
              true,
              'HV',
            ),
            line('800kVA substation', '1', 'each', '20000', true),
            line('Provision and installation LV cabling', '1', 'each', '4400', true),
            line('Metering panel', '1', 'each', '800', true),
            line('HV joints to network', '1', 'each', '2900', false, 'HV'),
          ],
        },
      },
      enhancement: { requestedBy: 'customer' },
      // Example 3B's O&M rate is "illustrative" (001 §5 Ex 3 note); §6.2 sets 24 %.
      omOverride: { method: 'percentage', rate: '0.20', citation: '001 §5 Ex 3B (illustrative)' },
      vatRate: null,
    },
    source: {
      citation: '001 §5 Example 3A/3B',
      publishedTotal: '64900',
      erratum: null,
    },
  };
}
