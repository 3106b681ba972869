import {
  ECCR_DATE_READING,
  GENERATION_THRESHOLD_READING,
  MIDPOINT_READING,
  THRESHOLD_INCREMENT_READING,
} from '../readings';
import type { ReadingUsed } from '../types';
import { cccm } from './cccm';
import { gbAccessScr } from './gbAccessScr';
import type { RuleSet } from './ruleSet';
import { spm2008 } from './spm2008';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

function ruleTable(rs: RuleSet): string {
  const rows = rs.rules.map((r) => `| ${cell(r.rule)} | ${cell(r.paragraphs)} |`);
  return [
    `### \`${rs.id}\`: ${rs.label}`,
    '',
    '| Rule | Paragraphs |',
    '| --- | --- |',
    ...rows,
  ].join('\n');
}

/** How the documentation names a reading's paragraphs: each statement's, side by side. */
const BOTH_STATEMENTS = {
  generationHighCost: '001 §4.17; 002 §2.5',
  capacityIncrease: '001 §4.32; 002 §2.3.1',
  previousWorks: '001 §4.34, §4.41–4.44; 002 §2.1(d), §2.3.3',
  eccrPeriod: '001 Glossary "ECCR Prescribed Period", §4.43; 002 §2.3.3',
};

/** Every reading the engine can take, once each (a result cites its own statement's paragraphs). */
export function allReadings(): ReadingUsed[] {
  const all = [
    ...cccm.readings,
    ...spm2008.readings,
    ...gbAccessScr(cccm).readings,
    GENERATION_THRESHOLD_READING('pro-rata-per-line', BOTH_STATEMENTS),
    THRESHOLD_INCREMENT_READING(BOTH_STATEMENTS),
    MIDPOINT_READING,
    ECCR_DATE_READING(BOTH_STATEMENTS),
  ];
  return all.filter((r, i) => all.findIndex((x) => x.id === r.id) === i);
}

/**
 * The rule sets' own lists of rules and readings as Markdown, for docs/engine-rules.md
 * (a test keeps that file's generated section equal to this text).
 */
export function ruleSetDocs(): string {
  const readings = allReadings().map(
    (r) =>
      `- **${r.id}** (${r.source}). ${r.question}\n  - Chosen: ${r.chosen}\n  - Alternative: ${r.alternative}`,
  );
  return [
    ...[cccm, spm2008, gbAccessScr(cccm)].map(ruleTable),
    '## Readings',
    '',
    'Where the documents leave a choice, the reading the engine takes, the alternative and what it changes. Each result lists the readings it used (`result.readings`).',
    '',
    ...readings,
  ].join('\n\n');
}
