/**
 * A short name for a statement row: its activity heading and the part of the description
 * that tells the rows apart (001 Part F repeats a long description before "— same side
 * service in typical tarmac footpath"), then the row id.
 */
import type { StatementRow } from '../statements/types';

export function rowLabel(row: Pick<StatementRow, 'activity' | 'description'>): string {
  const dash = row.description.lastIndexOf(' — ');
  const tail = dash >= 0 ? row.description.slice(dash + 3) : row.description;
  const short = tail.length > 110 ? `${tail.slice(0, 107).trimEnd()}…` : tail;
  return row.activity ? `${row.activity}: ${short}` : short;
}
