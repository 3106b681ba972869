/**
 * A block pasted without a heading row, as a typical Excel sheet gives it (Description, Qty,
 * Unit, Price), mapped by what each column holds. Pasted by position it would land
 * misaligned: the grid's second column is "Statement item", so the quantities would go
 * there. Only a block pasted at the Description column whose second column is not statement
 * items is mapped this way; anything else (a block copied from this grid, or pasted at a
 * column the user chose) goes by position.
 */
import type { ColumnId } from '../../lines/columns';

type Kind = 'empty' | 'item' | 'number' | 'words' | 'text';

const AMOUNT = /^(£\s*)?-?\d[\d,]*(\.\d+)?$/;
const RANGE = /^£?\s*\d[\d,]*(\.\d+)?\s*[-–]\s*£?\s*\d[\d,]*(\.\d+)?$/;
const POA = /^poa$/i;
/** A unit: a short word or abbreviation ("m", "each", "kVA", "no.", "m2"). */
const WORDS = /^[a-z][a-z0-9²³./ ]{0,11}$/i;

interface Column {
  kind: Kind;
  /** Reads as a price: a £ sign, pence, a range or POA. */
  isPrice: boolean;
}

function classify(values: readonly string[], isStatementItem: (text: string) => boolean): Column {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return { kind: 'empty', isPrice: false };
  if (filled.every(isStatementItem)) return { kind: 'item', isPrice: false };
  if (filled.every((v) => AMOUNT.test(v) || RANGE.test(v) || POA.test(v))) {
    const isPrice = filled.some(
      (v) => v.includes('£') || POA.test(v) || RANGE.test(v) || /\.\d\d$/.test(v),
    );
    return { kind: 'number', isPrice };
  }
  if (filled.every((v) => WORDS.test(v))) return { kind: 'words', isPrice: false };
  return { kind: 'text', isPrice: false };
}

/**
 * The column each pasted column goes to (null: not pasted), from what it holds, or null when
 * the block should be pasted by position.
 */
export function contentMapping(
  block: readonly (readonly string[])[],
  startColumn: ColumnId,
  isStatementItem: (text: string) => boolean,
): (ColumnId | null)[] | null {
  const width = Math.max(0, ...block.map((r) => r.length));
  if (startColumn !== 'description' || width < 2) return null;
  const columns = Array.from({ length: width }, (_, c) =>
    classify(
      block.map((r) => r[c] ?? ''),
      isStatementItem,
    ),
  );
  const [first, second] = columns;
  // Pasted by position, the second column goes to Statement item: right when it holds items
  // (or nothing, as a line copied from this grid without one).
  if (!first || !second || second.kind === 'empty' || second.kind === 'item') return null;
  if (first.kind !== 'text' && first.kind !== 'words') return null;
  const mapping: (ColumnId | null)[] = columns.map(() => null);
  mapping[0] = 'description';
  const numbers: number[] = [];
  columns.forEach((col, c) => {
    if (c === 0) return;
    if (col.kind === 'item' && !mapping.includes('item')) mapping[c] = 'item';
    else if (col.kind === 'words' && !mapping.includes('unit')) mapping[c] = 'unit';
    else if (col.kind === 'number') numbers.push(c);
  });
  const [a, b] = numbers;
  if (a !== undefined && b === undefined) {
    mapping[a] = columns[a]!.isPrice ? 'unitPrice' : 'quantity';
  } else if (a !== undefined && b !== undefined) {
    // Quantity then price, as sheets list them; a price first and a plain count second swap.
    const swap = columns[a]!.isPrice && !columns[b]!.isPrice;
    mapping[swap ? b : a] = 'quantity';
    mapping[swap ? a : b] = 'unitPrice';
    // Any later figure is a line total: the grid works that out, so it is not pasted.
  }
  return mapping.includes('quantity') || mapping.includes('unitPrice') ? mapping : null;
}
