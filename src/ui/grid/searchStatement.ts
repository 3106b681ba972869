/**
 * Find statement price rows for the item picker: every word typed must appear somewhere.
 * Works rows come before fee rows (a fee row mentions "service" in its scope, the user
 * searching "service" wants a service), and rows whose activity or description holds the
 * words before rows that match only on their table's title; otherwise statement order.
 */
import type { StatementFile, StatementRow, StatementTable } from '../../statements/types';
import { formatMoney } from '../../format/money';

export interface StatementHit {
  row: StatementRow;
  table: StatementTable;
}

function haystack(row: StatementRow, table: StatementTable): string {
  const factors = row.factors ? Object.values(row.factors).join(' ') : '';
  return [row.id, row.description, row.activity ?? '', table.title, factors, row.unit]
    .join(' ')
    .toLowerCase();
}

export function searchStatement(
  statement: StatementFile | null,
  query: string,
  limit = 40,
): StatementHit[] {
  if (!statement) return [];
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hits: { hit: StatementHit; rank: number }[] = [];
  for (const table of statement.tables) {
    for (const row of table.rows) {
      const h = haystack(row, table);
      if (!words.every((w) => h.includes(w))) continue;
      const own = `${row.activity ?? ''} ${row.description}`.toLowerCase();
      const ownWords = words.filter((w) => own.includes(w)).length;
      // Lower ranks first: fee rows after works rows, then by how many words the row itself holds.
      const rank = (row.feeCategory ? 1000 : 0) - ownWords;
      hits.push({ hit: { row, table }, rank });
    }
  }
  // Array.prototype.sort is stable: equal ranks keep the statement's order.
  return hits
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((h) => h.hit);
}

/** "£80.00 – £120.00 per m", "POA (from £15,400.00)". */
export function describePrice(row: StatementRow): string {
  const p = row.price;
  const unit =
    row.unit === 'each' ? 'each' : row.unit.startsWith('per') ? row.unit : `per ${row.unit}`;
  if (p.poa) {
    if (p.from) return `POA (from ${formatMoney(p.from)})`;
    if (p.upTo) return `POA (up to ${formatMoney(p.upTo)})`;
    return 'POA';
  }
  const range =
    p.min === p.max ? formatMoney(p.max) : `${formatMoney(p.min)} – ${formatMoney(p.max)}`;
  return `${range} ${unit}`;
}

/** The row's conditions in words ("footpath, urban, 3-phase"). */
export function describeFactors(row: StatementRow): string {
  const f = row.factors;
  if (!f) return '';
  return [f.voltage, f.surface, f.crossing, f.area, f.time, f.phases ? `${f.phases}-phase` : null]
    .filter(Boolean)
    .join(', ');
}
