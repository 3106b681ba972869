/**
 * The guided Quick estimate: answers + statement → estimate inputs, for each connection type
 * and each statement. Every expected figure is worked out by hand from the statement rows
 * named in the comment (001 §7 Part C/F, 002 Schedule 1) and the worked examples used for
 * items priced on application (001 §5).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEstimate, type EstimateInput, type RuleSetId } from '../../src/engine';
import {
  buildQuickEstimate,
  CAPACITY_FIGURES,
  defaultQuickAnswers,
  ILLUSTRATIVE_COSTS,
  reinforcementScenarios,
  type QuickAnswers,
  type QuickBuild,
} from '../../src/quick';
import type { StatementFile } from '../../src/statements/types';
import { readStatementJson } from '../fixtures';

const s001 = readStatementJson('ipr-v1.7-2025.json') as unknown as StatementFile;
const s002 = readStatementJson('spm-2008.json') as unknown as StatementFile;
const TODAY = '2026-11-30';

function build(answers: Partial<QuickAnswers>, statement: StatementFile): QuickBuild {
  const out = buildQuickEstimate({ ...defaultQuickAnswers(), ...answers }, statement, {
    today: TODAY,
  });
  if (!out.ok) throw new Error(out.errors.map((e) => e.message).join(' '));
  return out.build;
}

/** The statement's own methodology, so the hand calculations do not depend on the default reading. */
const pinned = (inputs: EstimateInput, ruleSet: RuleSetId): EstimateInput => ({
  ...inputs,
  ruleSetOverride: ruleSet,
});

function totals(b: QuickBuild, statement: StatementFile, ruleSet: RuleSetId) {
  const out = computeEstimate(pinned(b.inputs, ruleSet), statement.rules);
  if (!out.ok) throw new Error(out.issues.map((i) => i.message).join(' '));
  return out.result.comparison.payableExVat;
}

function scenarios(b: QuickBuild, statement: StatementFile, ruleSet: RuleSetId) {
  const list = reinforcementScenarios(pinned(b.inputs, ruleSet), statement, b.capacity.kva);
  return Object.fromEntries(list.map((s) => [s.id, s]));
}

const rows = (b: QuickBuild) =>
  b.inputs.schemes.minimum.lines.map((l) => [l.statementItemId, l.quantity]);

