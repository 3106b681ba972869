import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { icpCharges } from '../../../src/engine/fee-schedule/icpCharges';
import { SCENARIOS } from '../../../src/engine/types';
import { computeOk, statementFile, templateFile } from '../../fixtures';

const paths = ['ipr-ex-01', 'ipr-ex-03b', 'ipr-ex-05', 'spm-s4-1-ex-4'].map(
  (id) => `worked-examples/${id}.json`,
);
const starters = ['starter-single-house', 'starter-hv-generator'].map(
  (id) => `starters/${id}.json`,
);
const money = fc
  .tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 99 }))
  .map(([w, p]) => `${w}.${String(p).padStart(2, '0')}`);

describe('what the operator would still charge with an ICP (001 §4.58)', () => {
  it('splits the charged scheme’s lines into non-contestable, contestable and fees, and adds the CIC charges', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths, ...starters), money, money, (path, a, b) => {
        const file = templateFile(path);
        const result = computeOk(file.inputs, statementFile(file.statementId).rules);
        const [low, high] = new Decimal(a).lte(b) ? [a, b] : [b, a];
        const icp = icpCharges(result, { low, high });
        expect(icp.cic?.expected).toBe(new Decimal(low).plus(high).dividedBy(2).toFixed(2));
        for (const s of SCENARIOS) {
          const scheme =
            result.comparison.chargedScheme[s] === 'enhanced'
              ? result.schemes.enhanced!
              : result.schemes.minimum;
          const all = scheme.lines
            .reduce((acc, l) => acc.plus(l.customer[s]).plus(l.om[s]), new Decimal(0))
            .plus(scheme.totals.previousWorks[s])
            .plus(result.comparison.excessOm[s]);
          expect(
            new Decimal(icp.nonContestable[s])
              .plus(icp.contestableByOperator[s])
              .plus(icp.estimateFees[s])
              .toFixed(2),
          ).toBe(all.toFixed(2));
          expect(icp.operatorCharges![s]).toBe(
            new Decimal(icp.nonContestable[s]).plus(icp.cic![s]).toFixed(2),
          );
        }
        expect(icpCharges(result, null)).toMatchObject({ cic: null, operatorCharges: null });
      }),
      { numRuns: 30 },
    );
  });
});
