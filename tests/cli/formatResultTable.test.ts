import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHARGE_CATEGORIES, COMPARISON_FIGURES } from '../../src/charts/chargeCategories';
import { formatResultTable } from '../../src/cli/formatResultTable';
import { computeEstimate } from '../../src/engine';
import type { EstimateResult, RuleParameters } from '../../src/engine/types';
import { parseEstimateFile } from '../../src/estimate-file/parseEstimateFile';

function resultOf(templatePath: string): EstimateResult {
  const parsed = parseEstimateFile(
    readFileSync(new URL(`../../src/templates/${templatePath}`, import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('template does not parse');
  const { rules } = JSON.parse(
    readFileSync(
      new URL(`../../public/statements/${parsed.file.statementId}.json`, import.meta.url),
      'utf8',
    ),
  ) as { rules: RuleParameters };
  const outcome = computeEstimate(parsed.file.inputs, rules);
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '));
  return outcome.result;
}

describe('formatResultTable', () => {
  it('lists POA lines as POA and says they are left out of the totals', () => {
    const table = formatResultTable(resultOf('starters/starter-hv-generator.json'), 'Generator');
    expect(table.split('\n')[0]).toBe('Generator');
    expect(table).toMatch(/^HV switchgear .*POA\s+Extension Assets\s+POA$/m);
    expect(table).toMatch(/Price on application, not in the totals: HV switchgear/);
  });

  it('shows a range next to the expected figure when low and high differ', () => {
    const table = formatResultTable(resultOf('starters/starter-single-house.json'), 'House');
    // 001 §7 Part F1: £1,280–£1,940 for the service, £55–£80/m for 10 extra metres, £0–£400 design; expected = midpoints.
    expect(table).toMatch(/You pay \(ex VAT\)\s+£2,485\.00 \(£1,830\.00 – £3,140\.00\)/);
  });

  it('shows previous works and omits empty totals (002 Sch 4 §4.2 Ex 2)', () => {
    const table = formatResultTable(resultOf('worked-examples/spm-s4-2-ex-2.json'), 'Upgrade');
    expect(table).toContain('(no cost lines)');
    expect(table).toMatch(/Previous works: .*: £35,000\.00/);
    expect(table).not.toContain('Reinforcement (your share)');
    expect(table).toMatch(/You pay \(ex VAT\)\s+£35,000\.00/);
  });

  it('keeps every table row within its columns', () => {
    const table = formatResultTable(resultOf('worked-examples/ipr-ex-10.json'), 'Ex 10');
    const header = table.split('\n').find((l) => l.startsWith('Description'))!;
    const width = header.length;
    for (const line of table
      .split('\n')
      .filter((l) => /£[\d,]+\.\d\d$/.test(l) && !l.startsWith(' '))) {
      expect(line.length).toBeLessThanOrEqual(width);
    }
    expect(table).toMatch(
      /^Primary transformer\s+£600,000\.00\s+Security CAF\s+22\.6%\s+£135,593\.22$/m,
    );
  });

  it('names the O&M on an Enhanced Scheme the customer asked for as every other view does (001 Ex 3B)', () => {
    const result = resultOf('worked-examples/ipr-ex-03b.json');
    const table = formatResultTable(result, 'Ex 3B');
    expect(result.comparison.excessOm.expected).not.toBe('0.00');
    expect(table).toMatch(new RegExp(`^  ${COMPARISON_FIGURES.excessOm}\\s+£1,800\\.00`, 'm'));
    // Each category it shows carries the one table's label.
    for (const c of CHARGE_CATEGORIES.filter(
      (k) => result.schemes.minimum.totals[k.key].expected !== '0.00',
    ))
      expect(table, c.key).toContain(c.label);
  });
});
