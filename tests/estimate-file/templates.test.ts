import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeEstimate } from '../../src/engine';
import type { RuleParameters } from '../../src/engine/types';
import { parseEstimateFile } from '../../src/estimate-file/parseEstimateFile';
import { TEMPLATES, findTemplate } from '../../src/templates';

const dir = (sub: string) => new URL(`../../src/templates/${sub}/`, import.meta.url);
const files = ['worked-examples', 'starters'].flatMap((sub) =>
  readdirSync(dir(sub))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ sub, name: f, text: readFileSync(new URL(f, dir(sub)), 'utf8') })),
);
const rules = (id: string): RuleParameters =>
  (
    JSON.parse(
      readFileSync(new URL(`../../public/statements/${id}.json`, import.meta.url), 'utf8'),
    ) as { rules: RuleParameters }
  ).rules;

describe('templates', () => {
  it.each(files)('$sub/$name parses cleanly as an estimate file', ({ name, text }) => {
    const result = parseEstimateFile(text);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(`${result.file.id}.json`).toBe(name);
  });

  it('lists every template file exactly once in the index', () => {
    expect(TEMPLATES.map((t) => t.id).sort()).toEqual(
      files.map((f) => f.name.replace(/\.json$/, '')).sort(),
    );
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: index entry agrees with its file and loads',
    async (_id, info) => {
      const file = await info.load();
      expect(file.id).toBe(info.id);
      expect(file.title).toBe(info.title);
      expect(file.statementId).toBe(info.statementId);
      expect(file.source?.citation ?? null).toBe(info.citation);
      expect(findTemplate(info.id)).toBe(info);
    },
  );

  it('every worked example names its source, published total and the statement’s own methodology', async () => {
    const examples = TEMPLATES.filter((t) => t.group !== 'starter');
    expect(examples).toHaveLength(34);
    for (const info of examples) {
      const file = await info.load();
      expect(file.source, info.id).toBeTruthy();
      expect(file.source!.publishedTotal).toMatch(/^\d+$/);
      const expectedStatement = info.citation!.startsWith('001') ? 'ipr-v1.7-2025' : 'spm-2008';
      // Entered as a new estimate: no rule-set choice, so the statement's own methodology applies.
      expect(file.inputs.ruleSetOverride ?? null, info.id).toBeNull();
      expect(file.statementId, info.id).toBe(expectedStatement);
      expect(file.source!.citation.slice(0, 3), info.id).toBe(info.citation!.slice(0, 3));
    }
  });

  it('starters have no published total, use statement prices and compute without errors', async () => {
    const starters = TEMPLATES.filter((t) => t.group === 'starter');
    expect(starters.map((s) => s.id).sort()).toEqual([
      'starter-commercial-lv',
      'starter-housing-development',
      'starter-hv-generator',
      'starter-single-house',
    ]);
    for (const info of starters) {
      const file = await info.load();
      expect(file.source ?? null).toBeNull();
      expect(file.inputs.schemes.minimum.lines.length).toBeGreaterThan(0);
      const outcome = computeEstimate(file.inputs, rules(file.statementId));
      if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('\n'));
      const payable = outcome.result.comparison.payableExVat;
      expect(Number(payable.low)).toBeGreaterThan(0);
      expect(Number(payable.high)).toBeGreaterThan(Number(payable.low));
    }
  });

  it('starters price their lines from rows the statement has', async () => {
    const statement = JSON.parse(
      readFileSync(new URL('../../public/statements/ipr-v1.7-2025.json', import.meta.url), 'utf8'),
    ) as { tables: { rows: { id: string; price: { min?: string; max?: string } }[] }[] };
    const rows = new Map(statement.tables.flatMap((t) => t.rows).map((r) => [r.id, r]));
    for (const info of TEMPLATES.filter((t) => t.group === 'starter')) {
      const file = await info.load();
      for (const line of file.inputs.schemes.minimum.lines) {
        expect(line.statementItemId, `${info.id} ${line.id}`).toBeTruthy();
        const row = rows.get(line.statementItemId!);
        expect(row, `${info.id}: ${line.statementItemId}`).toBeDefined();
        if (line.unitPrice.kind === 'range') {
          expect(line.unitPrice.low).toBe(row!.price.min);
          expect(line.unitPrice.high).toBe(row!.price.max);
        }
      }
    }
  });
});
