// The glossary: every expert term the issue names is explained, in plain words, with the
// statement's own definition and paragraph where it has one.
import { describe, expect, it } from 'vitest';
import { GLOSSARY, type GlossaryEntry } from '../../src/quick/glossary';

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

  it('gives every term plain words, and every quoted definition its paragraph', () => {
    for (const [key, e] of entries) {
      expect(e.plain.length, key).toBeGreaterThan(20);
      if (e.definition) expect(e.citation, key).toMatch(/^00[12] §/);
    }
  });
});
