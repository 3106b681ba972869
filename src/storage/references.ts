/**
 * Reference numbers EST-YYYY-NNNN from a per-year counter in the database. The year is
 * passed in (UI code passes "today"), so tests and the CLI never depend on the clock.
 */
import type { EstimatorDb } from './db';
import { referenceCounterKey } from './records';

export function formatReference(year: number, sequence: number): string {
  return `EST-${year}-${String(sequence).padStart(4, '0')}`;
}

/**
 * Take the next reference for `year`. Runs in its own read-write transaction, or joins
 * the caller's when that transaction includes `settings`, so a new draft and its number
 * are written together or not at all.
 */
export async function nextReference(db: EstimatorDb, year: number): Promise<string> {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`A reference year must have four digits, not ${year}.`);
  }
  return db.transaction('rw', db.settings, async () => {
    const key = referenceCounterKey(year);
    const row = await db.settings.get(key);
    const last = typeof row?.value === 'number' ? row.value : 0;
    const next = last + 1;
    await db.settings.put({ key, value: next });
    return formatReference(year, next);
  });
}