describe('001: new homes', () => {
  // 12 homes with heat pumps, EV not known, 40 m from the road, verge.
  const b = build(
    { kind: 'homes', homes: '12', heating: 'heat-pump', distanceM: '40', surface: 'verge' },
    s001,
  );

  it('works out the Required Capacity from the cited per-home figures, with its trace', () => {
    // Five or more homes: ADMD 4.5 kVA (heat pump + EV, EV assumed per Approved Document S).
    expect(b.capacity.kva).toBe('54');
    expect(b.capacity.trace.at(-1)?.formula).toBe('12 × 4.5 kVA = 54 kVA');
    expect(b.capacity.suggestedVoltage).toBe('LV');
    expect(b.capacity.needsSubstation).toBe(false);
    expect(b.assumptions.some((a) => a.text.includes('Approved Document S'))).toBe(true);
    expect(b.project.connections).toBe(12);
  });

  it('builds the Minimum Scheme from Part F5, F3 and C rows', () => {
    // Main: 40 m + 11 × 10 m along the homes = 150 m: first 10 m (F5-04 unmade) + 140 m (F5-02).
    expect(rows(b)).toEqual([
      ['001-F5-04', '1'],
      ['001-F5-02', '140'],
      ['001-F3-01', '12'],
      ['001-C-05', '1'],
    ]);
    // Low: 977 + 140 × 44 + 12 × 970 + 0 = 18,777; high: 1,460 + 140 × 66 + 12 × 1,460 + 960 = 29,180.
    expect(totals(b, s001, 'cccm')).toEqual({
      low: '18777.00',
      expected: '23978.50',
      high: '29180.00',
    });
  });

  it('shows reinforcement as scenarios through the real rules', () => {
    const sc = scenarios(b, s001, 'cccm');
    expect(sc.none!.total?.expected).toBe('23978.50');
    // Transformer to 315 kVA, £24,000 (001 §5 Ex 2B): CAF 54 / 315 → £4,114.29.
    expect(sc['local-lv']!.customerShare?.expected).toBe('4114.29');
    expect(sc['local-lv']!.total?.low).toBe('22891.29');
    expect(sc['local-lv']!.sharePercent).toBe('17.1');
    expect(sc['local-lv']!.reason).toContain('54 kVA of 315 kVA');
    expect(sc['local-lv']!.citation).toContain('001 §4.30');
    // HV overlay £124,800 (Ex 4), capacity 8,000 kVA: 54 / 8,000 × £124,800 = £842.40.
    expect(sc.hv!.customerShare?.expected).toBe('842.40');
  });

  it('under the Access SCR reading, demand pays only above £1,720/kVA', () => {
    const sc = scenarios(b, s001, 'gb-access-scr-2023');
    expect(sc['local-lv']!.customerShare?.expected).toBe('0.00');
    // 54 × £1,720 = £92,880; the HV works cost £124,800, so £31,920 is charged.
    expect(sc.hv!.customerShare?.expected).toBe('31920.00');
  });

  it('counts each home’s own supply for up to four homes (001 §3.17 for gas, no EV)', () => {
    const gas = build(
      {
        kind: 'homes',
        homes: '3',
        heating: 'gas',
        evPerHome: 'no',
        distanceM: '20',
        surface: 'footpath',
      },
      s001,
    );
    expect(gas.capacity.kva).toBe('45');
    // Small project: F1 main in footpath (first 10 m + 30 m more: 20 m + 2 × 10 m − 10) and F1 services.
    expect(rows(gas)).toEqual([
      ['001-F1-16', '1'],
      ['001-F1-20', '30'],
      ['001-F1-01', '3'],
      ['001-C-03', '1'],
    ]);
  });

  it('adds a substation, HV cable and land rights above 300 kVA', () => {
    const big = build(
      {
        kind: 'homes',
        homes: '100',
        heating: 'heat-pump',
        evPerHome: 'yes',
        substationSite: 'yes',
        distanceM: '100',
        surface: 'road',
      },
      s001,
    );
    expect(big.capacity.kva).toBe('450');
    expect(big.capacity.needsSubstation).toBe(true);
    const ids = rows(big).map(([id]) => id);
    // The fee row is the HV one: the highest voltage of the assets installed (Part B Note 1).
    expect(ids).toEqual([
      '001-F5-15',
      '001-F5-14',
      null,
      '001-F6-02',
      '001-I-01',
      '001-F5-11',
      '001-F5-10',
      '001-F3-01',
      '001-C-09',
    ]);
    expect(big.illustrativeLineIds).toEqual(['quick-hv-joint', 'quick-substation']);
    const sub = big.inputs.schemes.minimum.lines.find((l) => l.id === 'quick-substation')!;
    expect(sub.unitPrice).toEqual({ kind: 'range', low: '24000', high: '73292', expected: null });
    expect(sub.note).toMatch(/^Illustrative figure, not a firm price: 001 §5 Ex 2B/);
  });
});

