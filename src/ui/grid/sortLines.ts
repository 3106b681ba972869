/**
 * Sorting the cost lines by a column, as a spreadsheet's sort does: figures by value, text
 * alphabetically, blanks and POA last either way, ties kept in their current order.
 */
import Decimal from 'decimal.js';
import type { CostLineInput, LineResult } from '../../engine/types';
import { cellText, type ColumnId } from '../../lines/columns';

/** Columns a user can sort by (the explanation column is not a value). */
export const SORTABLE: ReadonlySet<ColumnId> = new Set<ColumnId>([
  'description',
  'item',
  'quantity',
  'unit',
  'unitPrice',
  'cost',
  'contestable',
  'kind',
  'assetLevel',
  'charging',
  'customer',
  'operator',
]);

/** A figure to sort by, or null for a blank or POA. */
function figure(col: ColumnId, line: CostLineInput, result: LineResult | null): Decimal | null {
  switch (col) {
    case 'quantity':
      return line.quantity.trim() === '' ? null : new Decimal(line.quantity);
    case 'unitPrice': {
      const p = line.unitPrice;
      if (p.kind === 'poa') return null;
      return new Decimal(p.kind === 'fixed' ? p.amount : p.low);
    }
    case 'cost':
      return result && !result.isPoa ? new Decimal(result.cost.expected) : null;
    case 'customer':
      return result ? new Decimal(result.customer.expected) : null;
    case 'operator':
      return result ? new Decimal(result.operator.expected) : null;
    default:
      return null;
  }
}

const NUMERIC = new Set<ColumnId>(['quantity', 'unitPrice', 'cost', 'customer', 'operator']);

/** The line ids in their sorted order. */
export function sortOrder(
  lines: readonly CostLineInput[],
  col: ColumnId,
  resultOf: (lineId: string) => LineResult | null,
  descending: boolean,
): string[] {
  const keyed = lines.map((line, i) => {
    const result = resultOf(line.id);
    if (NUMERIC.has(col)) {
      let value: Decimal | null;
      try {
        value = figure(col, line, result);
      } catch {
        // A quantity not yet a number sorts with the blanks.
        value = null;
      }
      return { id: line.id, i, value, text: '' };
    }
    return { id: line.id, i, value: null, text: cellText(col, line, result).trim() };
  });
  const sign = descending ? -1 : 1;
  keyed.sort((a, b) => {
    const blankA = NUMERIC.has(col) ? a.value === null : a.text === '';
    const blankB = NUMERIC.has(col) ? b.value === null : b.text === '';
    if (blankA !== blankB) return blankA ? 1 : -1;
    if (blankA) return a.i - b.i;
    const c = NUMERIC.has(col)
      ? a.value!.comparedTo(b.value!)
      : a.text.localeCompare(b.text, 'en-GB', { numeric: true, sensitivity: 'base' });
    return c !== 0 ? sign * c : a.i - b.i;
  });
  return keyed.map((k) => k.id);
}
