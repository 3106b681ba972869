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

const REFERENCE_PATTERN = /^EST-(\d{4})-(\d{1,9})$/;

/** The year and number of a reference EST-YYYY-NNNN, or null for any other text. */
export function parseReference(reference: string): { year: number; sequence: number } | null {
  const match = REFERENCE_PATTERN.exec(reference.trim());
  if (!match) return null;
  return { year: Number(match[1]), sequence: Number(match[2]) };
}

/**
 * Make the counter for a reference's year at least its number, so that "New estimate" never
 * hands out a reference a stored draft already has. Call inside a transaction on settings.
 */
export async function advanceCounterPast(db: EstimatorDb, reference: string): Promise<void> {
  const parsed = parseReference(reference);
  if (!parsed) return;
  const key = referenceCounterKey(parsed.year);
  const row = await db.settings.get(key);
  const last = typeof row?.value === 'number' ? row.value : 0;
  if (parsed.sequence > last) await db.settings.put({ key, value: parsed.sequence });
}

/** Every reference held by a stored draft or one in the bin. */
export async function referencesInUse(db: EstimatorDb): Promise<Set<string>> {
  const used = new Set<string>();
  // Damaged records may have no file: they hold no reference to avoid.
  await db.estimates.each((record) => {
    if (typeof record?.file?.reference === 'string') used.add(record.file.reference);
  });
  await db.bin.each((entry) => {
    if (typeof entry?.record?.file?.reference === 'string') used.add(entry.record.file.reference);
  });
  return used;
}

export interface ClaimedReference {
  reference: string;
  /** The incoming reference, when it was taken and a new one was given instead. */
  renumberedFrom: string | null;
}

/**
 * The reference for a draft coming in from elsewhere (an import or a share link): its own
 * when no stored draft (or one in the bin) has it, else the next one for `year`. Call inside
 * a transaction on estimates, bin and settings.
 */
export async function claimReference(
  db: EstimatorDb,
  incoming: string,
  year: number,
): Promise<ClaimedReference> {
  const wanted = incoming.trim();
  if (wanted !== '' && !(await referencesInUse(db)).has(wanted)) {
    await advanceCounterPast(db, wanted);
    return { reference: wanted, renumberedFrom: null };
  }
  const reference = await nextFreeReference(db, year);
  return { reference, renumberedFrom: wanted === '' ? null : wanted };
}

/**
 * The next reference for `year` that no stored draft has (one restored or imported with a
 * higher number than the counter is skipped). Call inside a transaction on estimates, bin
 * and settings.
 */
export async function nextFreeReference(db: EstimatorDb, year: number): Promise<string> {
  const used = await referencesInUse(db);
  for (;;) {
    const reference = await nextReference(db, year);
    if (!used.has(reference)) return reference;
  }
}

/** The plain note shown when an incoming reference had to change. */
export const renumberedNote = (from: string, to: string): string =>
  `The reference ${from} is already used by one of your drafts, so this one is now ${to}.`;
