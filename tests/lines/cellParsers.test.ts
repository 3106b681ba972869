import { describe, expect, it } from 'vitest';
import {
  chargingOptions,
  chargingToValue,
  parseCharging,
  parsePrice,
  parseYesNo,
  matchOption,
  KIND_OPTIONS,
} from '../../src/lines/cellParsers';
import { parseCell, patchFromStatementRow } from '../../src/lines/columns';
import type { RsnInput } from '../../src/engine/types';
import type { StatementRow } from '../../src/statements/types';
import { statement } from '../guidance/fixtures';

describe('cell parsers', () => {
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

  it('names each way of charging with the chosen statement’s paragraph, and reads any pasted one', () => {
    const ipr = statement('ipr-v1.7-2025').rules.citations;
    const spm = statement('spm-2008').rules.citations;
    const label = (citations: typeof ipr | null, value: string) =>
      chargingOptions([], citations).find((o) => o.value === value)?.label;
    expect(label(ipr, 'exception:3')).toBe('Exception 3 – temporary (001 §4.24)');
    expect(label(spm, 'exception:3')).toBe('Exception 3 – temporary (002 §5.2)');
    expect(label(null, 'exception:3')).toBe('Exception 3 – temporary');
    expect(label(spm, 'full')).toBe('In full – extension (002 §2.1)');
    expect(JSON.stringify(chargingOptions([], spm))).not.toMatch(/001|§4\./);
    const temporary = { ok: true, value: { rule: 'exception', exception: 3 } };
    // A label pasted from an older sheet or another statement's grid still reads.
    expect(parseCharging('Exception 3 – temporary (§4.24)', [], spm)).toEqual(temporary);
    expect(parseCharging('Exception 3 – temporary (001 §4.24)', [], spm)).toEqual(temporary);
    expect(parseCharging('Exception 3 – temporary (002 §5.2)', [], spm)).toEqual(temporary);
    expect(parseCharging('Reconfiguration (§4.15)', [], null)).toEqual({
      ok: true,
      value: { rule: 'reconfiguration' },
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
