import Decimal from 'decimal.js';
import fc from 'fast-check';
import { POC_VOLTAGES } from '../../src/engine/types';
import { describe, expect, it } from 'vitest';
import {
  decideQas,
  qasFactsFromEstimate,
  qasLinksFromEstimate,
  qasTables,
  type QasFacts,
} from '../../src/guidance/qasConnection';
import { starter, statement } from './fixtures';

const ipr = statement('ipr-v1.7-2025');
const facts = (f: Partial<QasFacts>): QasFacts => ({
  type: 'demand',
  premises: 1,
  phases: 1,
  highestVoltage: 'LV',
  extendsLvNetwork: false,
  isDomestic: true,
  kvaPerPremises: '15',
  hasDisturbingLoad: false,
  ...f,
});

describe('which connections the QAS covers (001 §7.7, §7.9)', () => {
  it.each([
    [{}, 'covered', 'Single LV Service Demand Connection'],
    [{ premises: 3 }, 'covered', 'Small Project Demand Connection (a)'],
    [{ premises: 4, extendsLvNetwork: true }, 'covered', 'Small Project Demand Connection (b)'],
    [
      { premises: 2, phases: 2, extendsLvNetwork: true },
      'covered',
      'Small Project Demand Connection (b)',
    ],
    [
      { phases: 3, isDomestic: false, kvaPerPremises: '60' },
      'covered',
      'Small Project Demand Connection (single Premises, two- or three-phase)',
    ],
    // A single-phase service to one Premises is a Single LV Service whatever the load.
    [{ hasDisturbingLoad: true }, 'covered', 'Single LV Service Demand Connection'],
  ] as const)('%o → %s', (f, kind, definition) => {
    expect(decideQas(facts(f), ipr)).toMatchObject({ kind, definition });
  });

  it.each([
    [{ type: 'generation' as const }, /demand connections only/],
    [{ highestVoltage: 'HV' as const }, /highest voltage .* is HV/],
    [{ premises: 5 }, /5 Premises, and it needs 2 to 4 Premises/],
    [{ premises: 3, isDomestic: false }, /domestic/],
    [{ premises: 3, hasDisturbingLoad: true }, /disturb/],
    // 120 kVA over three phases at 230 V is about 173.9 A per phase, over the 100 A limit.
    [{ phases: 3, kvaPerPremises: '120' }, /173\.9 A .* 100 A/],
    [
      { premises: 2, phases: 3, extendsLvNetwork: true },
      /three-phase connection, and it needs single- or two-phase/,
    ],
  ] as [Partial<QasFacts>, RegExp][])('%o is not covered', (f, reason) => {
    const v = decideQas(facts(f), ipr);
    expect(v.kind).toBe('other');
    expect(v.reasons.join(' ')).toMatch(reason);
  });

  it('reads the 100 A limit from the statement', () => {
    const changed = structuredClone(ipr);
    changed.parameters!.smallProjectMaxAmpsPerPhase!.value = '200';
    expect(decideQas(facts({ phases: 3, kvaPerPremises: '120' }), changed).kind).toBe('covered');
  });
});

describe('facts and links from an estimate', () => {
  it('the single-house starter is a Single LV Service with its F1 lines linked', () => {
    const file = starter('starter-single-house');
    const f = qasFactsFromEstimate(file, ipr);
    expect(f).toMatchObject({
      premises: 1,
      phases: 1,
      highestVoltage: 'LV',
      extendsLvNetwork: false,
    });
    expect(decideQas(f, ipr).kind).toBe('covered');
    const { links, others } = qasLinksFromEstimate(file, ipr);
    expect(links.map((l) => [l.rowId, l.quantity])).toEqual([
      ['001-F1-02', '1'],
      ['001-F1-05', '10'],
    ]);
    expect(others).toEqual(['Assessment and design: single LV service demand connection']);
  });

  it('an LV mains row makes the scheme an LV extension', () => {
    const file = starter('starter-housing-development');
    expect(qasFactsFromEstimate(file, ipr).extendsLvNetwork).toBe(true);
  });

  it('sums quantities of lines on the same row', () => {
    const file = starter('starter-single-house');
    const extra = structuredClone(file.inputs.schemes.minimum.lines[1]!);
    extra.id = 'more';
    extra.quantity = '2.5';
    file.inputs.schemes.minimum.lines.push(extra);
    const link = qasLinksFromEstimate(file, ipr).links.find((l) => l.rowId === '001-F1-05');
    expect(link?.quantity).toBe('12.5');
  });

  it('the QAS tables are F1 and F2 (001 §7.9)', () => {
    expect(qasTables(ipr).map((t) => t.id)).toEqual(['001-F1', '001-F2']);
  });
});

describe('001’s definitions as data decide as the code that had them written in did', () => {
  // The decision as it was coded before the definitions moved into the statement file.
  const before = (f: QasFacts): string | null => {
    if (f.type !== 'demand' || f.highestVoltage !== 'LV') return null;
    if (f.premises === 1 && f.phases === 1 && !f.extendsLvNetwork) {
      return 'Single LV Service Demand Connection';
    }
    if (f.hasDisturbingLoad) return null;
    const amps = new Decimal(f.kvaPerPremises).dividedBy(new Decimal('0.23').times(f.phases));
    if (amps.gt(100)) return null;
    const d = f.isDomestic;
    if (d && !f.extendsLvNetwork && f.phases === 1 && f.premises > 1 && f.premises < 5) {
      return 'Small Project Demand Connection (a)';
    }
    if (d && f.extendsLvNetwork && f.phases !== 3 && f.premises < 5) {
      return 'Small Project Demand Connection (b)';
    }
    if (f.premises === 1 && f.phases !== 1 && !f.extendsLvNetwork) {
      return 'Small Project Demand Connection (single Premises, two- or three-phase)';
    }
    return null;
  };
  const factsArb: fc.Arbitrary<QasFacts> = fc.record({
    type: fc.constantFrom('demand', 'generation', 'storage'),
    premises: fc.integer({ min: 1, max: 7 }),
    phases: fc.constantFrom(1, 2, 3),
    highestVoltage: fc.constantFrom(...POC_VOLTAGES),
    extendsLvNetwork: fc.boolean(),
    isDomestic: fc.boolean(),
    kvaPerPremises: fc.integer({ min: 0, max: 900 }).map((n) => String(n / 10)),
    hasDisturbingLoad: fc.boolean(),
  });
  it('for any facts', () => {
    fc.assert(
      fc.property(factsArb, (f) => {
        const v = decideQas(f, ipr);
        expect(v.definition).toBe(before(f));
        expect(v.kind).toBe(before(f) ? 'covered' : 'other');
        expect(v.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
