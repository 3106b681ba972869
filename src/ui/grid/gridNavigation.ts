/**
 * Keyboard movement in the cost-line grid (WAI-ARIA grid pattern plus the spreadsheet keys
 * users already know). Pure: given where the focus is and a key, says where it goes.
 */

export interface GridPos {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/**
 * The new focus position for a navigation key, or null when the key is not a movement (or,
 * for Tab at either end of the grid, when focus should leave the grid as usual).
 */
export function moveFocus(pos: GridPos, input: KeyInput, size: GridSize): GridPos | null {
  if (size.rows === 0 || size.cols === 0) return null;
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const ctrl = Boolean(input.ctrlKey || input.metaKey);
  if (input.altKey) return null;
  const { row, col } = { row: clamp(pos.row, 0, lastRow), col: clamp(pos.col, 0, lastCol) };
  switch (input.key) {
    case 'ArrowUp':
      return { row: ctrl ? 0 : clamp(row - 1, 0, lastRow), col };
    case 'ArrowDown':
      return { row: ctrl ? lastRow : clamp(row + 1, 0, lastRow), col };
    case 'ArrowLeft':
      return { row, col: ctrl ? 0 : clamp(col - 1, 0, lastCol) };
    case 'ArrowRight':
      return { row, col: ctrl ? lastCol : clamp(col + 1, 0, lastCol) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row, col: lastCol };
    case 'PageUp':
      return { row: clamp(row - 10, 0, lastRow), col };
    case 'PageDown':
      return { row: clamp(row + 10, 0, lastRow), col };
    case 'Enter':
      if (ctrl) return null;
      return { row: clamp(row + (input.shiftKey ? -1 : 1), 0, lastRow), col };
    case 'Tab': {
      if (ctrl) return null;
      if (input.shiftKey) {
        if (col > 0) return { row, col: col - 1 };
        return row > 0 ? { row: row - 1, col: lastCol } : null;
      }
      if (col < lastCol) return { row, col: col + 1 };
      return row < lastRow ? { row: row + 1, col: 0 } : null;
    }
    default:
      return null;
  }
}

/** Whether a key press should start editing the active cell (typing or F2). */
export function startsEditing(input: KeyInput): boolean {
  if (input.key === 'F2') return true;
  if (input.ctrlKey || input.metaKey || input.altKey) return false;
  // A printable character: one code point (covers £ and accented letters).
  return [...input.key].length === 1;
}

/** The rectangle spanned by an anchor and the focus, inclusive. */
export function selectionRect(anchor: GridPos, focus: GridPos) {
  return {
    top: Math.min(anchor.row, focus.row),
    bottom: Math.max(anchor.row, focus.row),
    left: Math.min(anchor.col, focus.col),
    right: Math.max(anchor.col, focus.col),
  };
}
