/**
 * Migration of older estimate files (old versions are migrated on read, never
 * rejected). Each entry upgrades a file from its version to the next one; reading a file
 * runs every step from the file's version up to the current one.
 *
 * Version 2 added the application block (what an operator's application asks for, its
 * documents' place and milestones) and the Quick estimate's answers (`quick`). Version 3
 * gave cost lines their `voltage` as data, where the engine had read it from their words.
 */
import { lineVoltageFromWords } from './lineVoltageFromWords';
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
  /**
   * 2 → 3. Each line without a `voltage` gets the one its words gave it before (a substation
   * line naming "11kV", a line with no level naming "HV"), so the fee category and the QAS
   * check come out as they did; a line whose words name none is left without.
   */
  2: (file) =>
    withSchemeLines(file, (line) => {
      if (line.voltage !== undefined && line.voltage !== null) return line;
      const voltage = lineVoltageFromWords(line);
      return voltage ? { ...line, voltage } : line;
    }),
};

/** The file with `change` applied to every line of both schemes; anything not shaped so is kept as it is. */
function withSchemeLines(
  file: RawEstimateFile,
  change: (line: Record<string, unknown>) => Record<string, unknown>,
): RawEstimateFile {
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  const inputs = file.inputs;
  if (!isRecord(inputs) || !isRecord(inputs.schemes)) return file;
  const schemes: Record<string, unknown> = { ...inputs.schemes };
  for (const key of ['minimum', 'enhanced']) {
    const scheme = schemes[key];
    if (!isRecord(scheme) || !Array.isArray(scheme.lines)) continue;
    schemes[key] = {
      ...scheme,
      lines: scheme.lines.map((line: unknown) => (isRecord(line) ? change(line) : line)),
    };
  }
  return { ...file, inputs: { ...inputs, schemes } };
}

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
