/** Typed access to the settings table. */
import type { EstimatorDb } from './db';
import type { PersistenceState, SettingsValues } from './records';

export async function getSetting<K extends keyof SettingsValues>(
  db: EstimatorDb,
  key: K,
): Promise<SettingsValues[K] | null> {
  const row = await db.settings.get(key);
  return row ? (row.value as SettingsValues[K]) : null;
}

export async function setSetting<K extends keyof SettingsValues>(
  db: EstimatorDb,
  key: K,
  value: SettingsValues[K],
): Promise<void> {
  await db.settings.put({ key, value });
}

/** The part of `navigator.storage` used here, so tests can pass their own. */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

/**
 * Ask the browser to keep our storage (it may evict it otherwise). Browsers may refuse,
 * headless Chromium always does: that is recorded and shown, not an error.
 */
export async function requestPersistence(
  db: EstimatorDb,
  storage: StorageManagerLike | undefined,
): Promise<PersistenceState> {
  let state: PersistenceState;
  if (!storage?.persist) {
    state = 'unsupported';
  } else {
    try {
      const already = storage.persisted ? await storage.persisted() : false;
      state = already || (await storage.persist()) ? 'granted' : 'denied';
    } catch {
      state = 'denied';
    }
  }
  await setSetting(db, 'persistence', state);
  return state;
}