describe('001: an increase to an existing supply', () => {
  it('one house from single- to three-phase: F2 alteration, increment over 60 A', () => {
    const b = build(
      { kind: 'increase', existingPhases: 1, phases: 3, distanceM: '5', surface: 'footpath' },
      s001,
    );
    // Fuse not known: 60 A assumed, 1 × 0.23 × 60 = 13.8 kVA; three-phase service 60 kVA (Part F2 heading).
    expect(b.capacity.existing).toEqual({ phases: 1, fuseA: '60', kva: '13.8' });
    expect(b.capacity.kva).toBe('60');
    expect(b.inputs.connection.increase?.existing.fuseA).toBe('60');
    expect(rows(b)).toEqual([
      ['001-F2-11', '1'],
      ['001-C-04', '1'],
    ]);
    expect(totals(b, s001, 'cccm')).toEqual({
      low: '2780.00',
      expected: '3675.00',
      high: '4570.00',
    });
    // 60 − 13.8 = 46.2 kVA; 46.2 / 315 × £24,000 = £3,520.00.
    expect(scenarios(b, s001, 'cccm')['local-lv']!.customerShare?.expected).toBe('3520.00');
  });

  it('a café adding 2 × 22 kW chargers to a 100 A three-phase supply', () => {
    const b = build(
      {
        kind: 'increase',
        existingPhases: 3,
        existingFuseA: '100',
        evChargers: '2',
        evChargerKw: '22',
        distanceM: '5',
        surface: 'footpath',
      },
      s001,
    );
    // 3 × 0.23 × 100 = 69 kVA + 44 kVA = 113 kVA (chargers at full rating, BS 7671 722.311).
    expect(b.capacity.kva).toBe('113');
    expect(rows(b)).toEqual([
      ['001-F3-08', '1'],
      ['001-F3-09', '1'],
      ['001-C-06', '1'],
    ]);
    // Low 3,300 + 1,420 + 0 = 4,720; high 4,950 + 2,120 + 1,260 = 8,330.
    expect(totals(b, s001, 'cccm')).toEqual({
      low: '4720.00',
      expected: '6525.00',
      high: '8330.00',
    });
    // Increment 44 kVA: 44 / 315 × £24,000 = £3,352.38.
    expect(scenarios(b, s001, 'cccm')['local-lv']!.customerShare?.expected).toBe('3352.38');
    expect(b.notices.map((n) => n.label)).toContain(
      'Connect and notify (heat pumps and EV chargers)',
    );
  });

  it('asks for more than the existing supply', () => {
    const out = buildQuickEstimate(
      {
        ...defaultQuickAnswers(),
        kind: 'increase',
        existingPhases: 3,
        existingFuseA: '100',
        kva: '50',
      },
      s001,
      { today: TODAY },
    );
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(out.errors[0]!.message).toMatch(/more than your existing supply \(69 kVA\)/);
  });
});

describe('001: generation and storage', () => {
  it('500 kW of solar at HV, 300 m from an 11 kV line', () => {
    const b = build(
      {
        kind: 'generation',
        technology: 'solar',
        exportKw: '500',
        voltage: 'HV',
        distanceM: '300',
        surface: 'verge',
      },
      s001,
    );
    expect(b.inputs.connection).toMatchObject({
      type: 'generation',
      pocVoltage: 'HV',
      exportCapacityKva: '500',
      exportCapacityKw: '500',
    });
    expect(b.capacity.suggestedVoltage).toBe('LV');
    // F5-16 + 280 m F5-14 + HV joint (Ex 5/3A/12) + switchgear (Ex 5/7A/12) + C-20.
    // Low 2,865 + 26,600 + 1,400 + 10,000 + 2,400 = 43,265; high 4,297 + 40,040 + 5,000 + 50,000 + 11,030 = 110,367.
    expect(totals(b, s001, 'cccm')).toEqual({
      low: '43265.00',
      expected: '76816.00',
      high: '110367.00',
    });
    const sc = scenarios(b, s001, 'cccm');
    expect(sc['local-lv']!.notApplicable).toMatch(/HV connection/);
    // CAF 500 / 8,000 = 6.25 %; threshold 500 kW × £200 = £100,000 < £124,800:
    // 6.25 % × £100,000 + £24,800 = £31,050 (001 §4.17).
    expect(sc.hv!.customerShare?.expected).toBe('31050.00');
    expect(sc.hv!.sharePercent).toBe('24.9');
    expect(sc.hv!.reason).toContain('high-cost threshold');
  });

  it('a 1 MW battery: LV up to 1,000 kVA (001 §3.18) with a new substation', () => {
    const b = build({ kind: 'generation', technology: 'battery', exportKw: '1000' }, s001);
    expect(b.inputs.connection).toMatchObject({
      type: 'storage',
      pocVoltage: 'LV',
      importCapacityKva: '1000',
    });
    expect(b.capacity.needsSubstation).toBe(true);
    // 10 m (assumed) in footpath: F5-15; HV joint; 500–1,000 kVA substation £17,000–£149,292; land POA; F3-17; C-20.
    expect(rows(b).map(([id]) => id)).toEqual([
      '001-F5-15',
      null,
      '001-F6-04',
      '001-I-03',
      '001-F3-17',
      '001-C-20',
    ]);
    // Low 4,892 + 1,400 + 17,000 + 3,550 + 2,400 = 29,242; high 7,338 + 5,000 + 149,292 + 5,330 + 11,030 = 177,990.
    expect(totals(b, s001, 'cccm')).toEqual({
      low: '29242.00',
      expected: '103616.00',
      high: '177990.00',
    });
    // HV reinforcement at an LV connection is apportioned (001 §4.36): 1,000 / 8,000 × £124,800 = £15,600 (below £200/kW × 1,000).
    expect(scenarios(b, s001, 'cccm').hv!.customerShare?.expected).toBe('15600.00');
  });

  it('small solar on a home: install, then notify (G98)', () => {
    const b = build({ kind: 'generation', technology: 'solar', exportKw: '3.6' }, s001);
    expect(b.notices.map((n) => n.label)).toEqual(['Install, then notify (G98)']);
    expect(b.notices[0]!.source).toContain('001 §2.32');
  });
});

