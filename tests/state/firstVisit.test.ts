import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeEstimate } from '../../src/engine';
import { newEstimateFile } from '../../src/estimate-file/newEstimateFile';
import type { EstimateFile } from '../../src/estimate-file/types';
import { buildQuickEstimate, linesEditedByHand, writeQuickBuild } from '../../src/quick';
import { createDefaultEstimate } from '../../src/state/defaultEstimate';
import {
  createFirstVisitEstimate,
  FIRST_VISIT_ANSWERS,
  isFirstVisitExample,
} from '../../src/state/firstVisitEstimate';
import { openingView } from '../../src/state/openingView';
import type { StatementFile } from '../../src/statements/types';

const ipr = JSON.parse(
  readFileSync('public/statements/ipr-v1.7-2025.json', 'utf8'),
) as StatementFile;
const TODAY = '2026-11-30';
const NOW = '2026-11-30T09:00:00.000Z';

describe('the first visit', () => {
  const file = createFirstVisitEstimate(TODAY, NOW);

  it('is a Quick estimate whose lines are exactly what the guided build makes of its sample answers under 001', () => {
    const out = buildQuickEstimate(FIRST_VISIT_ANSWERS, ipr, { today: TODAY });
    if (!out.ok) throw new Error(out.errors.map((e) => e.message).join('; '));
    const built = newEstimateFile({ now: new Date(NOW), statementId: 'ipr-v1.7-2025' });
    writeQuickBuild(built, FIRST_VISIT_ANSWERS, out.build);
    expect(file.statementId).toBe('ipr-v1.7-2025');
    expect(file.inputs).toEqual(built.inputs);
    expect(file.project).toEqual(built.project);
    expect(file.quick).toEqual(built.quick);
    // Built, not edited by hand: a Details change rebuilds without asking.
    expect(linesEditedByHand(file)).toBe(false);
  });

  it('is labelled as an example, and gives a figure the rules work out (12 homes, 001 Parts C, F3, F5)', () => {
    expect(file.title).toMatch(/^Example: /);
    expect(isFirstVisitExample(file)).toBe(true);
    const outcome = computeEstimate(file.inputs, ipr.rules);
    if (!outcome.ok) throw new Error('the sample does not compute');
    // Midpoints of the hand-worked range £18,777 – £29,180 (see the Quick estimate journey).
    const { low, expected, high } = outcome.result.comparison.payableExVat;
    expect([low, expected, high].map(Number)).toEqual([18777, 23978.5, 29180]);
  });

  it('is no longer the example once an answer changes', () => {
    const changed = structuredClone(file);
    changed.quick!.answers.homes = '11';
    expect(isFirstVisitExample(changed)).toBe(false);
    expect(isFirstVisitExample(createDefaultEstimate(TODAY, NOW))).toBe(false);
  });
});

describe('which tab a draft opens on', () => {
  const blank = (): EstimateFile =>
    newEstimateFile({ now: new Date(NOW), statementId: 'ipr-v1.7-2025' });

  it('a draft with Quick estimate answers opens on the Quick estimate, lines or not', () => {
    expect(openingView(createFirstVisitEstimate(TODAY, NOW))).toBe('quick');
    const answered = blank();
    answered.quick = { answers: { ...FIRST_VISIT_ANSWERS }, builtFingerprint: null };
    expect(openingView(answered)).toBe('quick');
  });

  it('a new, empty draft opens on the Quick estimate', () => {
    expect(openingView(blank())).toBe('quick');
  });

  it('a draft built in the expert grid (a worked example) opens on the Minimum Scheme', () => {
    expect(openingView(createDefaultEstimate(TODAY, NOW))).toBe('minimum');
    const typed = blank();
    typed.quick = null;
    typed.inputs.schemes.minimum.lines.push(
      structuredClone(createDefaultEstimate(TODAY, NOW).inputs.schemes.minimum.lines[0]!),
    );
    expect(openingView(typed)).toBe('minimum');
  });
});
