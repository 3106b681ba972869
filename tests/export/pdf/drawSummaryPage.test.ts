/**
 * The first page's share bar (you against the operator) is drawn in the app's share styles,
 * the reinforcement categories' colours of the one category table, with its key beside it.
 */
import { describe, expect, it } from 'vitest';
import { CHARGE_CATEGORIES } from '../../../src/charts/chargeCategories';
import { hexToRgb } from '../../../src/charts/patternMarks';
import { drawSummaryPage } from '../../../src/export/pdf/drawSummaryPage';
import { compute, demoEstimate, loadStatement } from '../fixtures';
import { fills, keyEntries, recordingWriter } from './recordingWriter';

describe('the summary page’s share bar', () => {
  it('uses the reinforcement categories’ colours, yours then the operator’s, with a key', () => {
    const statement = loadStatement('ipr-v1.7-2025');
    const estimate = demoEstimate();
    const result = compute(estimate, statement);
    const { writer, calls } = recordingWriter();
    drawSummaryPage(writer, { estimate, statement, result, preparedOn: '2026-03-05' });

    const colour = (key: string) =>
      hexToRgb(CHARGE_CATEGORIES.find((c) => c.key === key)!.style.color).join(',');
    const yours = colour('reinforcementCustomer');
    const theirs = colour('reinforcementOperator');
    const shareFills = fills(calls)
      .map((rgb) => rgb.join(','))
      .filter((rgb) => rgb === yours || rgb === theirs);
    // The bar's two parts, then the key's two swatches.
    expect(shareFills).toEqual([yours, theirs, yours, theirs]);
    const key = keyEntries(calls).filter((e) => ['You', 'The operator'].includes(e.text));
    expect(key.map((e) => [e.rgb.join(','), e.text])).toEqual([
      [yours, 'You'],
      [theirs, 'The operator'],
    ]);
  });
});
