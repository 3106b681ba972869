/**
 * Writes the generated part of docs/engine-rules.md (each rule set's rules with their
 * paragraphs, and the Readings) from the rule-set modules in src/engine/rule-sets. Run
 * `npx tsx scripts/write-engine-rules.ts` after changing a rule set; a test fails while the
 * committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { ruleSetDocs } from '../src/engine/rule-sets';

export const ENGINE_RULES_PATH = fileURLToPath(new URL('../docs/engine-rules.md', import.meta.url));
export const BEGIN = '<!-- generated from src/engine/rule-sets: begin -->';
export const END = '<!-- generated from src/engine/rule-sets: end -->';

/** The whole file's text with its generated section brought up to date and formatted. */
export async function engineRulesText(current: string): Promise<string> {
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/engine-rules.md lacks ${BEGIN} … ${END}`);
  const next = `${current.slice(0, start + BEGIN.length)}\n\n${ruleSetDocs()}\n\n${current.slice(end)}`;
  const options = (await resolveConfig(ENGINE_RULES_PATH)) ?? {};
  return format(next, { ...options, parser: 'markdown' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(ENGINE_RULES_PATH, await engineRulesText(readFileSync(ENGINE_RULES_PATH, 'utf8')));
  console.log('wrote docs/engine-rules.md');
}
