import { describe, expect, it } from 'vitest';
import type { EstimateInput } from '../../src/engine';
import { estimate, issuesOf, line, ok, reinf, scheme, spm } from './fixtures';

/** The codes and paths of the issues, for compact assertions. */
const found = (input: EstimateInput) =>
  issuesOf(input).map((i) => ({ code: i.code, path: i.path }));

describe('validation: impossible input is rejected with a code, a path and plain words', () => {
  it.each([
    [
      'zero network capacity',
      estimate({
        schemes: {
          minimum: scheme({
            rsns: [
              {
                id: 's',
                name: 'S',
                driver: 'security',
                capacity: { method: 'direct', newNetworkCapacityKva: '0' },
              },
            ],
          }),
        },
      }),
      'number.zero',
      ['schemes', 'minimum', 'rsns', 0, 'capacity', 'newNetworkCapacityKva'],
    ],
    [
      'negative network capacity',
      estimate({
        schemes: {
          minimum: scheme({
            rsns: [
              {
                id: 's',
                name: 'S',
                driver: 'security',
                capacity: { method: 'direct', newNetworkCapacityKva: '-5' },
              },
            ],
          }),
        },
      }),
      'number.negative',
      ['schemes', 'minimum', 'rsns', 0, 'capacity', 'newNetworkCapacityKva'],
    ],
    [
      'more than three ratings',
      estimate({
        schemes: {
          minimum: scheme({
            rsns: [
              {
                id: 's',
                name: 'S',
                driver: 'security',
                capacity: { method: 'ratings', ratingsKva: ['1', '2', '3', '4'], secure: true },
              },
            ],
          }),
        },
      }),
      'rsn.ratings.tooMany',
      ['schemes', 'minimum', 'rsns', 0, 'capacity', 'ratingsKva'],
    ],
    [
      'a secure capacity from one rating',
      estimate({
        schemes: {
          minimum: scheme({
            rsns: [
              {
                id: 's',
                name: 'S',
                driver: 'security',
                capacity: { method: 'ratings', ratingsKva: ['500'], secure: true },
              },
            ],
          }),
        },
      }),
      'rsn.capacity.zero',
      ['schemes', 'minimum', 'rsns', 0, 'capacity', 'ratingsKva'],
    ],
    [
      'a negative cost',
      estimate({ schemes: { minimum: scheme({ lines: [line({ amount: '-1' })] }) } }),
      'number.negative',
      ['schemes', 'minimum', 'lines', 0, 'unitPrice', 'amount'],
    ],
    [
      'a negative quantity',
      estimate({ schemes: { minimum: scheme({ lines: [line({ quantity: '-2' })] }) } }),
      'number.negative',
      ['schemes', 'minimum', 'lines', 0, 'quantity'],
    ],
    [
      'an unparsable number',
      estimate({ schemes: { minimum: scheme({ lines: [line({ quantity: '1,000' })] }) } }),
      'number.unparsable',
      ['schemes', 'minimum', 'lines', 0, 'quantity'],
    ],
    [
      'an inverted price range',
      estimate({
        schemes: {
          minimum: scheme({
            lines: [line({ unitPrice: { kind: 'range', low: '20', high: '10' } })],
          }),
        },
      }),
      'line.price.rangeInverted',
      ['schemes', 'minimum', 'lines', 0, 'unitPrice'],
    ],
    [
      'a line referring to a missing RSN',
      estimate({ schemes: { minimum: scheme({ lines: [reinf('100', 'nope')] }) } }),
      'line.rsn.missing',
      ['schemes', 'minimum', 'lines', 0, 'charging', 'rsnId'],
    ],
    [
      'a reinforcement line without an asset level',
      estimate({
        schemes: {
          minimum: scheme({
            rsns: [
              {
                id: 's',
                name: 'S',
                driver: 'security',
                capacity: { method: 'direct', newNetworkCapacityKva: '10' },
              },
            ],
            lines: [reinf('100', 's', { assetLevel: null })],
          }),
        },
      }),
      'line.assetLevel.missing',
      ['schemes', 'minimum', 'lines', 0, 'assetLevel'],
    ],
    [
      'apportioning a line that is not reinforcement',
      estimate({
        schemes: {
          minimum: scheme({
            rsns: [
              {
                id: 's',
                name: 'S',
                driver: 'security',
                capacity: { method: 'direct', newNetworkCapacityKva: '10' },
              },
            ],
            lines: [line({ charging: { rule: 'apportioned', rsnId: 's' } })],
          }),
        },
      }),
      'line.charging.apportionedNotReinforcement',
      ['schemes', 'minimum', 'lines', 0, 'charging'],
    ],
    [
      'a fault-level RSN without fault-level data',
      estimate({
        schemes: { minimum: scheme({ rsns: [{ id: 'f', name: 'F', driver: 'fault-level' }] }) },
      }),
      'rsn.faultLevel.missing',
      ['schemes', 'minimum', 'rsns', 0, 'faultLevel'],
    ],
    [
      'a security RSN without capacity',
      estimate({
        schemes: { minimum: scheme({ rsns: [{ id: 's', name: 'S', driver: 'security' }] }) },
      }),
      'rsn.capacity.missing',
      ['schemes', 'minimum', 'rsns', 0, 'capacity'],
    ],
    [
      'an increase that is not an increase',
      estimate({
        connection: {
          type: 'demand',
          importCapacityKva: '100',
          pocVoltage: 'LV',
          phases: 3,
          isTemporary: false,
          isSpeculative: false,
          increase: { existing: { chargeableCapacityKva: '150' } },
        },
      }),
      'increase.notIncrease',
      ['connection', 'increase'],
    ],
    [
      'an enhanced scheme without requestedBy',
      estimate({ schemes: { minimum: scheme(), enhanced: scheme({ id: 'e' }) } }),
      'enhancement.requestedBy.missing',
      ['enhancement', 'requestedBy'],
    ],
    [
      'duplicate line ids',
      estimate({ schemes: { minimum: scheme({ lines: [line({ id: 'x' }), line({ id: 'x' })] }) } }),
      'line.id.duplicate',
      ['schemes', 'minimum', 'lines', 1, 'id'],
    ],
    [
      'duplicate RSN ids',
      estimate({
        schemes: {
          minimum: scheme({
            rsns: [
              {
                id: 's',
                name: 'A',
                driver: 'security',
                capacity: { method: 'direct', newNetworkCapacityKva: '10' },
              },
              {
                id: 's',
                name: 'B',
                driver: 'security',
                capacity: { method: 'direct', newNetworkCapacityKva: '10' },
              },
            ],
          }),
        },
      }),
      'rsn.id.duplicate',
      ['schemes', 'minimum', 'rsns', 1, 'id'],
    ],
    [
      'generation without export capacity',
      estimate({
        connection: {
          type: 'generation',
          importCapacityKva: '0',
          pocVoltage: 'HV',
          phases: 3,
          isTemporary: false,
          isSpeculative: false,
        },
      }),
      'connection.exportCapacity.missing',
      ['connection', 'exportCapacityKva'],
    ],
    [
      'an invalid application date',
      estimate({ applicationDate: '2024-02-30' }),
      'applicationDate.invalid',
      ['applicationDate'],
    ],
    [
      'an invalid previous-works date',
      estimate({
        schemes: {
          minimum: scheme({
            previousWorks: [
              {
                id: 'p',
                description: 'p',
                basis: { kind: 'amount', amount: '1' },
                firstConnectionDate: '01/02/2020',
              },
            ],
          }),
        },
      }),
      'previousWork.date.invalid',
      ['schemes', 'minimum', 'previousWorks', 0, 'firstConnectionDate'],
    ],
    [
      'an O&M override with no life',
      estimate({
        omOverride: {
          method: 'annuity',
          annualRate: '0.01',
          lifeYears: '0',
          costOfCapital: '0.05',
          citation: 'x',
        },
      }),
      'om.life.notPositive',
      ['omOverride'],
    ],
    ['a negative VAT rate', estimate({ vatRate: '-0.2' }), 'number.negative', ['vatRate']],
  ] as const)('%s', (_name, input, code, path) => {
    const issues = issuesOf(input);
    const match = issues.find((i) => i.code === code);
    expect(match, JSON.stringify(issues)).toBeDefined();
    expect(match!.path).toEqual(path);
    // Plain words: a sentence, no code names or stack traces.
    expect(match!.message).toMatch(/^[A-Z"].*[.!]$/s);
    expect(match!.message).not.toMatch(/undefined|NaN|Error/);
  });

  it('the Access SCR cannot be chosen for a statement without its parameters', () => {
    const input = estimate({ ruleSetOverride: 'gb-access-scr-2023' });
    expect(issuesOf(input, { ...spm, accessScr: null }).map((i) => i.code)).toContain(
      'ruleSet.accessScrUnavailable',
    );
  });

  it('reports every issue at once, not just the first', () => {
    const input = estimate({
      schemes: { minimum: scheme({ lines: [line({ quantity: 'x' }), line({ amount: '-3' })] }) },
    });
    expect(found(input)).toEqual([
      { code: 'number.unparsable', path: ['schemes', 'minimum', 'lines', 0, 'quantity'] },
      { code: 'number.negative', path: ['schemes', 'minimum', 'lines', 1, 'unitPrice', 'amount'] },
    ]);
  });

  it('the same line ids may appear in both schemes', () => {
    const a = line({ id: 'same' });
    const input = estimate({
      schemes: {
        minimum: scheme({ lines: [a] }),
        enhanced: scheme({ id: 'e', lines: [{ ...a }] }),
      },
      enhancement: { requestedBy: 'customer' },
    });
    expect(ok(input).schemes.enhanced!.lines[0]!.lineId).toBe('same');
  });
});
