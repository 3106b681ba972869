/**
 * Cost lines priced from a statement's own rows: the row's min–max becomes a range, a POA row
 * stays POA (excluded from the totals and listed), and each line keeps the row's id so the
 * expert grid shows where its price comes from.
 */
import type { AssetLevel, CostLineInput, LineKind, PriceInput } from '../engine/types';
import type { PriceCell, StatementFile, StatementRow } from '../statements/types';
import type { IllustrativeCost } from './illustrativeCosts';

export class MissingRowError extends Error {
  constructor(readonly rowId: string) {
    super(`The statement has no row ${rowId}.`);
    this.name = 'MissingRowError';
  }
}

export function findRow(statement: StatementFile, rowId: string): StatementRow {
  for (const table of statement.tables) {
    const row = table.rows.find((r) => r.id === rowId);
    if (row) return row;
  }
  throw new MissingRowError(rowId);
}

export function priceOf(cell: PriceCell): PriceInput {
  return cell.poa
    ? { kind: 'poa' }
    : { kind: 'range', low: cell.min, high: cell.max, expected: null };
}

export interface LineOptions {
  id: string;
  description: string;
  quantity: string;
  kind?: LineKind;
  contestable?: boolean;
  assetLevel?: AssetLevel | null;
  note?: string;
}

/** A line priced from the row's main charge. */
export function rowLine(row: StatementRow, o: LineOptions): CostLineInput {
  return {
    id: o.id,
    description: o.description,
    statementItemId: row.id,
    quantity: o.quantity,
    unit: row.unit,
    unitPrice: priceOf(row.price),
    contestable: o.contestable ?? row.contestable ?? true,
    kind: o.kind ?? 'extension',
    assetLevel: o.assetLevel ?? null,
    charging: { rule: 'full' },
    note: o.note ?? `${row.citation}, row ${row.id}`,
  };
}

/** A line priced from the row's first extra charge (e.g. 002 Schedule 1 "plus per metre"). */
export function rowExtraLine(row: StatementRow, o: LineOptions): CostLineInput {
  const extra = row.extra?.[0];
  if (!extra) throw new MissingRowError(`${row.id} (per-metre charge)`);
  return {
    ...rowLine(row, o),
    unit: extra.unit,
    unitPrice: priceOf(extra.price),
    note: o.note ?? `${row.citation}, row ${row.id}: ${extra.label}`,
  };
}

export const ILLUSTRATIVE_NOTE = 'Illustrative figure, not a firm price';

/** A line for an item the statement prices on application, from its worked examples. */
export function illustrativeLine(
  cost: IllustrativeCost,
  o: LineOptions & { statementItemId?: string | null },
): CostLineInput {
  return {
    id: o.id,
    description: `${o.description} (illustrative)`,
    statementItemId: o.statementItemId ?? null,
    quantity: o.quantity,
    unit: 'each',
    unitPrice:
      cost.low === cost.high
        ? { kind: 'fixed', amount: cost.low }
        : { kind: 'range', low: cost.low, high: cost.high, expected: null },
    contestable: o.contestable ?? true,
    kind: o.kind ?? 'extension',
    assetLevel: o.assetLevel ?? null,
    charging: { rule: 'full' },
    note: `${ILLUSTRATIVE_NOTE}: ${cost.source}`,
  };
}
