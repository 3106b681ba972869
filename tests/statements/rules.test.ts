import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StatementFile } from '../../src/statements/types';

const load = (file: string): StatementFile =>
  JSON.parse(
    readFileSync(new URL(`../../public/statements/${file}`, import.meta.url), 'utf8'),
  ) as StatementFile;

describe('statement rule parameters', () => {
  it.each(['ipr-v1.7-2025.json', 'spm-2008.json'])('%s names itself in its rules', (file) => {
    const s = load(file);
    expect(s.rules.statementId).toBe(s.id);
  });

  it('001 §4.36: LV connections fund nothing above one voltage level, HV circuit breakers only at EHV/HV', () => {
    const t = load('ipr-v1.7-2025.json').rules.oneVoltageTable;
    expect(t.LV['hv-network']).toBe('apportioned');
    expect(t.LV['ehv-hv-substation']).toBe('circuit-breakers-only');
    expect(t.LV['ehv-network']).toBe('funded');
    expect(t.HV['132-ehv-substation']).toBe('circuit-breakers-only');
    expect(t.EHV['132-network']).toBe('apportioned');
  });
});
