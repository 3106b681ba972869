/**
 * What the engine keeps between calls about a whole list of lines, so that an edit to one line
 * costs work for that line, not for every line: the UI replaces an edited line with a new object
 * and keeps every other line the same object, so comparing the new list with the last one seen,
 * object by object, finds the lines that changed.
 *
 * The engine stays a pure function: the kept state only saves work. It is found by a caller's
 * signature of everything else the work depends on, and it holds its own copy of the list, so
 * a caller that changes an array in place is compared against what was actually computed.
 */

/** More changed lines than this and starting afresh is as quick. */
const MAX_CHANGED = 16;

/**
 * The indices at which `next` holds another object than `prev`, or null when the lists differ
 * in length or in more than MAX_CHANGED places.
 */
export function changedLines<T>(prev: readonly T[], next: readonly T[]): number[] | null {
  if (prev.length !== next.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < next.length; i += 1) {
    if (prev[i] !== next[i]) {
      if (changed.length === MAX_CHANGED) return null;
      changed.push(i);
    }
  }
  return changed;
}

/** Each store of kept work: empties itself and gives back how to put its contents back. */
const everyKeeper = new Set<() => () => void>();

/**
 * Runs `fn` as if no earlier call had kept anything, then puts back what was kept before: a
 * test compares a result with one worked out from nothing this way. (A copy of the estimate
 * is not enough: a scheme of a few lines differs from the kept list in few enough places to
 * be worked out from it.)
 */
export function withNothingKept<T>(fn: () => T): T {
  const putBack = [...everyKeeper].map((empty) => empty());
  try {
    return fn();
  } finally {
    for (const put of putBack) put();
  }
}

/** A map of kept work that withNothingKept empties too. */
export function keptMap<K, V>(): Map<K, V> {
  const map = new Map<K, V>();
  everyKeeper.add(() => {
    const saved = [...map];
    map.clear();
    return () => {
      map.clear();
      for (const [k, v] of saved) map.set(k, v);
    };
  });
  return map;
}

/** A few recent states, most recent first, each for one signature and one list of lines. */
export class RecentStates<S extends { signature: string; lines: readonly unknown[] }> {
  readonly #states: S[] = [];
  constructor(private readonly size: number) {
    everyKeeper.add(() => {
      const saved = this.#states.splice(0);
      return () => this.#states.splice(0, this.#states.length, ...saved);
    });
  }

  /** A state with this signature whose lines differ from `lines` in few places, and where. */
  find(signature: string, lines: readonly unknown[]): { state: S; changed: number[] } | null {
    for (const state of this.#states) {
      if (state.signature !== signature) continue;
      const changed = changedLines(state.lines, lines);
      if (changed) return { state, changed };
    }
    return null;
  }

  /** Keeps `state` as the most recent (replacing `previous`, the state it was made from). */
  keep(state: S, previous: S | null = null): void {
    const i = previous ? this.#states.indexOf(previous) : -1;
    if (i >= 0) this.#states.splice(i, 1);
    this.#states.unshift(state);
    if (this.#states.length > this.size) this.#states.length = this.size;
  }

  /** Drops a state that may be half-updated (its work stopped with an error). */
  forget(state: S): void {
    const i = this.#states.indexOf(state);
    if (i >= 0) this.#states.splice(i, 1);
  }
}
