/** The draft library's rows: what each shows, and search, filter and sort over them. */
import Decimal from 'decimal.js';
import type { ConnectionType } from '../../engine/types';
import type { EstimateStatus } from '../../estimate-file/types';
import type { EstimateRecord } from '../../storage/records';

export interface DraftRow {
  id: string;
  reference: string;
  title: string;
  site: string;
  type: ConnectionType;
  /** kVA: export capacity for generation and storage, import capacity for demand. */
  capacityKva: string;
  status: EstimateStatus;
  /** ISO date-time of the last save. */
  lastEdited: string;
  record: EstimateRecord;
}

export type SortKey = 'edited-desc' | 'edited-asc' | 'reference' | 'title' | 'capacity-desc';

export const SORT_LABELS: Record<SortKey, string> = {
  'edited-desc': 'Last edited, newest first',
  'edited-asc': 'Last edited, oldest first',
  reference: 'Reference',
  title: 'Title',
  'capacity-desc': 'Capacity, largest first',
};

export const TYPE_LABELS: Record<ConnectionType, string> = {
  demand: 'Demand',
  generation: 'Generation',
  storage: 'Storage',
};

export const STATUS_LABELS: Record<EstimateStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  accepted: 'Accepted',
  archived: 'Archived',
};

export interface LibraryQuery {
  search: string;
  type: ConnectionType | 'all';
  status: EstimateStatus | 'all';
  sort: SortKey;
}

export function draftRow(record: EstimateRecord): DraftRow {
  const { file } = record;
  const connection = file.inputs.connection;
  const capacity =
    connection.type === 'demand'
      ? connection.importCapacityKva
      : (connection.exportCapacityKva ?? connection.importCapacityKva);
  const site = [file.project.site.address, file.project.site.postcode].filter(Boolean).join(', ');
  return {
    id: record.id,
    reference: file.reference,
    title: file.title,
    site,
    type: connection.type,
    capacityKva: capacity,
    status: file.status,
    lastEdited: record.savedAt,
    record,
  };
}

function capacityOf(row: DraftRow): Decimal {
  try {
    return new Decimal(row.capacityKva || '0');
  } catch {
    return new Decimal(0);
  }
}

const COMPARE: Record<SortKey, (a: DraftRow, b: DraftRow) => number> = {
  'edited-desc': (a, b) => b.lastEdited.localeCompare(a.lastEdited),
  'edited-asc': (a, b) => a.lastEdited.localeCompare(b.lastEdited),
  reference: (a, b) => a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }),
  title: (a, b) => a.title.localeCompare(b.title, 'en-GB', { sensitivity: 'base' }),
  'capacity-desc': (a, b) => capacityOf(b).comparedTo(capacityOf(a)),
};

export function filterAndSort(rows: readonly DraftRow[], query: LibraryQuery): DraftRow[] {
  const words = query.search.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  return rows
    .filter((row) => query.type === 'all' || row.type === query.type)
    .filter((row) => query.status === 'all' || row.status === query.status)
    .filter((row) => {
      if (words.length === 0) return true;
      const haystack = `${row.reference} ${row.title} ${row.site}`.toLocaleLowerCase('en-GB');
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => COMPARE[query.sort](a, b) || a.reference.localeCompare(b.reference));
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatEdited(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '—' : dateTime.format(ms);
}
