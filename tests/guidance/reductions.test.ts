import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { computeEstimate } from '../../src/engine/index';
import type { EstimateFile } from '../../src/estimate-file/types';
import { findReductions, trenchByOthersSibling } from '../../src/guidance/reductions';
import { row, starter, statement, template } from './fixtures';

const ipr = statement('ipr-v1.7-2025');
const find = (file: EstimateFile, kind: string) =>
  findReductions(file, ipr, { compute: computeEstimate }).filter((r) => r.kind === kind);

/** What the customer pays (ex VAT) with one connection flag set, straight from the engine. */
function payable(file: EstimateFile, flag: 'isSpeculative' | 'isTemporary', value: boolean) {
  const input = structuredClone(file.inputs);
  input.connection[flag] = value;
  const o = computeEstimate(input, ipr.rules);
  if (!o.ok) throw new Error('engine refused the fixture');
  return o.result.comparison.payableExVat;
}

describe('ways to reduce the charge, priced from the statement (001 §3.20)', () => {
  it('a shorter service: each 5 m less at the linked row rate (F1-05 £55–£80 per m)', () => {
    const [r] = find(starter('starter-single-house'), 'service-length');
    const f105 = row(ipr, '001-F1-05');
    if (f105.price.poa) throw new Error('F1-05 should be priced');
    expect(r).toMatchObject({ applies: true, rows: ['001-F1-05'] });
    // 5 × £55 = £275, 5 × £80 = £400.
    expect(r!.saving).toEqual({
      low: new Decimal(f105.price.min).times(5).toFixed(2),
      high: new Decimal(f105.price.max).times(5).toFixed(2),
    });
    expect(r!.saving).toEqual({ low: '275.00', high: '400.00' });
    expect(r!.text).toContain('each 5 m less saves about £275–£400');
    expect(r!.citations).toContain('001 §3.20');
  });

  it('a service line shorter than the step saves only its own metres', () => {
    const file = starter('starter-single-house');
    file.inputs.schemes.minimum.lines[1]!.quantity = '2';
    const [r] = find(file, 'service-length');
    expect(r!.saving).toEqual({ low: '110.00', high: '160.00' });
  });

  it('says so when the service has no extra metres, naming the per-metre row', () => {
    const file = starter('starter-single-house');
    file.inputs.schemes.minimum.lines.splice(1, 1);
    const [r] = find(file, 'service-length');
    expect(r).toMatchObject({ applies: false, rows: ['001-F1-02', '001-F1-05'] });
    expect(r!.text).toContain('£55–£80 per metre (001-F1-05)');
  });

  it('trench by others: the sibling row of F5-15 is F5-13, £2,987–£4,478 less', () => {
    const f5 = ipr.tables.find((t) => t.id === '001-F5')!;
    expect(trenchByOthersSibling(row(ipr, '001-F5-15'), f5)?.id).toBe('001-F5-13');
    expect(trenchByOthersSibling(row(ipr, '001-F5-13'), f5)).toBeNull();
    const f1 = ipr.tables.find((t) => t.id === '001-F1')!;
    expect(trenchByOthersSibling(row(ipr, '001-F1-21'), f1)?.id).toBe('001-F1-19');
    // A service row is never paired with the mains-cable row under the same heading.
    expect(trenchByOthersSibling(row(ipr, '001-F1-12'), f1)).toBeNull();

    const [r] = find(starter('starter-hv-generator'), 'trench-by-others');
    // (£4,892 − £1,905) and (£7,338 − £2,860).
    expect(r).toMatchObject({
      applies: true,
      saving: { low: '2987.00', high: '4478.00' },
      rows: ['001-F5-15', '001-F5-13'],
    });
  });

  it('trench by others does not apply where the statement prices it higher (F5-09 vs F5-11)', () => {
    const [r] = find(starter('starter-housing-development'), 'trench-by-others');
    expect(r).toMatchObject({ applies: false, saving: null, rows: ['001-F5-11', '001-F5-09'] });
    expect(r!.text).toMatch(/would not reduce/);
  });

  it('excavation by your own contractor takes the joint-hole row off (F3-09)', () => {
    const [r] = find(starter('starter-commercial-lv'), 'own-excavation');
    expect(r).toMatchObject({ applies: true, saving: { low: '1420.00', high: '2120.00' } });
  });

  it('duct laid by the customer takes the F1-07 line off', () => {
    const file = starter('starter-single-house');
    const duct = structuredClone(file.inputs.schemes.minimum.lines[1]!);
    Object.assign(duct, {
      id: 'duct',
      description: 'Duct laid by us',
      statementItemId: '001-F1-07',
      quantity: '8',
    });
    file.inputs.schemes.minimum.lines.push(duct);
    const [r] = find(file, 'own-excavation');
    // 8 m × £15–£20.
    expect(r).toMatchObject({
      title: 'Lay the ducts yourself',
      saving: { low: '120.00', high: '160.00' },
    });
  });

  it('a shorter cable route: each 10 m less of F5-14 (£95–£143 per m)', () => {
    const [r] = find(starter('starter-hv-generator'), 'cable-route');
    expect(r).toMatchObject({ applies: true, saving: { low: '950.00', high: '1430.00' } });
  });

  it('substation site applies only with a substation in the scheme', () => {
    expect(find(starter('starter-single-house'), 'substation-site')[0]!.applies).toBe(false);
    expect(find(template('worked-examples/ipr-ex-08a.json'), 'substation-site')[0]!.applies).toBe(
      true,
    );
  });

  it('every suggestion cites a paragraph; those that apply come first', () => {
    const list = findReductions(starter('starter-commercial-lv'), ipr, {
      compute: computeEstimate,
    });
    expect(list.every((r) => r.citations.length > 0)).toBe(true);
    const firstNot = list.findIndex((r) => !r.applies);
    expect(list.slice(firstNot).every((r) => !r.applies)).toBe(true);
  });
});

