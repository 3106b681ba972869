/**
 * A plain (non-proxy) copy of reactive state that shares every unchanged part with the
 * previous copy. The engine keeps per-line work keyed by the line object itself, and undo
 * keeps whole estimates: both stay cheap when an edit to one line leaves every other line,
 * and every untouched branch of the estimate, the very same object as before.
 *
 * Only JSON-like data is expected (objects, arrays, strings, numbers, booleans, null);
 * anything else is passed through as it is.
 */
export function plainMirror<T>(current: T, previous: unknown): T {
  return mirror(current, previous) as T;
}

type Obj = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Obj =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

const idOf = (v: unknown): string | undefined =>
  isPlainObject(v) && typeof v.id === 'string' ? v.id : undefined;

function mirror(current: unknown, previous: unknown): unknown {
  if (typeof current !== 'object' || current === null) return current;
  if (Array.isArray(current)) return mirrorArray(current, previous);
  if (!isPlainObject(current)) return current;
  const prev = isPlainObject(previous) ? previous : null;
  const keys = Object.keys(current);
  let isSame = prev !== null && Object.keys(prev).length === keys.length;
  const out: Obj = {};
  for (const key of keys) {
    const before = prev && Object.hasOwn(prev, key) ? prev[key] : undefined;
    const value = mirror(current[key], before);
    out[key] = value;
    if (isSame && (value !== before || !Object.hasOwn(prev!, key))) isSame = false;
  }
  return isSame ? prev : out;
}

function mirrorArray(current: unknown[], previous: unknown): unknown[] {
  const prev = Array.isArray(previous) ? previous : [];
  let isSame = prev.length === current.length;
  // Items with ids (lines, RSNs, previous works) are matched by id, so inserting, deleting or
  // moving one keeps every other item's copy.
  let byId: Map<string, unknown> | null = null;
  const out = new Array<unknown>(current.length);
  for (let i = 0; i < current.length; i += 1) {
    const item = current[i];
    let before = prev[i];
    const id = idOf(item);
    if (id !== undefined && idOf(before) !== id) {
      byId ??= new Map(prev.flatMap((p) => (idOf(p) === undefined ? [] : [[idOf(p)!, p]])));
      before = byId.get(id);
    }
    const value = mirror(item, before);
    out[i] = value;
    if (isSame && value !== prev[i]) isSame = false;
  }
  return isSame ? prev : out;
}
