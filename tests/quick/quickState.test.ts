// The Quick estimate kept in the estimate file, and Details driving the scheme: rebuilt in
// place when the lines are as the build wrote them, asked first when edited by hand.
import { describe, expect, it } from 'vitest';
import { newEstimateFile } from '../../src/estimate-file/newEstimateFile';
import { parseEstimateFile } from '../../src/estimate-file/parseEstimateFile';
import type { EstimateFile } from '../../src/estimate-file/types';
import {
  buildQuickEstimate,
  defaultQuickAnswers,
  keepLines,
  linesEditedByHand,
  rebuildFromPending,
  setQuickAnswer,
  syncFromDetails,
  writeQuickBuild,
  type QuickAnswers,
} from '../../src/quick';
import { detailsMismatches, SERVICE_ROWS } from '../../src/quick/detailsMismatches';
import type { StatementFile } from '../../src/statements/types';
import starter from '../../src/templates/starters/starter-housing-development.json';
import { readStatementJson } from '../fixtures';

const s001 = readStatementJson('ipr-v1.7-2025.json') as unknown as StatementFile;
const TODAY = '2026-11-30';

/** 30 gas-heated homes with EV chargers, 40 m of verge, built into a new estimate. */
function built(answers: Partial<QuickAnswers> = {}): EstimateFile {
  const file = newEstimateFile({ now: new Date('2026-11-30T09:00:00Z'), statementId: s001.id });
  const a: QuickAnswers = {
    ...defaultQuickAnswers(),
    homes: '30',
    heating: 'gas',
    evPerHome: 'yes',
    distanceM: '40',
    surface: 'verge',
    ...answers,
  };
  const out = buildQuickEstimate(a, s001, { today: TODAY });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  writeQuickBuild(file, a, out.build);
  return file;
}

const services = (f: EstimateFile) =>
  f.inputs.schemes.minimum.lines
    .filter((l) => l.statementItemId && SERVICE_ROWS.has(l.statementItemId))
    .reduce((n, l) => n + Number(l.quantity), 0);

describe('the Quick estimate in the estimate file', () => {
  it('reopens exactly: answers, fingerprint and waiting answers survive JSON and the reader', () => {
    const file = built({ whenNeeded: '2027-04-01', capacityOverrideKva: '7', phases: 3 });
    file.quick!.pendingAnswers = { ...file.quick!.answers, homes: 'twelve' };
    const read = parseEstimateFile(JSON.stringify(file));
    expect(read.ok && read.file.quick).toEqual(file.quick);
  });

  it('refuses an answer of an unknown kind with a plain message', () => {
    const file = built();
    (file.quick!.answers as unknown as Record<string, unknown>).kind = 'castle';
    const read = parseEstimateFile(JSON.stringify(file));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors[0]!.path).toEqual(['quick', 'answers', 'kind']);
  });

  it('reads a file without the block (older files, templates)', () => {
    const file = built();
    delete file.quick;
    const read = parseEstimateFile(JSON.stringify(file));
    expect(read.ok && read.file.quick).toBeUndefined();
  });

  it('knows lines edited by hand from lines as built', () => {
    const file = built();
    expect(linesEditedByHand(file)).toBe(false);
    file.inputs.schemes.minimum.lines[0]!.quantity = '2';
    expect(linesEditedByHand(file)).toBe(true);
    const template = structuredClone(starter) as EstimateFile;
    expect(linesEditedByHand(template)).toBe(true);
    template.inputs.schemes.minimum.lines = [];
    expect(linesEditedByHand(template)).toBe(false);
  });

  it('sets one answer and keeps the fingerprint of what was built', () => {
    const file = built();
    const fp = file.quick!.builtFingerprint;
    setQuickAnswer(file, 'surface', 'road');
    expect(file.quick).toMatchObject({ builtFingerprint: fp, answers: { surface: 'road' } });
  });
});

