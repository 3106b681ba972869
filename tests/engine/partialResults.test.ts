/**
 * Partial results: an item that cannot be worked out yet (a new network section with one
 * rating, an unfinished number, a reinforcement line without its voltage level) is left out
 * of the totals and named, and the rest of the estimate computes. Only a problem with the
 * estimate as a whole (the connection, the date, the rules) stops it.
 */
import { describe, expect, it } from 'vitest';
import { computeEstimate, validateEstimate } from '../../src/engine';
import type { EstimateInput, EstimateResult, RsnInput } from '../../src/engine';
import { estimate, ipr, line, ok, reinf, scheme } from './fixtures';

const rsn = (id: string, name: string, ratingsKva: string[], secure: boolean): RsnInput => ({
  id,
  name,
  driver: 'security',
  capacity: { method: 'ratings', ratingsKva, secure },
});

/** Everything a user reads as money: the schemes' totals and the comparison. */
const money = (r: EstimateResult) => ({
  minimum: r.schemes.minimum.totals,
  enhanced: r.schemes.enhanced?.totals ?? null,
  minimumLines: r.schemes.minimum.lines,
  comparison: r.comparison,
  otherReading: r.otherReading,
});

describe('partial results: one unfinished item never blanks the estimate', () => {
  const good = line({ description: 'LV cable', amount: '1200' });

  it('a complete estimate counts everything and has no note', () => {
    const r = ok(estimate({ schemes: { minimum: scheme({ lines: [good] }) } }));
    expect(r.notCounted).toEqual([]);
    expect(r.notCountedNote).toBeNull();
    expect(r.schemes.minimum.notCounted).toEqual([]);
    expect(r.schemes.minimum.notCountedNote).toBeNull();
  });

  it('a new network section, secure (N-1) with one rating, is marked and changes nothing else', () => {
    const section = rsn('r1', 'RSN A', [''], true);
    const withIt = ok(
      estimate({ schemes: { minimum: scheme({ lines: [good], rsns: [section] }) } }),
    );
    const without = ok(estimate({ schemes: { minimum: scheme({ lines: [good] }) } }));
    expect(money(withIt)).toEqual(money(without));
    expect(withIt.notCounted).toMatchObject([
      { scheme: 'minimum', kind: 'rsn', id: 'r1', index: 0, name: 'RSN A' },
    ]);
    expect(withIt.notCounted[0]!.issues[0]!.path).toEqual([
      'schemes',
      'minimum',
      'rsns',
      0,
      'capacity',
      'ratingsKva',
      0,
    ]);
    expect(withIt.notCountedNote).toBe('Network section "RSN A" is not complete yet.');
  });

  it('a line charged by an incomplete section is left out, named, with the reason on its charging cell', () => {
    const section = rsn('r1', 'RSN A', ['500'], true); // secure needs two ratings or more
    const cable = reinf('40000', 'r1', { description: 'HV cable' });
    const r = ok(
      estimate({ schemes: { minimum: scheme({ lines: [good, cable], rsns: [section] }) } }),
    );
    const without = ok(estimate({ schemes: { minimum: scheme({ lines: [good] }) } }));
    expect(money(r)).toEqual(money(without));
    expect(r.schemes.minimum.lines.map((l) => l.lineId)).toEqual([good.id]);
    const item = r.notCounted.find((n) => n.kind === 'line');
    expect(item).toMatchObject({ id: cable.id, index: 1, name: 'HV cable', dependsOnRsnId: 'r1' });
    expect(item!.issues[0]!.path).toEqual(['schemes', 'minimum', 'lines', 1, 'charging', 'rsnId']);
    expect(item!.issues[0]!.message).toMatch(/RSN A/);
    expect(r.notCountedNote).toBe(
      '1 line not counted yet: "HV cable". Network section "RSN A" is not complete yet.',
    );
  });

  it.each([
    ['an unfinished quantity', { quantity: '1,000' }, 'quantity'],
    ['a blank price', { unitPrice: { kind: 'fixed' as const, amount: '' } }, 'unitPrice'],
    [
      'reinforcement without its voltage level',
      { kind: 'reinforcement' as const, assetLevel: null, contestable: false },
      'assetLevel',
    ],
  ])('a line with %s is left out; the rest computes', (_name, patch, field) => {
    const bad = line({ description: 'Transformer', amount: '9000', ...patch });
    const other = line({ description: '', amount: '300' });
    const r = ok(estimate({ schemes: { minimum: scheme({ lines: [good, bad, other] }) } }));
    const without = ok(estimate({ schemes: { minimum: scheme({ lines: [good, other] }) } }));
    expect(money(r)).toEqual(money(without));
    expect(r.schemes.minimum.totals.customerExVat.expected).toBe('1500.00');
    expect(r.notCounted).toHaveLength(1);
    expect(r.notCounted[0]).toMatchObject({ kind: 'line', id: bad.id, index: 1 });
    expect(r.notCounted[0]!.issues[0]!.path.slice(0, 5)).toEqual([
      'schemes',
      'minimum',
      'lines',
      1,
      field,
    ]);
    expect(r.notCountedNote).toBe('1 line not counted yet: "Transformer".');
  });

  it('names a line without a description by its number, and counts in plural', () => {
    const a = line({ description: '', quantity: '' });
    const b = line({ description: 'Joint', quantity: 'x' });
    const r = ok(estimate({ schemes: { minimum: scheme({ lines: [good, a, b] }) } }));
    expect(r.notCountedNote).toBe('2 lines not counted yet: "line 2", "Joint".');
    expect(r.schemes.minimum.notCountedNote).toBe(r.notCountedNote);
  });

  it('a previous-works payment with an unfinished date is left out and named', () => {
    const r = ok(
      estimate({
        schemes: {
          minimum: scheme({
            lines: [good],
            previousWorks: [
              {
                id: 'pw1',
                description: 'Earlier reinforcement',
                basis: { kind: 'amount', amount: '5000' },
                firstConnectionDate: '2021-13-',
              },
            ],
          }),
        },
      }),
    );
    expect(r.schemes.minimum.totals.previousWorks.expected).toBe('0.00');
    expect(r.schemes.minimum.totals.customerExVat.expected).toBe('1200.00');
    expect(r.notCountedNote).toBe(
      '1 previous-works payment not counted yet: "Earlier reinforcement".',
    );
  });

  it('the whole-estimate note says which scheme; each scheme’s note speaks of its own items', () => {
    const bad = line({ description: 'Loop-in cable', quantity: '' });
    const r = ok(
      estimate({
        schemes: {
          minimum: scheme({ lines: [good] }),
          enhanced: scheme({ id: 'enh', name: 'Enhanced', lines: [good, bad] }),
        },
        enhancement: { requestedBy: 'customer' },
      }),
    );
    expect(r.schemes.minimum.notCountedNote).toBeNull();
    expect(r.schemes.enhanced!.notCountedNote).toBe('1 line not counted yet: "Loop-in cable".');
    expect(r.notCountedNote).toBe('1 line not counted yet: "Loop-in cable" (Enhanced Scheme).');
    expect(r.notCounted[0]!.issues[0]!.path.slice(0, 4)).toEqual([
      'schemes',
      'enhanced',
      'lines',
      1,
    ]);
  });

  it('warnings about counted lines keep their own line numbers', () => {
    const bad = line({ quantity: '' });
    // An LV network asset for an HV connection: the one-voltage table has no cell for it.
    const lv = reinf('100', 'r1', { assetLevel: 'lv-network' });
    const input = estimate({
      schemes: {
        minimum: scheme({ lines: [bad, lv], rsns: [rsn('r1', 'A', ['500', '500'], false)] }),
      },
    });
    const r = ok(input);
    const pathsOfLineWarnings = r.warnings
      .filter((w) => w.path[2] === 'lines')
      .map((w) => w.path.slice(0, 4));
    expect(pathsOfLineWarnings).toEqual([['schemes', 'minimum', 'lines', 1]]);
  });

  it.each<[string, Partial<EstimateInput>]>([
    [
      'a blank import capacity',
      {
        connection: {
          type: 'demand',
          importCapacityKva: '',
          pocVoltage: 'HV',
          phases: 3,
          isTemporary: false,
          isSpeculative: false,
        },
      },
    ],
    ['an impossible application date', { applicationDate: '2024-02-30x' }],
  ])(
    'a problem with the whole estimate (%s) still stops it, with every problem listed',
    (_n, p) => {
      const input = estimate({
        ...p,
        schemes: { minimum: scheme({ lines: [good, line({ quantity: '' })] }) },
      });
      const out = computeEstimate(input, ipr);
      expect(out.ok).toBe(false);
      if (out.ok) return;
      expect(out.issues).toEqual(validateEstimate(input, ipr));
    },
  );
});