describe('speculative and temporary connections, through the engine', () => {
  const ex8a = template('worked-examples/ipr-ex-08a.json');

  it('a speculative development: the saving is the engine difference (001 §4.51)', () => {
    const file = structuredClone(ex8a);
    file.inputs.connection.isSpeculative = true;
    const [r] = find(file, 'speculative');
    const full = payable(file, 'isSpeculative', true);
    const apportioned = payable(file, 'isSpeculative', false);
    const low = new Decimal(full.low).minus(apportioned.low);
    expect(low.gt(0)).toBe(true);
    expect(r).toMatchObject({
      applies: true,
      citations: ['001 §4.45–4.52', '001 §4.46', '001 §4.18, §4.51'],
    });
    expect(r!.saving!.low).toBe(low.toFixed(2));
    expect(r!.saving!.high).toBe(new Decimal(full.high).minus(apportioned.high).toFixed(2));
  });

  it('not speculative: does not apply, and says what speculative would add', () => {
    const [r] = find(ex8a, 'speculative');
    expect(r!.applies).toBe(false);
    expect(r!.text).toMatch(/would be about £[\d,.]+(–£[\d,.]+)? more/);
  });

  it('a temporary connection pays reinforcement in full (Exception 3, 001 §4.24)', () => {
    const file = structuredClone(ex8a);
    file.inputs.connection.isTemporary = true;
    const [r] = find(file, 'temporary');
    const temp = payable(file, 'isTemporary', true);
    const perm = payable(file, 'isTemporary', false);
    expect(r).toMatchObject({ applies: true, citations: ['001 §4.24'] });
    expect(r!.saving!.high).toBe(new Decimal(temp.high).minus(perm.high).toFixed(2));
  });

  it('without reinforcement the flags change nothing, and it says so', () => {
    const file = starter('starter-single-house');
    file.inputs.connection.isSpeculative = true;
    const [r] = find(file, 'speculative');
    expect(r).toMatchObject({ applies: true, saving: null });
    expect(r!.text).toMatch(/no apportioned reinforcement/);
  });

  it('without the engine the flags are explained but not priced', () => {
    const file = structuredClone(ex8a);
    file.inputs.connection.isTemporary = true;
    const r = findReductions(file, ipr).find((x) => x.kind === 'temporary');
    expect(r).toMatchObject({ applies: true, saving: null });
  });
});

describe('with another statement, its own paragraphs or none', () => {
  it('002: no suggestion cites or quotes a 001 paragraph', () => {
    const spm = statement('spm-2008');
    const file = structuredClone(starter('starter-housing-development'));
    file.statementId = spm.id;
    file.inputs.connection.isSpeculative = true;
    const list = findReductions(file, spm, { compute: computeEstimate });
    expect(list.length).toBeGreaterThan(0);
    const text = JSON.stringify(list);
    expect(text).not.toMatch(/001|§4\.4|§4\.5|§3\.20/);
    const spec = list.find((r) => r.kind === 'speculative');
    expect(spec!.citations).toEqual(['002 §2.4.2']);
    expect(spm.rules.citations.speculative).toBe('002 §2.4.2');
  });
});
