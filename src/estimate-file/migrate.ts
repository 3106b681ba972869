/**
 * Migration of older estimate files (old versions are migrated on read, never
 * rejected). Each entry upgrades a file from its version to the next one; reading a file
 * runs every step from the file's version up to the current one.
 *
 * Version 2 added the application block (what an operator's application asks for, its
 * documents' place and milestones) and the Quick estimate's answers (`quick`).
 */
import { ESTIMATE_FILE_VERSION } from './types';

/** A plain JSON object as read from a file, before validation. */
export type RawEstimateFile = Record<string, unknown>;

/** Upgrades a file of version N (the key) to version N + 1. */
export type Migration = (file: RawEstimateFile) => RawEstimateFile;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  /**
   * 1 → 2. A version 1 file from before the application block has none: it reads as "no
   * application details yet" (null), and Quick estimate answers as absent. Later version 1
   * files already carry both blocks in the version 2 shape, so they are kept as they are.
   */
  1: (file) => ({ ...file, application: file.application ?? null, quick: file.quick ?? null }),
};

export type MigrationOutcome = { ok: true; file: RawEstimateFile } | { ok: false; message: string };

/**
 * Upgrades `file` from `fromVersion` to `toVersion`, one step at a time. The table and the
 * target can be passed in so the mechanism is testable before a real migration exists.
 */
export function migrateEstimateFile(
  file: RawEstimateFile,
  fromVersion: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  toVersion: number = ESTIMATE_FILE_VERSION,
): MigrationOutcome {
  let current = file;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = migrations[version];
    if (!step) {
      return {
        ok: false,
        message: `This estimate file has format version ${fromVersion}, and this app has no way to upgrade version ${version}. Please report this file so it can be supported.`,
      };
    }
    current = { ...step(current), version: version + 1 };
  }
  return { ok: true, file: current };
}
