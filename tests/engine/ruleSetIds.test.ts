import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const RULE_SETS = join(SRC, 'engine', 'rule-sets');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === RULE_SETS) return [];
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

// A rule-set id compared, or a rule set's id or a statement's methodology tested by value.
const COMPARISON =
  /(===|!==|==|!=)\s*'(cccm|spm-2008|gb-access-scr-2023)'|'(cccm|spm-2008|gb-access-scr-2023)'\s*(===|!==|==|!=)|case '(cccm|spm-2008|gb-access-scr-2023)'|(ruleSet\.id|methodology|ruleSetOverride)\s*(===|!==|==|!=)/;

describe('one rule set per methodology, chosen once', () => {
  it('no rule-set id is compared outside src/engine/rule-sets', () => {
    const offenders = files(SRC).flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${path.slice(SRC.length)}:${i + 1}` }))
        .filter(({ line }) => COMPARISON.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
