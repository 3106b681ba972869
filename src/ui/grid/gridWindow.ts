/**
 * Which lines of a long grid to put in the page: the ones in view plus a few either side
 * (overscan), and any line that must stay (the focused one, the one being edited), with
 * empty spacer rows standing for the rest so the scroll bar keeps the whole grid's length.
 * Pure, so it is tested without a browser.
 */

/** Fewer lines than this are all rendered: a short grid gains nothing from windowing. */
export const WINDOW_FROM = 100;
/** Lines rendered beyond each edge of the view, so a quick scroll shows no gap. */
export const OVERSCAN = 8;

export interface GridView {
  /** How far the lines' top edge is scrolled above the view's top edge, in px (≥ 0). */
  offset: number;
  /** The height of the view, in px; 0 when nothing is laid out (then every line renders). */
  height: number;
  /** The height of one line row, in px (the smallest seen, so the estimate never leaves a gap). */
  rowHeight: number;
}

export type WindowPart =
  { kind: 'line'; index: number } | { kind: 'gap'; from: number; to: number; px: number };

/** The first and last line index in view, overscan included. */
export function visibleRange(count: number, view: GridView): { first: number; last: number } {
  if (count === 0) return { first: 0, last: -1 };
  if (count < WINDOW_FROM || view.height <= 0 || view.rowHeight <= 0) {
    return { first: 0, last: count - 1 };
  }
  const top = Math.floor(Math.max(0, view.offset) / view.rowHeight);
  const bottom = Math.ceil((Math.max(0, view.offset) + view.height) / view.rowHeight);
  return {
    first: Math.max(0, Math.min(count - 1, top - OVERSCAN)),
    last: Math.max(0, Math.min(count - 1, bottom + OVERSCAN)),
  };
}

/**
 * The parts of the table body, in order: lines to render and the gaps between them (with
 * their height), given the range in view and the lines that must be rendered wherever they are.
 */
export function windowParts(
  count: number,
  range: { first: number; last: number },
  pinned: readonly number[],
  rowHeight: number,
): WindowPart[] {
  const parts: WindowPart[] = [];
  const extra = [...new Set(pinned)]
    .filter((i) => i >= 0 && i < count && (i < range.first || i > range.last))
    .sort((a, b) => a - b);
  let next = 0;
  const gapTo = (end: number) => {
    if (end > next)
      parts.push({ kind: 'gap', from: next, to: end - 1, px: (end - next) * rowHeight });
  };
  const before = extra.filter((i) => i < range.first);
  const after = extra.filter((i) => i > range.last);
  for (const i of before) {
    gapTo(i);
    parts.push({ kind: 'line', index: i });
    next = i + 1;
  }
  gapTo(range.first);
  for (let i = Math.max(next, range.first); i <= range.last && i < count; i += 1) {
    parts.push({ kind: 'line', index: i });
  }
  next = Math.max(next, range.last + 1);
  for (const i of after) {
    gapTo(i);
    parts.push({ kind: 'line', index: i });
    next = i + 1;
  }
  gapTo(count);
  return parts;
}