describe('Details drive the scheme', () => {
  it('rebuilds in place when the homes change and the lines are as built (30 → 12 heat-pump homes)', () => {
    const file = built();
    expect(services(file)).toBe(30);
    file.project.connections = 12;
    expect(syncFromDetails(file, s001, TODAY, 'homes').kind).toBe('rebuilt');
    file.project.heating = 'heat-pump';
    const out = syncFromDetails(file, s001, TODAY, 'heating');
    expect(out.kind).toBe('rebuilt');
    expect(services(file)).toBe(12);
    // 12 × 4.5 kVA (heat pump and EV charger per home, after diversity).
    expect(file.inputs.connection.importCapacityKva).toBe('54');
    expect(file.quick!.answers).toMatchObject({ homes: '12', heating: 'heat-pump' });
    expect(file.quick!.answers.distanceM).toBe('40');
    expect(linesEditedByHand(file)).toBe(false);
    expect(detailsMismatches(file)).toEqual([]);
  });

  it('asks before replacing lines edited by hand, then rebuilds or keeps them as told', () => {
    const file = built();
    file.inputs.schemes.minimum.lines[0]!.description = 'My own words';
    file.project.connections = 12;
    const out = syncFromDetails(file, s001, TODAY, 'homes');
    expect(out.kind).toBe('ask');
    expect(services(file)).toBe(30);
    expect(file.quick!.pendingAnswers?.homes).toBe('12');

    const kept = structuredClone(file);
    keepLines(kept);
    expect(kept.quick!.pendingAnswers).toBeUndefined();
    expect(kept.quick!.answers.homes).toBe('12');
    expect(services(kept)).toBe(30);
    expect(detailsMismatches(kept).map((m) => m.id)).toContain('services');

    expect(rebuildFromPending(file, s001, TODAY)).toEqual({ ok: true });
    expect(services(file)).toBe(12);
    expect(file.quick!.pendingAnswers).toBeUndefined();
    expect(linesEditedByHand(file)).toBe(false);
  });

  it('takes a capacity typed in Details as the user’s own figure; a heating change drops it', () => {
    const file = built({ homes: '12', heating: 'heat-pump' });
    file.inputs.connection.importCapacityKva = '100';
    expect(syncFromDetails(file, s001, TODAY, 'capacity').kind).toBe('rebuilt');
    expect(file.inputs.connection.importCapacityKva).toBe('100');
    expect(file.quick!.answers.capacityOverrideKva).toBe('100');
    file.project.heating = 'non-electric';
    syncFromDetails(file, s001, TODAY, 'heating');
    // 12 homes, gas heating, an EV charger each: 12 × (2 + 1.5) kVA = 42 kVA.
    expect(file.inputs.connection.importCapacityKva).toBe('42');
    expect(file.quick!.answers.capacityOverrideKva).toBe('');
  });

  it('rebuilds when the EV charger answer changes (12 heat-pump homes without chargers: 36 kVA)', () => {
    const file = built({ homes: '12', heating: 'heat-pump' });
    expect(syncFromDetails(file, s001, TODAY, 'ev', 'no').kind).toBe('rebuilt');
    expect(file.inputs.connection.importCapacityKva).toBe('36');
    expect(file.quick!.answers.evPerHome).toBe('no');
  });

  it('leaves a capacity box being cleared, and estimates the Quick estimate never built', () => {
    const file = built();
    file.inputs.connection.importCapacityKva = '';
    expect(syncFromDetails(file, s001, TODAY, 'capacity').kind).toBe('none');
    const template = structuredClone(starter) as EstimateFile;
    template.project.connections = 12;
    expect(syncFromDetails(template, s001, TODAY, 'homes').kind).toBe('none');
    expect(syncFromDetails(built(), null, TODAY, 'homes').kind).toBe('none');
  });

  it('says so when the details cannot be built, and keeps the lines', () => {
    const file = built();
    file.inputs.connection.importCapacityKva = 'lots';
    const out = syncFromDetails(file, s001, TODAY, 'capacity');
    expect(out.kind).toBe('invalid');
    expect(services(file)).toBe(30);
  });
});
