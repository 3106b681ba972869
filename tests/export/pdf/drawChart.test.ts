/**
 * The PDF's own charts come from the app's chart builders and the one category table: the
 * drawing calls jsPDF receives are recorded, and each bar's and key swatch's colour, the
 * pattern's ink and the border's dashes are checked against src/charts, so a category (or
 * a low / expected / high series) looks the same in the PDF as on the Compare screen.
 */
import { describe, expect, it } from 'vitest';
import { CHARGE_CATEGORIES, categoryLabel } from '../../../src/charts/chargeCategories';
import type { ChartData, SeriesStyle } from '../../../src/charts/chartTypes';
import { CATEGORY_STYLES, SCENARIO_STYLES } from '../../../src/charts/palette';
import { hexToRgb, patternInkOver } from '../../../src/charts/patternMarks';
import { buildRsnSplitChart } from '../../../src/charts/rsnSplitChart';
import { buildSchemeBreakdownChart } from '../../../src/charts/schemeBreakdownChart';
import { buildSchemeRangeChart } from '../../../src/charts/schemeRangeChart';
import { SCENARIOS } from '../../../src/engine/types';
import { drawChart, pdfCharts } from '../../../src/export/pdf/drawChart';
import { compute, demoEstimate, loadStatement } from '../fixtures';
import { fills, keyEntries, recordingWriter } from './recordingWriter';

const statement = loadStatement('ipr-v1.7-2025');
const result = compute(demoEstimate(), statement);

describe('the PDF’s charts', () => {
  it('are the Compare screen’s charts, from the app’s builders, in its order', () => {
    const expected = [
      buildSchemeBreakdownChart(result, 'expected'),
      buildSchemeRangeChart(result),
      buildRsnSplitChart(result, 'expected'),
    ];
    expect(expected.every((c) => !c.isEmpty)).toBe(true);
    expect(pdfCharts(result)).toEqual(expected);
  });

  it('colour each kind of cost from the one category table, in its order', () => {
    const chart = buildSchemeBreakdownChart(result, 'expected');
    const { writer, calls } = recordingWriter();
    drawChart(writer, chart);

    // The categories this estimate has, in the table's order: from the table, not the chart.
    const schemes = [result.schemes.minimum, result.schemes.enhanced!];
    const present = CHARGE_CATEGORIES.filter((c) =>
      schemes.some((s) => Number(s.totals[c.key].expected) > 0),
    );
    expect(present.map((c) => c.key)).toContain('reinforcementOperator');
    const bars = schemes.flatMap((s) =>
      present
        .filter((c) => Number(s.totals[c.key].expected) > 0)
        .map((c) => hexToRgb(c.style.color)),
    );
    const swatches = present.map((c) => hexToRgb(c.style.color));
    expect(fills(calls)).toEqual([...bars, ...swatches]);

    // The key names each category beside its swatch as the app's legend does, in its order.
    const besideSwatches = keyEntries(calls).slice(-present.length);
    expect(besideSwatches).toEqual(
      present.map((c) => ({ rgb: hexToRgb(c.style.color), text: categoryLabel(c, true) })),
    );
  });

  it('draw each series’ pattern in the app’s ink, and dash the borders the app dashes', () => {
    const { writer, calls } = recordingWriter();
    drawChart(writer, buildSchemeBreakdownChart(result, 'expected'));
    const drawColours = calls.flatMap((c) => (c.op === 'draw' ? [c.rgb.join(',')] : []));
    const dashes = calls.flatMap((c) => (c.op === 'dash' ? [c.dash.join(',')] : []));
    for (const c of CHARGE_CATEGORIES) {
      if (Number(result.schemes.minimum.totals[c.key].expected) <= 0) continue;
      const style: SeriesStyle = CATEGORY_STYLES[c.key];
      if (style.pattern !== 'solid')
        expect(drawColours, c.key).toContain(patternInkOver(style.color).join(','));
      if (style.borderDash.length > 0) {
        expect(
          dashes.some((d) => d !== '' && d.split(',').length === style.borderDash.length),
        ).toBe(true);
      }
    }
  });

  it('colour low, expected and high as the app does, in the same order', () => {
    const chart: ChartData = buildSchemeRangeChart(result);
    const { writer, calls } = recordingWriter();
    drawChart(writer, chart);
    const scenarioColours = SCENARIOS.map((s) => hexToRgb(SCENARIO_STYLES[s].color));
    const bars = chart.labels.flatMap(() => scenarioColours);
    expect(fills(calls)).toEqual([...bars, ...scenarioColours]);
  });
});
