import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateEstimateFile } from '../../src/estimate-file/migrate';
import { ESTIMATE_FILE_VERSION } from '../../src/estimate-file/types';

describe('estimate file migrations', () => {
  it('has a step for every version below the current one', () => {
    for (let v = 1; v < ESTIMATE_FILE_VERSION; v += 1) expect(MIGRATIONS[v]).toBeTypeOf('function');
    expect(ESTIMATE_FILE_VERSION).toBe(1);
  });

  it('leaves a current file as it is', () => {
    const file = { format: 'connection-estimate', version: 1, title: 'x' };
    expect(migrateEstimateFile(file, 1)).toEqual({ ok: true, file });
  });

  it('runs every step in order from an old version to the target', () => {
    const steps = {
      1: (f: Record<string, unknown>) => ({ ...f, renamed: f.old, old: undefined }),
      2: (f: Record<string, unknown>) => ({ ...f, added: 'yes' }),
    };
    const result = migrateEstimateFile({ version: 1, old: 'kept' }, 1, steps, 3);
    expect(result).toEqual({
      ok: true,
      file: { version: 3, renamed: 'kept', old: undefined, added: 'yes' },
    });
  });

  it('reports a gap in the table instead of rejecting silently', () => {
    const result = migrateEstimateFile({ version: 1 }, 1, { 1: (f) => f }, 3);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/no way to upgrade version 2/);
  });
});