describe('001: business and builder’s supplies', () => {
  it('a business supply from its equipment', () => {
    const b = build(
      {
        kind: 'business',
        evChargers: '2',
        evChargerKw: '7',
        otherKw: '10',
        distanceM: '5',
        surface: 'verge',
      },
      s001,
    );
    // 2 × 7 + 10 = 24 kVA > 23 kVA on one phase: three-phase, a small project (F1 three-phase verge).
    expect(b.capacity).toMatchObject({ kva: '24', phases: 3 });
    expect(rows(b)).toEqual([
      ['001-F1-09', '1'],
      ['001-C-04', '1'],
    ]);
  });

  it('a business supply in kVA above 100 A per phase uses Part F3', () => {
    const b = build({ kind: 'business', kva: '200', distanceM: '25', surface: 'road' }, s001);
    expect(rows(b)).toEqual([
      ['001-F3-14', '1'],
      ['001-F3-15', '1'],
      ['001-F3-16', '20'],
      ['001-C-06', '1'],
    ]);
  });

  it('a temporary builder’s supply: reinforcement charged in full (Exception 3)', () => {
    const b = build({ kind: 'temporary', distanceM: '5', surface: 'verge' }, s001);
    expect(b.capacity).toMatchObject({ kva: '23', phases: 1 });
    expect(b.inputs.connection.isTemporary).toBe(true);
    expect(rows(b)).toEqual([
      ['001-F1-02', '1'],
      ['001-C-01', '1'],
    ]);
    const lv = scenarios(b, s001, 'cccm')['local-lv']!;
    expect(lv.customerShare?.expected).toBe('24000.00');
    expect(lv.sharePercent).toBe('100');
    expect(lv.citation).toContain('001 §4.24');
  });
});

