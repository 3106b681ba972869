import type { CostLineInput } from './types';

/**
 * Per-line work the engine keeps between calls, keyed by the line object itself: the UI
 * replaces an edited line with a new object, so every other line's record is reused. One
 * WeakMap lookup per line per call serves validation, cost, class key and the computed split.
 */
export interface LineRecord {
  /** Validation issues the line has whatever scheme it is in (paths relative to the line). */
  issues?: { code: string; path: (string | number)[]; message: string }[];
  /** Everything the line's class depends on (see classKey). */
  classKey?: string;
  /** Computed splits, by interned treatment id (a line may sit in both schemes). */
  memo?: { tid: number; value: unknown }[];
  cost?: unknown;
}

const records = new WeakMap<CostLineInput, LineRecord>();

export function lineRecord(line: CostLineInput): LineRecord {
  let r = records.get(line);
  if (!r) {
    r = {};
    records.set(line, r);
  }
  return r;
}

const interned = new Map<string, number>();
let nextId = 1;

/** A small number standing for a treatment key, so memo look-ups compare numbers, not long strings. */
export function internKey(key: string): number {
  let id = interned.get(key);
  if (id === undefined) {
    // Bound the table; ids are never reused, so clearing only costs memo misses.
    if (interned.size > 50_000) interned.clear();
    id = nextId++;
    interned.set(key, id);
  }
  return id;
}
