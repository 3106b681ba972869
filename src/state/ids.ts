/** Short random ids for lines, RSNs and previous-works entries (unique within an estimate). */
export function newId(prefix: string): string {
  const rnd =
    typeof globalThis.crypto?.randomUUID === 'function'
      ? globalThis.crypto.randomUUID().slice(0, 8)
      : Math.random().toString(36).slice(2, 10);
  return `${prefix}-${rnd}`;
}
