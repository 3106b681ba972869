/**
 * Sorting the cost lines by a column, as a spreadsheet's sort does: figures by value, text
 * alphabetically, blanks and POA last either way, ties kept in their current order.
 */
import Decimal from 'decimal.js';
import type { CostLineInput, LineResult } from '../../engine/types';
import { COLUMNS, cellText, columnDef, type ColumnId } from '../../lines/columns';

/** Columns a user can sort by (the explanation column is not a value). */
export const SORTABLE: ReadonlySet<ColumnId> = new Set(
  COLUMNS.filter((c) => c.sort !== undefined).map((c) => c.id),
);

/** The line ids in their sorted order. */
export function sortOrder(
  lines: readonly CostLineInput[],
  col: ColumnId,
  resultOf: (lineId: string) => LineResult | null,
  descending: boolean,
): string[] {
  const sort = columnDef(col).sort;
  const figure = typeof sort === 'function' ? sort : null;
  const keyed = lines.map((line, i) => {
    const result = resultOf(line.id);
    if (figure) {
      let value: Decimal | null;
      try {
        value = figure(line, result);
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
    const blankA = figure ? a.value === null : a.text === '';
    const blankB = figure ? b.value === null : b.text === '';
    if (blankA !== blankB) return blankA ? 1 : -1;
    if (blankA) return a.i - b.i;
    const c = figure
      ? a.value!.comparedTo(b.value!)
      : a.text.localeCompare(b.text, 'en-GB', { numeric: true, sensitivity: 'base' });
    return c !== 0 ? sign * c : a.i - b.i;
  });
  return keyed.map((k) => k.id);
}
