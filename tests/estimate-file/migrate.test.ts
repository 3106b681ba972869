import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateEstimateFile } from '../../src/estimate-file/migrate';
import { ESTIMATE_FILE_VERSION } from '../../src/estimate-file/types';
import { blankApplication } from '../../src/estimate-file/blankApplication';
import { parseEstimateFile } from '../../src/estimate-file/parseEstimateFile';
import { toPlain } from '../../src/storage/plain';
import { TEMPLATES } from '../../src/templates';
import { sampleEstimate } from '../storage/fixtures/sampleEstimate';

describe('estimate file migrations', () => {
  it('has a step for every version below the current one', () => {
    for (let v = 1; v < ESTIMATE_FILE_VERSION; v += 1) expect(MIGRATIONS[v]).toBeTypeOf('function');
    expect(ESTIMATE_FILE_VERSION).toBe(2);
  });

  it('leaves a current file as it is', () => {
    const file = { format: 'connection-estimate', version: 2, title: 'x' };
    expect(migrateEstimateFile(file, 2)).toEqual({ ok: true, file });
  });

  it('reads a version 1 file of every template as version 2, with no application details yet and every figure unchanged', async () => {
    for (const t of TEMPLATES) {
      const current = toPlain(await t.load());
      const { application: _a, quick: _q, ...rest } = current;
      const v1 = { ...rest, version: 1 };
      const read = parseEstimateFile(JSON.stringify(v1));
      expect(read.ok, t.id).toBe(true);
      if (!read.ok) continue;
      expect(read.file.version).toBe(2);
      expect(read.file.application ?? null).toBeNull();
      expect(read.file.inputs).toEqual(current.inputs);
      expect(read.file.project).toEqual(current.project);
    }
  });

  it('keeps the application details and Quick answers a later version 1 file already held', () => {
    const application = blankApplication();
    application.site.gridReference = 'SJ 40000 66000';
    const v1 = { ...toPlain(sampleEstimate()), version: 1, application };
    const read = parseEstimateFile(JSON.stringify(v1));
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.file.version).toBe(2);
      expect(read.file.application?.site.gridReference).toBe('SJ 40000 66000');
    }
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