describe('002 (SP Manweb 2008): Schedule 1 prices', () => {
  it('12 homes: LV mains and services per metre, no LV application fee', () => {
    const b = build(
      { kind: 'homes', homes: '12', heating: 'heat-pump', distanceM: '40', surface: 'verge' },
      s002,
    );
    // S1-LV-03 first 5 m + (150 − 5) = 145 m per metre; 12 × S1-LV-01.
    expect(rows(b)).toEqual([
      ['002-S1-LV-03', '1'],
      ['002-S1-LV-03', '145'],
      ['002-S1-LV-01', '12'],
    ]);
    // Low 813 + 145 × 35 + 12 × 743 = 14,804; high 1,255 + 145 × 128 + 12 × 2,234 = 46,623.
    expect(totals(b, s002, 'spm-2008')).toEqual({
      low: '14804.00',
      expected: '30713.50',
      high: '46623.00',
    });
    // Transformer change S1-LV-06 £2,580 (rural) – £6,244 (urban), CAF 54 / 315.
    const lv = scenarios(b, s002, 'spm-2008')['local-lv']!;
    expect(lv.customerShare?.low).toBe('442.29');
    expect(lv.customerShare?.high).toBe('1070.40');
  });

  it('500 kW of solar at HV: HV mains per km, switchgear from £13,667, £5,000 application fee', () => {
    const b = build(
      {
        kind: 'generation',
        technology: 'solar',
        exportKw: '500',
        voltage: 'HV',
        distanceM: '300',
        surface: 'verge',
      },
      s002,
    );
    expect(rows(b)).toEqual([
      ['002-S1-HV-01-rural', '0.3'],
      ['002-S1-HV-03', '1'],
      ['002-S1-AF-01', '1'],
    ]);
    // 0.3 km × £28,500–£90,922 = £8,550–£27,276.60; + £13,667 + £5,000.
    expect(totals(b, s002, 'spm-2008')).toEqual({
      low: '27217.00',
      expected: '36580.30',
      high: '45943.60',
    });
    // 1.2 km × £28,500–£90,922; CAF 500 / 8,000; £200/kW × 500 = £100,000 (002 §2.5):
    // low 6.25 % × £34,200 = £2,137.50; high 6.25 % × £100,000 + £9,106.40 = £15,356.40.
    const hv = scenarios(b, s002, 'spm-2008').hv!;
    expect(hv.customerShare?.low).toBe('2137.50');
    expect(hv.customerShare?.high).toBe('15356.40');
  });

  it('a single-to-three-phase increase and a builder’s supply', () => {
    const inc = build(
      { kind: 'increase', existingPhases: 1, existingFuseA: '100', phases: 3, distanceM: '12' },
      s002,
    );
    expect(rows(inc)).toEqual([
      ['002-S1-LV-02', '1'],
      ['002-S1-LV-02', '7'],
    ]);
    const temp = build({ kind: 'temporary', kva: '10' }, s002);
    expect(rows(temp)).toEqual([
      ['002-S1-LV-01', '1'],
      ['002-S1-LV-01', '5'],
    ]);
  });

  it('a 1 MW battery: substation (rural–urban), HV cable and the 11 kV application fee', () => {
    const b = build(
      { kind: 'generation', technology: 'battery', exportKw: '1000', distanceM: '50' },
      s002,
    );
    expect(rows(b)).toEqual([
      ['002-S1-HV-01-rural', '0.05'],
      ['002-S1-LV-05-rural', '1'],
      ['002-S1-LV-02', '1'],
      ['002-S1-AF-01', '1'],
    ]);
  });
});

describe('plain-words errors, nothing lost', () => {
  it('names the field and keeps the answers', () => {
    const answers = { ...defaultQuickAnswers(), homes: 'twelve' };
    const out = buildQuickEstimate(answers, s001, { today: TODAY });
    expect(out).toEqual({
      ok: false,
      errors: [
        { field: 'homes', message: 'The number of homes must be a number such as 12 or 7.5.' },
      ],
    });
    expect(answers.homes).toBe('twelve');
    // "40m" reads as 40 metres (the answer's own unit); yards are not read.
    const dist = buildQuickEstimate({ ...defaultQuickAnswers(), distanceM: '40 yards' }, s001, {
      today: TODAY,
    });
    expect(dist.ok ? null : dist.errors[0]!.field).toBe('distanceM');
  });

  it('says which statements it knows', () => {
    const other = { ...s001, citationPrefix: '003', title: 'Another statement' };
    const out = buildQuickEstimate(defaultQuickAnswers(), other, { today: TODAY });
    expect(out.ok ? null : out.errors[0]!.message).toMatch(/Use the expert grid/);
  });

  it('a user’s own Required Capacity replaces the worked-out one', () => {
    const b = build({ kind: 'homes', homes: '12', capacityOverrideKva: '80' }, s001);
    expect(b.capacity.kva).toBe('80');
    expect(b.capacity.trace.at(-1)?.text).toMatch(/your own/);
  });
});

