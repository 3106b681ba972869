// The glossary: every expert term the issue names is explained, in plain words, with the
// statement's own definition and paragraph where it has one.
import { describe, expect, it } from 'vitest';
import { GLOSSARY, type GlossaryEntry } from '../../src/quick/glossary';
import type { StatementFile } from '../../src/statements/types';
import { readStatementText } from '../fixtures';

const entries = Object.entries(GLOSSARY) as [string, GlossaryEntry][];
const explaining = (text: string) =>
  entries.filter(([, e]) => e.pattern && new RegExp(e.pattern).test(text)).map(([k]) => k);

describe('glossary', () => {
  it.each([
    ['kVA', 'kva'],
    ['LV', 'lv'],
    ['HV', 'hv'],
    ['11 kV', 'hv'],
    ['contestable', 'contestable'],
    ['non-contestable', 'nonContestable'],
    ['Extension Assets', 'extension'],
    ['reinforcement', 'reinforcement'],
    ['CAF', 'caf'],
    ['RSN', 'rsn'],
    ['Required Capacity', 'requiredCapacity'],
    ['Minimum Scheme', 'minimumScheme'],
    ['Enhanced Scheme', 'enhancedScheme'],
    ['ICP', 'icp'],
    ['CIC', 'cic'],
    ['O&M', 'om'],
    ['second comer', 'secondComer'],
    ['POA', 'onApplication'],
    ['£200/kW', 'highCost'],
    ['Access SCR', 'accessScr'],
  ])('explains “%s”', (text, key) => {
    expect(explaining(text)).toContain(key);
  });

  it('does not take “non-contestable” for “contestable”', () => {
    expect(explaining('Work only the operator can do (non-contestable)')).not.toContain(
      'contestable',
    );
  });

  it('gives every term plain words, with no statement’s paragraph in them', () => {
    for (const [key, e] of entries) {
      expect(e.plain.length, key).toBeGreaterThan(20);
      expect(e.plain, key).not.toMatch(/00[12] /);
    }
  });

  it.each([
    ['ipr-v1.7-2025.json', /^001 /],
    ['spm-2008.json', /^002 /],
  ])('%s defines only glossary terms, each with its own paragraph', (file, own) => {
    const statement = JSON.parse(readStatementText(file)) as StatementFile;
    const defined = Object.entries(statement.definitions ?? {});
    expect(defined.length).toBeGreaterThan(5);
    for (const [key, d] of defined) {
      expect((GLOSSARY as Record<string, GlossaryEntry>)[key]?.statementTerm, key).toBe(true);
      expect(d.citation, key).toMatch(own);
    }
  });

  it('002 quotes its own Schedule 5 definitions, not 001’s', () => {
    const spm = JSON.parse(readStatementText('spm-2008.json')) as StatementFile;
    expect(spm.definitions?.lv).toEqual({
      text: expect.stringMatching(/^Low Voltage 230 volts plus 10% or minus 6%/),
      citation: '002 Schedule 5',
    });
    expect(spm.definitions?.hv).toBeUndefined();
  });
});
