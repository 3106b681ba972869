import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareDecimal,
  parseTypedNumber,
  typedNumberMessage,
  typedNumberToStore,
} from '../../src/format/typedNumber';

describe('a typed number, read the same in every box', () => {
  it('reads figures as people and spreadsheets write them, as exact strings', () => {
    expect(parseTypedNumber('1,200.50', 'a quantity')).toEqual({ ok: true, value: '1200.50' });
    expect(parseTypedNumber('£ 30,000', 'a quantity')).toEqual({ ok: true, value: '30000' });
    expect(parseTypedNumber('£3,250.00', 'an amount')).toEqual({ ok: true, value: '3250.00' });
    expect(parseTypedNumber('.5', 'a quantity')).toEqual({ ok: true, value: '0.5' });
    expect(parseTypedNumber('007', 'a quantity')).toEqual({ ok: true, value: '7' });
    expect(parseTypedNumber('12.', 'a quantity')).toEqual({ ok: true, value: '12' });
  });

  it('takes the box’s own unit after the number, in any case, and no other', () => {
    expect(parseTypedNumber('100 kVA', 'the capacity', 'kVA')).toEqual({ ok: true, value: '100' });
    expect(parseTypedNumber('1,000kva', 'the capacity', 'kVA')).toEqual({
      ok: true,
      value: '1000',
    });
    expect(parseTypedNumber('7.5 %', 'the rate', '%')).toEqual({ ok: true, value: '7.5' });
    expect(parseTypedNumber('100 kW', 'the capacity', 'kVA')).toEqual({
      ok: false,
      message: '“100 kW” is not a number of kVA.',
    });
    // Without a unit of its own, a box reads no unit (a grid quantity "12 m" is unfinished).
    expect(parseTypedNumber('12 m', 'a quantity').ok).toBe(false);
    expect(parseTypedNumber('7.5 %', 'a quantity').ok).toBe(false);
  });

  it('rejects what is not a number, with a message, never zero', () => {
    const r = parseTypedNumber('abc', 'a quantity');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('“abc” is not a number');
    expect(parseTypedNumber('  ', 'a quantity')).toEqual({
      ok: false,
      message: 'Enter a quantity.',
    });
    expect(parseTypedNumber('kVA', 'the capacity', 'kVA')).toEqual({
      ok: false,
      message: 'Enter the capacity.',
    });
    expect(parseTypedNumber('-3', 'a quantity')).toEqual({
      ok: false,
      message: 'Quantity cannot be negative.',
    });
    expect(parseTypedNumber('1e3', 'a quantity').ok).toBe(false);
    expect(parseTypedNumber('1.2.3', 'a quantity').ok).toBe(false);
  });

  it('reads back every plain decimal unchanged, grouped or not', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(99), (whole, pence) => {
        const plain = `${whole}.${String(pence).padStart(2, '0')}`;
        const grouped = `£${whole.toLocaleString('en-GB')}.${String(pence).padStart(2, '0')}`;
        expect(parseTypedNumber(plain, 'an amount')).toEqual({ ok: true, value: plain });
        expect(parseTypedNumber(grouped, 'an amount')).toEqual({ ok: true, value: plain });
      }),
    );
  });

  it('stores the plain decimal when the text reads, else the text as typed', () => {
    expect(typedNumberToStore(' 1,000 ', 'the capacity', 'kVA')).toBe('1000');
    expect(typedNumberToStore('100 kVA', 'the capacity', 'kVA')).toBe('100');
    expect(typedNumberToStore('12x ', 'the capacity', 'kVA')).toBe('12x');
    expect(typedNumberToStore('  ', 'the capacity')).toBe('');
  });

  it('says what is wrong with what a box holds, or nothing', () => {
    expect(typedNumberMessage('', 'the capacity', { required: true })).toBe('Enter the capacity.');
    expect(typedNumberMessage(null, 'the capacity')).toBeNull();
    expect(typedNumberMessage('1,000', 'the capacity', { unit: 'kVA' })).toBeNull();
    expect(typedNumberMessage('12x', 'the capacity', { unit: 'kVA' })).toBe(
      '“12x” is not a number of kVA.',
    );
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
});