describe('every build the answers allow computes', () => {
  it('homes, businesses and generation of any size give a valid estimate under both statements', () => {
    const answers = fc.record({
      kind: fc.constantFrom('homes', 'business', 'generation', 'increase', 'temporary' as const),
      homes: fc.integer({ min: 1, max: 400 }).map(String),
      heating: fc.constantFrom('gas', 'heat-pump', 'direct-electric', 'unknown' as const),
      evPerHome: fc.constantFrom('yes', 'no', 'unknown' as const),
      kva: fc.integer({ min: 1, max: 3000 }).map(String),
      exportKw: fc.integer({ min: 1, max: 3000 }).map(String),
      technology: fc.constantFrom('solar', 'battery' as const),
      existingFuseA: fc.constantFrom('', '60', '100'),
      distanceM: fc.constantFrom('', '0', '5', '40', '600'),
      surface: fc.constantFrom('verge', 'footpath', 'road', 'customer-land', 'unknown' as const),
      voltage: fc.constantFrom('suggested', 'LV', 'HV' as const),
    });
    fc.assert(
      fc.property(answers, fc.constantFrom(s001, s002), (a, st) => {
        const full = {
          ...defaultQuickAnswers(),
          ...a,
          existingPhases: 3 as const,
          kva: a.kind === 'increase' ? String(Number(a.kva) + 70) : a.kva,
        };
        const out = buildQuickEstimate(full, st, { today: TODAY });
        expect(out.ok).toBe(true);
        if (!out.ok) return;
        for (const line of out.build.inputs.schemes.minimum.lines)
          expect(
            line.statementItemId || out.build.illustrativeLineIds.includes(line.id),
          ).toBeTruthy();
        const result = computeEstimate(out.build.inputs, st.rules);
        expect(result.ok).toBe(true);
        const list = reinforcementScenarios(out.build.inputs, st, out.build.capacity.kva);
        for (const s of list) expect(s.result !== null || s.notApplicable !== null).toBe(true);
        if (st === s002) {
          // Under 002 every source and reason is 002's own or this app's: nothing of 001.
          const said = { build: out.build, scenarios: list.map(({ result: _r, ...s }) => s) };
          expect(JSON.stringify(said)).not.toMatch(/001 (§|Part|Sch|Ex|Glossary)|cf\. 001|Indigo/);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('docs/quick-estimate.md', () => {
  it('lists every capacity figure and every illustrative cost with its source', () => {
    const doc = readFileSync(join(process.cwd(), 'docs', 'quick-estimate.md'), 'utf8');
    for (const f of Object.values(CAPACITY_FIGURES)) expect(doc).toContain(f.label);
    for (const c of Object.values(ILLUSTRATIVE_COSTS))
      expect(doc).toContain(c.source.split(' (')[0]!);
  });
});

describe('answers read as every number box reads them', () => {
  it('“1,200” homes, “40 m” and “100 kVA” build as 1200, 40 and 100', () => {
    const grouped = build(
      { kind: 'homes', homes: '1,200', heating: 'gas', evPerHome: 'no', distanceM: '40 m' },
      s001,
    );
    const plain = build(
      { kind: 'homes', homes: '1200', heating: 'gas', evPerHome: 'no', distanceM: '40' },
      s001,
    );
    expect(grouped.project.connections).toBe(1200);
    expect(grouped.inputs).toEqual(plain.inputs);
    const kva = build({ kind: 'business', kva: '100 kVA' }, s001);
    expect(kva.capacity.kva).toBe(build({ kind: 'business', kva: '100' }, s001).capacity.kva);
  });

  it('a unit that is not the box’s own is not read', () => {
    const out = buildQuickEstimate(
      { ...defaultQuickAnswers(), kind: 'business', kva: '100 kW' },
      s001,
      { today: TODAY },
    );
    expect(out.ok).toBe(false);
  });
});
