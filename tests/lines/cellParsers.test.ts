import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareDecimal,
  chargingToValue,
  parseCharging,
  parseDecimal,
  parsePrice,
  parseYesNo,
  matchOption,
  KIND_OPTIONS,
} from '../../src/lines/cellParsers';
import { parseCell, patchFromStatementRow } from '../../src/lines/columns';
import type { RsnInput } from '../../src/engine/types';
import type { StatementRow } from '../../src/statements/types';

describe('cell parsers', () => {
  it('reads figures as spreadsheets write them, as exact strings', () => {
    expect(parseDecimal('1,200.50', 'a quantity')).toEqual({ ok: true, value: '1200.50' });
    expect(parseDecimal('£ 30,000', 'a quantity')).toEqual({ ok: true, value: '30000' });
    expect(parseDecimal('.5', 'a quantity')).toEqual({ ok: true, value: '0.5' });
    expect(parseDecimal('007', 'a quantity')).toEqual({ ok: true, value: '7' });
  });

  it('rejects what is not a number, with a message, never zero', () => {
    const r = parseDecimal('abc', 'a quantity');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('“abc” is not a number');
    const empty = parseDecimal('  ', 'a quantity');
    expect(empty).toEqual({ ok: false, message: 'Enter a quantity.' });
    const neg = parseDecimal('-3', 'a quantity');
    expect(neg).toEqual({ ok: false, message: 'Quantity cannot be negative.' });
    expect(parseDecimal('1e3', 'a quantity').ok).toBe(false);
  });

  it('reads a unit price as a figure, a range or POA', () => {
    expect(parsePrice('1200')).toEqual({ ok: true, value: { kind: 'fixed', amount: '1200' } });
    expect(parsePrice('1,000–1,500')).toEqual({
      ok: true,
      value: { kind: 'range', low: '1000', high: '1500' },
    });
    expect(parsePrice('£1000 - £1500')).toEqual({
      ok: true,
      value: { kind: 'range', low: '1000', high: '1500' },
    });
    expect(parsePrice('1000 to 1500')).toEqual({
      ok: true,
      value: { kind: 'range', low: '1000', high: '1500' },
    });
    expect(parsePrice('poa')).toEqual({ ok: true, value: { kind: 'poa' } });
    expect(parsePrice('1500–1000')).toEqual({
      ok: false,
      message: 'The low price is above the high price: write the range low–high.',
    });
    expect(parsePrice('').ok).toBe(false);
  });

  it('compares decimal strings exactly', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(1_000_000), fc.nat(99), fc.nat(99), (a, b, af, bf) => {
        const x = `${a}.${String(af).padStart(2, '0')}`;
        const y = `${b}.${String(bf).padStart(2, '0')}`;
        const expected = Math.sign(a * 100 + af - (b * 100 + bf));
        expect(compareDecimal(x, y)).toBe(expected);
      }),
    );
  });

  it('reads yes/no and options by value, label or a unique start of the label', () => {
    expect(parseYesNo('Y', 'contestable')).toEqual({ ok: true, value: true });
    expect(parseYesNo('no', 'contestable')).toEqual({ ok: true, value: false });
    expect(parseYesNo('maybe', 'contestable').ok).toBe(false);
    expect(matchOption(KIND_OPTIONS, 'reinf', 'kind')).toEqual({
      ok: true,
      value: 'reinforcement',
    });
    expect(matchOption(KIND_OPTIONS, 'land-rights', 'kind')).toEqual({
      ok: true,
      value: 'land-rights',
    });
    expect(matchOption(KIND_OPTIONS, 'banana', 'kind').ok).toBe(false);
  });

  it('links a line to an RSN by the RSN name', () => {
    const rsns: RsnInput[] = [{ id: 'r1', name: 'HV feeder', driver: 'security' }];
    expect(parseCharging('HV feeder', rsns)).toEqual({
      ok: true,
      value: { rule: 'apportioned', rsnId: 'r1' },
    });
    expect(parseCharging('CAF: HV feeder', rsns)).toEqual({
      ok: true,
      value: { rule: 'apportioned', rsnId: 'r1' },
    });
    expect(parseCharging('Exception 3', rsns)).toEqual({
      ok: true,
      value: { rule: 'exception', exception: 3 },
    });
  });

  it('keeps the other driver of an asset worked out for both (002 Sch 4 §4.1 Ex 5) through copy and paste', () => {
    const rsns: RsnInput[] = [
      { id: 'sec', name: 'Feeders', driver: 'security' },
      { id: 'fl', name: 'Switchboard', driver: 'fault-level' },
      { id: 'a+b', name: 'Odd id', driver: 'security' },
    ];
    const both = { rule: 'apportioned', rsnId: 'sec', otherDriverRsnId: 'fl' } as const;
    expect(parseCharging(chargingToValue(both), rsns)).toEqual({ ok: true, value: both });
    expect(parseCharging('CAF: Feeders, with Switchboard (both drivers)', rsns)).toEqual({
      ok: true,
      value: both,
    });
    // A whole id holding "+" is that RSN, not a pair.
    expect(parseCharging('rsn:a+b', rsns)).toEqual({
      ok: true,
      value: { rule: 'apportioned', rsnId: 'a+b' },
    });
  });

  it('fills unit, range and contestability from a statement row', () => {
    const row: StatementRow = {
      id: '001-F1-03',
      description: 'LV cable in footpath',
      unit: 'm',
      price: { min: '80', max: '120' },
      contestable: true,
      citation: '001 §7 Part F',
    };
    expect(patchFromStatementRow(row, true)).toEqual({
      statementItemId: '001-F1-03',
      description: 'LV cable in footpath',
      unit: 'm',
      unitPrice: { kind: 'range', low: '80', high: '120' },
      contestable: true,
    });
    const ctx = { rsns: [], statementRows: new Map([[row.id, row]]) };
    expect(parseCell('item', '001-F1-03', ctx).ok).toBe(true);
    expect(parseCell('item', 'nope', ctx)).toEqual({
      ok: false,
      message: 'No statement item has the id “nope”.',
    });
  });
});
