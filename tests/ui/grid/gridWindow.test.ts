// Which lines a long grid renders: the view plus overscan, the pinned lines wherever they
// are, and gaps standing for the rest with their height, in order and covering every line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OVERSCAN,
  visibleRange,
  WINDOW_FROM,
  windowParts,
  type WindowPart,
} from '../../../src/ui/grid/gridWindow';

const view = { offset: 0, height: 600, rowHeight: 30 };

/** Every line index once, in order, from the parts (gaps expanded). */
const covered = (parts: WindowPart[]) =>
  parts.flatMap((p) =>
    p.kind === 'line' ? [p.index] : Array.from({ length: p.to - p.from + 1 }, (_, i) => p.from + i),
  );

describe('grid window', () => {
  it('renders every line of a short grid, and of any grid not laid out yet', () => {
    expect(visibleRange(WINDOW_FROM - 1, view)).toEqual({ first: 0, last: WINDOW_FROM - 2 });
    expect(visibleRange(5000, { ...view, height: 0 })).toEqual({ first: 0, last: 4999 });
    expect(visibleRange(0, view)).toEqual({ first: 0, last: -1 });
  });

  it('renders the lines in view plus the overscan', () => {
    expect(visibleRange(2000, view)).toEqual({ first: 0, last: 20 + OVERSCAN });
    expect(visibleRange(2000, { ...view, offset: 30 * 1000 })).toEqual({
      first: 1000 - OVERSCAN,
      last: 1020 + OVERSCAN,
    });
    expect(visibleRange(2000, { ...view, offset: 30 * 5000 }).last).toBe(1999);
  });

  it('keeps a pinned line outside the view, between gaps of the right height', () => {
    const parts = windowParts(2000, { first: 0, last: 28 }, [1999], 30);
    expect(parts.at(-1)).toEqual({ kind: 'line', index: 1999 });
    expect(parts.at(-2)).toEqual({ kind: 'gap', from: 29, to: 1998, px: 1970 * 30 });
    const before = windowParts(2000, { first: 1000, last: 1030 }, [3], 30);
    expect(before.slice(0, 3)).toEqual([
      { kind: 'gap', from: 0, to: 2, px: 90 },
      { kind: 'line', index: 3 },
      { kind: 'gap', from: 4, to: 999, px: 996 * 30 },
    ]);
  });

  it('covers every line exactly once, in order, rendering the range and the pinned lines', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.nat(200_000),
        fc.integer({ min: 1, max: 2000 }),
        fc.array(fc.integer({ min: -1, max: 3000 }), { maxLength: 3 }),
        (count, offset, height, pinned) => {
          const range = visibleRange(count, { offset, height, rowHeight: 30 });
          const parts = windowParts(count, range, pinned, 30);
          expect(covered(parts)).toEqual(Array.from({ length: count }, (_, i) => i));
          const lines = new Set(parts.filter((p) => p.kind === 'line').map((p) => p.index));
          for (let i = range.first; i <= range.last; i += 1) expect(lines.has(i)).toBe(true);
          for (const p of pinned) if (p >= 0 && p < count) expect(lines.has(p)).toBe(true);
          // The view spans at most ceil(height / 30) + 1 rows (a part row at each edge); the
          // range adds the overscan either side, and each pinned line may add one more.
          if (count >= WINDOW_FROM)
            expect(lines.size).toBeLessThanOrEqual(
              Math.ceil(height / 30) + 2 + 2 * OVERSCAN + pinned.length,
            );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
