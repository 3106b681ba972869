import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_RULES_PATH, engineRulesText } from '../../scripts/write-engine-rules';
import { allReadings } from '../../src/engine/rule-sets';

describe('docs/engine-rules.md', () => {
  it("lists every rule set's rules and every reading as the rule-set modules do (run `npx tsx scripts/write-engine-rules.ts`)", async () => {
    const current = readFileSync(ENGINE_RULES_PATH, 'utf8');
    expect(current).toBe(await engineRulesText(current));
    expect(current).toContain('## Readings');
    for (const r of allReadings()) expect(current).toContain(`**${r.id}**`);
  });
});
