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
    expect(ESTIMATE_FILE_VERSION).toBe(3);
  });

  it('leaves a current file as it is', () => {
    const file = { format: 'connection-estimate', version: 3, title: 'x' };
    expect(migrateEstimateFile(file, 3)).toEqual({ ok: true, file });
  });

  it('reads a version 1 file of every template as the current version, with no application details yet and every figure unchanged', async () => {
    for (const t of TEMPLATES) {
      const current = toPlain(await t.load());
      const { application: _a, quick: _q, ...rest } = current;
      const v1 = { ...rest, version: 1 };
      const read = parseEstimateFile(JSON.stringify(v1));
      expect(read.ok, t.id).toBe(true);
      if (!read.ok) continue;
      expect(read.file.version).toBe(ESTIMATE_FILE_VERSION);
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
      expect(read.file.version).toBe(ESTIMATE_FILE_VERSION);
      expect(read.file.application?.site.gridReference).toBe('SJ 40000 66000');
    }
  });

  it('gives a version 2 file’s lines the voltage their words gave them, and figures stay', async () => {
    for (const t of TEMPLATES) {
      const current = toPlain(await t.load());
      // The file as version 2 held it: no line carried its voltage.
      const v2 = structuredClone({ ...current, version: 2 });
      for (const s of [v2.inputs.schemes.minimum, v2.inputs.schemes.enhanced]) {
        for (const line of s?.lines ?? []) delete line.voltage;
      }
      const read = parseEstimateFile(JSON.stringify(v2));
      expect(read.ok, t.id).toBe(true);
      if (!read.ok) continue;
      expect(read.file.version).toBe(3);
      // The worked examples' lines say in their data what their words said.
      expect(read.file.inputs, t.id).toEqual(current.inputs);
    }
  });

  it('reads a version 2 line’s voltage from its words only where they decided it', () => {
    const line = (description: string, assetLevel: string | null) => ({
      ...sampleEstimate().inputs.schemes.minimum.lines[0]!,
      description,
      assetLevel,
      statementItemId: null,
    });
    const v2 = toPlain(sampleEstimate()) as unknown as Record<string, unknown> & {
      inputs: { schemes: { minimum: { lines: unknown[] } } };
    };
    v2.version = 2;
    v2.inputs.schemes.minimum.lines = [
      line('150m of HV cable', null),
      line('11kV circuit breaker at Primary Substation B', 'ehv-hv-substation'),
      line('33kV cable', 'hv-network'),
      line('Service cable', null),
      { ...line('Given already', null), voltage: 'EHV' },
      // A transformer counts at its higher voltage (001 §7 Part B Note 1).
      line('2 x 24 MVA 33/11 kV transformers', 'ehv-hv-substation'),
      line('132/33kV grid transformer', '132-ehv-substation'),
    ];
    const read = parseEstimateFile(JSON.stringify(v2));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.inputs.schemes.minimum.lines.map((l) => l.voltage ?? null)).toEqual([
      'HV',
      'HV',
      null,
      null,
      'EHV',
      'EHV',
      '132kV',
    ]);
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
