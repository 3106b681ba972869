/**
 * Migration of older estimate files (old versions are migrated on read, never
 * rejected). Each entry upgrades a file from its version to the next one; reading a file
 * runs every step from the file's version up to the current one.
 *
 * Version 1 is current, so the table is empty. When version 2 arrives, add
 * `1: (file) => ({ ...file, version: 2, … })` here and raise ESTIMATE_FILE_VERSION.
 */
import { ESTIMATE_FILE_VERSION } from './types';

/** A plain JSON object as read from a file, before validation. */
export type RawEstimateFile = Record<string, unknown>;

/** Upgrades a file of version N (the key) to version N + 1. */
export type Migration = (file: RawEstimateFile) => RawEstimateFile;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

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
