/**
 * A pasted block whose first row is a heading row ("Description, Qty, Unit, Price" from a
 * typical Excel sheet) is pasted by column name rather than by position: the grid's second
 * column is "Statement item", so a block pasted by position would put the quantities there.
 */
import { COLUMNS, type ColumnId } from '../../lines/columns';

const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\((£|gbp|ex vat|excl\.? vat)\)/g, '')
    .replace(/[.:*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const BY_NAME = new Map<string, ColumnId>();
for (const col of COLUMNS) {
  BY_NAME.set(normalise(col.label), col.id);
  for (const n of col.headings) BY_NAME.set(n, col.id);
}

/**
 * The column each heading names (null for one it does not know, or a column already named
 * to its left), or null when the row is not a heading row: it holds a figure, or names
 * fewer than two columns.
 */
export function headerMapping(row: readonly string[]): (ColumnId | null)[] | null {
  if (row.some((cell) => /^\s*[£$€]?\s*-?\d/.test(cell))) return null;
  const seen = new Set<ColumnId>();
  const mapped = row.map((cell) => {
    const id = BY_NAME.get(normalise(cell)) ?? null;
    if (!id || seen.has(id)) return null;
    seen.add(id);
    return id;
  });
  return seen.size >= 2 ? mapped : null;
}

/** Whether a pasted value lands in that column (results are worked out, not pasted). */
export function isPastable(id: ColumnId | null): id is ColumnId {
  return id !== null && COLUMNS.find((c) => c.id === id)?.editor !== 'none';
}

/** A pasted block mapped to the grid's columns, shown for the user to confirm. */
export interface PastePlan {
  /** By its heading row, or by what its columns hold (contentMapping.ts). */
  how: 'heading' | 'content';
  row: number;
  col: number;
  columns: (ColumnId | null)[];
  /** Each pasted column's heading, or the first value in it. */
  headings: string[];
  /** The rows to paste by the mapping. */
  rows: string[][];
  /** What pasting by position pastes instead. */
  block: string[][];
}

/**
 * Whether a block may need mapping by what its columns hold (contentMapping.ts, loaded only
 * then): pasted at Description, with something in its second column.
 */
export function mayMapByContent(block: readonly (readonly string[])[], start: ColumnId): boolean {
  return start === 'description' && block.some((r) => (r[1] ?? '').trim() !== '');
}
