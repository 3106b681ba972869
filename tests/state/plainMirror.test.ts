import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainMirror } from '../../src/state/plainMirror';

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 3 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'id'), tie('value'), {
      maxKeys: 4,
      noNullPrototype: true,
    }),
  ),
})).value;

describe('plainMirror', () => {
  it('is a deep copy equal to its input, sharing no object with it', () => {
    fc.assert(
      fc.property(json, json, (current, previous) => {
        const out = plainMirror(current, previous);
        expect(out).toStrictEqual(current);
        const seen = new Set<unknown>();
        const collect = (v: unknown) => {
          if (typeof v !== 'object' || v === null) return;
          seen.add(v);
          Object.values(v).forEach(collect);
        };
        collect(current);
        const check = (v: unknown) => {
          if (typeof v !== 'object' || v === null) return;
          expect(seen.has(v)).toBe(false);
          Object.values(v).forEach(check);
        };
        check(out);
      }),
    );
  });

  it('gives back the previous copy itself when nothing changed', () => {
    fc.assert(
      fc.property(json, (value) => {
        const first = plainMirror(value, null);
        expect(plainMirror(structuredClone(value), first)).toBe(first);
      }),
    );
  });

  it('keeps unchanged lines when one line changes, is inserted, deleted or moved', () => {
    const line = (id: string, quantity: string) => ({
      id,
      quantity,
      unitPrice: { kind: 'fixed', amount: '10' },
    });
    const before = plainMirror(
      { title: 't', lines: [line('a', '1'), line('b', '2'), line('c', '3')] },
      null,
    );
    const edited = plainMirror(
      { title: 't', lines: [line('a', '1'), line('b', '20'), line('c', '3')] },
      before,
    );
    expect(edited).not.toBe(before);
    expect(edited.lines[0]).toBe(before.lines[0]);
    expect(edited.lines[1]).not.toBe(before.lines[1]);
    expect(edited.lines[1]!.unitPrice).toBe(before.lines[1]!.unitPrice);
    expect(edited.lines[2]).toBe(before.lines[2]);

    const inserted = plainMirror(
      { title: 't', lines: [line('x', '9'), line('a', '1'), line('b', '2'), line('c', '3')] },
      before,
    );
    expect(inserted.lines.slice(1)).toEqual(before.lines);
    inserted.lines.slice(1).forEach((l, i) => expect(l).toBe(before.lines[i]));

    const moved = plainMirror(
      { title: 't', lines: [line('c', '3'), line('a', '1'), line('b', '2')] },
      before,
    );
    expect(moved.lines[0]).toBe(before.lines[2]);
    expect(moved.lines[1]).toBe(before.lines[0]);

    const deleted = plainMirror({ title: 't', lines: [line('a', '1'), line('c', '3')] }, before);
    expect(deleted.lines[1]).toBe(before.lines[2]);
  });
});
