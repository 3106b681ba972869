/**
 * A deep copy as plain JSON data. Strips `$state` proxies and turns Decimal objects into
 * their string form (Decimal#toJSON), so what reaches IndexedDB is always clonable data.
 * Callers in components should still pass `$state.snapshot(...)`; this is the backstop.
 */
export function toPlain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
