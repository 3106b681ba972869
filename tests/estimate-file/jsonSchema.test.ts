import { ESTIMATE_FILE_VERSION } from '../../src/estimate-file/types';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, estimateSchemaText } from '../../scripts/write-estimate-schema';

describe('docs/estimate-file.schema.json', () => {
  it('is up to date with the zod schema (run `npx tsx scripts/write-estimate-schema.ts`)', async () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(await estimateSchemaText());
  });

  it('describes the format, version and decimal strings', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as {
      properties: Record<string, { const?: unknown }>;
      required: string[];
    };
    expect(schema.properties.format!.const).toBe('connection-estimate');
    expect(schema.properties.version!.const).toBe(ESTIMATE_FILE_VERSION);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'inputs']));
    expect(JSON.stringify(schema)).toContain('^\\\\d{1,15}(\\\\.\\\\d{1,10})?$');
  });
});
