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
    [{}, 'single-lv-service', 'Single LV Service Demand Connection'],
    [{ premises: 3 }, 'small-project', 'Small Project Demand Connection (a)'],
    [
      { premises: 4, extendsLvNetwork: true },
      'small-project',
      'Small Project Demand Connection (b)',
    ],
    [
      { premises: 2, phases: 2, extendsLvNetwork: true },
      'small-project',
      'Small Project Demand Connection (b)',
    ],
    [
      { phases: 3, isDomestic: false, kvaPerPremises: '60' },
      'small-project',
      'Small Project Demand Connection (single Premises, two- or three-phase)',
    ],
    // A single-phase service to one Premises is a Single LV Service whatever the load.
    [{ hasDisturbingLoad: true }, 'single-lv-service', 'Single LV Service Demand Connection'],
  ] as const)('%o → %s', (f, kind, definition) => {
    expect(decideQas(facts(f), ipr)).toMatchObject({ kind, definition });
  });

  it.each([
    [{ type: 'generation' as const }, /demand connections only/],
    [{ highestVoltage: 'HV' as const }, /highest voltage .* is HV/],
    [{ premises: 5 }, /fewer than five/],
    [{ premises: 3, isDomestic: false }, /domestic/],
    [{ premises: 3, hasDisturbingLoad: true }, /disturb/],
    // 120 kVA over three phases at 230 V is about 173.9 A per phase, over the 100 A limit.
    [{ phases: 3, kvaPerPremises: '120' }, /173\.9 A .* 100 A/],
    [{ premises: 2, phases: 3, extendsLvNetwork: true }, /Three-phase/],
  ] as [Partial<QasFacts>, RegExp][])('%o is not covered', (f, reason) => {
    const v = decideQas(facts(f), ipr);
    expect(v.kind).toBe('other');
    expect(v.reasons.at(-1)).toMatch(reason);
  });

  it('reads the 100 A limit from the statement', () => {
    const changed = structuredClone(ipr);
    changed.parameters!.smallProjectMaxAmpsPerPhase!.value = '200';
    expect(decideQas(facts({ phases: 3, kvaPerPremises: '120' }), changed).kind).toBe(
      'small-project',
    );
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
    expect(decideQas(f, ipr).kind).toBe('single-lv-service');
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
