/**
 * A blank estimate: one empty Minimum Scheme, a demand connection at LV, today's date as
 * the application date, and empty project details. The caller passes the clock and the id
 * source in, so the result is reproducible in tests.
 */
import type { EstimateFile, ProjectDetails } from './types';
import { ESTIMATE_FILE_FORMAT, ESTIMATE_FILE_VERSION } from './types';

export interface NewEstimateOptions {
  /** The current moment; its date becomes the application date. */
  now: Date;
  /** Which statement's prices and rules to use, e.g. "ipr-v1.7-2025". */
  statementId: string;
  /** Default: crypto.randomUUID(). */
  id?: string;
  /** e.g. "EST-2026-0001"; default: empty, for the app to assign. */
  reference?: string;
  title?: string;
}

export function blankProject(): ProjectDetails {
  return {
    applicant: { name: '', organisation: '', email: '', phone: '' },
    site: { address: '', postcode: '' },
    quoteType: 'budget',
    connections: 1,
    premisesType: 'domestic',
    heating: 'unknown',
    dateRequired: null,
    disturbingEquipment: { present: false, notes: '' },
    icpDoesContestable: false,
    notes: '',
  };
}

export function newEstimateFile(options: NewEstimateOptions): EstimateFile {
  const stamp = options.now.toISOString();
  return {
    format: ESTIMATE_FILE_FORMAT,
    version: ESTIMATE_FILE_VERSION,
    id: options.id ?? crypto.randomUUID(),
    reference: options.reference ?? '',
    title: options.title ?? 'New estimate',
    status: 'draft',
    createdAt: stamp,
    updatedAt: stamp,
    statementId: options.statementId,
    project: blankProject(),
    inputs: {
      applicationDate: stamp.slice(0, 10),
      ruleSetOverride: null,
      connection: {
        type: 'demand',
        importCapacityKva: '0',
        exportCapacityKva: null,
        exportCapacityKw: null,
        pocVoltage: 'LV',
        phases: 1,
        isTemporary: false,
        isSpeculative: false,
        increase: null,
        smallPremises: null,
      },
      schemes: {
        minimum: { id: 'minimum', name: 'Minimum Scheme', lines: [], rsns: [], previousWorks: [] },
        enhanced: null,
      },
      enhancement: null,
      omOverride: null,
      vatRate: null,
    },
    source: null,
  };
}
