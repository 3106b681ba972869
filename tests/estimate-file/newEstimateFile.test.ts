import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RuleParameters } from '../../src/engine/types';
import { computeEstimate } from '../../src/engine';
import { newEstimateFile } from '../../src/estimate-file/newEstimateFile';
import { estimateFileSchema } from '../../src/estimate-file/schema';

describe('newEstimateFile', () => {
  const now = new Date('2026-03-31T09:15:00.000Z');

  it('makes a blank draft dated by the clock it is given', () => {
    const file = newEstimateFile({
      now,
      statementId: 'ipr-v1.7-2025',
      id: 'abc',
      reference: 'EST-2026-0001',
    });
    expect(file).toMatchObject({
      format: 'connection-estimate',
      version: 3,
      id: 'abc',
      reference: 'EST-2026-0001',
      status: 'draft',
      createdAt: '2026-03-31T09:15:00.000Z',
      updatedAt: '2026-03-31T09:15:00.000Z',
      statementId: 'ipr-v1.7-2025',
      source: null,
    });
    expect(file.inputs.applicationDate).toBe('2026-03-31');
    expect(file.inputs.schemes.minimum.lines).toEqual([]);
    expect(file.inputs.schemes.enhanced).toBeNull();
    expect(estimateFileSchema.safeParse(file).success).toBe(true);
  });

  it('gives each new estimate its own id when none is passed', () => {
    const a = newEstimateFile({ now, statementId: 'ipr-v1.7-2025' });
    const b = newEstimateFile({ now, statementId: 'ipr-v1.7-2025' });
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('returns independent objects', () => {
    const a = newEstimateFile({ now, statementId: 'ipr-v1.7-2025', id: 'x' });
    const b = newEstimateFile({ now, statementId: 'ipr-v1.7-2025', id: 'x' });
    a.inputs.schemes.minimum.lines.push({} as never);
    expect(b.inputs.schemes.minimum.lines).toEqual([]);
  });

  it('is an input the engine accepts or explains', () => {
    const file = newEstimateFile({ now, statementId: 'ipr-v1.7-2025', id: 'x' });
    const statement = JSON.parse(
      readFileSync(new URL('../../public/statements/ipr-v1.7-2025.json', import.meta.url), 'utf8'),
    ) as { rules: RuleParameters };
    const outcome = computeEstimate(file.inputs, statement.rules);
    if (!outcome.ok) {
      for (const issue of outcome.issues) expect(issue.message.length).toBeGreaterThan(0);
    } else {
      expect(outcome.result.comparison.payableExVat.expected).toBe('0.00');
    }
  });
});
