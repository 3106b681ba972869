/**
 * Where the grid's focus, selection and open editor are. The whole position is kept for the
 * keyboard and clipboard handlers, and each row also gets its own share of it (RowCursor),
 * written only when that share changes: the cells of a row read their row's share, so
 * moving, selecting or opening an editor updates the rows it touches instead of every cell.
 */
import { untrack } from 'svelte';
import type { EditState } from './GridCell.svelte';
import { selectionRect, type GridPos } from './gridNavigation';

export interface Editing extends EditState {
  row: number;
  col: number;
  /** The undo coalescing key of this edit. */
  session: string;
}

interface Share {
  active: number;
  from: number;
  to: number;
  editing: Editing | null;
}

/** One row's share of the cursor. */
export class RowCursor {
  /** The active cell's column in this row, or −1. */
  active = $state(-1);
  /** The selected columns of this row (from ≤ to), or −1 and −1. */
  from = $state(-1);
  to = $state(-1);
  /** The open editor, when it is in this row. */
  editing = $state.raw<Editing | null>(null);

  constructor(share: Share) {
    this.active = share.active;
    this.from = share.from;
    this.to = share.to;
    this.editing = share.editing;
  }
}

export class GridCursor {
  active = $state.raw<GridPos>({ row: 0, col: 0 });
  anchor = $state.raw<GridPos>({ row: 0, col: 0 });
  editing = $state.raw<Editing | null>(null);
  // Not reactive itself: each entry's fields are.
  #rows: RowCursor[] = [];

  /** Row `index`'s share; in a template, it updates only when that share changes. */
  row(index: number): RowCursor {
    // Untracked: a row's first read must not tie the template to the whole cursor.
    return (this.#rows[index] ??= new RowCursor(untrack(() => this.#shareOf(index))));
  }

  /** The selected block (top-left to bottom-right). */
  get rect() {
    return selectionRect(this.anchor, this.active);
  }

  /** Change any of the three and update the rows whose share changed. */
  set(next: { active?: GridPos; anchor?: GridPos; editing?: Editing | null }): void {
    const before = this.#rowsTouched();
    if (next.active) this.active = next.active;
    if (next.anchor) this.anchor = next.anchor;
    if (next.editing !== undefined) this.editing = next.editing;
    const after = this.#rowsTouched();
    const rect = this.rect;
    for (const rows of [before, after]) {
      for (let r = rows.top; r <= rows.bottom; r += 1) this.#share(r, rect);
      for (const r of rows.others) this.#share(r, rect);
    }
  }

  /** Rows with any share of the cursor: the selected block, the active row, the editor's row. */
  #rowsTouched(): { top: number; bottom: number; others: number[] } {
    const { top, bottom } = this.rect;
    const others = [this.active.row];
    if (this.editing) others.push(this.editing.row);
    return { top, bottom, others };
  }

  #shareOf(r: number, rect = this.rect): Share {
    const inBlock = r >= rect.top && r <= rect.bottom;
    return {
      active: r === this.active.row ? this.active.col : -1,
      from: inBlock ? rect.left : -1,
      to: inBlock ? rect.right : -1,
      editing: this.editing?.row === r ? this.editing : null,
    };
  }

  #share(r: number, rect: { top: number; bottom: number; left: number; right: number }): void {
    const row = this.row(r);
    const { active, from, to, editing } = this.#shareOf(r, rect);
    // Equal values are not written again, so the row's cells are left alone.
    if (row.active !== active) row.active = active;
    if (row.from !== from) row.from = from;
    if (row.to !== to) row.to = to;
    if (row.editing !== editing) row.editing = editing;
  }
}
