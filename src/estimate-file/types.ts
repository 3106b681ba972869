/**
 * The estimate file (docs/estimate-file.md): the user's inputs around the engine's
 * EstimateInput. It is what IndexedDB stores, what export/import and share links carry,
 * and what the CLI reads. Plain JSON data only: money and quantities are strings.
 */
import type { EstimateInput, IsoDate, Money } from '../engine/types';
import type { QuickState } from './quickTypes';
import type { ApplicationDetails } from './applicationTypes';

export const ESTIMATE_FILE_FORMAT = 'connection-estimate';
export const ESTIMATE_FILE_VERSION = 3;

export type EstimateStatus = 'draft' | 'sent' | 'accepted' | 'archived';

export interface ProjectDetails {
  applicant: { name: string; organisation: string; email: string; phone: string };
  site: { address: string; postcode: string };
  /** What the user is preparing for (001 §2.9 budget estimate, §2.12 formal offer). */
  quoteType: 'budget' | 'formal';
  /** Number of connections or plots. */
  connections: number;
  premisesType: 'domestic' | 'commercial' | 'industrial' | 'mixed' | 'embedded-network' | 'other';
  heating: 'non-electric' | 'electric' | 'heat-pump' | 'unknown';
  dateRequired: IsoDate | null;
  /** Motors, welders, heat pumps and the like that may disturb the network. */
  disturbingEquipment: { present: boolean; notes: string };
  /** An Independent Connection Provider will do the Contestable Work. */
  icpDoesContestable: boolean;
  notes: string;
  /**
   * The exclusions checklist (001 §4.10): true = left out of this estimate (the default for
   * a missing key or a file without the field), false = the estimate's lines cover it.
   */
  exclusions?: Partial<Record<ExclusionKey, boolean>> | null;
}

export const EXCLUSION_KEYS = [
  'civilsByOthers',
  'substationPlinth',
  'earthing',
  'streetWorks',
  'landRights',
  'outOfHours',
  'diversions',
] as const;
export type ExclusionKey = (typeof EXCLUSION_KEYS)[number];

/** Where a worked-example template comes from and the figure the document publishes. */
export interface TemplateSource {
  citation: string;
  publishedTotal: Money;
  /** Any slip in the document's arithmetic, in plain words; the engine follows the methodology, not the slip. */
  erratum?: string | null;
}

/**
 * Text typed into a cost-line cell that the line cannot take yet ("12 m" as a quantity):
 * the line keeps its last good value, and the text waits in the cell, with why, until it
 * is corrected. Stored so that a draft reopens exactly as it was left.
 */
export interface UnfinishedCell {
  scheme: 'minimum' | 'enhanced';
  lineId: string;
  /** The grid column, e.g. "quantity" (src/lines/columns.ts). */
  column: string;
  text: string;
  message: string;
}

export interface EstimateFile {
  format: typeof ESTIMATE_FILE_FORMAT;
  version: typeof ESTIMATE_FILE_VERSION;
  id: string;
  /** e.g. "EST-2026-0001". */
  reference: string;
  title: string;
  status: EstimateStatus;
  /** ISO date-times. */
  createdAt: string;
  updatedAt: string;
  /** Which statement prices and rules the estimate uses, e.g. "ipr-v1.7-2025". */
  statementId: string;
  project: ProjectDetails;
  inputs: EstimateInput;
  source?: TemplateSource | null;
  /** Cells still holding text the line could not take; absent when there are none. */
  unfinishedCells?: UnfinishedCell[] | null;
  /** What an operator's application asks for, and what happened next (applicationTypes.ts). */
  application?: ApplicationDetails | null;
  /** The Quick estimate's answers and the fingerprint of the lines it last wrote (src/quick). */
  quick?: QuickState | null;
}
